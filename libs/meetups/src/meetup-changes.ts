import { EntityManager } from 'typeorm';
import { AuditEntry, recordAudit } from '@app/database';
import { MeetupSeatsPort } from './meetup-seats.port';
import { Meetup, changesTimeOrPlace } from './meetup.entity';

/**
 * The one writer of a date's row after it was generated: its status (cancelled, back on the
 * schedule), time, place, capacity and texts. In the caller's transaction, with the date locked:
 * the calendar SEQUENCE is bumped when time, place or status change; seats follow a new capacity
 * (refused below those taken, else the waitlist is promoted); the people coming are told of a
 * change or a cancellation (outbox); and, for a person's act, the audit entry is written.
 * Organizers editing or cancelling one date and a series' schedule changing its dates all come
 * through here.
 */
export async function changeMeetup(
  manager: EntityManager,
  meetup: Meetup,
  next: Partial<Meetup>,
  effects: { seats?: MeetupSeatsPort; audit?: Omit<AuditEntry, 'targetType' | 'targetId'> },
): Promise<void> {
  const timeOrPlace = changesTimeOrPlace(meetup, next);
  await manager.getRepository(Meetup).update({ id: meetup.id }, { ...next, sequence: timeOrPlace ? meetup.sequence + 1 : meetup.sequence });
  if (next.capacity !== undefined && next.capacity !== meetup.capacity) await effects.seats?.capacityChanged(manager, meetup.id, next.capacity);
  if (timeOrPlace) {
    const cancelled = next.status === 'CANCELLED' && meetup.status !== 'CANCELLED';
    await effects.seats?.meetupChanged(manager, meetup.id, cancelled ? 'cancelled' : 'changed');
  }
  if (effects.audit) await recordAudit(manager, { ...effects.audit, targetType: 'meetup', targetId: meetup.id });
}
