import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor, Clock, DomainError } from '@app/core';
import { deleteSignInTokensFor } from '@app/auth';
import { unassignMember } from '@app/assignments';
import { clearRateLimit, deleteOutboxOf, recordAudit } from '@app/database';
import { removeOrganizerEverywhere } from '@app/meetups';
import { NOTIFICATION_KINDS, eraseMemberRow, lockMemberAccount } from '@app/members';
import { deleteMailRecordsOf } from '@app/notifications';
import { AffiliationsService } from '@app/organizations';
import { RsvpsService } from '@app/rsvps';

/** Every kind of mail off: an erased member has no address, but nothing should even try. */
const ALL_MAIL_OFF = Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, false]));

/**
 * A member deletes their own account (Decree 13/2023: the right to erasure). In one transaction
 * their personal data goes at once — name, e-mail, affiliation with an organisation, preferences, sign-in links,
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
    private readonly affiliations: AffiliationsService,
  ) {}

  async deleteOwnAccount(actor: Actor, confirmEmail: string): Promise<void> {
    if (typeof confirmEmail !== 'string' || confirmEmail.trim() === '')
      throw DomainError.badInput('confirmEmail', 'type the e-mail address of your account to confirm');
    await this.dataSource.transaction(async (manager) => {
      // Locked: two deletions (or a deletion and a sign-in upsert of the same address) take turns.
      const member = await lockMemberAccount(manager, actor.memberId);
      if (!member || member.erasedAt || member.email === null) throw DomainError.unauthenticated();
      if (confirmEmail.trim().toLowerCase() !== member.email) {
        throw DomainError.badInput('confirmEmail', 'does not match the e-mail address of your account');
      }
      const now = this.clock.now();

      const { withdrawn } = await this.rsvps.withdrawAllOf(manager, member.id);
      await removeOrganizerEverywhere(manager, member.id);
      await this.affiliations.forgetMember(manager, member.id);
      await unassignMember(manager, member.id, now);
      await deleteSignInTokensFor(manager, member.email);
      await clearRateLimit(manager, `sign-in:address:${member.email}`);
      // Mail not sent yet is cancelled (and the record of mail sent goes); a worker sending one
      // right now holds its row, and this waits for it.
      const pendingMailCancelled = await deleteOutboxOf(manager, member.id);
      await deleteMailRecordsOf(manager, member.id);
      await eraseMemberRow(manager, member.id, now, ALL_MAIL_OFF);
      // What happened and how much, never who they were.
      await recordAudit(manager, {
        actorId: member.id,
        action: 'member.delete',
        targetType: 'member',
        targetId: member.id,
        after: { erased: true, rsvpsWithdrawn: withdrawn, pendingMailCancelled },
        at: now,
      });
    });
  }
}
