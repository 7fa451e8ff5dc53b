import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const RSVP_STATUSES = ['GOING', 'WAITLISTED', 'NOT_GOING'] as const;
export type RsvpStatus = (typeof RSVP_STATUSES)[number];
export type RsvpResponse = 'GOING' | 'NOT_GOING';
/** Answers that hold a place: a seat, or a place in line. They are told of changes and see the date in their calendar. */
export const PLACE_HOLDING_RSVP_STATUSES: readonly RsvpStatus[] = ['GOING', 'WAITLISTED'];

/** A member's answer for one date. GOING takes 1 + guests seats. */
@Entity({ name: 'rsvps' })
export class Rsvp {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'meetup_id', type: 'uuid' })
  meetupId: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ type: 'text' })
  status: RsvpStatus;

  @Column({ type: 'integer', default: 0 })
  guests: number;

  /**
   * Not a column: the place in line (1 = next) that the decision which wrote this answer gave it,
   * read under the date's lock; undefined on rows read later.
   */
  decidedWaitlistPosition?: number | null;

  /** When the member joined the waitlist: first come, first served. */
  @Column({ name: 'waitlisted_at', type: 'timestamptz', nullable: true })
  waitlistedAt: Date | null;

  /** Made by the member's standing RSVP for the series, not by a click on this date. */
  @Column({ name: 'from_standing', type: 'boolean', default: false })
  fromStanding: boolean;

  /** Answers to the series' registration questions, in their order (empty when none were asked or given). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  answers: string[];

  @Column({ name: 'responded_at', type: 'timestamptz' })
  respondedAt: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
