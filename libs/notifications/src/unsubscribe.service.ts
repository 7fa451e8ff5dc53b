import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { Clock, DomainError } from '@app/core';
import { NOTIFICATION_KINDS, NotificationPreferences, activeMemberRole, holdActiveMember, turnOffMail } from '@app/members';
import { UnsubscribeTokenRow, addUnsubscribeToken, deleteUnsubscribeTokensBefore, findUnsubscribeToken, markUnsubscribeTokenUsed } from './links.repository';

/** An unsubscribe link works this long after the e-mail that carried it. */
export const UNSUBSCRIBE_LINK_DAYS = 90;
const LINK_LIFETIME_MS = UNSUBSCRIBE_LINK_DAYS * 86400_000;

function hash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** What an unsubscribe link can still do. */
export type UnsubscribeLinkState = 'USABLE' | 'USED' | 'EXPIRED';

/**
 * One-click unsubscribe (RFC 8058): each e-mail carries a random token (stored hashed) that turns
 * one kind of mail off for its member, without signing in. A token does that one thing, once,
 * within UNSUBSCRIBE_LINK_DAYS of the mail: used again (a replay, or a mail client posting twice)
 * it changes nothing — so a mail turned back on in the profile stays on — and an expired one is
 * refused. The pages show what kind of mail it is about, never the address.
 */
@Injectable()
export class UnsubscribeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async urlFor(manager: EntityManager, memberId: string, preference: keyof NotificationPreferences): Promise<string> {
    const token = randomBytes(24).toString('base64url');
    await addUnsubscribeToken(manager, hash(token), memberId, preference, this.clock.now());
    return `${this.config.publicUrl}/unsubscribe/${token}`;
  }

  /** What the token would turn off and whether it still can, for the confirmation page; null when unknown. */
  async describe(token: string): Promise<{ preference: keyof NotificationPreferences; state: UnsubscribeLinkState } | null> {
    if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
    const row = await findUnsubscribeToken(this.dataSource.manager, hash(token));
    if (!row || !NOTIFICATION_KINDS.includes(row.kind as keyof NotificationPreferences)) return null;
    if (!(await activeMemberRole(this.dataSource.manager, row.member_id))) return null;
    return { preference: row.kind as keyof NotificationPreferences, state: this.stateOf(row) };
  }

  /** Turns the token's kind of mail off, once: CONFLICT when the link was used already or has expired. */
  async unsubscribe(token: string): Promise<keyof NotificationPreferences> {
    if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) throw DomainError.notFound('Unsubscribe link');
    return this.dataSource.transaction(async (manager) => {
      // A member who deleted their account has no links left (they are deleted with it; this is the second lock).
      const row = await findUnsubscribeToken(manager, hash(token), true);
      if (!row || !(await holdActiveMember(manager, row.member_id))) throw DomainError.notFound('Unsubscribe link');
      const preference = row.kind as keyof NotificationPreferences;
      if (!NOTIFICATION_KINDS.includes(preference)) throw DomainError.notFound('Unsubscribe link');
      const state = this.stateOf(row);
      if (state === 'USED') throw DomainError.conflict('This link was used already; turn e-mails on or off in your profile');
      if (state === 'EXPIRED') throw DomainError.conflict(`This link expired ${UNSUBSCRIBE_LINK_DAYS} days after its e-mail; turn e-mails off in your profile`);
      await turnOffMail(manager, row.member_id, preference);
      await markUnsubscribeTokenUsed(manager, hash(token), this.clock.now());
      return preference;
    });
  }

  /** Forgets the tokens that have expired. Run by the maintenance job. */
  pruneExpired(): Promise<number> {
    return deleteUnsubscribeTokensBefore(this.dataSource.manager, new Date(this.clock.now().getTime() - LINK_LIFETIME_MS));
  }

  private stateOf(row: UnsubscribeTokenRow): UnsubscribeLinkState {
    if (row.used_at) return 'USED';
    return this.clock.now().getTime() - row.created_at.getTime() > LINK_LIFETIME_MS ? 'EXPIRED' : 'USABLE';
  }
}
