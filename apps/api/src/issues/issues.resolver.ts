import { Args, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@app/core';
import { Issue, IssueComment, IssueEvent, IssueFields, IssueStatus, IssuesService, nextIssueStatuses, timelineEventFor } from '@app/issues';
import type { AgendaItem } from '@app/meetups';
import type { Member } from '@app/members';
import type { Organization } from '@app/organizations';
import { ConnectionShape, toConnection } from '../graphql/connection';
import { CurrentActor, NoArgs, optionalActor, OptionalActor } from '../graphql/current-actor.decorator';
import { IssueStatusEnum } from '../graphql/enums';
import type { GraphqlContext } from '../graphql/graphql-context';
import { PreviewedIssue, SUBMITTER_PREVIEW } from '../graphql/loaders';
import { RequireRole } from '../graphql/roles.guard';
import { AgendaItemModel } from '../meetups/meetup.model';
import { MemberModel } from '../members/member.model';
import { OrganizationModel } from '../organizations/organization.model';
import { IssueCommentModel, IssueConnection, IssueEventModel, IssueFilter, IssueModel, SubmitIssueInput, UpdateIssueInput } from './issue.model';

function toFields(input: UpdateIssueInput | SubmitIssueInput): IssueFields {
  return {
    title: input.title ?? undefined,
    description: input.description ?? undefined,
    kind: input.kind ?? undefined,
    topics: input.topics ?? undefined,
    organizationId: input.organizationId,
    addressedToOrganizationId: input.addressedToOrganizationId,
  };
}

@Resolver(() => IssueModel)
export class IssuesResolver {
  constructor(private readonly issuesService: IssuesService) {}

  @Query(() => IssueConnection, { description: 'Issues, newest first, or by relevance with `search`' })
  async issues(
    @OptionalActor() viewer: Actor | null,
    @Args('filter', { type: () => IssueFilter, nullable: true }) filter: IssueFilter | null,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ConnectionShape<Issue>> {
    return toConnection(await this.issuesService.list(viewer, filter ?? {}, first, after));
  }

  @Query(() => IssueModel, { nullable: true })
  issue(@OptionalActor() viewer: Actor | null, @Args('id', { type: () => ID }) id: string): Promise<Issue | null> {
    return this.issuesService.findVisible(viewer, id);
  }

  @Query(() => [IssueModel], { description: 'Open issues that look like the one being written' })
  similarIssues(
    @OptionalActor() viewer: Actor | null,
    @Args('title') title: string,
    @Args('description', { type: () => String, nullable: true }) description: string | null,
  ): Promise<Issue[]> {
    return this.issuesService.similar(viewer, title, description);
  }

  @Mutation(() => IssueModel)
  submitIssue(@CurrentActor() actor: Actor, @Args('input') input: SubmitIssueInput): Promise<Issue> {
    return this.issuesService.submit(actor, { ...toFields(input), title: input.title, description: input.description, kind: input.kind });
  }

  @Mutation(() => IssueModel, { description: 'The submitter until it is on an agenda; organizers always' })
  updateIssue(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateIssueInput): Promise<Issue> {
    return this.issuesService.update(actor, id, toFields(input));
  }

  @Mutation(() => IssueModel, { description: '+1, once per member' })
  supportIssue(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<Issue> {
    return this.issuesService.support(actor, id);
  }

  @Mutation(() => IssueModel)
  withdrawIssueSupport(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<Issue> {
    return this.issuesService.withdrawSupport(actor, id);
  }

  @Mutation(() => AgendaItemModel, { description: "Organizers of the meetup's series: put the issue on its agenda (ON_AGENDA)" })
  @RequireRole('ORGANIZER')
  scheduleIssue(
    @CurrentActor() actor: Actor,
    @Args('issueId', { type: () => ID }) issueId: string,
    @Args('meetupId', { type: () => ID }) meetupId: string,
    @Args('position', { type: () => Int, nullable: true }) position: number | null,
  ): Promise<AgendaItem> {
    return this.issuesService.schedule(actor, issueId, meetupId, position);
  }

  @Mutation(() => IssueModel, { description: 'Organizers: move through the lifecycle with an official response; DUPLICATE merges into duplicateOfId' })
  @RequireRole('ORGANIZER')
  setIssueStatus(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('status', { type: () => IssueStatusEnum }) status: IssueStatusEnum,
    @Args('note', { type: () => String, nullable: true }) note: string | null,
    @Args('duplicateOfId', { type: () => ID, nullable: true }) duplicateOfId: string | null,
  ): Promise<Issue> {
    return this.issuesService.setStatus(actor, id, status, note, duplicateOfId);
  }

  @Mutation(() => IssueModel, { description: 'Organizers: hide from members (moderation), with a reason' })
  @RequireRole('ORGANIZER')
  hideIssue(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('reason') reason: string): Promise<Issue> {
    return this.issuesService.setHidden(actor, id, true, reason);
  }

  @Mutation(() => IssueModel)
  @RequireRole('ORGANIZER')
  unhideIssue(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<Issue> {
    return this.issuesService.setHidden(actor, id, false, null);
  }

  @ResolveField(() => MemberModel)
  submitter(issue: Issue, _args: NoArgs, context: GraphqlContext): Member | Promise<Member> {
    if (SUBMITTER_PREVIEW in issue) return (issue as unknown as PreviewedIssue)[SUBMITTER_PREVIEW] as Member;
    return context.loaders.member.load(issue.submitterId) as Promise<Member>;
  }

  @ResolveField(() => OrganizationModel, { nullable: true, description: "The submitter's organisation" })
  organization(issue: Issue, _args: NoArgs, context: GraphqlContext): Promise<Organization | null> | null {
    return issue.organizationId ? context.loaders.organization.load(issue.organizationId) : null;
  }

  @ResolveField(() => OrganizationModel, { nullable: true })
  addressedTo(issue: Issue, _args: NoArgs, context: GraphqlContext): Promise<Organization | null> | null {
    return issue.addressedToOrganizationId ? context.loaders.organization.load(issue.addressedToOrganizationId) : null;
  }

  @ResolveField(() => IssueModel, { nullable: true, description: 'The original of a duplicate (a hidden one only for who may see it)' })
  duplicateOf(issue: Issue, _args: NoArgs, context: GraphqlContext): Promise<Issue | null> | null {
    return issue.duplicateOfId ? context.loaders.issue.load(issue.duplicateOfId) : null;
  }

  @ResolveField(() => Boolean)
  supportedByMe(issue: Issue, _args: NoArgs, context: GraphqlContext): Promise<boolean> | boolean {
    const actor = optionalActor(context);
    return actor ? context.loaders.supportedByMe.load(issue.id) : false;
  }

  @ResolveField(() => [AgendaItemModel], { description: 'The agenda points discussing it, on the dates the caller may see' })
  async agendaItems(issue: Issue, _args: NoArgs, context: GraphqlContext): Promise<AgendaItem[]> {
    const items = await context.loaders.issueAgendaItems.load(issue.id);
    const meetups = await context.loaders.meetup.loadMany(items.map((item) => item.meetupId));
    return items.filter((_, index) => {
      const meetup = meetups[index];
      return !!meetup && !(meetup instanceof Error);
    });
  }

  @ResolveField(() => [IssueEventModel], {
    description:
      'Every step, in order, with its actor. Moderation notes only for organizers and the submitter; a step taken at a meetup the caller may not see without its note and meetup',
  })
  async timeline(issue: Issue, _args: NoArgs, context: GraphqlContext): Promise<IssueEvent[]> {
    const viewer = optionalActor(context);
    const events = await context.loaders.issueTimeline.load(issue.id);
    const meetupIds = [...new Set(events.map((event) => event.data.meetupId).filter((id): id is string => typeof id === 'string'))];
    const meetups = await context.loaders.meetup.loadMany(meetupIds);
    const visible = new Set(
      meetupIds.filter((_, index) => {
        const meetup = meetups[index];
        return !!meetup && !(meetup instanceof Error);
      }),
    );
    return events.map((event) => timelineEventFor(viewer, issue, event, (meetupId) => visible.has(meetupId)));
  }

  @ResolveField(() => [MemberModel], { description: 'Who raised it: the submitter and the submitters of duplicates merged into it' })
  async raisedBy(issue: Issue, _args: NoArgs, context: GraphqlContext): Promise<Member[]> {
    const ids = await context.loaders.issueRaisedBy.load(issue.id);
    return (await context.loaders.member.loadMany(ids)).filter((m): m is Member => !!m && !(m instanceof Error));
  }

  @ResolveField(() => Int, { description: 'How many times it was raised (itself and merged duplicates)' })
  async raisedCount(issue: Issue, _args: NoArgs, context: GraphqlContext): Promise<number> {
    return (await context.loaders.issueRaisedBy.load(issue.id)).length;
  }

  @ResolveField(() => [IssueCommentModel], { description: 'The discussion, oldest first' })
  comments(issue: Issue, _args: NoArgs, context: GraphqlContext): Promise<IssueComment[]> {
    return context.loaders.issueComments.load(issue.id);
  }

  @ResolveField(() => Boolean, { nullable: true, description: 'Organizers and the submitter: hidden by moderation' })
  hidden(issue: Issue, _args: NoArgs, context: GraphqlContext): boolean | null {
    const viewer = optionalActor(context);
    return this.issuesService.canSeeModeration(viewer, issue) ? issue.hiddenAt !== null : null;
  }

  @ResolveField(() => [IssueStatusEnum], {
    description: 'Organizers: the statuses setIssueStatus accepts from where the issue is now (empty for others and for closed issues)',
  })
  allowedNextStatuses(issue: Issue, _args: NoArgs, context: GraphqlContext): IssueStatus[] {
    return this.issuesService.canModerate(optionalActor(context)) ? nextIssueStatuses(issue.status) : [];
  }

  @ResolveField(() => String, { nullable: true })
  hiddenReason(issue: Issue, _args: NoArgs, context: GraphqlContext): string | null {
    const viewer = optionalActor(context);
    return this.issuesService.canSeeModeration(viewer, issue) ? issue.hiddenReason : null;
  }
}

@Resolver(() => IssueEventModel)
export class IssueEventResolver {
  @ResolveField(() => MemberModel, { nullable: true })
  actor(event: IssueEvent, _args: NoArgs, context: GraphqlContext): Promise<Member | null> | null {
    return event.actorId ? context.loaders.member.load(event.actorId) : null;
  }

  @ResolveField(() => ID, { nullable: true, description: 'The meetup involved, if any' })
  meetupId(event: IssueEvent): string | null {
    return typeof event.data.meetupId === 'string' ? event.data.meetupId : null;
  }
}
