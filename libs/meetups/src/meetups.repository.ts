import { DataSource, EntityManager } from 'typeorm';
import { EntityRows, ListQuery, queryPrepared } from '@app/database';
import { MeetupSeries } from './meetup-series.entity';
import { AgendaItem } from './agenda-item.entity';
import { Meetup, MeetupStatus } from './meetup.entity';

/** The columns of a date that seat decisions need, read under its row lock. */
export interface LockedMeetup {
  id: string;
  seriesId: string;
  capacity: number | null;
  status: MeetupStatus;
  startsAt: Date;
  endsAt: Date;
}

/** What decides whether a member may answer for a date: the date's state and its series' RSVP rules. */
export interface DateRsvpRules extends LockedMeetup {
  goingCount: number;
  waitlistCount: number;
  visibility: string;
  guestLimit: number;
  rsvpCutoffMinutes: number;
  registrationQuestions: string[];
}

/**
 * The statement that locks one date (its id is the parameter `idParam`) and reads it with its
 * series' RSVP rules, as one row, for the WITH of a seat decision written in one statement (the
 * RSVP feature's `decide`). Column names are those of `readDateRsvpRules`.
 */
export function lockedDateWithRulesSql(idParam: string): string {
  return `SELECT m.id, m.series_id, m.capacity, m.status, m.starts_at, m.ends_at, m.going_count, m.waitlist_count,
                 s.visibility, s.guest_limit, s.rsvp_cutoff_minutes, s.registration_questions
          FROM meetups m JOIN meetup_series s ON s.id = m.series_id
          WHERE m.id = ${idParam} FOR UPDATE OF m`;
}

function readLockedMeetup(row: Record<string, unknown>): LockedMeetup {
  return {
    id: row.id as string,
    seriesId: row.series_id as string,
    capacity: (row.capacity as number | null) ?? null,
    status: row.status as MeetupStatus,
    startsAt: row.starts_at as Date,
    endsAt: row.ends_at as Date,
  };
}

export function readDateRsvpRules(row: Record<string, unknown>): DateRsvpRules {
  return {
    ...readLockedMeetup(row),
    goingCount: row.going_count as number,
    waitlistCount: row.waitlist_count as number,
    visibility: row.visibility as string,
    guestLimit: row.guest_limit as number,
    rsvpCutoffMinutes: row.rsvp_cutoff_minutes as number,
    registrationQuestions: (row.registration_questions as string[] | null) ?? [],
  };
}

/** Locks the date's row: every seat change of one date happens one at a time, in the database. */
export async function lockMeetupForSeats(db: EntityManager, meetupId: string): Promise<LockedMeetup | null> {
  const [row]: Record<string, unknown>[] = await db.query('SELECT id, series_id, capacity, status, starts_at, ends_at FROM meetups WHERE id = $1 FOR UPDATE', [
    meetupId,
  ]);
  return row ? readLockedMeetup(row) : null;
}

/** A series' RSVP rules, or null when there is no such series. */
export async function seriesRsvpRules(
  db: EntityManager,
  seriesId: string,
): Promise<Pick<DateRsvpRules, 'visibility' | 'guestLimit' | 'rsvpCutoffMinutes' | 'registrationQuestions'> | null> {
  const [row] = await db.query('SELECT guest_limit, rsvp_cutoff_minutes, visibility, registration_questions FROM meetup_series WHERE id = $1', [seriesId]);
  return row
    ? {
        guestLimit: row.guest_limit,
        rsvpCutoffMinutes: row.rsvp_cutoff_minutes,
        visibility: row.visibility,
        registrationQuestions: row.registration_questions ?? [],
      }
    : null;
}

/** The scheduled dates of a series whose RSVPs are still open at `now`, soonest first. */
export async function openDatesOfSeries(db: EntityManager, seriesId: string, cutoffMinutes: number, now: Date): Promise<string[]> {
  const rows: { id: string }[] = await db.query(
    `SELECT id FROM meetups WHERE series_id = $1 AND status = 'SCHEDULED' AND starts_at - make_interval(mins => $2) > $3 ORDER BY starts_at, id`,
    [seriesId, cutoffMinutes, now],
  );
  return rows.map((r) => r.id);
}

/** Of the dates given, those of `seriesId` still to come and scheduled, soonest first. */
export async function comingDatesOfSeries(db: EntityManager, seriesId: string, meetupIds: string[], now: Date): Promise<string[]> {
  const rows: { id: string }[] = await db.query(
    `SELECT id FROM meetups WHERE id = ANY($1) AND series_id = $2 AND starts_at > $3 AND status = 'SCHEDULED' ORDER BY starts_at, id`,
    [meetupIds, seriesId, now],
  );
  return rows.map((r) => r.id);
}

