import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, Clock, DomainError, requireId } from '@app/core';
import { EntityRows, enqueueOutbox, queryPrepared, queryRows } from '@app/database';
import { MAX_REGISTRATION_QUESTIONS, assertCanManageSeries, visibleVisibilities } from '@app/meetups';
import { Rsvp, RsvpResponse } from './rsvp.entity';
import { LockedMeetup, fits, lockMeetup, promoteFromWaitlist, seatsTaken } from './seats';

export interface StandingRsvp {
  seriesId: string;
  memberId: string;
  guests: number;
  createdAt: Date;
}

/** An answer to a registration question: a line or a short paragraph. */
export const MAX_ANSWER_LENGTH = 1000;

interface SeriesRules {
  guestLimit: number;
  rsvpCutoffMinutes: number;
  visibility: string;
  registrationQuestions: string[];
}

/** One answer, trimmed; empty when the member leaves a question out. */
function validAnswer(answer: string): string {
  if (typeof answer !== 'string') throw DomainError.badInput('answers', 'must be text');
  const trimmed = answer.normalize('NFC').trim();
  if (trimmed.length > MAX_ANSWER_LENGTH) throw DomainError.badInput('answers', `each answer must be at most ${MAX_ANSWER_LENGTH} characters`);
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(trimmed)) throw DomainError.badInput('answers', 'must not contain control characters');
  return trimmed;
}

