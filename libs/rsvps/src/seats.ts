import { EntityManager } from 'typeorm';
import { enqueueOutbox } from '@app/database';

/** The columns of a meetup that seat decisions need, read under its row lock. */
export interface LockedMeetup {
  id: string;
  seriesId: string;
  capacity: number | null;
  status: string;
  startsAt: Date;
  endsAt: Date;
}

/** Locks the meetup row: every seat change of one meetup happens one at a time, in the database. */
export async function lockMeetup(manager: EntityManager, meetupId: string): Promise<LockedMeetup | null> {
  const rows: { id: string; series_id: string; capacity: number | null; status: string; starts_at: Date; ends_at: Date }[] = await manager.query(
    'SELECT id, series_id, capacity, status, starts_at, ends_at FROM meetups WHERE id = $1 FOR UPDATE',
    [meetupId],
  );
  const row = rows[0];
  return row ? { id: row.id, seriesId: row.series_id, capacity: row.capacity, status: row.status, startsAt: row.starts_at, endsAt: row.ends_at } : null;
}

/** Seats taken by GOING RSVPs (each 1 + guests), optionally leaving one member out. */
export async function seatsTaken(manager: EntityManager, meetupId: string, exceptMemberId?: string): Promise<number> {
  const [{ taken }] = await manager.query(
    `SELECT coalesce(sum(1 + guests), 0)::int AS taken FROM rsvps WHERE meetup_id = $1 AND status = 'GOING' AND ($2::uuid IS NULL OR member_id <> $2)`,
    [meetupId, exceptMemberId ?? null],
  );
  return taken;
}

export function fits(capacity: number | null, taken: number, party: number): boolean {
  return capacity === null || taken + party <= capacity;
}

/**
 * Promotes waitlisted members, first come first served, as long as seats are free: each whose
 * party fits is promoted (a party too large for the seats left waits for more). Runs in the
 * caller's transaction, under the meetup lock; each promotion is an outbox message.
 */
export async function promoteFromWaitlist(manager: EntityManager, meetup: LockedMeetup): Promise<string[]> {
  if (meetup.status !== 'SCHEDULED') return [];
  const waiting: { id: string; member_id: string; guests: number }[] = await manager.query(
    `SELECT id, member_id, guests FROM rsvps WHERE meetup_id = $1 AND status = 'WAITLISTED' ORDER BY waitlisted_at, id`,
    [meetup.id],
  );
  if (waiting.length === 0) return [];
  let taken = await seatsTaken(manager, meetup.id);
  const promoted: { id: string; member_id: string }[] = [];
  for (const rsvp of waiting) {
    if (meetup.capacity !== null && taken >= meetup.capacity) break;
    if (!fits(meetup.capacity, taken, 1 + rsvp.guests)) continue;
    taken += 1 + rsvp.guests;
    promoted.push(rsvp);
  }
  if (promoted.length === 0) return [];
  await manager.query(`UPDATE rsvps SET status = 'GOING', waitlisted_at = NULL, updated_at = now() WHERE id = ANY($1)`, [promoted.map((p) => p.id)]);
  await enqueueOutbox(
    manager,
    promoted.map((p) => ({ kind: 'rsvp.promoted', memberId: p.member_id, payload: { meetupId: meetup.id, rsvpId: p.id } })),
  );
  return promoted.map((p) => p.member_id);
}
