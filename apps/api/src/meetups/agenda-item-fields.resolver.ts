import { ResolveField, Resolver } from '@nestjs/graphql';
import { Issue, IssuesService } from '@app/issues';
import type { AgendaItem, Meetup } from '@app/meetups';
import { NoArgs, optionalActor } from '../graphql/current-actor.decorator';
import type { GraphqlContext } from '../graphql/graphql-context';
import { AgendaItemWithPreview, ISSUE_PREVIEW } from '../graphql/loaders';
import { IssueModel } from '../issues/issue.model';
import { AgendaItemModel, MeetupModel } from './meetup.model';

@Resolver(() => AgendaItemModel)
export class AgendaItemFieldsResolver {
  constructor(private readonly issues: IssuesService) {}

  @ResolveField(() => IssueModel, { nullable: true, description: 'The issue discussed under this point (hidden issues only for who may see them)' })
  issue(item: AgendaItem, _args: NoArgs, context: GraphqlContext): Issue | null | Promise<Issue | null> {
    const viewer = optionalActor(context);
    if (!item.issueId) return null;
    if (ISSUE_PREVIEW in item) {
      // Loaded as a preview because nothing else of the issue was asked for (agenda-loading.ts);
      // answered synchronously, so graphql-js completes the agenda without a promise per point.
      const preview = (item as AgendaItemWithPreview)[ISSUE_PREVIEW];
      return preview && this.issues.canSee(viewer, preview) ? (preview as unknown as Issue) : null;
    }
    return context.loaders.issue.load(item.issueId).then((issue) => (issue && this.issues.canSee(viewer, issue) ? issue : null));
  }

  @ResolveField(() => MeetupModel)
  async meetup(item: AgendaItem, _args: NoArgs, context: GraphqlContext): Promise<Meetup> {
    return (await context.loaders.meetup.load(item.meetupId)) as Meetup;
  }
}
