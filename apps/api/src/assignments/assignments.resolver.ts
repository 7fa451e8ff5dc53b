import { Args, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@app/core';
import { Assignment, AssignmentUpdate, AssignmentsService, OrganizationScorecard } from '@app/assignments';
import type { Issue } from '@app/issues';
import type { Meetup } from '@app/meetups';
import type { Member } from '@app/members';
import type { Organization } from '@app/organizations';
import { ConnectionShape, toConnection } from '../graphql/connection';
import { CurrentActor, NoArgs } from '../graphql/current-actor.decorator';
import type { GraphqlContext } from '../graphql/graphql-context';
import { RequireRole } from '../graphql/roles.guard';
import { IssueModel } from '../issues/issue.model';
import { MeetupModel } from '../meetups/meetup.model';
import { MemberModel } from '../members/member.model';
import { DecisionModel } from '../minutes/minutes.model';
import { OrganizationModel } from '../organizations/organization.model';
import {
  AssignmentConnection,
  AssignmentFilter,
  AssignmentModel,
  AssignmentProgressInput,
  AssignmentUpdateModel,
  CreateAssignmentInput,
  OrganizationScorecardModel,
} from './assignment.model';

function present<T>(values: (T | null | Error)[]): T[] {
  return values.filter((v): v is T => v !== null && !(v instanceof Error));
}

@Resolver(() => AssignmentModel)
export class AssignmentsResolver {
  constructor(private readonly assignments: AssignmentsService) {}

  @Query(() => AssignmentConnection, { name: 'assignments', description: 'Assignments by due date; public, as the province publishes them' })
  async listAssignments(
    @Args('filter', { type: () => AssignmentFilter, nullable: true }) filter: AssignmentFilter | null,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ConnectionShape<Assignment>> {
    return toConnection(await this.assignments.list(filter ?? {}, first, after));
  }

  @Query(() => AssignmentModel, { nullable: true })
  assignment(@Args('id', { type: () => ID }) id: string): Promise<Assignment | null> {
    return this.assignments.findById(id);
  }

  @Query(() => [OrganizationScorecardModel], { description: 'Per organisation: open, done, done on time, overdue, median days to complete' })
  organizationScorecards(): Promise<OrganizationScorecard[]> {
    return this.assignments.scorecards();
  }

  @Mutation(() => AssignmentModel, { description: 'Organizers: an issue it comes from becomes ASSIGNED' })
  @RequireRole('ORGANIZER')
  createAssignment(@CurrentActor() actor: Actor, @Args('input') input: CreateAssignmentInput): Promise<Assignment> {
    return this.assignments.create(actor, input);
  }

  @Mutation(() => AssignmentModel, { description: 'Organizers: what it depends on (cycles are refused)' })
  @RequireRole('ORGANIZER')
  setAssignmentDependencies(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('dependsOnIds', { type: () => [ID] }) dependsOnIds: string[],
  ): Promise<Assignment> {
    return this.assignments.setDependencies(actor, id, dependsOnIds);
  }

  @Mutation(() => AssignmentModel, { description: 'Organizers or members of the lead organisation: note, status, percent' })
  reportAssignmentProgress(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: AssignmentProgressInput,
  ): Promise<Assignment> {
    return this.assignments.reportProgress(actor, id, input);
  }

  @ResolveField(() => Boolean, { description: 'Not done and past its due date in Asia/Ho_Chi_Minh' })
  overdue(assignment: Assignment): boolean {
    return this.assignments.isOverdue(assignment);
  }

  @ResolveField(() => OrganizationModel)
  async leadOrganization(assignment: Assignment, _args: NoArgs, context: GraphqlContext): Promise<Organization> {
    return (await context.loaders.organization.load(assignment.leadOrganizationId)) as Organization;
  }

  @ResolveField(() => [OrganizationModel])
  async coordinatingOrganizations(assignment: Assignment, _args: NoArgs, context: GraphqlContext): Promise<Organization[]> {
    return present(await context.loaders.organization.loadMany(await context.loaders.assignmentCoordinating.load(assignment.id)));
  }

  @ResolveField(() => MemberModel, { nullable: true })
  assignee(assignment: Assignment, _args: NoArgs, context: GraphqlContext): Promise<Member | null> | null {
    return assignment.assigneeId ? context.loaders.member.load(assignment.assigneeId) : null;
  }

  @ResolveField(() => IssueModel, { nullable: true, description: 'The issue it comes from (a hidden issue only for who may see it)' })
  issue(assignment: Assignment, _args: NoArgs, context: GraphqlContext): Promise<Issue | null> | null {
    return assignment.issueId ? context.loaders.issue.load(assignment.issueId) : null;
  }

  @ResolveField(() => MeetupModel, { nullable: true, description: 'The meetup it was given at, for who may see that meetup' })
  meetup(assignment: Assignment, _args: NoArgs, context: GraphqlContext): Promise<Meetup | null> | null {
    return assignment.meetupId ? context.loaders.meetup.load(assignment.meetupId) : null;
  }

  @ResolveField(() => DecisionModel, { nullable: true, description: 'The decision it comes from, for who may see those minutes' })
  decision(assignment: Assignment, _args: NoArgs, context: GraphqlContext) {
    return assignment.decisionId ? context.loaders.decision.load(assignment.decisionId) : null;
  }

  @ResolveField(() => [AssignmentModel])
  async dependsOn(assignment: Assignment, _args: NoArgs, context: GraphqlContext): Promise<Assignment[]> {
    return present(await context.loaders.assignment.loadMany(await context.loaders.assignmentDependencies.load(assignment.id)));
  }

  @ResolveField(() => [AssignmentUpdateModel], { description: 'Progress reports, oldest first' })
  updates(assignment: Assignment, _args: NoArgs, context: GraphqlContext): Promise<AssignmentUpdate[]> {
    return context.loaders.assignmentUpdates.load(assignment.id);
  }
}

@Resolver(() => AssignmentUpdateModel)
export class AssignmentUpdateResolver {
  @ResolveField(() => MemberModel, { nullable: true })
  author(update: AssignmentUpdate, _args: NoArgs, context: GraphqlContext): Promise<Member | null> | null {
    return update.authorId ? context.loaders.member.load(update.authorId) : null;
  }
}

@Resolver(() => OrganizationScorecardModel)
export class ScorecardResolver {
  @ResolveField(() => OrganizationModel)
  async organization(card: OrganizationScorecard, _args: NoArgs, context: GraphqlContext): Promise<Organization> {
    return (await context.loaders.organization.load(card.organizationId)) as Organization;
  }
}
