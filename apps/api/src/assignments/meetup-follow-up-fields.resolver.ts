import { ResolveField, Resolver } from '@nestjs/graphql';
import type { Assignment } from '@app/assignments';
import type { Issue } from '@app/issues';
import type { Meetup } from '@app/meetups';
import { Minutes, MinutesService } from '@app/minutes';
import { NoArgs, optionalActor } from '../graphql/current-actor.decorator';
import type { GraphqlContext } from '../graphql/graphql-context';
import { IssueModel } from '../issues/issue.model';
import { MeetupModel } from '../meetups/meetup.model';
import { MinutesModel } from '../minutes/minutes.model';
import { AssignmentModel } from './assignment.model';

/** What a meetup carries from the loop: its minutes and the assignments to report on. */
@Resolver(() => MeetupModel)
export class MeetupFollowUpFieldsResolver {
  constructor(private readonly minutesService: MinutesService) {}

  @ResolveField(() => MinutesModel, { nullable: true, description: 'Published minutes; the draft too for organizers of the series' })
  async minutes(meetup: Meetup, _args: NoArgs, context: GraphqlContext): Promise<Minutes | null> {
    const viewer = optionalActor(context);
    const minutes = await context.loaders.minutesOfMeetup.load(meetup.id);
    if (!minutes || minutes.status === 'PUBLISHED') return minutes;
    return (await this.minutesService.canManage(viewer, meetup.id)) ? minutes : null;
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
