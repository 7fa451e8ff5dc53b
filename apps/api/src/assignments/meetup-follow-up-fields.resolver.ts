import { ResolveField, Resolver } from '@nestjs/graphql';
import type { Assignment } from '@app/assignments';
import type { Issue } from '@app/issues';
import type { Meetup } from '@app/meetups';
import type { Minutes } from '@app/minutes';
import type { NoArgs } from '../graphql/current-actor.decorator';
import type { GraphqlContext } from '../graphql/graphql-context';
import { IssueModel } from '../issues/issue.model';
import { MeetupModel } from '../meetups/meetup.model';
import { MinutesModel } from '../minutes/minutes.model';
import { AssignmentModel } from './assignment.model';

/** What a meetup carries from the loop: its minutes and the assignments to report on. */
@Resolver(() => MeetupModel)
export class MeetupFollowUpFieldsResolver {
  @ResolveField(() => MinutesModel, { nullable: true, description: 'Published minutes; the draft too for organizers of the series' })
  minutes(meetup: Meetup, _args: NoArgs, context: GraphqlContext): Promise<Minutes | null> {
    // The loader answers by the minutes policy (canSeeMinutes): published for who sees the meetup, drafts for its managers.
    return context.loaders.minutesOfMeetup.load(meetup.id);
  }

  @ResolveField(() => [AssignmentModel], { description: 'Open and overdue assignments to report on at this meetup (and those done in the week before it)' })
  followUps(meetup: Meetup, _args: NoArgs, context: GraphqlContext): Promise<Assignment[]> {
    return context.loaders.followUps.load(meetup.id);
  }
}

@Resolver(() => IssueModel)
export class IssueAssignmentFieldsResolver {
  @ResolveField(() => [AssignmentModel])
  assignments(issue: Issue, _args: NoArgs, context: GraphqlContext): Promise<Assignment[]> {
    return context.loaders.issueAssignments.load(issue.id);
  }
}
