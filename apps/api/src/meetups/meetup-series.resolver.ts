import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, AppConfig } from '@app/config';
import type { Actor } from '@app/core';
import { MeetupSeries, MeetupSeriesService, SeriesFields, seriesIcsUrl } from '@app/meetups';
import type { Member } from '@app/members';
import type { Organization } from '@app/organizations';
import { CurrentActor, NoArgs, OptionalActor } from '../graphql/current-actor.decorator';
import type { GraphqlContext } from '../graphql/graphql-context';
import { RequireRole } from '../graphql/roles.guard';
import { MemberModel } from '../members/member.model';
import { OrganizationModel } from '../organizations/organization.model';
import { CreateMeetupSeriesInput, MeetupSeriesModel, UpdateMeetupSeriesInput } from './meetup.model';

/** null in an update means "leave as is" for fields that cannot be empty. */
function orUndefined<T>(value: T | null | undefined): T | undefined {
  return value === null ? undefined : value;
}

export function toSeriesFields(input: UpdateMeetupSeriesInput | CreateMeetupSeriesInput): SeriesFields {
  return {
    title: orUndefined(input.title),
    description: input.description,
    hostOrganizationId: input.hostOrganizationId,
    organizerIds: orUndefined(input.organizerIds),
    recurrence: orUndefined(input.recurrence),
    timezone: orUndefined(input.timezone),
    startTime: orUndefined(input.startTime),
    durationMinutes: orUndefined(input.durationMinutes),
    startsOn: orUndefined(input.startsOn),
    endsOn: input.endsOn,
    venue: input.venue,
    venueAddress: input.venueAddress,
    onlineUrl: input.onlineUrl,
    capacity: input.capacity,
    visibility: orUndefined(input.visibility),
    skipDates: orUndefined(input.skipDates),
    guestLimit: orUndefined(input.guestLimit),
    rsvpCutoffMinutes: orUndefined(input.rsvpCutoffMinutes),
    digestWeekday: orUndefined(input.digestWeekday),
    digestTime: orUndefined(input.digestTime),
    reminderMinutesBefore: orUndefined(input.reminderMinutesBefore),
    registrationQuestions: orUndefined(input.registrationQuestions),
  };
}

@Resolver(() => MeetupSeriesModel)
export class MeetupSeriesResolver {
  constructor(
    private readonly seriesService: MeetupSeriesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => [MeetupSeriesModel], { description: 'Every series the caller may see' })
  meetupSeries(@OptionalActor() viewer: Actor | null): Promise<MeetupSeries[]> {
    return this.seriesService.list(viewer);
  }

  @Query(() => MeetupSeriesModel, { nullable: true })
  meetupSeriesById(@OptionalActor() viewer: Actor | null, @Args('id', { type: () => ID }) id: string): Promise<MeetupSeries | null> {
    return this.seriesService.findVisible(viewer, id);
  }

  @Mutation(() => MeetupSeriesModel, { description: 'Organizers: a new series; its dates for the next weeks are created at once' })
  @RequireRole('ORGANIZER')
  createMeetupSeries(@CurrentActor() actor: Actor, @Args('input') input: CreateMeetupSeriesInput): Promise<MeetupSeries> {
    return this.seriesService.create(actor, { ...toSeriesFields(input), title: input.title, startsOn: input.startsOn });
  }

  @Mutation(() => MeetupSeriesModel, { description: "The series' organizers: future dates follow, except what was changed by hand" })
  @RequireRole('ORGANIZER')
  updateMeetupSeries(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateMeetupSeriesInput,
  ): Promise<MeetupSeries> {
    return this.seriesService.update(actor, id, toSeriesFields(input));
  }

  @ResolveField(() => String)
  icsUrl(series: MeetupSeries): string {
    return seriesIcsUrl(this.config.publicUrl, series.id);
  }

  @ResolveField(() => OrganizationModel, { nullable: true })
  hostOrganization(series: MeetupSeries, _args: NoArgs, context: GraphqlContext): Promise<Organization | null> | null {
    return series.hostOrganizationId ? context.loaders.organization.load(series.hostOrganizationId) : null;
  }

  @ResolveField(() => [MemberModel])
  async organizers(series: MeetupSeries, _args: NoArgs, context: GraphqlContext): Promise<Member[]> {
    const ids = await context.loaders.seriesOrganizerIds.load(series.id);
    const members = await context.loaders.member.loadMany(ids);
    return members.filter((m): m is Member => !!m && !(m instanceof Error));
  }
}
