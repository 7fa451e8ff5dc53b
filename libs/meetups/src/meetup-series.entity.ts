import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { LocalDate } from './recurrence';

export const VISIBILITIES = ['PUBLIC', 'MEMBERS'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** A recurring meetup: the rule and the defaults each date starts from. */
@Entity({ name: 'meetup_series' })
export class MeetupSeries {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'host_organization_id', type: 'uuid', nullable: true })
  hostOrganizationId: string | null;

  /** RFC 5545 RRULE without DTSTART, e.g. FREQ=WEEKLY;BYDAY=SA. */
  @Column({ type: 'text' })
  recurrence: string;

  @Column({ type: 'text' })
  timezone: string;

  /** Local start time, HH:MM. */
  @Column({ name: 'start_time', type: 'text' })
  startTime: string;

  @Column({ name: 'duration_minutes', type: 'integer' })
  durationMinutes: number;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn: LocalDate;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn: LocalDate | null;

  @Column({ type: 'text', nullable: true })
  venue: string | null;

  @Column({ name: 'venue_address', type: 'text', nullable: true })
  venueAddress: string | null;

  @Column({ name: 'online_url', type: 'text', nullable: true })
  onlineUrl: string | null;

  @Column({ type: 'integer', nullable: true })
  capacity: number | null;

  @Column({ type: 'text' })
  visibility: Visibility;

  @Column({ name: 'skip_dates', type: 'date', array: true, default: () => "'{}'" })
  skipDates: LocalDate[];

  /** Guests a member may bring to one date. */
  @Column({ name: 'guest_limit', type: 'integer', default: 2 })
  guestLimit: number;

  /** RSVPs close this many minutes before a date starts (0: at the start). */
  @Column({ name: 'rsvp_cutoff_minutes', type: 'integer', default: 0 })
  rsvpCutoffMinutes: number;

  /** The weekly digest goes out on this ISO weekday (1 Monday … 7 Sunday), at `digestTime`, in the series' zone. */
  @Column({ name: 'digest_weekday', type: 'integer', default: 4 })
  digestWeekday: number;

  /** HH:00 — digests go out on the hour. */
  @Column({ name: 'digest_time', type: 'text', default: '17:00' })
  digestTime: string;

  /** Reminders go to members GOING this many minutes before each date starts (default 19:00 the evening before, and 1 hour before). */
  @Column({ name: 'reminder_minutes_before', type: 'integer', array: true, default: () => "'{780,60}'" })
  reminderMinutesBefore: number[];

  /** Asked at RSVP (at most 5); the answers are kept on the RSVP in this order. */
  @Column({ name: 'registration_questions', type: 'text', array: true, default: () => "'{}'" })
  registrationQuestions: string[];

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
