import { Args, ID, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@app/core';
import { CommentsService, IssueComment } from '@app/issues';
import type { Member } from '@app/members';
import type { Organization } from '@app/organizations';
import { OrganizationModel } from '../organizations/organization.model';
import { CurrentActor, NoArgs } from '../graphql/current-actor.decorator';
import type { GraphqlContext } from '../graphql/graphql-context';
import { RequireRole } from '../graphql/roles.guard';
import { MemberModel } from '../members/member.model';
import { IssueCommentModel } from './issue.model';

@Resolver(() => IssueCommentModel)
export class CommentsResolver {
  constructor(private readonly comments: CommentsService) {}

  @Mutation(() => IssueCommentModel)
  addIssueComment(@CurrentActor() actor: Actor, @Args('issueId', { type: () => ID }) issueId: string, @Args('body') body: string): Promise<IssueComment> {
    return this.comments.add(actor, issueId, body);
  }

  @Mutation(() => IssueCommentModel, { description: 'The author, within 15 minutes of writing' })
  editIssueComment(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('body') body: string): Promise<IssueComment> {
    return this.comments.edit(actor, id, body);
  }

  @Mutation(() => IssueCommentModel, { description: 'Organizers: hide a comment out of the view of members' })
  @RequireRole('ORGANIZER')
  hideIssueComment(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null,
  ): Promise<IssueComment> {
    return this.comments.setHidden(actor, id, true, reason);
  }

  @Mutation(() => IssueCommentModel, { description: 'Organizers: show a hidden comment to members again' })
  @RequireRole('ORGANIZER')
  unhideIssueComment(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<IssueComment> {
    return this.comments.setHidden(actor, id, false, null);
  }

  @ResolveField(() => String, { nullable: true, description: 'Why moderation hid it (hidden comments reach organizers only)' })
  hiddenReason(comment: IssueComment): string | null {
    return comment.hiddenAt ? comment.hiddenReason : null;
  }

  @ResolveField(() => Boolean)
  hidden(comment: IssueComment): boolean {
    return comment.hiddenAt !== null;
  }

  @ResolveField(() => MemberModel)
  async author(comment: IssueComment, _args: NoArgs, context: GraphqlContext): Promise<Member> {
    return (await context.loaders.member.load(comment.authorId)) as Member;
  }

  @ResolveField(() => OrganizationModel, {
    nullable: true,
    description: 'The organisation this comment answers for: the one the issue is addressed to, when a member it confirmed wrote it',
  })
  onBehalfOf(comment: IssueComment, _args: NoArgs, context: GraphqlContext): Promise<Organization | null> | null {
    return comment.onBehalfOfId ? context.loaders.organization.load(comment.onBehalfOfId) : null;
  }
}