/** The dates given, in date order (the order in which locks on several dates are taken). */
export async function inDateOrder(db: EntityManager, meetupIds: string[]): Promise<{ id: string; startsAt: Date }[]> {
  const rows: { id: string; starts_at: Date }[] = await db.query('SELECT id, starts_at FROM meetups WHERE id = ANY($1) ORDER BY starts_at, id', [meetupIds]);
  return rows.map((r) => ({ id: r.id, startsAt: r.starts_at }));
}

/** A member stops organising every series (their account is deleted). */
export async function removeOrganizerEverywhere(db: EntityManager, memberId: string): Promise<void> {
  await db.query('DELETE FROM meetup_series_organizers WHERE member_id = $1', [memberId]);
}

/** One date, as the entity. */
export function findMeetup(db: EntityManager, meetupId: string): Promise<Meetup | null> {
  return db.getRepository(Meetup).findOneBy({ id: meetupId });
}

/** A date's agenda, in order. */
export function agendaOfMeetup(db: EntityManager, meetupId: string): Promise<AgendaItem[]> {
  return db.getRepository(AgendaItem).find({ where: { meetupId }, order: { position: 'ASC' } });
}

/** The series' first reminder offset in minutes (a calendar alarm), null when it sends none. */
export async function firstReminderOffset(db: EntityManager, seriesId: string): Promise<number | null> {
  const [row]: { alarm: number | null }[] = await db.query('SELECT reminder_minutes_before[1] AS alarm FROM meetup_series WHERE id = $1', [seriesId]);
  return row?.alarm ?? null;
}

/** How many agenda items discuss the issue (on one date's agenda, when `meetupId` is given). */
export async function agendaItemsDiscussing(db: EntityManager, issueId: string, meetupId: string | null = null): Promise<number> {
  const [{ n }] = await db.query('SELECT count(*)::int AS n FROM agenda_items WHERE issue_id = $1 AND ($2::uuid IS NULL OR meetup_id = $2)', [
    issueId,
    meetupId,
  ]);
  return n;
}

/** Whether every id given names a date. */
export async function meetupsExist(db: EntityManager, ids: readonly string[]): Promise<boolean> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return true;
  const [{ n }] = await db.query('SELECT count(*)::int AS n FROM meetups WHERE id = ANY($1)', [unique]);
  return n === unique.length;
}

/** The visibility of the series a date belongs to, or null when there is no such date. */
export async function seriesVisibilityOfMeetup(db: EntityManager, meetupId: string): Promise<string | null> {
  const [row]: { visibility: string }[] = await db.query('SELECT s.visibility FROM meetups m JOIN meetup_series s ON s.id = m.series_id WHERE m.id = $1', [
    meetupId,
  ]);
  return row?.visibility ?? null;
}

/** How many items a date's agenda has. */
export async function agendaLength(db: EntityManager, meetupId: string): Promise<number> {
  const [{ count }] = await db.query('SELECT count(*)::int AS count FROM agenda_items WHERE meetup_id = $1', [meetupId]);
  return count;
}

/** Moves the items at `position` and after one place down, to make room for a new one there. */
export async function makeRoomInAgenda(db: EntityManager, meetupId: string, position: number): Promise<void> {
  await db.query('UPDATE agenda_items SET position = position + 1 WHERE meetup_id = $1 AND position >= $2', [meetupId, position]);
}

/** Removes an item; the ones after it move up. */
export async function removeFromAgenda(db: EntityManager, item: Pick<AgendaItem, 'id' | 'meetupId' | 'position'>): Promise<void> {
  await db.query('DELETE FROM agenda_items WHERE id = $1', [item.id]);
  await db.query('UPDATE agenda_items SET position = position - 1 WHERE meetup_id = $1 AND position > $2', [item.meetupId, item.position]);
}

/** Gives the items the positions of the order given (1, 2, …). */
export async function reorderAgendaItems(db: EntityManager, itemIds: readonly string[]): Promise<void> {
  await db.query(
    `UPDATE agenda_items a SET position = o.position, updated_at = now()
     FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, position) WHERE a.id = o.id`,
    [[...itemIds]],
  );
}

/** Marks a date as changed (its calendar event shows the agenda). */
export async function touchMeetup(db: EntityManager, meetupId: string): Promise<void> {
  await db.query('UPDATE meetups SET updated_at = now() WHERE id = $1', [meetupId]);
}

