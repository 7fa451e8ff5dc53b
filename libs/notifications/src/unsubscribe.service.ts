import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { Clock, DomainError } from '@app/core';
import { NOTIFICATION_KINDS, NotificationPreferences, emailOfActiveMember, holdActiveMember, turnOffMail } from '@app/members';
import { addUnsubscribeToken, findUnsubscribeToken, markUnsubscribeTokenUsed } from './links.repository';

function hash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * One-click unsubscribe (RFC 8058): each e-mail carries a random token (stored hashed) that
 * turns that kind of mail off for its member, without signing in. Using it again is harmless.
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

  /** What the token would turn off, for the confirmation page; null when unknown. */
  async describe(token: string): Promise<{ preference: keyof NotificationPreferences; email: string } | null> {
    if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
    const row = await findUnsubscribeToken(this.dataSource.manager, hash(token));
    const email = row ? await emailOfActiveMember(this.dataSource.manager, row.member_id) : null;
    return row && email ? { preference: row.kind as keyof NotificationPreferences, email } : null;
  }

  async unsubscribe(token: string): Promise<keyof NotificationPreferences> {
    if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) throw DomainError.notFound('Unsubscribe link');
    return this.dataSource.transaction(async (manager) => {
      // A member who deleted their account has no links left (they are deleted with it; this is the second lock).
      const row = await findUnsubscribeToken(manager, hash(token), true);
      if (!row || !(await holdActiveMember(manager, row.member_id))) throw DomainError.notFound('Unsubscribe link');
      const preference = row.kind as keyof NotificationPreferences;
      if (!NOTIFICATION_KINDS.includes(preference)) throw DomainError.notFound('Unsubscribe link');
      await turnOffMail(manager, row.member_id, preference);
      await markUnsubscribeTokenUsed(manager, hash(token), this.clock.now());
      return preference;
    });
  }
}
