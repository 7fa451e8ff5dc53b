import { createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { Actor, Clock, DomainError, requireId } from '@app/core';
import { RateLimiter } from '@app/database';
import { assertCanManageSeries, findMeetup } from '@app/meetups';
import { activeMemberRole } from '@app/members';
import { Attendance, CheckInMethod } from './attendance.entity';
import { attendancesOf, recordAttendance } from './rsvps.repository';
import { lockMeetup } from './seats';

/** Self check-in opens this long before the start and closes this long after the end. */
const SELF_CHECK_IN_BEFORE_MS = 2 * 3600_000;
const SELF_CHECK_IN_AFTER_MS = 3600_000;

/** Attendance: organizers check people in, or members enter the code shown at the venue. Once per member. */
@Injectable()
export class CheckInService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly rateLimiter: RateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The 6-digit code for a meetup, derived from the server secret (nothing to store or leak
   * from the database); organizers of the series see it, to show it at the venue.
   */
  async codeFor(actor: Actor, meetupId: string): Promise<string> {
    const found = await findMeetup(this.dataSource.manager, requireId('meetupId', meetupId));
    const meetup = found ? { series_id: found.seriesId } : null;
    if (!meetup) throw DomainError.notFound('Meetup', meetupId);
    await assertCanManageSeries(this.dataSource.manager, actor, meetup.series_id);
    return this.code(meetupId);
  }

  /** Whether `actor` may see the code (for the Meetup.checkInCode field). */
  async canSeeCode(actor: Actor | null, seriesId: string): Promise<boolean> {
    if (!actor) return false;
    try {
      await assertCanManageSeries(this.dataSource.manager, actor, seriesId);
      return true;
    } catch {
      return false;
    }
  }

  code(meetupId: string): string {
    const digest = createHmac('sha256', this.config.auth.jwtSecret).update(`check-in:${meetupId}`).digest();
    return String(digest.readUInt32BE(0) % 1_000_000).padStart(6, '0');
  }

  async checkIn(actor: Actor, meetupId: string, memberId: string): Promise<Attendance> {
    requireId('meetupId', meetupId);
    requireId('memberId', memberId);
    return this.dataSource.transaction(async (manager) => {
      const meetup = await lockMeetup(manager, meetupId);
      if (!meetup) throw DomainError.notFound('Meetup', meetupId);
      await assertCanManageSeries(manager, actor, meetup.seriesId);
      if (meetup.status === 'CANCELLED') throw DomainError.conflict('This meetup is cancelled');
      const member = await activeMemberRole(manager, memberId);
      if (!member) throw DomainError.badInput('memberId', 'no member has this id');
      return this.record(manager, meetupId, memberId, actor.memberId, 'ORGANIZER');
    });
  }

  async checkInWithCode(actor: Actor, meetupId: string, code: string): Promise<Attendance> {
    requireId('meetupId', meetupId);
    if (!/^\d{6}$/.test(code.trim())) throw DomainError.badInput('code', 'must be the 6-digit code shown at the venue');
    // 6 digits are guessable at speed: a few tries per member and meetup.
    await this.rateLimiter.hit(
      [{ key: `check-in:${actor.memberId}:${meetupId}`, limit: 10, windowSeconds: 3600 }],
      'Too many wrong codes; ask an organizer to check you in',
    );
    return this.dataSource.transaction(async (manager) => {
      const meetup = await lockMeetup(manager, meetupId);
      if (!meetup) throw DomainError.notFound('Meetup', meetupId);
      if (meetup.status === 'CANCELLED') throw DomainError.conflict('This meetup is cancelled');
      const now = this.clock.now().getTime();
      if (now < meetup.startsAt.getTime() - SELF_CHECK_IN_BEFORE_MS || now > meetup.endsAt.getTime() + SELF_CHECK_IN_AFTER_MS) {
        throw DomainError.conflict('Check-in is open from two hours before the meetup until an hour after it');
      }
      const expected = Buffer.from(this.code(meetupId));
      if (!timingSafeEqual(expected, Buffer.from(code.trim()))) throw DomainError.badInput('code', 'is not the code of this meetup');
      return this.record(manager, meetupId, actor.memberId, actor.memberId, 'SELF_CODE');
    });
  }

  /** Attendances of one meetup (for minutes and the attendee list). */
  async ofMeetup(manager: EntityManager, meetupId: string): Promise<Attendance[]> {
    return attendancesOf(manager, meetupId);
  }

  private async record(manager: EntityManager, meetupId: string, memberId: string, by: string, method: CheckInMethod): Promise<Attendance> {
    return recordAttendance(manager, { meetupId, memberId, at: this.clock.now(), by, method });
  }
}
