import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Role } from '@app/core';
import { Organization } from '@app/organizations';

export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Which e-mails a member wants. Every kind is on until the member turns it off. */
export interface NotificationPreferences {
  weeklyDigest: boolean;
  rsvpConfirmation: boolean;
  waitlistPromotion: boolean;
  meetupChanges: boolean;
  minutesPublished: boolean;
  assignmentUpdates: boolean;
  deadlineReminders: boolean;
  issueUpdates: boolean;
}

export const NOTIFICATION_KINDS = [
  'weeklyDigest',
  'rsvpConfirmation',
  'waitlistPromotion',
  'meetupChanges',
  'minutesPublished',
  'assignmentUpdates',
  'deadlineReminders',
  'issueUpdates',
] as const satisfies readonly (keyof NotificationPreferences)[];

export const DEFAULT_NOTIFICATION_PREFERENCES: NotificationPreferences = {
  weeklyDigest: true,
  rsvpConfirmation: true,
  waitlistPromotion: true,
  meetupChanges: true,
  minutesPublished: true,
  assignmentUpdates: true,
  deadlineReminders: true,
  issueUpdates: true,
};

@Entity({ name: 'members' })
export class Member {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  /** Stored lower-case; unique. */
  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text', default: 'vi' })
  locale: Locale;

  @Column({ type: 'text', default: 'MEMBER' })
  role: Role;

  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @ManyToOne(() => Organization, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization | null;

  @Column({ name: 'notification_preferences', type: 'jsonb', default: () => "'{}'::jsonb" })
  notificationPreferences: Partial<NotificationPreferences>;

  /** SHA-256 of the private calendar feed token; the token itself is derived, never stored. */
  @Column({ name: 'calendar_token_hash', type: 'text', nullable: true })
  calendarTokenHash: string | null;

  /** Bumped to replace the feed token (the old URL stops working at once). */
  @Column({ name: 'calendar_token_version', type: 'integer', default: 1 })
  calendarTokenVersion: number;

  /** Bumped to revoke every access token issued before. */
  @Column({ name: 'session_version', type: 'integer', default: 1 })
  sessionVersion: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** The stored preferences with defaults for kinds added after the member last saved. */
export function effectivePreferences(member: Member): NotificationPreferences {
  return { ...DEFAULT_NOTIFICATION_PREFERENCES, ...member.notificationPreferences };
}
