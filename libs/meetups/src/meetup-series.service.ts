import { Injectable, Logger, Optional } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { Actor, Clock, DomainError, hasRole, inIdOrder, isUuid, optionalHttpUrl, optionalText, requireId, requireText, HUE_TIME_ZONE } from '@app/core';
import { activeMembersAmong } from '@app/members';
import { organizationsExist } from '@app/organizations';
import { changeMeetup } from './meetup-changes';
import { insertOrRestoreDate, organizersOfSeries, replaceSeriesOrganizers } from './meetups.repository';
import { MeetupSeatsPort } from './meetup-seats.port';
import { Meetup, OverridableField } from './meetup.entity';
import { MeetupSeries, VISIBILITIES, Visibility } from './meetup-series.entity';
import {
  LocalDate,
  addDays,
  localDateOf,
  localToInstant,
  occurrenceDates,
  requireLocalDate,
  requireLocalTime,
  requireRecurrence,
  requireTimeZone,
} from './recurrence';
import { assertCanManageSeries, visibleVisibilities } from './series-access';

/** Dates are generated this far ahead (at least the next 12 weeks). */
export const GENERATION_HORIZON_DAYS = 13 * 7;

export interface SeriesFields {
  title?: string;
  description?: string | null;
  hostOrganizationId?: string | null;
  recurrence?: string;
  timezone?: string;
  startTime?: string;
  durationMinutes?: number;
  startsOn?: LocalDate;
  endsOn?: LocalDate | null;
  venue?: string | null;
  venueAddress?: string | null;
  onlineUrl?: string | null;
  capacity?: number | null;
  visibility?: Visibility;
  skipDates?: LocalDate[];
  guestLimit?: number;
  /** RSVPs close this many minutes before a date starts (0: at the start). */
  rsvpCutoffMinutes?: number;
  digestWeekday?: number;
  digestTime?: string;
  organizerIds?: string[];
  /** Reminders to members GOING, this many minutes before each date (at most 4, each up to 14 days). */
  reminderMinutesBefore?: number[];
  /** Asked at RSVP, at most 5. */
  registrationQuestions?: string[];
}

export type CreateSeriesCommand = SeriesFields & { title: string; startsOn: LocalDate };

const DEFAULTS = {
  recurrence: 'FREQ=WEEKLY;BYDAY=SA',
  timezone: HUE_TIME_ZONE,
  startTime: '08:00',
  durationMinutes: 180,
  visibility: 'PUBLIC' as Visibility,
  guestLimit: 2,
};

function intInRange(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) throw DomainError.badInput(field, `must be a whole number from ${min} to ${max}`);
  return value;
}

export const MAX_REMINDERS = 4;
export const MAX_REMINDER_MINUTES = 14 * 24 * 60;
export const MAX_REGISTRATION_QUESTIONS = 5;
export const MAX_QUESTION_LENGTH = 300;

/** Reminder offsets: whole minutes from 0 to 14 days, no repeats, largest (earliest) first. */
export function validReminderOffsets(offsets: number[]): number[] {
  if (offsets.length > MAX_REMINDERS) throw DomainError.badInput('reminderMinutesBefore', `must list at most ${MAX_REMINDERS} reminders`);
  for (const minutes of offsets) intInRange('reminderMinutesBefore', minutes, 0, MAX_REMINDER_MINUTES);
  if (new Set(offsets).size !== offsets.length) throw DomainError.badInput('reminderMinutesBefore', 'must not list the same time twice');
  return [...offsets].sort((a, b) => b - a);
}