/** The answer row with its raw columns mapped to the entity. */
function toRsvp(row: Record<string, unknown>): Rsvp {
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

/**
 * RSVPs: one per member and date, capacity never exceeded (every change of a date's seats
 * happens under that meetup's row lock), a first-come-first-served waitlist that promotes
 * itself, and standing RSVPs for a whole series.
 */
@Injectable()
export class RsvpsService {
  private readonly rsvpRows: EntityRows<Rsvp>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {
    this.rsvpRows = new EntityRows(dataSource, Rsvp);
  }

  /**
   * A member answers for one date. GOING when the party fits, else WAITLISTED with a place in line.
   * `answers` (to the series' registration questions, in their order) replace earlier ones when
   * given; absent, the earlier answers stay.
   */
  async respond(actor: Actor, meetupId: string, response: RsvpResponse, guests: number, answers?: string[] | null): Promise<Rsvp> {
    requireId('meetupId', meetupId);
    if (response !== 'GOING' && response !== 'NOT_GOING') throw DomainError.badInput('response', 'must be GOING or NOT_GOING');
    if (!Number.isInteger(guests) || guests < 0) throw DomainError.badInput('guests', 'must be 0 or more');
    if (answers && answers.length > MAX_REGISTRATION_QUESTIONS) throw DomainError.badInput('answers', `must give at most ${MAX_REGISTRATION_QUESTIONS} answers, one per question`);
    const given = answers === null || answers === undefined ? null : answers.map((answer) => validAnswer(answer));
    return this.dataSource.transaction(async (manager) => {
      await this.holdMember(manager, actor.memberId);
      if (response === 'GOING') {
        const first = await this.firstAnswer(manager, actor, meetupId, guests, given);
        if (first) return first;
      }
      const meetup = await lockMeetup(manager, meetupId);
      if (!meetup) throw DomainError.notFound('Meetup', meetupId);
      const rules = await this.seriesRules(manager, meetup.seriesId);
      if (!visibleVisibilities(actor).includes(rules.visibility)) throw DomainError.notFound('Meetup', meetupId);
      this.assertOpen(meetup, rules);
      if (guests > rules.guestLimit) throw DomainError.badInput('guests', `must be at most ${rules.guestLimit} for this series`);
      if (given && given.length !== rules.registrationQuestions.length) {
        throw DomainError.badInput('answers', `must give ${rules.registrationQuestions.length} answer(s), one per question, in order`);
      }

      const existing = await this.findRow(manager, meetupId, actor.memberId);
      if (response === 'NOT_GOING') {
        const rsvp = await this.write(manager, meetupId, actor.memberId, 'NOT_GOING', 0, null, false);
        if (given) await this.writeAnswers(manager, rsvp, given);
        if (existing?.status !== 'NOT_GOING') await promoteFromWaitlist(manager, meetup);
        return rsvp;
      }
      const rsvp = await this.takeSeat(manager, meetup, actor.memberId, guests, existing, false);
      if (given) await this.writeAnswers(manager, rsvp, given);
      if (!existing || existing.status !== rsvp.status || existing.guests !== rsvp.guests) {
        // Fewer guests may free seats for people waiting.
        await promoteFromWaitlist(manager, meetup);
        await enqueueOutbox(manager, [{ kind: 'rsvp.confirmed', memberId: actor.memberId, payload: { meetupId, rsvpId: rsvp.id, status: rsvp.status } }]);
      }
      return (await this.findRow(manager, meetupId, actor.memberId)) as Rsvp;
    });
  }

  /**
   * The common case of a burst, a member's first answer GOING to an open date, in one statement:
   * it takes the meetup's row lock, decides GOING or WAITLISTED from the seat counter kept on
   * that row (read under the lock, so it counts every RSVP committed before), inserts the RSVP
   * and its outbox message. The lock is then held only until COMMIT, one round trip later,
   * instead of over the eight statements of the general path (which reads the RSVPs again).
   * A first answer cannot free seats, so nobody waiting is to be promoted.
   *
   * Null when it does not apply — the member has answered this date before (even concurrently),
   * or the date is not open, not visible, the guests over the series' limit, or the answers not one
   * per registration question — and the general path then decides and explains, under the same lock.
   */
  private async firstAnswer(manager: EntityManager, actor: Actor, meetupId: string, guests: number, answers: string[] | null): Promise<Rsvp | null> {
    const rows: Record<string, unknown>[] = await manager.query(
      `WITH m AS (
         SELECT id, series_id, capacity, going_count, status, starts_at, ends_at FROM meetups WHERE id = $1 FOR UPDATE
       ), open AS (
         SELECT m.id, CASE WHEN m.capacity IS NULL OR m.going_count + 1 + $4 <= m.capacity THEN 'GOING' ELSE 'WAITLISTED' END AS status
         FROM m JOIN meetup_series s ON s.id = m.series_id
         WHERE s.visibility = ANY($3) AND m.status = 'SCHEDULED' AND $4 <= s.guest_limit
           AND $5 < m.ends_at AND $5 < m.starts_at - make_interval(mins => s.rsvp_cutoff_minutes)
           AND ($6::text[] IS NULL OR cardinality($6::text[]) = cardinality(s.registration_questions))
       ), answer AS (
         INSERT INTO rsvps (meetup_id, member_id, status, guests, waitlisted_at, from_standing, responded_at, answers)
         SELECT id, $2, status, $4, CASE WHEN status = 'WAITLISTED' THEN $5::timestamptz END, false, $5, coalesce($6::text[], '{}') FROM open
         ON CONFLICT (meetup_id, member_id) DO NOTHING
         RETURNING *
       ), told AS (
         INSERT INTO outbox (kind, member_id, payload)
         SELECT 'rsvp.confirmed', member_id, jsonb_build_object('meetupId', meetup_id, 'rsvpId', id, 'status', status) FROM answer
       )
       SELECT * FROM answer`,
      [meetupId, actor.memberId, visibleVisibilities(actor), guests, this.clock.now(), answers],
    );
    return rows[0] ? toRsvp(rows[0]) : null;
  }

  /** "I come every Saturday": GOING (or waitlisted) on every future date of the series, and on dates still to come. */
  async setStanding(actor: Actor, seriesId: string, guests: number): Promise<StandingRsvp> {
    requireId('seriesId', seriesId);
    if (!Number.isInteger(guests) || guests < 0) throw DomainError.badInput('guests', 'must be 0 or more');
    return this.dataSource.transaction(async (manager) => {
      await this.holdMember(manager, actor.memberId);
      const rules = await this.seriesRules(manager, seriesId).catch(() => null);
      if (!rules || !visibleVisibilities(actor).includes(rules.visibility)) throw DomainError.notFound('Meetup series', seriesId);
      if (guests > rules.guestLimit) throw DomainError.badInput('guests', `must be at most ${rules.guestLimit} for this series`);
      const [row] = await manager.query(
        `INSERT INTO standing_rsvps (series_id, member_id, guests) VALUES ($1, $2, $3)
         ON CONFLICT (series_id, member_id) DO UPDATE SET guests = EXCLUDED.guests
         RETURNING series_id, member_id, guests, created_at`,
        [seriesId, actor.memberId, guests],
      );
      const future: { id: string }[] = await manager.query(
        `SELECT id FROM meetups WHERE series_id = $1 AND status = 'SCHEDULED' AND starts_at - make_interval(mins => $2) > $3 ORDER BY starts_at, id`,
        [seriesId, rules.rsvpCutoffMinutes, this.clock.now()],
      );
      await this.applyStanding(manager, future.map((m) => m.id), [{ memberId: actor.memberId, guests }]);
      return { seriesId: row.series_id, memberId: row.member_id, guests: row.guests, createdAt: row.created_at };
    });
  }

  /** Ends a standing RSVP; the future answers it made (and the member did not change) are withdrawn. */
  async cancelStanding(actor: Actor, seriesId: string): Promise<boolean> {
    requireId('seriesId', seriesId);
    return this.dataSource.transaction(async (manager) => {
      const deleted = await queryRows(manager, 'DELETE FROM standing_rsvps WHERE series_id = $1 AND member_id = $2 RETURNING series_id', [seriesId, actor.memberId]);
      if (deleted.length === 0) return false;
      const made: { meetup_id: string }[] = await manager.query(
        `SELECT r.meetup_id FROM rsvps r JOIN meetups m ON m.id = r.meetup_id
         WHERE m.series_id = $1 AND r.member_id = $2 AND r.from_standing AND r.status <> 'NOT_GOING' AND m.starts_at > $3 AND m.status = 'SCHEDULED'
         ORDER BY m.starts_at, m.id`,
        [seriesId, actor.memberId, this.clock.now()],
      );
      for (const { meetup_id } of made) {
        const meetup = (await lockMeetup(manager, meetup_id)) as LockedMeetup;
        // Read again under the lock: the member may have answered this date themself meanwhile.
        const current = await this.findRow(manager, meetup_id, actor.memberId);
        if (!current?.fromStanding || current.status === 'NOT_GOING') continue;
        await this.write(manager, meetup_id, actor.memberId, 'NOT_GOING', 0, null, true);
        await promoteFromWaitlist(manager, meetup);
      }
      return true;
    });
  }

  /**
   * A member leaves for good (their account is deleted), in the caller's transaction: standing
   * RSVPs end first (so no new date brings them back), then every RSVP goes. A seat freed on a
   * date still to come is offered to the waitlist as on any withdrawal; dates that have started
   * just lose the row (attendance, recorded apart, stays). Meetups are locked in date order, as
   * standing RSVPs lock them, so the two cannot deadlock.
   */
  async withdrawAllOf(manager: EntityManager, memberId: string): Promise<{ withdrawn: number; promoted: number }> {
    await manager.query('DELETE FROM standing_rsvps WHERE member_id = $1', [memberId]);
    const rows: { meetup_id: string }[] = await manager.query(
      `SELECT r.meetup_id FROM rsvps r JOIN meetups m ON m.id = r.meetup_id WHERE r.member_id = $1 ORDER BY m.starts_at, m.id`,
      [memberId],
    );
    const now = this.clock.now().getTime();
    let promoted = 0;
    for (const { meetup_id } of rows) {
      const meetup = (await lockMeetup(manager, meetup_id)) as LockedMeetup;
      const [removed] = await queryRows<{ status: string }>(manager, 'DELETE FROM rsvps WHERE meetup_id = $1 AND member_id = $2 RETURNING status', [meetup_id, memberId]);
      if (removed?.status === 'GOING' && meetup.startsAt.getTime() > now) promoted += (await promoteFromWaitlist(manager, meetup)).length;
    }
    return { withdrawn: rows.length, promoted };
  }

  async standingOf(memberId: string): Promise<StandingRsvp[]> {
    const rows: { series_id: string; member_id: string; guests: number; created_at: Date }[] = await this.dataSource.query(
      'SELECT series_id, member_id, guests, created_at FROM standing_rsvps WHERE member_id = $1 ORDER BY created_at',
      [memberId],
    );
    return rows.map((r) => ({ seriesId: r.series_id, memberId: r.member_id, guests: r.guests, createdAt: r.created_at }));
  }

  /** New dates of a series: each standing RSVP takes its seat, oldest standing first. */
  async applyStandingToNewDates(manager: EntityManager, seriesId: string, meetupIds: string[]): Promise<void> {
    const standing: { member_id: string; guests: number }[] = await manager.query(
      'SELECT member_id, guests FROM standing_rsvps WHERE series_id = $1 ORDER BY created_at, member_id',
      [seriesId],
    );
    if (standing.length === 0) return;
    await this.applyStanding(manager, meetupIds, standing.map((s) => ({ memberId: s.member_id, guests: s.guests })));
  }

  /** One member's RSVPs for the meetups given, in their order (null where none). For DataLoaders. */
  async ofMember(memberId: string, meetupIds: readonly string[]): Promise<(Rsvp | null)[]> {
    const rows = await queryPrepared(this.dataSource, `SELECT ${this.rsvpRows.select('r')} FROM rsvps r WHERE r.member_id = $1 AND r.meetup_id = ANY($2)`, [
      memberId,
      [...meetupIds],
    ]);
    const byMeetup = new Map(rows.map((row) => [row.meetup_id as string, this.rsvpRows.read(row)]));
    return meetupIds.map((id) => byMeetup.get(id) ?? null);
  }

  /** Places in line (1 = next to be promoted) of the RSVPs given; null when not waitlisted. For DataLoaders. */
  async waitlistPositions(rsvpIds: readonly string[]): Promise<(number | null)[]> {
    const rows: { id: string; position: number }[] = await this.dataSource.query(
      `SELECT id, position FROM (
         SELECT r.id, row_number() OVER (PARTITION BY r.meetup_id ORDER BY r.waitlisted_at, r.id)::int AS position
         FROM rsvps r WHERE r.status = 'WAITLISTED' AND r.meetup_id IN (SELECT meetup_id FROM rsvps WHERE id = ANY($1))
       ) ranked WHERE id = ANY($1)`,
      [[...rsvpIds]],
    );
    const byId = new Map(rows.map((r) => [r.id, r.position]));
    return rsvpIds.map((id) => byId.get(id) ?? null);
  }

  /** Under the capacity of a date that just changed: refuse when it is below the seats taken, else promote. */
  async capacityChanged(manager: EntityManager, meetupId: string, capacity: number | null): Promise<void> {
    const meetup = await lockMeetup(manager, meetupId);
    if (!meetup) return;
    const taken = await seatsTaken(manager, meetupId);
    if (capacity !== null && taken > capacity) {
      throw DomainError.conflict(`${taken} seats are already taken; the capacity cannot go below that (ask members to withdraw first)`);
    }
    await promoteFromWaitlist(manager, { ...meetup, capacity });
  }

  /** Organizers of the series, or the member themself. */
  async assertCanSeeAttendees(manager: EntityManager, actor: Actor, seriesId: string): Promise<void> {
    await assertCanManageSeries(manager, actor, seriesId);
  }

  private async applyStanding(manager: EntityManager, meetupIds: string[], standing: { memberId: string; guests: number }[]): Promise<void> {
    for (const meetupId of meetupIds) {
      const meetup = await lockMeetup(manager, meetupId);
      if (!meetup || meetup.status !== 'SCHEDULED') continue;
      for (const { memberId, guests } of standing) {
        const existing = await this.findRow(manager, meetupId, memberId);
        // A member's own answer for a date (a decline included) wins over the standing RSVP;
        // what an earlier standing RSVP made follows the new one (guests, or back to GOING).
        if (existing && !existing.fromStanding) continue;
        if (existing && existing.status !== 'NOT_GOING' && existing.guests === guests) continue;
        try {
          await this.takeSeat(manager, meetup, memberId, guests, existing, true);
        } catch (error) {
          // More guests than the seats left: the earlier seat stays.
          if (!(error instanceof DomainError)) throw error;
        }
        await promoteFromWaitlist(manager, meetup);
      }
    }
  }

  /**
   * GOING when the party fits, else WAITLISTED (keeping an earlier place in line). A member
   * already GOING who asks for more guests than the seats left keeps the seat and is refused.
   */
  private async takeSeat(manager: EntityManager, meetup: LockedMeetup, memberId: string, guests: number, existing: Rsvp | null, fromStanding: boolean): Promise<Rsvp> {
    const taken = await seatsTaken(manager, meetup.id, memberId);
    // Waiting members are promoted whenever seats free up, so whoever is still waiting does not
    // fit in the seats left: a party that fits may take them.
    if (fits(meetup.capacity, taken, 1 + guests)) return this.write(manager, meetup.id, memberId, 'GOING', guests, null, fromStanding);
    if (existing?.status === 'GOING') {
      const left = meetup.capacity === null ? 0 : Math.max(meetup.capacity - taken, 0);
      throw DomainError.conflict(`Only ${left} seat(s) are free for you: you can bring at most ${Math.max(left - 1, 0)} guest(s)`);
    }
    const since = existing?.status === 'WAITLISTED' && existing.waitlistedAt ? existing.waitlistedAt : this.clock.now();
    return this.write(manager, meetup.id, memberId, 'WAITLISTED', guests, since, fromStanding);
  }

  private async write(
    manager: EntityManager,
    meetupId: string,
    memberId: string,
    status: Rsvp['status'],
    guests: number,
    waitlistedAt: Date | null,
    fromStanding: boolean,
  ): Promise<Rsvp> {
    const [row] = await manager.query(
      `INSERT INTO rsvps (meetup_id, member_id, status, guests, waitlisted_at, from_standing, responded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (meetup_id, member_id) DO UPDATE
         SET status = EXCLUDED.status, guests = EXCLUDED.guests, waitlisted_at = EXCLUDED.waitlisted_at,
             from_standing = EXCLUDED.from_standing, responded_at = EXCLUDED.responded_at, updated_at = now()
       RETURNING *`,
      [meetupId, memberId, status, guests, waitlistedAt, fromStanding, this.clock.now()],
    );
    return toRsvp(row);
  }

  private async writeAnswers(manager: EntityManager, rsvp: Rsvp, answers: string[]): Promise<void> {
    await manager.query('UPDATE rsvps SET answers = $2::text[] WHERE id = $1', [rsvp.id, answers]);
    rsvp.answers = answers;
  }

  /**
   * The member answering still exists, and stays so until this answer commits: a request
   * authenticated just before the member deleted their account waits for the deletion (which
   * locks the row for update) and then finds them gone, instead of leaving an RSVP behind.
   */
  private async holdMember(manager: EntityManager, memberId: string): Promise<void> {
    const [member] = await manager.query('SELECT 1 FROM members WHERE id = $1 AND erased_at IS NULL FOR SHARE', [memberId]);
    if (!member) throw DomainError.unauthenticated('Your account has been deleted');
  }

  private async findRow(manager: EntityManager, meetupId: string, memberId: string): Promise<Rsvp | null> {
    const rows: Record<string, unknown>[] = await manager.query('SELECT * FROM rsvps WHERE meetup_id = $1 AND member_id = $2', [meetupId, memberId]);
    return rows[0] ? toRsvp(rows[0]) : null;
  }

  private async seriesRules(manager: EntityManager, seriesId: string): Promise<SeriesRules> {
    const [row] = await manager.query('SELECT guest_limit, rsvp_cutoff_minutes, visibility, registration_questions FROM meetup_series WHERE id = $1', [seriesId]);
    if (!row) throw DomainError.notFound('Meetup series', seriesId);
    return { guestLimit: row.guest_limit, rsvpCutoffMinutes: row.rsvp_cutoff_minutes, visibility: row.visibility, registrationQuestions: row.registration_questions ?? [] };
  }

  private assertOpen(meetup: LockedMeetup, rules: SeriesRules): void {
    if (meetup.status === 'CANCELLED') throw DomainError.conflict('This meetup is cancelled; RSVPs are closed');
    const now = this.clock.now().getTime();
    if (now >= meetup.endsAt.getTime()) throw DomainError.conflict('This meetup is over; RSVPs are closed');
    if (now >= meetup.startsAt.getTime() - rules.rsvpCutoffMinutes * 60_000) {
      throw DomainError.conflict(
        rules.rsvpCutoffMinutes > 0 ? `RSVPs closed ${rules.rsvpCutoffMinutes} minutes before the start` : 'This meetup has started; RSVPs are closed',
      );
    }
  }
}
