import { EntityManager } from 'typeorm';
import { enqueueOutbox } from '@app/database';
import { LockedMeetup } from '@app/meetups';
import { promoteRsvps, seatsTaken, waitlistOf } from './rsvps.repository';

export type { LockedMeetup } from '@app/meetups';
export { lockMeetupForSeats as lockMeetup } from '@app/meetups';

/** Whether a party of `party` seats fits when `taken` are taken. */
export function fits(capacity: number | null, taken: number, party: number): boolean {
  return capacity === null || taken + party <= capacity;
}

/**
 * Promotes waitlisted members, first in line first, as long as seats are free: each whose
 * party fits is promoted (a party too large for the seats left waits for more). Runs in the
 * caller's transaction, under the meetup lock; each promotion is an outbox message.
 */
export async function promoteFromWaitlist(manager: EntityManager, meetup: LockedMeetup): Promise<string[]> {
  if (meetup.status !== 'SCHEDULED') return [];
  const waiting = await waitlistOf(manager, meetup.id);
  if (waiting.length === 0) return [];
  let taken = await seatsTaken(manager, meetup.id);
  const promoted: { id: string; memberId: string }[] = [];
  for (const rsvp of waiting) {
    if (meetup.capacity !== null && taken >= meetup.capacity) break;
    if (!fits(meetup.capacity, taken, 1 + rsvp.guests)) continue;
    taken += 1 + rsvp.guests;
    promoted.push(rsvp);
  }
  if (promoted.length === 0) return [];
  await promoteRsvps(
    manager,
    promoted.map((p) => p.id),
  );
  await enqueueOutbox(
    manager,
    promoted.map((p) => ({ kind: 'rsvp.promoted', memberId: p.memberId, payload: { meetupId: meetup.id, rsvpId: p.id } })),
  );
  return promoted.map((p) => p.memberId);
}

export { seatsTaken };
