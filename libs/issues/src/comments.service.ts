import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { recordAudit } from '@app/database';
import { Actor, Clock, DomainError, hasRole, requireId, requireText } from '@app/core';
import { AffiliationsService } from '@app/organizations';
import { Issue } from './issue.entity';
import { IssueComment } from './issue-comment.entity';
import { IssuesService } from './issues.service';
import { optionalNote } from './issue-input';

/** Authors may edit a comment this long after writing it. */
export const COMMENT_EDIT_WINDOW_MS = 15 * 60_000;

/** The plain discussion thread under an issue. */
@Injectable()
export class CommentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly issues: IssuesService,
    private readonly clock: Clock,
    private readonly affiliations: AffiliationsService,
  ) {}

  async add(actor: Actor, issueId: string, body: string): Promise<IssueComment> {
    requireId('issueId', issueId);
    const text = requireText('body', body, { max: 5000, multiline: true });
    const issue = await this.dataSource.getRepository(Issue).findOneBy({ id: issueId });
    if (!issue || !this.issues.canSee(actor, issue)) throw DomainError.notFound('Issue', issueId);
    if (issue.status === 'DUPLICATE') throw DomainError.conflict('This issue is a duplicate; comment on the original');
    // Written by someone the addressed organisation confirmed, the comment is its answer.
    const addressed = issue.addressedToOrganizationId;
    const onBehalfOfId = addressed && (await this.affiliations.speaksFor(this.dataSource.manager, actor.memberId, addressed)) ? addressed : null;
    const repository = this.dataSource.getRepository(IssueComment);
    return repository.save(repository.create({ issueId, authorId: actor.memberId, body: text, createdAt: this.clock.now(), onBehalfOfId }));
  }

  async edit(actor: Actor, id: string, body: string): Promise<IssueComment> {
    requireId('id', id);
    const text = requireText('body', body, { max: 5000, multiline: true });
    const repository = this.dataSource.getRepository(IssueComment);
    const comment = await repository.findOneBy({ id });
    if (!comment || (comment.hiddenAt && !hasRole(actor.role, 'ORGANIZER'))) throw DomainError.notFound('Comment', id);
    if (comment.authorId !== actor.memberId) throw DomainError.forbidden('You can only edit your own comments');
    if (this.clock.now().getTime() - comment.createdAt.getTime() > COMMENT_EDIT_WINDOW_MS) {
      throw DomainError.conflict('Comments can be edited for 15 minutes after writing them');
    }
    await repository.update({ id }, { body: text, editedAt: this.clock.now() });
    return repository.findOneByOrFail({ id });
  }

  /** Moderation by organizers: the comment stays for the record, hidden out of the view of members. */
  async setHidden(actor: Actor, id: string, hidden: boolean, reason?: string | null): Promise<IssueComment> {
    requireId('id', id);
    if (!hasRole(actor.role, 'ORGANIZER')) throw DomainError.forbidden('Only organizers can hide comments');
    const why = optionalNote('reason', reason);
    const repository = this.dataSource.getRepository(IssueComment);
    const comment = await repository.findOneBy({ id });
    if (!comment) throw DomainError.notFound('Comment', id);
    return this.dataSource.transaction(async (manager) => {
      await manager
        .getRepository(IssueComment)
        .update(
          { id },
          hidden ? { hiddenAt: this.clock.now(), hiddenReason: why, hiddenBy: actor.memberId } : { hiddenAt: null, hiddenReason: null, hiddenBy: null },
        );
      await recordAudit(manager, {
        actorId: actor.memberId,
        action: hidden ? 'comment.hide' : 'comment.unhide',
        targetType: 'comment',
        targetId: id,
        after: { reason: why },
      });
      return manager.getRepository(IssueComment).findOneByOrFail({ id });
    });
  }

  /** Comments of many issues, oldest first; hidden ones only for organizers. For DataLoaders. */
  async ofIssues(viewer: Actor | null, issueIds: readonly string[]): Promise<IssueComment[][]> {
    const showHidden = !!viewer && hasRole(viewer.role, 'ORGANIZER');
    const rows = await this.dataSource
      .getRepository(IssueComment)
      .createQueryBuilder('c')
      .where('c.issue_id IN (:...ids)', { ids: [...issueIds] })
      .andWhere(showHidden ? 'true' : 'c.hidden_at IS NULL')
      .orderBy('c.created_at', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .getMany();
    return issueIds.map((id) => rows.filter((row) => row.issueId === id));
  }
}