/** The checked form of every field given; absent fields stay absent. */
function validateFields(input: SeriesFields): SeriesFields {
  const out: SeriesFields = {};
  if (input.title !== undefined) out.title = requireText('title', input.title, { max: 200 });
  if (input.description !== undefined) out.description = optionalText('description', input.description, { max: 10000, multiline: true });
  if (input.hostOrganizationId !== undefined)
    out.hostOrganizationId = input.hostOrganizationId === null ? null : requireId('hostOrganizationId', input.hostOrganizationId);
  if (input.recurrence !== undefined) out.recurrence = requireRecurrence('recurrence', input.recurrence);
  if (input.timezone !== undefined) out.timezone = requireTimeZone('timezone', input.timezone);
  if (input.startTime !== undefined) out.startTime = requireLocalTime('startTime', input.startTime);
  if (input.durationMinutes !== undefined) out.durationMinutes = intInRange('durationMinutes', input.durationMinutes, 1, 1440);
  if (input.startsOn !== undefined) out.startsOn = requireLocalDate('startsOn', input.startsOn);
  if (input.endsOn !== undefined) out.endsOn = input.endsOn === null ? null : requireLocalDate('endsOn', input.endsOn);
  if (input.venue !== undefined) out.venue = optionalText('venue', input.venue, { max: 200 });
  if (input.venueAddress !== undefined) out.venueAddress = optionalText('venueAddress', input.venueAddress, { max: 500 });
  if (input.onlineUrl !== undefined) out.onlineUrl = optionalHttpUrl('onlineUrl', input.onlineUrl);
  if (input.capacity !== undefined) out.capacity = input.capacity === null ? null : intInRange('capacity', input.capacity, 1, 100000);
  if (input.visibility !== undefined) {
    if (!VISIBILITIES.includes(input.visibility)) throw DomainError.badInput('visibility', `must be one of ${VISIBILITIES.join(', ')}`);
    out.visibility = input.visibility;
  }
  if (input.skipDates !== undefined) {
    if (input.skipDates.length > 366) throw DomainError.badInput('skipDates', 'must list at most 366 dates');
    out.skipDates = [...new Set(input.skipDates.map((d) => requireLocalDate('skipDates', d)))].sort();
  }
  if (input.guestLimit !== undefined) out.guestLimit = intInRange('guestLimit', input.guestLimit, 0, 20);
  if (input.rsvpCutoffMinutes !== undefined) out.rsvpCutoffMinutes = intInRange('rsvpCutoffMinutes', input.rsvpCutoffMinutes, 0, 20160);
  if (input.digestWeekday !== undefined) out.digestWeekday = intInRange('digestWeekday', input.digestWeekday, 1, 7);
  if (input.digestTime !== undefined) {
    if (!/^([01]\d|2[0-3]):00$/.test(input.digestTime)) throw DomainError.badInput('digestTime', 'must be a whole hour written HH:00');
    out.digestTime = input.digestTime;
  }
  if (input.reminderMinutesBefore !== undefined) out.reminderMinutesBefore = validReminderOffsets(input.reminderMinutesBefore);
  if (input.registrationQuestions !== undefined) {
    if (input.registrationQuestions.length > MAX_REGISTRATION_QUESTIONS) {
      throw DomainError.badInput('registrationQuestions', `must list at most ${MAX_REGISTRATION_QUESTIONS} questions`);
    }
    out.registrationQuestions = input.registrationQuestions.map((q) => requireText('registrationQuestions', q, { max: MAX_QUESTION_LENGTH }));
  }
  if (input.organizerIds !== undefined) {
    if (input.organizerIds.length > 50) throw DomainError.badInput('organizerIds', 'must list at most 50 members');
    out.organizerIds = [...new Set(input.organizerIds.map((id) => requireId('organizerIds', id)))];
  }
  return out;
}

/** What a date takes from its series, for the fields a person did not change by hand. */
function inherited(series: MeetupSeries, date: LocalDate) {
  const startsAt = localToInstant(date, series.startTime, series.timezone);
  return {
    title: series.title,
    description: series.description,
    startsAt,
    endsAt: new Date(startsAt.getTime() + series.durationMinutes * 60_000),
    timezone: series.timezone,
    venue: series.venue,
    venueAddress: series.venueAddress,
    onlineUrl: series.onlineUrl,
    capacity: series.capacity,
  };
}

@Injectable()
export class MeetupSeriesService {
  private readonly logger = new Logger(MeetupSeriesService.name);

  constructor(
    @InjectRepository(MeetupSeries) private readonly seriesRepository: Repository<MeetupSeries>,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Optional() private readonly seats?: MeetupSeatsPort,
  ) {}

