import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { LocalDate } from './recurrence';

export const MEETUP_STATUSES = ['SCHEDULED', 'CANCELLED'] as const;
export type MeetupStatus = (typeof MEETUP_STATUSES)[number];

/** Fields of a date that an organizer changed by hand; series edits leave them alone. */
export const OVERRIDABLE_FIELDS = ['title', 'description', 'time', 'venue', 'onlineUrl', 'capacity'] as const;
export type OverridableField = (typeof OVERRIDABLE_FIELDS)[number];

/** One date of a series. Never deleted: a cancelled date stays, with its reason. */
@Entity({ name: 'meetups' })
export class Meetup {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'series_id', type: 'uuid' })
  seriesId: string;

  /** The date the rule gave it; stays when the meetup is moved. Unique per series. */
  @Column({ name: 'original_date', type: 'date' })
  originalDate: LocalDate;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'text' })
  timezone: string;

  @Column({ type: 'text', nullable: true })
  venue: string | null;

  @Column({ name: 'venue_address', type: 'text', nullable: true })
  venueAddress: string | null;

  @Column({ name: 'online_url', type: 'text', nullable: true })
  onlineUrl: string | null;

  @Column({ type: 'integer', nullable: true })
  capacity: number | null;

  /** Seats taken by GOING RSVPs (members and guests), kept by a trigger on rsvps; read-only here. */
  @Column({ name: 'going_count', type: 'integer', default: 0, insert: false, update: false })
  goingCount: number;

  /** WAITLISTED RSVPs, kept by the same trigger; read-only here. */
  @Column({ name: 'waitlist_count', type: 'integer', default: 0, insert: false, update: false })
  waitlistCount: number;

  @Column({ type: 'text', default: 'SCHEDULED' })
  status: MeetupStatus;

  @Column({ name: 'cancellation_reason', type: 'text', nullable: true })
  cancellationReason: string | null;

  /** Cancelled because the series' rule no longer gives this date (not by a person). */
  @Column({ name: 'cancelled_by_schedule', type: 'boolean', default: false })
  cancelledBySchedule: boolean;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  overrides: OverridableField[];

  /** Bumped when the time, place or status changes (iCalendar SEQUENCE). */
  @Column({ type: 'integer', default: 0 })
  sequence: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** True when `next` changes the time, place or status of `meetup`: calendars must update (SEQUENCE). */
export function changesTimeOrPlace(meetup: Meetup, next: Partial<Meetup>): boolean {
  return (
    (next.startsAt !== undefined && next.startsAt.getTime() !== meetup.startsAt.getTime()) ||
    (next.endsAt !== undefined && next.endsAt.getTime() !== meetup.endsAt.getTime()) ||
    (next.venue !== undefined && next.venue !== meetup.venue) ||
    (next.venueAddress !== undefined && next.venueAddress !== meetup.venueAddress) ||
    (next.status !== undefined && next.status !== meetup.status)
  );
}
