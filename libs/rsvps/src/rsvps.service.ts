import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, Clock, DomainError, requireId } from '@app/core';
import { EntityRows, enqueueOutboxWhenQuiet } from '@app/database';
import {
  DateRsvpRules,
  MAX_REGISTRATION_QUESTIONS,
  assertCanManageSeries,
  comingDatesOfSeries,
  inDateOrder,
  openDatesOfSeries,
  seriesRsvpRules,
  visibleVisibilities,
} from '@app/meetups';
import { holdActiveMember } from '@app/members';
import { Rsvp, RsvpResponse } from './rsvp.entity';
import {
  RsvpRefusal,
  decideRsvp,
  deleteRsvp,
  deleteStanding,
  deleteStandingOf,
  datesAnsweredBy,
  rsvpsOfMember,
  findRsvp,
  standingOfMember,
  standingOfSeries,
  upsertStanding,
  waitlistPositionOf,
  waitlistPositions,
  writeRsvp,
  writeRsvpAnswers,
} from './rsvps.repository';
import { LockedMeetup, fits, lockMeetup, promoteFromWaitlist, seatsTaken } from './seats';

export interface StandingRsvp {
  seriesId: string;
  memberId: string;
  guests: number;
  createdAt: Date;
}

/** An answer to a registration question: a line or a short paragraph. */
export const MAX_ANSWER_LENGTH = 1000;

/**
 * A changed answer is confirmed by mail once the member has left it alone this long: toggling
 * back and forth makes one message, sent after the last change, and nothing when the answer ends
 * where the last mail left it. The first answer is confirmed at once.
 */
export const RSVP_CONFIRMATION_QUIET_SECONDS = 120;

/** One answer, trimmed; empty when the member leaves a question out. */
function validAnswer(answer: string): string {
  if (typeof answer !== 'string') throw DomainError.badInput('answers', 'must be text');
  const trimmed = answer.normalize('NFC').trim();
  if (trimmed.length > MAX_ANSWER_LENGTH) throw DomainError.badInput('answers', `each answer must be at most ${MAX_ANSWER_LENGTH} characters`);
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(trimmed)) throw DomainError.badInput('answers', 'must not contain control characters');
  return trimmed;
}