  /** Organizers create a series; its dates for the horizon are generated at once. */
  async create(actor: Actor, command: CreateSeriesCommand): Promise<MeetupSeries> {
    if (!hasRole(actor.role, 'ORGANIZER')) throw DomainError.forbidden('Only organizers can create meetup series');
    if (command.title === undefined) throw DomainError.badInput('title', 'must not be empty');
    if (command.startsOn === undefined) throw DomainError.badInput('startsOn', 'is required');
    const fields = { ...DEFAULTS, ...validateFields(command) };
    if (fields.endsOn && fields.endsOn < fields.startsOn!) throw DomainError.badInput('endsOn', 'must not be before startsOn');

    return this.dataSource.transaction(async (manager) => {
      await this.checkReferences(manager, fields);
      const { organizerIds = [], ...columns } = fields;
      const series = await manager.getRepository(MeetupSeries).save(manager.getRepository(MeetupSeries).create({ ...columns, createdBy: actor.memberId }));
      await this.setOrganizers(manager, series.id, [actor.memberId, ...organizerIds]);
      await this.generateDates(manager, series);
      return series;
    });
  }

  /**
   * Edits the series. Future dates follow, except for what an organizer changed by hand on a
   * date; past dates keep their values. Dates the new rule no longer gives are cancelled (not
   * deleted); dates it gives again come back.
   */
  async update(actor: Actor, seriesId: string, input: SeriesFields): Promise<MeetupSeries> {
    requireId('id', seriesId);
    const fields = validateFields(input);
    return this.dataSource.transaction(async (manager) => {
      const series = await manager.getRepository(MeetupSeries).findOne({ where: { id: seriesId }, lock: { mode: 'pessimistic_write' } });
      if (!series) throw DomainError.notFound('Meetup series', seriesId);
      await assertCanManageSeries(manager, actor, seriesId);
      await this.checkReferences(manager, fields);
      const { organizerIds, ...columns } = fields;
      const next = manager.getRepository(MeetupSeries).merge(series, columns);
      if (next.endsOn && next.endsOn < next.startsOn) throw DomainError.badInput('endsOn', 'must not be before startsOn');
      await manager.getRepository(MeetupSeries).save(next);
      if (organizerIds) await this.setOrganizers(manager, seriesId, [...organizerIds, ...(organizerIds.length ? [] : [actor.memberId])]);
      await this.applyToFutureDates(manager, next);
      await this.generateDates(manager, next);
      return next;
    });
  }

  async list(viewer: Actor | null): Promise<MeetupSeries[]> {
    return this.seriesRepository.find({ where: { visibility: In(visibleVisibilities(viewer)) }, order: { startsOn: 'ASC', title: 'ASC' } });
  }

  async findVisible(viewer: Actor | null, id: string): Promise<MeetupSeries | null> {
    if (!isUuid(id)) return null;
    return this.seriesRepository.findOne({ where: { id, visibility: In(visibleVisibilities(viewer)) } });
  }

  async findByIds(ids: readonly string[]): Promise<(MeetupSeries | null)[]> {
    return inIdOrder(ids, await this.seriesRepository.findBy({ id: In([...ids]) }));
  }

  /** The series given that the viewer may see (null for the others), in the order of `ids`. For DataLoaders. */
  async findVisibleByIds(viewer: Actor | null, ids: readonly string[]): Promise<(MeetupSeries | null)[]> {
    const wanted = ids.filter(isUuid);
    const rows = wanted.length ? await this.seriesRepository.findBy({ id: In(wanted), visibility: In(visibleVisibilities(viewer)) }) : [];
    return inIdOrder(ids, rows);
  }

  /** Organizer member ids per series, in the order of `seriesIds`. For DataLoaders. */
  async organizerIdsOf(seriesIds: readonly string[]): Promise<string[][]> {
    const rows = await organizersOfSeries(this.dataSource.manager, seriesIds);
    return seriesIds.map((id) => rows.filter((row) => row.series_id === id).map((row) => row.member_id));
  }

  /**
   * Creates the missing dates of every running series for the horizon. Idempotent: the unique
   * key (series, original date) makes a second run — or a concurrent one — add nothing.
   */
  async generateAll(): Promise<number> {
    const today = this.clock.now();
    const series = await this.seriesRepository
      .createQueryBuilder('s')
      .where('s.ends_on IS NULL OR s.ends_on >= (:today)::date - 1', { today: today.toISOString().slice(0, 10) })
      .getMany();
    let created = 0;
    for (const { id } of series) {
      created += await this.dataSource.transaction(async (manager) => {
        // Read again under a share lock: an edit of the series (FOR UPDATE) waits, or has finished.
        const current = await manager.getRepository(MeetupSeries).findOne({ where: { id }, lock: { mode: 'pessimistic_read' } });
        return current ? this.generateDates(manager, current) : 0;
      });
    }
    if (created > 0) this.logger.log(`generated ${created} meetup date(s)`);
    return created;
  }

