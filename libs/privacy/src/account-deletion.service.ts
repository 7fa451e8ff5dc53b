import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor, Clock, DomainError } from '@app/core';
import { queryRows, recordAudit } from '@app/database';
import { NOTIFICATION_KINDS } from '@app/members';
import { RsvpsService } from '@app/rsvps';

/** Every kind of mail off: an erased member has no address, but nothing should even try. */
const ALL_MAIL_OFF = Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, false]));

/**
 * A member deletes their own account (Decree 13/2023: the right to erasure). In one transaction
 * their personal data goes at once — name, e-mail, organisation, preferences, sign-in links,
 * sessions, the calendar feed, unsubscribe links, RSVPs (freed seats go to the waitlist), standing
 * RSVPs, series they organised, assignments given to them, and mail not yet sent or the record
 * of mail sent — while what they gave the community stays: issues, comments, supports,
 * attendance and the minutes that list them, shown as from a former member. The member row
 * stays as that anonymous author. The audit log keeps the act, without the erased data.
 */
@Injectable()
export class AccountDeletionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rsvps: RsvpsService,
    private readonly clock: Clock,
  ) {}

  async deleteOwnAccount(actor: Actor, confirmEmail: string): Promise<void> {
    if (typeof confirmEmail !== 'string' || confirmEmail.trim() === '') throw DomainError.badInput('confirmEmail', 'type the e-mail address of your account to confirm');
    await this.dataSource.transaction(async (manager) => {
      // Locked: two deletions (or a deletion and a sign-in upsert of the same address) take turns.
      const [member]: { id: string; email: string | null; erased_at: Date | null }[] = await manager.query(
        'SELECT id, email, erased_at FROM members WHERE id = $1 FOR UPDATE',
        [actor.memberId],
      );
      if (!member || member.erased_at || member.email === null) throw DomainError.unauthenticated();
      if (confirmEmail.trim().toLowerCase() !== member.email) {
        throw DomainError.badInput('confirmEmail', 'does not match the e-mail address of your account');
      }
      const now = this.clock.now();

      const { withdrawn } = await this.rsvps.withdrawAllOf(manager, member.id);
      await manager.query('DELETE FROM meetup_series_organizers WHERE member_id = $1', [member.id]);
      // Work still to do is the organisation's: it shows as unassigned, and the calendar feeds that list it change.
      await manager.query('UPDATE assignments SET assignee_id = NULL, sequence = sequence + 1, updated_at = $2 WHERE assignee_id = $1', [member.id, now]);
      await manager.query('DELETE FROM sign_in_tokens WHERE email = $1', [member.email]);
      await manager.query('DELETE FROM rate_limit_counters WHERE key = $1', [`sign-in:address:${member.email}`]);
      await manager.query('DELETE FROM unsubscribe_tokens WHERE member_id = $1', [member.id]);
      // Mail not sent yet is cancelled (and the record of mail sent goes); a worker sending one
      // right now holds its row, and this waits for it.
      const outbox = await queryRows<{ pending: boolean }>(manager, 'DELETE FROM outbox WHERE member_id = $1 RETURNING processed_at IS NULL AND failed_at IS NULL AS pending', [
        member.id,
      ]);
      await manager.query('DELETE FROM deliveries WHERE member_id = $1', [member.id]);
      await manager.query(
        `UPDATE members SET name = NULL, email = NULL, erased_at = $2, role = 'MEMBER', organization_id = NULL, locale = 'vi',
                notification_preferences = $3::jsonb, calendar_token_hash = NULL, calendar_token_version = calendar_token_version + 1,
                session_version = session_version + 1, updated_at = $2
         WHERE id = $1`,
        [member.id, now, JSON.stringify(ALL_MAIL_OFF)],
      );
      // What happened and how much, never who they were.
      await recordAudit(manager, {
        actorId: member.id,
        action: 'member.delete',
        targetType: 'member',
        targetId: member.id,
        after: { erased: true, rsvpsWithdrawn: withdrawn, pendingMailCancelled: outbox.filter((row) => row.pending).length },
        at: now,
      });
    });
  }
}
