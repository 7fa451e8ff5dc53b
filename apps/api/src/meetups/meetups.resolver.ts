import { Inject } from '@nestjs/common';
import type { GraphQLResolveInfo } from 'graphql';
import { Args, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, AppConfig } from '@app/config';
import type { Actor } from '@app/core';
import { AgendaItem, Meetup, MeetupSeries, MeetupsService, googleCalendarUrl, meetupIcsUrl } from '@app/meetups';
import { ConnectionShape, toConnection } from '../graphql/connection';
import { Ctx, CurrentActor, NoArgs, OptionalActor, reachable } from '../graphql/current-actor.decorator';
import type { GraphqlContext } from '../graphql/graphql-context';
import { RequireRole } from '../graphql/roles.guard';
import { agendaLoaderFor } from './agenda-loading';
import { AgendaItemModel, MeetupConnection, MeetupFilter, MeetupModel, MeetupSeriesModel, UpdateMeetupInput } from './meetup.model';

@Resolver(() => MeetupModel)
export class MeetupsResolver {
  constructor(
    private readonly meetupsService: MeetupsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => MeetupConnection, { description: 'Meetups in start order (cancelled ones included unless filtered out)' })
  async meetups(
    @OptionalActor() viewer: Actor | null,
    @Args('filter', { type: () => MeetupFilter, nullable: true }) filter: MeetupFilter | null,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Ctx() context: GraphqlContext,
  ): Promise<ConnectionShape<Meetup>> {
    const page = await this.meetupsService.list(viewer, filter ?? {}, first, after);
    // The page's statement brought each date's series along: `series` needs no query of its own.
    for (const series of page.series) {
      context.loaders.seriesKnown.set(series.id, series);
      context.loaders.series.prime(series.id, series);
    }
    return toConnection(page);
  }

  @Query(() => MeetupModel, { nullable: true })
  meetup(@OptionalActor() viewer: Actor | null, @Args('id', { type: () => ID }) id: string): Promise<Meetup | null> {
    return this.meetupsService.findVisible(viewer, id);
  }

  @Query(() => MeetupModel, { nullable: true, description: 'The next scheduled meetup that has not ended' })
  nextMeetup(@OptionalActor() viewer: Actor | null, @Args('seriesId', { type: () => ID, nullable: true }) seriesId: string | null): Promise<Meetup | null> {
    return this.meetupsService.next(viewer, seriesId);
  }

  @Mutation(() => MeetupModel, { description: 'Change or move one date (organizers of its series)' })
  @RequireRole('ORGANIZER')
  updateMeetup(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateMeetupInput): Promise<Meetup> {
    return this.meetupsService.update(actor, id, input);
  }

  @Mutation(() => MeetupModel, { description: 'Cancel one date; it stays visible as cancelled' })
  @RequireRole('ORGANIZER')
  cancelMeetup(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null,
  ): Promise<Meetup> {
    return this.meetupsService.cancel(actor, id, reason);
  }

  @ResolveField(() => MeetupSeriesModel)
  series(meetup: Meetup, _args: NoArgs, context: GraphqlContext): MeetupSeries | Promise<MeetupSeries> {
    return (
      context.loaders.seriesKnown.get(meetup.seriesId) ??
      context.loaders.series.load(meetup.seriesId).then((series) => reachable(series, 'Meetup series', meetup.seriesId))
    );
  }

  @ResolveField(() => [AgendaItemModel])
  agenda(meetup: Meetup, _args: NoArgs, context: GraphqlContext, info: GraphQLResolveInfo): Promise<AgendaItem[]> {
    return agendaLoaderFor(context, info).load(meetup.id);
  }

  @ResolveField(() => Boolean, { description: 'True when an organizer moved it from its original date or time' })
  moved(meetup: Meetup): boolean {
    return meetup.overrides.includes('time');
  }

  @ResolveField(() => String)
  icsUrl(meetup: Meetup): string {
    return meetupIcsUrl(this.config.publicUrl, meetup.id);
  }

  @ResolveField(() => String)
  googleCalendarUrl(meetup: Meetup): string {
    return googleCalendarUrl(this.config.publicUrl, meetup);
  }
}