  /** Inserts the dates of one series for the horizon; brings back dates the schedule had cancelled. */
  async generateDates(manager: EntityManager, series: MeetupSeries): Promise<number> {
    const today = localDateOf(this.clock.now(), series.timezone);
    const dates = occurrenceDates(series, today, addDays(today, GENERATION_HORIZON_DAYS));
    const createdIds: string[] = [];
    for (const date of dates) {
      const values = inherited(series, date);
      const created = await insertOrRestoreDate(manager, series.id, date, values);
      if (created) createdIds.push(created);
    }
    if (createdIds.length > 0) await this.seats?.datesCreated(manager, series.id, createdIds);
    return createdIds.length;
  }

  /** Carries series edits to future dates, field by field, except hand-edited fields. */
  private async applyToFutureDates(manager: EntityManager, series: MeetupSeries): Promise<void> {
    const now = this.clock.now();
    const today = localDateOf(now, series.timezone);
    const future = await manager
      .getRepository(Meetup)
      .createQueryBuilder('m')
      .where('m.series_id = :id AND m.starts_at > :now', { id: series.id, now })
      .setLock('pessimistic_write')
      .getMany();
    const wanted = new Set(occurrenceDates(series, today, addDays(today, GENERATION_HORIZON_DAYS * 4)));
    for (const meetup of future) {
      const keep = (field: OverridableField) => meetup.overrides.includes(field);
      const values = inherited(series, meetup.originalDate);
      const next: Partial<Meetup> = {};
      if (!keep('title')) next.title = values.title;
      if (!keep('description')) next.description = values.description;
      if (!keep('venue')) Object.assign(next, { venue: values.venue, venueAddress: values.venueAddress });
      if (!keep('onlineUrl')) next.onlineUrl = values.onlineUrl;
      if (!keep('capacity')) next.capacity = values.capacity;
      if (!keep('time')) Object.assign(next, { startsAt: values.startsAt, endsAt: values.endsAt, timezone: values.timezone });
      if (meetup.status === 'SCHEDULED' && !wanted.has(meetup.originalDate) && !keep('time')) {
        Object.assign(next, { status: 'CANCELLED', cancellationReason: 'No longer on the series schedule', cancelledBySchedule: true });
      } else if (meetup.cancelledBySchedule && wanted.has(meetup.originalDate)) {
        Object.assign(next, { status: 'SCHEDULED', cancellationReason: null, cancelledBySchedule: false });
      }
      const changed = (Object.keys(next) as (keyof Meetup)[]).filter((key) => {
        const before = meetup[key];
        const after = next[key];
        return before instanceof Date && after instanceof Date ? before.getTime() !== after.getTime() : before !== after;
      });
      if (changed.length === 0) continue;
      // The same rules as a change of one date: seats (refused below those taken, else promote)
      // and word to the people coming.
      await changeMeetup(manager, meetup, next, { seats: this.seats });
    }
  }

  private async checkReferences(manager: EntityManager, fields: SeriesFields): Promise<void> {
    if (fields.hostOrganizationId) {
      if (!(await organizationsExist(manager, [fields.hostOrganizationId]))) throw DomainError.badInput('hostOrganizationId', 'no organisation has this id');
    }
    if (fields.organizerIds?.length) {
      const found = await activeMembersAmong(manager, fields.organizerIds);
      if (found.length !== fields.organizerIds.length) throw DomainError.badInput('organizerIds', 'every organizer must be a member');
      if (found.some((m) => m.role === 'MEMBER')) throw DomainError.badInput('organizerIds', 'every organizer must have the ORGANIZER or ADMIN role');
    }
  }

  private async setOrganizers(manager: EntityManager, seriesId: string, memberIds: string[]): Promise<void> {
    await replaceSeriesOrganizers(manager, seriesId, [...new Set(memberIds)]);
  }
}
