import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Role } from '@app/core';

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
  /** Reminders shortly before a date the member is GOING to. */
  meetupReminders: boolean;
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
  'meetupReminders',
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
  meetupReminders: true,
};

@Entity({ name: 'members' })
export class Member {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** null once the member deleted their account (see `erasedAt`). */
  @Column({ type: 'text', nullable: true })
  name: string | null;

  /** Stored lower-case; unique among members; null once the member deleted their account. */
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', default: 'vi' })
  locale: Locale;

  @Column({ type: 'text', default: 'MEMBER' })
  role: Role;

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

  /**
   * When the member deleted their account: name, e-mail and every token are gone; the row stays
   * as the author of what they gave the community, shown as a former member.
   */
  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true })
  erasedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** The stored preferences with defaults for kinds added after the member last saved. */
export function effectivePreferences(member: Member): NotificationPreferences {
  return { ...DEFAULT_NOTIFICATION_PREFERENCES, ...member.notificationPreferences };
}

/** How a member who deleted their account is shown wherever their contributions are. */
export const FORMER_MEMBER_NAME: Record<Locale, string> = { vi: 'Thành viên cũ', en: 'Former member' };

/** The name to show: the member's own, or the neutral "former member" once they deleted their account. */
export function displayName(member: Pick<Member, 'name'>, locale: Locale = 'vi'): string {
  return member.name ?? FORMER_MEMBER_NAME[locale];
}

/** A member who can be written to: not erased, so with a name and an e-mail address. */
export type ReachableMember = Member & { name: string; email: string };

export function isReachable(member: Member): member is ReachableMember {
  return member.erasedAt === null && member.email !== null && member.name !== null;
}
