import { ResolveField, Resolver } from '@nestjs/graphql';
import { AgendaItemWithIssueState, Issue, IssuesService, POINT_ISSUE_STATE, agendaTitleFor } from '@app/issues';
import type { AgendaItem, Meetup } from '@app/meetups';
import { NoArgs, optionalActor, reachable } from '../graphql/current-actor.decorator';
import type { GraphqlContext } from '../graphql/graphql-context';
import { AgendaItemWithPreview, ISSUE_PREVIEW } from '../graphql/loaders';
import { IssueModel } from '../issues/issue.model';
import { AgendaItemModel, MeetupModel } from './meetup.model';

@Resolver(() => AgendaItemModel)
export class AgendaItemFieldsResolver {
  constructor(private readonly issues: IssuesService) {}

  @ResolveField(() => String, {
    description:
      'A point made from an issue carries a copy of its title: while the issue is hidden by moderation, those who may not see it read "(đã ẩn)" / "(hidden)" (in the viewer\'s language)',
  })
  title(item: AgendaItem, _args: NoArgs, context: GraphqlContext): string | Promise<string> {
    if (!item.issueId) return item.title;
    const viewer = optionalActor(context);
    const language = context.member?.locale === 'en' ? 'en' : 'vi';
    // Agendas read for a meetup carry their issues' state (agenda-issues.read-model.ts): answered at once.
    if (POINT_ISSUE_STATE in item) return agendaTitleFor(viewer, item, (item as AgendaItemWithIssueState)[POINT_ISSUE_STATE], language);
    return context.loaders.issueRow.load(item.issueId).then((issue) => agendaTitleFor(viewer, item, issue, language));
  }

  @ResolveField(() => IssueModel, { nullable: true, description: 'The issue discussed under this point (hidden issues only for who may see them)' })
  issue(item: AgendaItem, _args: NoArgs, context: GraphqlContext): Issue | null | Promise<Issue | null> {
    if (!item.issueId) return null;
    if (ISSUE_PREVIEW in item) {
      // Loaded as a preview because nothing else of the issue was asked for (agenda-loading.ts);
      // answered synchronously, so graphql-js completes the agenda without a promise per point.
      const preview = (item as AgendaItemWithPreview)[ISSUE_PREVIEW];
      return preview && this.issues.canSee(optionalActor(context), preview) ? (preview as unknown as Issue) : null;
    }
    return context.loaders.issue.load(item.issueId);
  }

  @ResolveField(() => MeetupModel)
  async meetup(item: AgendaItem, _args: NoArgs, context: GraphqlContext): Promise<Meetup> {
    return reachable(await context.loaders.meetup.load(item.meetupId), 'Meetup', item.meetupId);
  }
}
