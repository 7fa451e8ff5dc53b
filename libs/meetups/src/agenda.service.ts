import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, DomainError, optionalText, requireId, requireText } from '@app/core';
import { AgendaItem } from './agenda-item.entity';
import { agendaLength, makeRoomInAgenda, removeFromAgenda, reorderAgendaItems, touchMeetup } from './meetups.repository';
import { Meetup } from './meetup.entity';
import { assertCanManageSeries } from './series-access';

export interface AgendaItemFields {
  title?: string;
  presenter?: string | null;
  durationMinutes?: number | null;
}

function validate(fields: AgendaItemFields): AgendaItemFields {
  const out: AgendaItemFields = {};
  if (fields.title !== undefined) out.title = requireText('title', fields.title, { max: 300 });
  if (fields.presenter !== undefined) out.presenter = optionalText('presenter', fields.presenter, { max: 200 });
  if (fields.durationMinutes !== undefined && fields.durationMinutes !== null) {
    if (!Number.isInteger(fields.durationMinutes) || fields.durationMinutes < 1 || fields.durationMinutes > 1440) {
      throw DomainError.badInput('durationMinutes', 'must be a whole number from 1 to 1440');
    }
    out.durationMinutes = fields.durationMinutes;
  } else if (fields.durationMinutes === null) {
    out.durationMinutes = null;
  }
  return out;
}

/** The ordered agenda of a meetup. Every change locks the meetup, so positions stay 1..n. */
@Injectable()
export class AgendaService {
  constructor(private readonly dataSource: DataSource) {}

  /** One date's agenda in order (plain rows, for pages outside GraphQL). */
  async itemsOf(meetupId: string): Promise<AgendaItem[]> {
    return this.dataSource.getRepository(AgendaItem).find({ where: { meetupId }, order: { position: 'ASC', id: 'ASC' } });
  }

  async add(
    actor: Actor,
    meetupId: string,
    fields: AgendaItemFields & { title: string; position?: number | null; issueId?: string | null },
  ): Promise<AgendaItem> {
    requireId('meetupId', meetupId);
    const values = validate(fields);
    if (values.title === undefined) throw DomainError.badInput('title', 'must not be empty');
    return this.dataSource.transaction(async (manager) => {
      await this.lockMeetup(manager, actor, meetupId);
      const issueId = fields.issueId ? requireId('issueId', fields.issueId) : null;
      return this.insertItem(manager, meetupId, { ...values, issueId }, fields.position ?? null);
    });
  }

  /**
   * Inserts an item at `position` (1-based; null or past the end: last), shifting the rest.
   * The caller holds the meetup lock. Shared with scheduling an issue onto the agenda.
   */
  async insertItem(
    manager: EntityManager,
    meetupId: string,
    values: AgendaItemFields & { issueId: string | null },
    position: number | null,
  ): Promise<AgendaItem> {
    const count = await agendaLength(manager, meetupId);
    if (count >= 100) throw DomainError.conflict('An agenda has at most 100 items');
    if (position !== null && (!Number.isInteger(position) || position < 1)) throw DomainError.badInput('position', 'must be 1 or more');
    const at = position === null || position > count ? count + 1 : position;
    await makeRoomInAgenda(manager, meetupId, at);
    const repository = manager.getRepository(AgendaItem);
    return repository.save(repository.create({ ...values, meetupId, position: at }));
  }

  async update(actor: Actor, itemId: string, fields: AgendaItemFields): Promise<AgendaItem> {
    requireId('id', itemId);
    const values = validate(fields);
    return this.dataSource.transaction(async (manager) => {
      const item = await this.lockItem(manager, actor, itemId);
      if (Object.keys(values).length > 0) await manager.getRepository(AgendaItem).update({ id: item.id }, values);
      return manager.getRepository(AgendaItem).findOneByOrFail({ id: item.id });
    });
  }

  async remove(actor: Actor, itemId: string): Promise<AgendaItem[]> {
    requireId('id', itemId);
    return this.dataSource.transaction(async (manager) => {
      const item = await this.lockItem(manager, actor, itemId);
      await removeFromAgenda(manager, item);
      return manager.getRepository(AgendaItem).find({ where: { meetupId: item.meetupId }, order: { position: 'ASC' } });
    });
  }

  /** Puts the agenda in the order given; `itemIds` must list every item of the meetup once. */
  async reorder(actor: Actor, meetupId: string, itemIds: string[]): Promise<AgendaItem[]> {
    requireId('meetupId', meetupId);
    itemIds.forEach((id) => requireId('itemIds', id));
    return this.dataSource.transaction(async (manager) => {
      await this.lockMeetup(manager, actor, meetupId);
      const current = await manager.getRepository(AgendaItem).find({ where: { meetupId } });
      const known = new Set(current.map((item) => item.id));
      if (itemIds.length !== current.length || new Set(itemIds).size !== itemIds.length || !itemIds.every((id) => known.has(id))) {
        throw DomainError.badInput('itemIds', 'must list every agenda item of the meetup exactly once');
      }
      // The unique (meetup, position) constraint is deferred to the end of the transaction.
      await reorderAgendaItems(manager, itemIds);
      return manager.getRepository(AgendaItem).find({ where: { meetupId }, order: { position: 'ASC' } });
    });
  }

  /**
   * Locks the meetup row (agenda changes of one meetup run one at a time) and checks rights.
   * The meetup counts as modified: its calendar event shows the agenda.
   */
  async lockMeetup(manager: EntityManager, actor: Actor, meetupId: string): Promise<Meetup> {
    const meetup = await manager.getRepository(Meetup).findOne({ where: { id: meetupId }, lock: { mode: 'pessimistic_write' } });
    if (!meetup) throw DomainError.notFound('Meetup', meetupId);
    await assertCanManageSeries(manager, actor, meetup.seriesId);
    await touchMeetup(manager, meetupId);
    return meetup;
  }

  private async lockItem(manager: EntityManager, actor: Actor, itemId: string): Promise<AgendaItem> {
    const found = await manager.getRepository(AgendaItem).findOneBy({ id: itemId });
    if (!found) throw DomainError.notFound('Agenda item', itemId);
    await this.lockMeetup(manager, actor, found.meetupId);
    // Read again under the lock: its position may have moved meanwhile.
    const item = await manager.getRepository(AgendaItem).findOneBy({ id: itemId });
    if (!item) throw DomainError.notFound('Agenda item', itemId);
    return item;
  }
}