/** Marks the dates whose agenda discusses the issue as changed: their calendar events print its title, which now reads differently. */
export async function touchMeetupsDiscussing(db: EntityManager, issueId: string): Promise<void> {
  await db.query('UPDATE meetups SET updated_at = now() WHERE id IN (SELECT meetup_id FROM agenda_items WHERE issue_id = $1)', [issueId]);
}

/** Who organises each of the series given. */
export async function organizersOfSeries(db: EntityManager, seriesIds: readonly string[]): Promise<{ series_id: string; member_id: string }[]> {
  return db.query('SELECT series_id, member_id FROM meetup_series_organizers WHERE series_id = ANY($1) ORDER BY member_id', [[...seriesIds]]);
}

/** A series' organizers, replaced by the members given. */
export async function replaceSeriesOrganizers(db: EntityManager, seriesId: string, memberIds: readonly string[]): Promise<void> {
  await db.query('DELETE FROM meetup_series_organizers WHERE series_id = $1', [seriesId]);
  await db.query('INSERT INTO meetup_series_organizers (series_id, member_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING', [
    seriesId,
    [...memberIds],
  ]);
}

/** What a list of dates is narrowed to, checked by the service. */
export interface MeetupListCriteria {
  visibilities: readonly string[];
  seriesId: string | null;
  from: Date | null;
  to: Date | null;
  status: MeetupStatus | null;
  newestFirst: boolean;
}

/**
 * A page of dates with their series, in start order (or latest first), after the cursor (start,
 * id): one prepared statement; `count` counts the filters alone, when the total is asked for.
 */
export async function meetupPage(
  dataSource: DataSource,
  rows: { meetupRows: EntityRows<Meetup>; seriesRows: EntityRows<MeetupSeries> },
  criteria: MeetupListCriteria,
  first: number,
  after: [string, string] | null,
): Promise<{ rows: Record<string, unknown>[]; count: () => Promise<number> }> {
  const q = new ListQuery();
  q.filter(`s.visibility = ANY(${q.param([...criteria.visibilities])})`);
  if (criteria.seriesId) q.filter(`m.series_id = ${q.param(criteria.seriesId)}`);
  if (criteria.from) q.filter(`m.ends_at >= ${q.param(criteria.from)}`);
  if (criteria.to) q.filter(`m.starts_at < ${q.param(criteria.to)}`);
  if (criteria.status) q.filter(`m.status = ${q.param(criteria.status)}`);
  const counting = q.countSql('FROM meetups m JOIN meetup_series s ON s.id = m.series_id');
  if (after) q.after(`(m.starts_at, m.id) ${criteria.newestFirst ? '<' : '>'} (${q.param(after[0])}, ${q.param(after[1])})`);
  const order = criteria.newestFirst ? 'm.starts_at DESC, m.id DESC' : 'm.starts_at, m.id';
  const found = await queryPrepared(
    dataSource,
    `SELECT ${rows.meetupRows.select('m')}, ${rows.seriesRows.select('s', 's_')}
     FROM meetups m JOIN meetup_series s ON s.id = m.series_id ${q.where}
     ORDER BY ${order} LIMIT ${q.limit(first)}`,
    q.params,
  );
  return { rows: found, count: async () => (await dataSource.query(counting.sql, counting.params))[0].total as number };
}

/**
 * A series' date on `originalDate`, made with the values it inherits; when it exists because the
 * schedule had cancelled it, it is brought back (and its calendar SEQUENCE bumped). The id of a
 * date made now, or null (it existed already).
 */
export async function insertOrRestoreDate(
  db: EntityManager,
  seriesId: string,
  originalDate: string,
  values: Pick<Meetup, 'title' | 'description' | 'startsAt' | 'endsAt' | 'timezone' | 'venue' | 'venueAddress' | 'onlineUrl' | 'capacity'>,
): Promise<string | null> {
  const rows: { id: string; inserted: boolean }[] = await db.query(
    `INSERT INTO meetups (series_id, original_date, title, description, starts_at, ends_at, timezone, venue, venue_address, online_url, capacity)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     ON CONFLICT (series_id, original_date) DO UPDATE
       SET status = 'SCHEDULED', cancellation_reason = NULL, cancelled_by_schedule = false,
           sequence = meetups.sequence + 1, updated_at = now()
       WHERE meetups.cancelled_by_schedule
     RETURNING id, (xmax = 0) AS inserted`,
    [
      seriesId,
      originalDate,
      values.title,
      values.description,
      values.startsAt,
      values.endsAt,
      values.timezone,
      values.venue,
      values.venueAddress,
      values.onlineUrl,
      values.capacity,
    ],
  );
  return rows[0]?.inserted ? rows[0].id : null;
}
