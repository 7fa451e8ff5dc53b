import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { recordAudit } from '@app/database';
import { Actor, Clock, DomainError, hasRole, optionalText, requireId, requireText } from '@app/core';
import { Consultation, ConsultationStatus, consultationStatus } from './consultation.entity';
import { ConsultationSection } from './consultation-section.entity';
import { splitDocument } from './document-sections';
import { visibleCommentCounts } from './consultations.repository';

export interface CreateConsultationCommand {
  title: string;
  summary?: string | null;
  /** Markdown, split into sections at its headings (splitDocument). */
  document: string;
  opensAt: Date;
  closesAt: Date;
}

/** Lists are short (a few drafts a year); this bounds the answer anyway. */
const LIST_LIMIT = 100;

/**
 * Drafts opened for comments. A consultation not yet open (DRAFT) is seen by organizers only,
 * so a draft can be prepared and checked before it is announced; once open it is public.
 */
@Injectable()
export class ConsultationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  statusOf(consultation: Consultation): ConsultationStatus {
    return consultationStatus(consultation, this.clock.now());
  }

  canSee(viewer: Actor | null, consultation: Consultation): boolean {
    return this.statusOf(consultation) !== 'DRAFT' || (!!viewer && hasRole(viewer.role, 'ORGANIZER'));
  }

  async create(actor: Actor, command: CreateConsultationCommand): Promise<Consultation> {
    if (!hasRole(actor.role, 'ORGANIZER')) throw DomainError.forbidden('Only organizers can open a consultation');
    const title = requireText('title', command.title, { max: 200 });
    const summary = optionalText('summary', command.summary, { max: 5000, multiline: true });
    if (!(command.opensAt instanceof Date) || Number.isNaN(command.opensAt.getTime())) throw DomainError.badInput('opensAt', 'must be a date and time');
    if (!(command.closesAt instanceof Date) || Number.isNaN(command.closesAt.getTime())) throw DomainError.badInput('closesAt', 'must be a date and time');
    if (command.closesAt.getTime() <= command.opensAt.getTime()) throw DomainError.badInput('closesAt', 'must be after opensAt');
    const sections = splitDocument(command.document);
    const document = command.document.normalize('NFC').replace(/\r\n?/g, '\n');
    return this.dataSource.transaction(async (manager) => {
      const consultation = await manager.getRepository(Consultation).save(
        manager.getRepository(Consultation).create({
          title,
          summary,
          document,
          opensAt: command.opensAt,
          closesAt: command.closesAt,
          createdBy: actor.memberId,
          createdAt: this.clock.now(),
        }),
      );
      await manager.getRepository(ConsultationSection).insert(
        sections.map((section, index) => ({
          consultationId: consultation.id,
          position: index + 1,
          level: section.level,
          heading: section.heading,
          body: section.body,
        })),
      );
      await recordAudit(manager, {
        actorId: actor.memberId,
        action: 'consultation.create',
        targetType: 'consultation',
        targetId: consultation.id,
        after: { title, opensAt: command.opensAt.toISOString(), closesAt: command.closesAt.toISOString(), sections: sections.length },
      });
      return consultation;
    });
  }

  /** The consultation if the viewer may see it; null otherwise (a draft is not revealed to members). */
  async find(viewer: Actor | null, id: string): Promise<Consultation | null> {
    requireId('id', id);
    const consultation = await this.dataSource.getRepository(Consultation).findOneBy({ id });
    return consultation && this.canSee(viewer, consultation) ? consultation : null;
  }

  /** Newest first (by opening); drafts only for organizers. */
  async list(viewer: Actor | null, status: ConsultationStatus | null): Promise<Consultation[]> {
    const organizer = !!viewer && hasRole(viewer.role, 'ORGANIZER');
    if (status === 'DRAFT' && !organizer) return [];
    const now = this.clock.now();
    const query = this.dataSource.getRepository(Consultation).createQueryBuilder('c').orderBy('c.opens_at', 'DESC').addOrderBy('c.id', 'ASC').take(LIST_LIMIT);
    if (status === 'DRAFT') query.where('c.opens_at > :now', { now });
    else if (status === 'OPEN') query.where('c.opens_at <= :now AND c.closes_at > :now', { now });
    else if (status === 'CLOSED') query.where('c.closes_at <= :now', { now });
    else if (!organizer) query.where('c.opens_at <= :now', { now });
    return query.getMany();
  }

  /** For DataLoaders; no visibility check (callers reach these through a visible consultation). */
  async findByIds(ids: readonly string[]): Promise<(Consultation | null)[]> {
    const rows = await this.dataSource
      .getRepository(Consultation)
      .createQueryBuilder('c')
      .where('c.id IN (:...ids)', { ids: [...ids] })
      .getMany();
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async sectionsOf(consultationIds: readonly string[]): Promise<ConsultationSection[][]> {
    const rows = await this.dataSource
      .getRepository(ConsultationSection)
      .createQueryBuilder('s')
      .where('s.consultation_id IN (:...ids)', { ids: [...consultationIds] })
      .orderBy('s.position', 'ASC')
      .getMany();
    return consultationIds.map((id) => rows.filter((row) => row.consultationId === id));
  }

  async sectionsByIds(ids: readonly string[]): Promise<(ConsultationSection | null)[]> {
    const rows = await this.dataSource
      .getRepository(ConsultationSection)
      .createQueryBuilder('s')
      .where('s.id IN (:...ids)', { ids: [...ids] })
      .getMany();
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Visible (not hidden) comments per consultation. */
  async commentCounts(consultationIds: readonly string[]): Promise<number[]> {
    const byId = await visibleCommentCounts(this.dataSource.manager, consultationIds);
    return consultationIds.map((id) => byId.get(id) ?? 0);
  }
}
