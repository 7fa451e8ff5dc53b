import { EntityManager } from 'typeorm';
import { NotificationPreferences, ReachableMember, effectivePreferences, findMemberRow, isReachable } from '@app/members';

/**
 * The member an outbox message is for, or null when they are gone, deleted their account, or
 * turned this kind of mail off. `preference` null: an answer to something the member asked for
 * themself (their request to speak for an organisation), which no preference turns off.
 */
export async function recipientFor(
  manager: EntityManager,
  memberId: string | null,
  preference: keyof NotificationPreferences | null,
): Promise<ReachableMember | null> {
  const member = memberId ? await findMemberRow(manager, memberId) : null;
  return member && isReachable(member) && (preference === null || effectivePreferences(member)[preference]) ? member : null;
}