/** What a member is told when the date's rules refuse their answer. */
function refusalError(refusal: RsvpRefusal, date: DateRsvpRules): DomainError {
  switch (refusal) {
    case 'NOT_VISIBLE':
      return DomainError.notFound('Meetup', date.id);
    case 'CANCELLED':
      return DomainError.conflict('This meetup is cancelled; RSVPs are closed');
    case 'OVER':
      return DomainError.conflict('This meetup is over; RSVPs are closed');
    case 'CLOSED':
      return DomainError.conflict(
        date.rsvpCutoffMinutes > 0 ? `RSVPs closed ${date.rsvpCutoffMinutes} minutes before the start` : 'This meetup has started; RSVPs are closed',
      );
    case 'TOO_MANY_GUESTS':
      return DomainError.badInput('guests', `must be at most ${date.guestLimit} for this series`);
    case 'ANSWERS':
      return DomainError.badInput('answers', `must give ${date.registrationQuestions.length} answer(s), one per question, in order`);
  }
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
   * A member answers for one date. GOING when the party fits, else WAITLISTED with a place in line
   * (given on the answer: `decidedWaitlistPosition`). `answers` (to the series' registration
   * questions, in their order) replace earlier ones when given; absent, the earlier answers stay.
   *
   * One decision: `decideRsvp` locks the date and checks its rules; a first GOING answer is
   * written by that same statement. Any other answer is decided here, under the lock it took.
   */
  async respond(actor: Actor, meetupId: string, response: RsvpResponse, guests: number, answers?: string[] | null): Promise<Rsvp> {
    requireId('meetupId', meetupId);
    if (response !== 'GOING' && response !== 'NOT_GOING') throw DomainError.badInput('response', 'must be GOING or NOT_GOING');
    if (!Number.isInteger(guests) || guests < 0) throw DomainError.badInput('guests', 'must be 0 or more');
    if (answers && answers.length > MAX_REGISTRATION_QUESTIONS)
      throw DomainError.badInput('answers', `must give at most ${MAX_REGISTRATION_QUESTIONS} answers, one per question`);
    const given = answers === null || answers === undefined ? null : answers.map((answer) => validAnswer(answer));
    return this.dataSource.transaction(async (manager) => {
      if (!(await holdActiveMember(manager, actor.memberId))) throw DomainError.unauthenticated('Your account has been deleted');
      const decision = await decideRsvp(manager, {
        meetupId,
        memberId: actor.memberId,
        visibilities: visibleVisibilities(actor),
        guests,
        answers: given,
        now: this.clock.now(),
        firstGoing: response === 'GOING',
      });
      if (!decision) throw DomainError.notFound('Meetup', meetupId);
      if (decision.refusal) throw refusalError(decision.refusal, decision.date);
      if (decision.written) {
        // A first answer: nobody was promoted (it frees no seat); the waitlist had waitlistCount before it.
        const rsvp = decision.written;
        rsvp.decidedWaitlistPosition = rsvp.status === 'WAITLISTED' ? decision.date.waitlistCount + 1 : null;
        return rsvp;
      }
      const meetup = decision.date;
      const existing = await findRsvp(manager, meetupId, actor.memberId);
      let rsvp: Rsvp;
      if (response === 'NOT_GOING') {
        rsvp = await this.write(manager, meetupId, actor.memberId, 'NOT_GOING', 0, null, false);
        if (given) await writeRsvpAnswers(manager, rsvp.id, given);
        if (existing?.status !== 'NOT_GOING') await promoteFromWaitlist(manager, meetup);
      } else {
        rsvp = await this.takeSeat(manager, meetup, actor.memberId, guests, existing, false);
        if (given) await writeRsvpAnswers(manager, rsvp.id, given);
        if (!existing || existing.status !== rsvp.status || existing.guests !== rsvp.guests) {
          // Fewer guests may free seats for people waiting.
          await promoteFromWaitlist(manager, meetup);
          // A changed answer is confirmed once the member stops changing it (RSVP_CONFIRMATION_QUIET_SECONDS),
          // and only if it differs from what they were last told (the composer checks).
          await enqueueOutboxWhenQuiet(
            manager,
            { kind: 'rsvp.confirmed', memberId: actor.memberId, payload: { meetupId, rsvpId: rsvp.id, status: rsvp.status } },
            new Date(this.clock.now().getTime() + RSVP_CONFIRMATION_QUIET_SECONDS * 1000),
            { meetupId },
          );
        }
      }
      const answered = (await findRsvp(manager, meetupId, actor.memberId)) as Rsvp;
      answered.decidedWaitlistPosition = answered.status === 'WAITLISTED' ? await waitlistPositionOf(manager, answered.id) : null;
      return answered;
    });
  }

  /** "I come every Saturday": GOING (or waitlisted) on every future date of the series, and on dates still to come. */
  async setStanding(actor: Actor, seriesId: string, guests: number): Promise<StandingRsvp> {
    requireId('seriesId', seriesId);
    if (!Number.isInteger(guests) || guests < 0) throw DomainError.badInput('guests', 'must be 0 or more');
    return this.dataSource.transaction(async (manager) => {
      if (!(await holdActiveMember(manager, actor.memberId))) throw DomainError.unauthenticated('Your account has been deleted');
      const rules = await seriesRsvpRules(manager, seriesId);
      if (!rules || !visibleVisibilities(actor).includes(rules.visibility)) throw DomainError.notFound('Meetup series', seriesId);
      if (guests > rules.guestLimit) throw DomainError.badInput('guests', `must be at most ${rules.guestLimit} for this series`);
      const standing = await upsertStanding(manager, seriesId, actor.memberId, guests);
      const future = await openDatesOfSeries(manager, seriesId, rules.rsvpCutoffMinutes, this.clock.now());
      await this.applyStanding(manager, future, [{ memberId: actor.memberId, guests }]);
      return standing;
    });
  }

  /** Ends a standing RSVP; the future answers it made (and the member did not change) are withdrawn. */
  async cancelStanding(actor: Actor, seriesId: string): Promise<boolean> {
    requireId('seriesId', seriesId);
    return this.dataSource.transaction(async (manager) => {
      if (!(await deleteStanding(manager, seriesId, actor.memberId))) return false;
      const made = await comingDatesOfSeries(manager, seriesId, await datesAnsweredBy(manager, actor.memberId, true), this.clock.now());
      for (const meetupId of made) {
        const meetup = (await lockMeetup(manager, meetupId)) as LockedMeetup;
        // Read again under the lock: the member may have answered this date themself meanwhile.
        const current = await findRsvp(manager, meetupId, actor.memberId);
        if (!current?.fromStanding || current.status === 'NOT_GOING') continue;
        await this.write(manager, meetupId, actor.memberId, 'NOT_GOING', 0, null, true);
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
    await deleteStandingOf(manager, memberId);
    const dates = await inDateOrder(manager, await datesAnsweredBy(manager, memberId));
    const now = this.clock.now().getTime();
    let promoted = 0;
    for (const { id } of dates) {
      const meetup = (await lockMeetup(manager, id)) as LockedMeetup;
      const removed = await deleteRsvp(manager, id, memberId);
      if (removed === 'GOING' && meetup.startsAt.getTime() > now) promoted += (await promoteFromWaitlist(manager, meetup)).length;
    }
    return { withdrawn: dates.length, promoted };
  }

  async standingOf(memberId: string): Promise<StandingRsvp[]> {
    return standingOfMember(this.dataSource.manager, memberId);
  }

  /** New dates of a series: each standing RSVP takes its seat, oldest standing first. */
  async applyStandingToNewDates(manager: EntityManager, seriesId: string, meetupIds: string[]): Promise<void> {
    const standing = await standingOfSeries(manager, seriesId);
    if (standing.length === 0) return;
    await this.applyStanding(manager, meetupIds, standing);
  }

  /** One member's RSVPs for the meetups given, in their order (null where none). For DataLoaders. */
  async ofMember(memberId: string, meetupIds: readonly string[]): Promise<(Rsvp | null)[]> {
    const rows = await rsvpsOfMember(this.dataSource, this.rsvpRows, memberId, meetupIds);
    const byMeetup = new Map(rows.map((rsvp) => [rsvp.meetupId, rsvp]));
    return meetupIds.map((id) => byMeetup.get(id) ?? null);
  }

  /** Places in line (1 = next to be promoted) of the RSVPs given; null when not waitlisted. For DataLoaders. */
  async waitlistPositions(rsvpIds: readonly string[]): Promise<(number | null)[]> {
    const byId = await waitlistPositions(this.dataSource.manager, rsvpIds);
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
        const existing = await findRsvp(manager, meetupId, memberId);
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
  private async takeSeat(
    manager: EntityManager,
    meetup: LockedMeetup,
    memberId: string,
    guests: number,
    existing: Rsvp | null,
    fromStanding: boolean,
  ): Promise<Rsvp> {
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

  private write(
    manager: EntityManager,
    meetupId: string,
    memberId: string,
    status: Rsvp['status'],
    guests: number,
    waitlistedAt: Date | null,
    fromStanding: boolean,
  ): Promise<Rsvp> {
    return writeRsvp(manager, { meetupId, memberId, status, guests, waitlistedAt, fromStanding, respondedAt: this.clock.now() });
  }
}
