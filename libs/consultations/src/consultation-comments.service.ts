import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { enqueueOutbox, recordAudit } from '@app/database';
import { Actor, Clock, DomainError, hasRole, optionalText, requireId, requireText } from '@app/core';
import { Consultation, consultationStatus } from './consultation.entity';
import { ConsultationComment } from './consultation-comment.entity';
import { ConsultationSection } from './consultation-section.entity';

/** Authors may edit a comment this long after writing it (as issue comments). */
export const CONSULTATION_COMMENT_EDIT_WINDOW_MS = 15 * 60_000;

/** The outbox kind of "your comment was answered". */
export const CONSULTATION_RESPONSE_KIND = 'consultation.response';

/**
 * Comments on the sections of a consultation and their answers. Comments are taken only while
 * the consultation is OPEN; refusals because of the consultation's state (not yet open, closed,
 * edit window over, already answered) are CONFLICT, as for issue comments: the input is fine, the
 * moment is not.
 */
@Injectable()
export class ConsultationCommentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async comment(actor: Actor, sectionId: string, body: string): Promise<ConsultationComment> {
    requireId('sectionId', sectionId);
    const text = requireText('body', body, { max: 5000, multiline: true });
    const section = await this.dataSource.getRepository(ConsultationSection).findOneBy({ id: sectionId });
    const consultation = section ? await this.dataSource.getRepository(Consultation).findOneBy({ id: section.consultationId }) : null;
    const now = this.clock.now();
    const status = consultation ? consultationStatus(consultation, now) : null;
    if (!section || !consultation || (status === 'DRAFT' && !hasRole(actor.role, 'ORGANIZER'))) throw DomainError.notFound('Section', sectionId);
    if (status === 'DRAFT') throw DomainError.conflict(`This consultation is not open for comments yet: it opens at ${consultation.opensAt.toISOString()}`);
    if (status === 'CLOSED') throw DomainError.conflict(`This consultation closed at ${consultation.closesAt.toISOString()}; comments are no longer taken`);
    const repository = this.dataSource.getRepository(ConsultationComment);
    return repository.save(repository.create({ sectionId, consultationId: consultation.id, authorId: actor.memberId, body: text, createdAt: now }));
  }

  /** Whether `actor` may still edit the comment: their own, within 15 minutes, not answered, consultation open. */
  canEdit(actor: Actor | null, comment: ConsultationComment, consultation: Consultation): boolean {
    const now = this.clock.now();
    return (
      !!actor &&
      comment.authorId === actor.memberId &&
      comment.hiddenAt === null &&
      comment.response === null &&
      now.getTime() - comment.createdAt.getTime() <= CONSULTATION_COMMENT_EDIT_WINDOW_MS &&
      consultationStatus(consultation, now) === 'OPEN'
    );
  }

  async edit(actor: Actor, id: string, body: string): Promise<ConsultationComment> {
    requireId('id', id);
    const text = requireText('body', body, { max: 5000, multiline: true });
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(ConsultationComment);
      // Locked: an answer given at the same moment waits, and then the edit sees it.
      const comment = await repository.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!comment || (comment.hiddenAt && !hasRole(actor.role, 'ORGANIZER'))) throw DomainError.notFound('Comment', id);
      if (comment.authorId !== actor.memberId) throw DomainError.forbidden('You can only edit your own comments');
      const now = this.clock.now();
      if (now.getTime() - comment.createdAt.getTime() > CONSULTATION_COMMENT_EDIT_WINDOW_MS) {
        throw DomainError.conflict('Comments can be edited for 15 minutes after writing them');
      }
      if (comment.response !== null) throw DomainError.conflict('This comment has been answered; it can no longer be edited');
      const consultation = await manager.getRepository(Consultation).findOneByOrFail({ id: comment.consultationId });
      if (consultationStatus(consultation, now) !== 'OPEN') throw DomainError.conflict('This consultation is closed; comments can no longer be edited');
      await repository.update({ id }, { body: text, editedAt: now });
      return repository.findOneByOrFail({ id });
    });
  }

  /** Moderation by organizers: the comment stays for the record, hidden out of the view of members and out of the report. */
  async setHidden(actor: Actor, id: string, hidden: boolean, reason?: string | null): Promise<ConsultationComment> {
    requireId('id', id);
    if (!hasRole(actor.role, 'ORGANIZER')) throw DomainError.forbidden('Only organizers can hide comments');
    const why = hidden ? optionalText('reason', reason, { max: 1000, multiline: true }) : null;
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(ConsultationComment);
      const comment = await repository.findOneBy({ id });
      if (!comment) throw DomainError.notFound('Comment', id);
      await repository.update(
        { id },
        hidden ? { hiddenAt: this.clock.now(), hiddenReason: why, hiddenBy: actor.memberId } : { hiddenAt: null, hiddenReason: null, hiddenBy: null },
      );
      await recordAudit(manager, {
        actorId: actor.memberId,
        action: hidden ? 'consultation_comment.hide' : 'consultation_comment.unhide',
        targetType: 'consultation_comment',
        targetId: id,
        after: { reason: why },
      });
      return repository.findOneByOrFail({ id });
    });
  }

  /**
   * Organizers answer a comment: the response and whether it was taken in. An answer can be
   * changed. The author is e-mailed (through the outbox, exactly once per message) when the
   * comment is first answered and again only when the decision itself changes (taken in ↔ not
   * taken in); rewording an answer with the same decision sends nothing.
   */
  async respond(actor: Actor, id: string, response: string, accepted: boolean): Promise<ConsultationComment> {
    requireId('id', id);
    if (!hasRole(actor.role, 'ORGANIZER')) throw DomainError.forbidden('Only organizers can answer comments');
    const text = requireText('response', response, { max: 5000, multiline: true });
    if (typeof accepted !== 'boolean') throw DomainError.badInput('accepted', 'must be true or false');
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(ConsultationComment);
      const comment = await repository.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!comment) throw DomainError.notFound('Comment', id);
      if (comment.hiddenAt) throw DomainError.conflict('This comment is hidden; show it again before answering it');
      const decisionChanged = comment.accepted !== accepted;
      const now = this.clock.now();
      await repository.update({ id }, { response: text, accepted, respondedAt: now, respondedBy: actor.memberId });
      await recordAudit(manager, {
        actorId: actor.memberId,
        action: 'consultation_comment.respond',
        targetType: 'consultation_comment',
        targetId: id,
        before: comment.response === null ? null : { response: comment.response, accepted: comment.accepted },
        after: { response: text, accepted },
      });
      if (decisionChanged && comment.authorId !== actor.memberId) {
        await enqueueOutbox(manager, [{ kind: CONSULTATION_RESPONSE_KIND, memberId: comment.authorId, payload: { commentId: id, accepted } }]);
      }
      return repository.findOneByOrFail({ id });
    });
  }

  /** The policy of consultation comments: those hidden by moderation (and why) reach organizers only. */
  canSeeHidden(viewer: Actor | null): boolean {
    return !!viewer && hasRole(viewer.role, 'ORGANIZER');
  }

  /** Comments of many sections, oldest first; hidden ones only for organizers. For DataLoaders. */
  async ofSections(viewer: Actor | null, sectionIds: readonly string[]): Promise<ConsultationComment[][]> {
    const showHidden = this.canSeeHidden(viewer);
    const rows = await this.dataSource
      .getRepository(ConsultationComment)
      .createQueryBuilder('c')
      .where('c.section_id IN (:...ids)', { ids: [...sectionIds] })
      .andWhere(showHidden ? 'true' : 'c.hidden_at IS NULL')
      .orderBy('c.created_at', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .getMany();
    return sectionIds.map((id) => rows.filter((row) => row.sectionId === id));
  }
}
