import { DataSource, EntityManager } from 'typeorm';
import { EntityRows, outboxInsertFromSql, queryPrepared, queryRows } from '@app/database';
import { DateRsvpRules, lockedDateWithRulesSql, readDateRsvpRules } from '@app/meetups';
import { Attendance, CheckInMethod } from './attendance.entity';
import { PLACE_HOLDING_RSVP_STATUSES, Rsvp, RsvpStatus } from './rsvp.entity';

/** The answer row with its raw columns mapped to the entity. */
export function toRsvp(row: Record<string, unknown>): Rsvp {
  return Object.assign(new Rsvp(), {
    id: row.id,
    meetupId: row.meetup_id,
    memberId: row.member_id,
    status: row.status,
    guests: row.guests,
    waitlistedAt: row.waitlisted_at,
    fromStanding: row.from_standing,
    answers: row.answers ?? [],
    respondedAt: row.responded_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

/** Why a member may not answer for a date now; null when they may. The one statement of these rules. */
export type RsvpRefusal = 'NOT_VISIBLE' | 'CANCELLED' | 'OVER' | 'CLOSED' | 'TOO_MANY_GUESTS' | 'ANSWERS';

export interface RsvpDecisionInput {
  meetupId: string;
  memberId: string;
  /** The visibilities of series the member may see. */
  visibilities: readonly string[];
  guests: number;
  answers: string[] | null;
  now: Date;
  /** Write the answer in the same statement when it is the member's first for this date (GOING only). */
  firstGoing: boolean;
}

export interface RsvpDecision {
  date: DateRsvpRules;
  refusal: RsvpRefusal | null;
  /** Written by the same statement: the member's first answer, GOING or WAITLISTED. */
  written: Rsvp | null;
}

/**
 * Locks the date and states, in SQL and only here, whether the member may answer for it now: the
 * series visible to them, the date scheduled and not over, RSVPs not past the series' cutoff, the
 * guests within its limit, the answers one per registration question. With `firstGoing` the same
 * statement also decides GOING or WAITLISTED from the seat counter kept on the (locked) date row,
 * inserts the member's first answer and its outbox message — the common case of a burst, in one
 * round trip, holding the lock only until COMMIT. When the member has answered before (even
 * concurrently) nothing is written and the caller decides, under the lock this statement took.
 * Null when there is no such date.
 */
export async function decideRsvp(db: EntityManager, input: RsvpDecisionInput): Promise<RsvpDecision | null> {
  const rows: Record<string, unknown>[] = await db.query(
    `WITH d AS (${lockedDateWithRulesSql('$1')}),
     verdict AS (
       SELECT d.*,
              CASE WHEN NOT (d.visibility = ANY($3)) THEN 'NOT_VISIBLE'
                   WHEN d.status = 'CANCELLED' THEN 'CANCELLED'
                   WHEN $5 >= d.ends_at THEN 'OVER'
                   WHEN $5 >= d.starts_at - make_interval(mins => d.rsvp_cutoff_minutes) THEN 'CLOSED'
                   WHEN $4 > d.guest_limit THEN 'TOO_MANY_GUESTS'
                   WHEN $6::text[] IS NOT NULL AND cardinality($6::text[]) <> cardinality(d.registration_questions) THEN 'ANSWERS'
              END AS refusal,
              CASE WHEN d.capacity IS NULL OR d.going_count + 1 + $4 <= d.capacity THEN 'GOING' ELSE 'WAITLISTED' END AS seat
       FROM d
     ), answer AS (
       INSERT INTO rsvps (meetup_id, member_id, status, guests, waitlisted_at, from_standing, responded_at, answers)
       SELECT id, $2, seat, $4, CASE WHEN seat = 'WAITLISTED' THEN $5::timestamptz END, false, $5, coalesce($6::text[], '{}')
       FROM verdict WHERE refusal IS NULL AND $7::boolean
       ON CONFLICT (meetup_id, member_id) DO NOTHING
       RETURNING *
     ), told AS (
       ${outboxInsertFromSql('rsvp.confirmed', 'answer', 'member_id', `jsonb_build_object('meetupId', meetup_id, 'rsvpId', id, 'status', status)`)}
     )
     SELECT v.id AS date_id, v.series_id, v.capacity, v.status AS date_status, v.starts_at, v.ends_at, v.going_count, v.waitlist_count,
            v.visibility, v.guest_limit, v.rsvp_cutoff_minutes, v.registration_questions, v.refusal,
            a.id, a.meetup_id, a.member_id, a.status, a.guests, a.waitlisted_at, a.from_standing, a.answers, a.responded_at, a.created_at, a.updated_at
     FROM verdict v LEFT JOIN answer a ON true`,
    [input.meetupId, input.memberId, [...input.visibilities], input.guests, input.now, input.answers, input.firstGoing],
  );
  const row = rows[0];
  if (!row) return null;
  const date = readDateRsvpRules({ ...row, id: row.date_id, status: row.date_status });
  return { date, refusal: (row.refusal as RsvpRefusal | null) ?? null, written: row.id ? toRsvp(row) : null };
}

/**
 * Writes a member's answer for a date (under the date's lock). Joining a waitlist draws the next
 * place in line (the row's `waitlist_seq`, from one sequence, so places follow the order of the
 * decisions); staying on it keeps the place.
 */
export async function writeRsvp(
  db: EntityManager,
  answer: { meetupId: string; memberId: string; status: RsvpStatus; guests: number; waitlistedAt: Date | null; fromStanding: boolean; respondedAt: Date },
): Promise<Rsvp> {
  const [row] = await db.query(
    `INSERT INTO rsvps (meetup_id, member_id, status, guests, waitlisted_at, from_standing, responded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (meetup_id, member_id) DO UPDATE
       SET status = EXCLUDED.status, guests = EXCLUDED.guests, waitlisted_at = EXCLUDED.waitlisted_at,
           waitlist_seq = CASE WHEN rsvps.status = 'WAITLISTED' AND EXCLUDED.status = 'WAITLISTED' THEN rsvps.waitlist_seq ELSE EXCLUDED.waitlist_seq END,
           from_standing = EXCLUDED.from_standing, responded_at = EXCLUDED.responded_at, updated_at = now()
     RETURNING *`,
    [answer.meetupId, answer.memberId, answer.status, answer.guests, answer.waitlistedAt, answer.fromStanding, answer.respondedAt],
  );
  return toRsvp(row);
}

export async function writeRsvpAnswers(db: EntityManager, rsvpId: string, answers: string[]): Promise<void> {
  await db.query('UPDATE rsvps SET answers = $2::text[] WHERE id = $1', [rsvpId, answers]);
}

export async function findRsvp(db: EntityManager, meetupId: string, memberId: string): Promise<Rsvp | null> {
  const rows: Record<string, unknown>[] = await db.query('SELECT * FROM rsvps WHERE meetup_id = $1 AND member_id = $2', [meetupId, memberId]);
  return rows[0] ? toRsvp(rows[0]) : null;
}

/** Seats taken by GOING RSVPs (each 1 + guests), optionally leaving one member out. */
export async function seatsTaken(db: EntityManager, meetupId: string, exceptMemberId?: string): Promise<number> {
  const [{ taken }] = await db.query(
    `SELECT coalesce(sum(1 + guests), 0)::int AS taken FROM rsvps WHERE meetup_id = $1 AND status = 'GOING' AND ($2::uuid IS NULL OR member_id <> $2)`,
    [meetupId, exceptMemberId ?? null],
  );
  return taken;
}

/** A date's waitlist, first in line first. */
export async function waitlistOf(db: EntityManager, meetupId: string): Promise<{ id: string; memberId: string; guests: number }[]> {
  const rows: { id: string; member_id: string; guests: number }[] = await db.query(
    `SELECT id, member_id, guests FROM rsvps WHERE meetup_id = $1 AND status = 'WAITLISTED' ORDER BY waitlist_seq`,
    [meetupId],
  );
  return rows.map((r) => ({ id: r.id, memberId: r.member_id, guests: r.guests }));
}

export async function promoteRsvps(db: EntityManager, rsvpIds: string[]): Promise<void> {
  await db.query(`UPDATE rsvps SET status = 'GOING', waitlisted_at = NULL, updated_at = now() WHERE id = ANY($1)`, [rsvpIds]);
}

/** The place in line (1 = next) of one waitlisted RSVP, read under its date's lock. */
export async function waitlistPositionOf(db: EntityManager, rsvpId: string): Promise<number | null> {
  const [row] = await db.query(
    `SELECT count(*)::int AS position FROM rsvps w JOIN rsvps r ON r.id = $1 AND r.status = 'WAITLISTED'
     WHERE w.meetup_id = r.meetup_id AND w.status = 'WAITLISTED' AND w.waitlist_seq <= r.waitlist_seq`,
    [rsvpId],
  );
  return row && row.position > 0 ? row.position : null;
}

/** Places in line of the RSVPs given; null when not waitlisted. */
export async function waitlistPositions(db: EntityManager, rsvpIds: readonly string[]): Promise<Map<string, number>> {
  const rows: { id: string; position: number }[] = await db.query(
    `SELECT id, position FROM (
       SELECT r.id, row_number() OVER (PARTITION BY r.meetup_id ORDER BY r.waitlist_seq)::int AS position
       FROM rsvps r WHERE r.status = 'WAITLISTED' AND r.meetup_id IN (SELECT meetup_id FROM rsvps WHERE id = ANY($1))
     ) ranked WHERE id = ANY($1)`,
    [[...rsvpIds]],
  );
  return new Map(rows.map((r) => [r.id, r.position]));
}

/** Who is coming to (or waiting for) a date. */
export async function peopleAnsweredYes(db: EntityManager, meetupId: string): Promise<string[]> {
  const rows: { member_id: string }[] = await db.query('SELECT member_id FROM rsvps WHERE meetup_id = $1 AND status = ANY($2)', [
    meetupId,
    [...PLACE_HOLDING_RSVP_STATUSES],
  ]);
  return rows.map((r) => r.member_id);
}

/** The dates a member has answered for, or (with `fromStandingOnly`) those their standing RSVP answered yes to. */
export async function datesAnsweredBy(db: EntityManager, memberId: string, fromStandingOnly = false): Promise<string[]> {
  const rows: { meetup_id: string }[] = await db.query(
    `SELECT meetup_id FROM rsvps WHERE member_id = $1 AND (NOT $2::boolean OR (from_standing AND status <> 'NOT_GOING'))`,
    [memberId, fromStandingOnly],
  );
  return rows.map((r) => r.meetup_id);
}

export async function deleteRsvp(db: EntityManager, meetupId: string, memberId: string): Promise<RsvpStatus | null> {
  const [removed] = await queryRows<{ status: RsvpStatus }>(db, 'DELETE FROM rsvps WHERE meetup_id = $1 AND member_id = $2 RETURNING status', [
    meetupId,
    memberId,
  ]);
  return removed?.status ?? null;
}

export interface StandingRow {
  seriesId: string;
  memberId: string;
  guests: number;
  createdAt: Date;
}

export async function upsertStanding(db: EntityManager, seriesId: string, memberId: string, guests: number): Promise<StandingRow> {
  const [row] = await db.query(
    `INSERT INTO standing_rsvps (series_id, member_id, guests) VALUES ($1, $2, $3)
     ON CONFLICT (series_id, member_id) DO UPDATE SET guests = EXCLUDED.guests
     RETURNING series_id, member_id, guests, created_at`,
    [seriesId, memberId, guests],
  );
  return { seriesId: row.series_id, memberId: row.member_id, guests: row.guests, createdAt: row.created_at };
}

export async function deleteStanding(db: EntityManager, seriesId: string, memberId: string): Promise<boolean> {
  const deleted = await queryRows(db, 'DELETE FROM standing_rsvps WHERE series_id = $1 AND member_id = $2 RETURNING series_id', [seriesId, memberId]);
  return deleted.length > 0;
}

export async function deleteStandingOf(db: EntityManager, memberId: string): Promise<void> {
  await db.query('DELETE FROM standing_rsvps WHERE member_id = $1', [memberId]);
}

export async function standingOfMember(db: EntityManager, memberId: string): Promise<StandingRow[]> {
  const rows: { series_id: string; member_id: string; guests: number; created_at: Date }[] = await db.query(
    'SELECT series_id, member_id, guests, created_at FROM standing_rsvps WHERE member_id = $1 ORDER BY created_at',
    [memberId],
  );
  return rows.map((r) => ({ seriesId: r.series_id, memberId: r.member_id, guests: r.guests, createdAt: r.created_at }));
}

/** A series' standing RSVPs, oldest first (the order in which they take seats on new dates). */
export async function standingOfSeries(db: EntityManager, seriesId: string): Promise<{ memberId: string; guests: number }[]> {
  const rows: { member_id: string; guests: number }[] = await db.query(
    'SELECT member_id, guests FROM standing_rsvps WHERE series_id = $1 ORDER BY created_at, member_id',
    [seriesId],
  );
  return rows.map((r) => ({ memberId: r.member_id, guests: r.guests }));
}

/** A member's answer for a date as it stands now, with their place in line while waitlisted. */
export async function rsvpStanding(
  db: EntityManager,
  meetupId: string,
  memberId: string,
): Promise<{ status: RsvpStatus; guests: number; position: number | null; told: { status: RsvpStatus; guests: number } | null } | null> {
  const [row]: { status: RsvpStatus; guests: number; position: number | null; told_status: RsvpStatus | null; told_guests: number | null }[] = await db.query(
    `SELECT r.status, r.guests, r.told_status, r.told_guests,
            CASE WHEN r.status = 'WAITLISTED' THEN (SELECT count(*) FROM rsvps w WHERE w.meetup_id = r.meetup_id AND w.status = 'WAITLISTED'
                   AND w.waitlist_seq <= r.waitlist_seq)::int END AS position
     FROM rsvps r WHERE r.meetup_id = $1 AND r.member_id = $2`,
    [meetupId, memberId],
  );
  if (!row) return null;
  return {
    status: row.status,
    guests: row.guests,
    position: row.position,
    told: row.told_status ? { status: row.told_status, guests: row.told_guests ?? 0 } : null,
  };
}

/**
 * Records what a member was last told by mail of their answer for a date (a confirmation or a
 * promotion sent), so a later confirmation goes out only when the answer really differs.
 */
export async function recordRsvpTold(db: EntityManager, meetupId: string, memberId: string, told: { status: RsvpStatus; guests: number }): Promise<void> {
  await db.query('UPDATE rsvps SET told_status = $3, told_guests = $4 WHERE meetup_id = $1 AND member_id = $2', [meetupId, memberId, told.status, told.guests]);
}

/** Who checked in at a date, in the order they came. */
export async function checkedInMembers(db: EntityManager, meetupId: string): Promise<string[]> {
  const rows: { member_id: string }[] = await db.query('SELECT member_id FROM attendances WHERE meetup_id = $1 ORDER BY checked_in_at, id', [meetupId]);
  return rows.map((r) => r.member_id);
}

function toAttendance(row: Record<string, unknown>): Attendance {
  return Object.assign(new Attendance(), {
    id: row.id,
    meetupId: row.meetup_id,
    memberId: row.member_id,
    checkedInAt: row.checked_in_at,
    checkedInBy: row.checked_in_by,
    method: row.method,
  });
}

/** Who checked in at a date, in the order they came. */
export async function attendancesOf(db: EntityManager, meetupId: string): Promise<Attendance[]> {
  const rows: Record<string, unknown>[] = await db.query('SELECT * FROM attendances WHERE meetup_id = $1 ORDER BY checked_in_at, id', [meetupId]);
  return rows.map(toAttendance);
}

/** A member is checked in at a date, once: a second check-in keeps the first. */
export async function recordAttendance(
  db: EntityManager,
  attendance: { meetupId: string; memberId: string; at: Date; by: string; method: CheckInMethod },
): Promise<Attendance> {
  await db.query(
    `INSERT INTO attendances (meetup_id, member_id, checked_in_at, checked_in_by, method) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (meetup_id, member_id) DO NOTHING`,
    [attendance.meetupId, attendance.memberId, attendance.at, attendance.by, attendance.method],
  );
  const [row] = await db.query('SELECT * FROM attendances WHERE meetup_id = $1 AND member_id = $2', [attendance.meetupId, attendance.memberId]);
  return toAttendance(row);
}

/** One member's answers for the dates given (a prepared statement: it runs for every page that lists dates). */
export async function rsvpsOfMember(dataSource: DataSource, rows: EntityRows<Rsvp>, memberId: string, meetupIds: readonly string[]): Promise<Rsvp[]> {
  const found = await queryPrepared(dataSource, `SELECT ${rows.select('r')} FROM rsvps r WHERE r.member_id = $1 AND r.meetup_id = ANY($2)`, [
    memberId,
    [...meetupIds],
  ]);
  return found.map((row) => rows.read(row) as Rsvp);
}
