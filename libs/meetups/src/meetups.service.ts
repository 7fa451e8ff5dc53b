import { Injectable, Optional } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { EntityRows, pageOf, requirePageSize } from '@app/database';
import {
  Actor,
  Clock,
  DomainError,
  decodeCursor,
  encodeCursor,
  inIdOrder,
  isUtcInstant,
  isUuid,
  optionalHttpUrl,
  optionalText,
  requireId,
  requireText,
} from '@app/core';
import { changeMeetup } from './meetup-changes';
import { MeetupSeatsPort } from './meetup-seats.port';
import { MEETUP_STATUSES, Meetup, MeetupStatus, OverridableField } from './meetup.entity';
import { MeetupSeries, VISIBILITIES } from './meetup-series.entity';
import { assertCanManageSeries, visibleVisibilities } from './series-access';
import { meetupPage } from './meetups.repository';

const VISIBILITY_COUNT = VISIBILITIES.length;

export interface MeetupFilter {
  seriesId?: string | null;
  /** Meetups that end at or after this instant. */
  from?: Date | null;
  /** Meetups that start before this instant. */
  to?: Date | null;
  status?: MeetupStatus | null;
  /** Latest first (past meetups, most recent at the top). */
  newestFirst?: boolean | null;
}

export interface Page<T> {
  items: T[];
  cursors: string[];
  /** Counted when called, so a page asked for without its total costs no count. */
  totalCount: () => Promise<number>;
  hasNextPage: boolean;
}

export interface UpdateMeetupCommand {
  title?: string | null;
  description?: string | null;
  startsAt?: Date | null;
  endsAt?: Date | null;
  venue?: string | null;
  venueAddress?: string | null;
  onlineUrl?: string | null;
  capacity?: number | null;
}

/** A meetup page's cursor: [startsAt as ISO 8601 in UTC, id]. */
function isMeetupCursor(value: unknown): value is [string, string] {
  return (
    Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && isUtcInstant(value[0]) && typeof value[1] === 'string' && isUuid(value[1])
  );
}

@Injectable()
export class MeetupsService {
  private readonly meetupRows: EntityRows<Meetup>;
  private readonly seriesRows: EntityRows<MeetupSeries>;

  constructor(
    @InjectRepository(Meetup) private readonly meetups: Repository<Meetup>,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Optional() private readonly seats?: MeetupSeatsPort,
  ) {
    this.meetupRows = new EntityRows(dataSource, Meetup);
    this.seriesRows = new EntityRows(dataSource, MeetupSeries);
  }

  /**
   * Dates in start order (or latest first), cursor-paginated; members-only series are hidden from anonymous callers.
   * One statement gives the page and the series of its dates (`series`, for the caller to reuse);
   * the total is counted only when asked for.
   */
  async list(viewer: Actor | null, filter: MeetupFilter, first: number, after?: string | null): Promise<Page<Meetup> & { series: MeetupSeries[] }> {
    requirePageSize(first, 200);
    if (filter.status && !MEETUP_STATUSES.includes(filter.status)) {
      throw DomainError.badInput('filter.status', `must be one of ${MEETUP_STATUSES.join(', ')}`);
    }
    const cursor = after ? decodeCursor(after, isMeetupCursor) : null;
    const { rows, count } = await meetupPage(
      this.dataSource,
      { meetupRows: this.meetupRows, seriesRows: this.seriesRows },
      {
        visibilities: visibleVisibilities(viewer),
        seriesId: filter.seriesId ? requireId('filter.seriesId', filter.seriesId) : null,
        from: filter.from ?? null,
        to: filter.to ?? null,
        status: filter.status ?? null,
        newestFirst: !!filter.newestFirst,
      },
      first,
      cursor,
    );
    const page = pageOf(rows, first);
    const items = page.rows.map((row) => this.meetupRows.read(row) as Meetup);
    const series = new Map<string, MeetupSeries>();
    for (const row of page.rows) if (!series.has(row.s_id as string)) series.set(row.s_id as string, this.seriesRows.read(row, 's_') as MeetupSeries);
    return {
      items,
      series: [...series.values()],
      cursors: items.map((meetup) => encodeCursor([meetup.startsAt.toISOString(), meetup.id])),
      totalCount: count,
      hasNextPage: page.hasNextPage,
    };
  }

  async findVisible(viewer: Actor | null, id: string): Promise<Meetup | null> {
    if (!isUuid(id)) return null;
    return this.meetups
      .createQueryBuilder('m')
      .innerJoin('meetup_series', 's', 's.id = m.series_id')
      .where('m.id = :id AND s.visibility IN (:...visibilities)', { id, visibilities: visibleVisibilities(viewer) })
      .getOne();
  }

  /** The next scheduled date that has not ended, of one series or of all. */
  async next(viewer: Actor | null, seriesId?: string | null): Promise<Meetup | null> {
    const query = this.meetups
      .createQueryBuilder('m')
      .innerJoin('meetup_series', 's', 's.id = m.series_id')
      .where("m.status = 'SCHEDULED' AND m.ends_at > :now AND s.visibility IN (:...visibilities)", {
        now: this.clock.now(),
        visibilities: visibleVisibilities(viewer),
      });
    if (seriesId) query.andWhere('m.series_id = :seriesId', { seriesId: requireId('seriesId', seriesId) });
    return query.orderBy('m.starts_at', 'ASC').addOrderBy('m.id', 'ASC').getOne();
  }

  async findByIds(ids: readonly string[]): Promise<(Meetup | null)[]> {
    return inIdOrder(ids, await this.meetups.findBy({ id: In([...ids]) }));
  }

