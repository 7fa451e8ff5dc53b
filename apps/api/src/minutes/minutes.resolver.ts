import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, AppConfig } from '@app/config';
import type { Actor } from '@app/core';
import type { Issue } from '@app/issues';
import type { Meetup } from '@app/meetups';
import type { Member } from '@app/members';
import { Decision, Minutes, MinutesService, MinutesVersion } from '@app/minutes';
import { CurrentActor, NoArgs, reachable } from '../graphql/current-actor.decorator';
import type { GraphqlContext } from '../graphql/graphql-context';
import { RequireRole } from '../graphql/roles.guard';
import { IssueModel } from '../issues/issue.model';
import { MeetupModel } from '../meetups/meetup.model';
import { MemberModel } from '../members/member.model';
import { DecisionModel, MinutesInput, MinutesModel, MinutesVersionModel } from './minutes.model';

@Resolver(() => MinutesModel)
export class MinutesResolver {
  constructor(
    private readonly minutes: MinutesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Mutation(() => MinutesModel, { description: "Organizers of the meetup's series: create or edit the draft" })
  @RequireRole('ORGANIZER')
  saveMinutes(@CurrentActor() actor: Actor, @Args('meetupId', { type: () => ID }) meetupId: string, @Args('input') input: MinutesInput): Promise<Minutes> {
    return this.minutes.save(actor, meetupId, input);
  }

  @Mutation(() => MinutesModel, { description: 'Freeze the draft as version 1; linked issues ON_AGENDA become DISCUSSED' })
  @RequireRole('ORGANIZER')
  publishMinutes(@CurrentActor() actor: Actor, @Args('meetupId', { type: () => ID }) meetupId: string): Promise<Minutes> {
    return this.minutes.publish(actor, meetupId);
  }

  @Mutation(() => MinutesModel, { description: 'Change published minutes: a new version with the reason' })
  @RequireRole('ORGANIZER')
  amendMinutes(
    @CurrentActor() actor: Actor,
    @Args('meetupId', { type: () => ID }) meetupId: string,
    @Args('input') input: MinutesInput,
    @Args('reason') reason: string,
  ): Promise<Minutes> {
    return this.minutes.amend(actor, meetupId, input, reason);
  }

  @ResolveField(() => MeetupModel)
  async meetup(minutes: Minutes, _args: NoArgs, context: GraphqlContext): Promise<Meetup> {
    return reachable(await context.loaders.meetup.load(minutes.meetupId), 'Meetup', minutes.meetupId);
  }

  @ResolveField(() => [DecisionModel])
  decisions(minutes: Minutes, _args: NoArgs, context: GraphqlContext): Promise<Decision[]> {
    return context.loaders.decisions.load(minutes.id);
  }

  @ResolveField(() => [MemberModel])
  async attendees(minutes: Minutes, _args: NoArgs, context: GraphqlContext): Promise<Member[]> {
    return (await context.loaders.member.loadMany(minutes.attendeeIds)).filter((m): m is Member => !!m && !(m instanceof Error));
  }

  @ResolveField(() => [MinutesVersionModel], { description: 'Every published version, oldest first' })
  versions(minutes: Minutes): Promise<MinutesVersion[]> {
    return this.minutes.versionsOf(minutes.id);
  }

  @ResolveField(() => String, { description: 'Markdown export (add ?lang=en for English)' })
  markdownUrl(minutes: Minutes): string {
    return `${this.config.publicUrl}/meetups/${minutes.meetupId}/minutes.md`;
  }

  @ResolveField(() => String, { description: 'Printable HTML page' })
  htmlUrl(minutes: Minutes): string {
    return `${this.config.publicUrl}/meetups/${minutes.meetupId}/minutes.html`;
  }
}

@Resolver(() => DecisionModel)
export class DecisionResolver {
  @ResolveField(() => [IssueModel], { description: 'The issues it decides on (hidden ones only for who may see them)' })
  async issues(decision: Pick<Decision, 'issueIds'>, _args: NoArgs, context: GraphqlContext): Promise<Issue[]> {
    const issues = await context.loaders.issue.loadMany(decision.issueIds);
    return issues.filter((i): i is Issue => !!i && !(i instanceof Error));
  }
}
