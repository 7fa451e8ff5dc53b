import { EntityManager } from 'typeorm';

/**
 * What the meetups feature tells the RSVP feature, inside its own transaction (the RSVP module
 * provides it globally; meetups do not depend on RSVPs).
 */
export abstract class MeetupSeatsPort {
  /** After a date's capacity changed, under its row lock: refuse if seats taken exceed it, else promote. */
  abstract capacityChanged(manager: EntityManager, meetupId: string, capacity: number | null): Promise<void>;
  /** After new dates of a series were created: standing RSVPs take their seats. */
  abstract datesCreated(manager: EntityManager, seriesId: string, meetupIds: string[]): Promise<void>;
  /** A date moved, changed place or was cancelled: the people coming are told (outbox). */
  abstract meetupChanged(manager: EntityManager, meetupId: string, change: 'changed' | 'cancelled'): Promise<void>;
}