  /** The dates given that the viewer may see (null for the others), in the order of `ids`. For DataLoaders. */
  async findVisibleByIds(viewer: Actor | null, ids: readonly string[]): Promise<(Meetup | null)[]> {
    const wanted = ids.filter(isUuid);
    if (wanted.length === 0) return ids.map(() => null);
    // Signed-in members see every series: no join needed.
    if (visibleVisibilities(viewer).length === VISIBILITY_COUNT) return inIdOrder(ids, await this.meetups.findBy({ id: In(wanted) }));
    const rows = await this.meetups
      .createQueryBuilder('m')
      .innerJoin('meetup_series', 's', 's.id = m.series_id')
      .where('m.id IN (:...ids) AND s.visibility IN (:...visibilities)', { ids: wanted, visibilities: visibleVisibilities(viewer) })
      .getMany();
    return inIdOrder(ids, rows);
  }

  /**
   * Changes or moves one date. What is changed here is marked as hand-edited, so later edits
   * of the series leave it alone. A move keeps the meetup (its id, RSVPs and original date).
   */
  async update(actor: Actor, id: string, command: UpdateMeetupCommand): Promise<Meetup> {
    requireId('id', id);
    return this.dataSource.transaction(async (manager) => {
      const meetup = await manager.getRepository(Meetup).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!meetup) throw DomainError.notFound('Meetup', id);
      await assertCanManageSeries(manager, actor, meetup.seriesId);
      if (meetup.status === 'CANCELLED') throw DomainError.conflict('This meetup is cancelled; it cannot be changed');

      const overrides = new Set<OverridableField>(meetup.overrides);
      const next: Partial<Meetup> = {};
      if (command.title !== undefined && command.title !== null) {
        next.title = requireText('title', command.title, { max: 200 });
        overrides.add('title');
      }
      if (command.description !== undefined) {
        next.description = optionalText('description', command.description, { max: 10000, multiline: true });
        overrides.add('description');
      }
      if (command.venue !== undefined || command.venueAddress !== undefined) {
        if (command.venue !== undefined) next.venue = optionalText('venue', command.venue, { max: 200 });
        if (command.venueAddress !== undefined) next.venueAddress = optionalText('venueAddress', command.venueAddress, { max: 500 });
        overrides.add('venue');
      }
      if (command.onlineUrl !== undefined) {
        next.onlineUrl = optionalHttpUrl('onlineUrl', command.onlineUrl);
        overrides.add('onlineUrl');
      }
      if (command.capacity !== undefined) {
        if (command.capacity !== null && (!Number.isInteger(command.capacity) || command.capacity < 1 || command.capacity > 100000)) {
          throw DomainError.badInput('capacity', 'must be a whole number from 1 to 100000');
        }
        next.capacity = command.capacity;
        overrides.add('capacity');
      }
      if ((command.startsAt ?? null) !== null || (command.endsAt ?? null) !== null) {
        const startsAt = command.startsAt ?? meetup.startsAt;
        // Moving the start keeps the length unless a new end is given.
        const endsAt = command.endsAt ?? new Date(startsAt.getTime() + (meetup.endsAt.getTime() - meetup.startsAt.getTime()));
        if (Number.isNaN(startsAt.getTime())) throw DomainError.badInput('startsAt', 'must be a date and time');
        if (Number.isNaN(endsAt.getTime())) throw DomainError.badInput('endsAt', 'must be a date and time');
        if (endsAt <= startsAt) throw DomainError.badInput('endsAt', 'must be after startsAt');
        if (endsAt.getTime() - startsAt.getTime() > 24 * 3600_000) throw DomainError.badInput('endsAt', 'must be within 24 hours of startsAt');
        next.startsAt = startsAt;
        next.endsAt = endsAt;
        overrides.add('time');
      }
      if (Object.keys(next).length === 0) return meetup;

      await changeMeetup(
        manager,
        meetup,
        { ...next, overrides: [...overrides] },
        {
          seats: this.seats,
          audit: {
            actorId: actor.memberId,
            action: 'meetup.update',
            before: Object.fromEntries(Object.keys(next).map((key) => [key, meetup[key as keyof Meetup]])),
            after: next as Record<string, unknown>,
          },
        },
      );
      return manager.getRepository(Meetup).findOneByOrFail({ id });
    });
  }

  /** Cancels one date with a reason. It stays visible as cancelled; it is never deleted. */
  async cancel(actor: Actor, id: string, reason: string | null | undefined): Promise<Meetup> {
    requireId('id', id);
    const cancellationReason = optionalText('reason', reason, { max: 1000, multiline: true });
    return this.dataSource.transaction(async (manager) => {
      const meetup = await manager.getRepository(Meetup).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!meetup) throw DomainError.notFound('Meetup', id);
      await assertCanManageSeries(manager, actor, meetup.seriesId);
      if (meetup.status === 'CANCELLED') throw DomainError.conflict('This meetup is already cancelled');
      if (meetup.endsAt <= this.clock.now()) throw DomainError.conflict('This meetup is over; it cannot be cancelled');
      await changeMeetup(
        manager,
        meetup,
        { status: 'CANCELLED', cancellationReason, cancelledBySchedule: false },
        {
          seats: this.seats,
          audit: {
            actorId: actor.memberId,
            action: 'meetup.cancel',
            before: { status: meetup.status },
            after: { status: 'CANCELLED', reason: cancellationReason },
          },
        },
      );
      return manager.getRepository(Meetup).findOneByOrFail({ id });
    });
  }
}
