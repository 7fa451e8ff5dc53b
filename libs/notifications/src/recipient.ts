import { EntityManager } from 'typeorm';
import { Member, NotificationPreferences, effectivePreferences } from '@app/members';

/** The member an outbox message is for, or null when they are gone or turned this kind of mail off. */
export async function recipientFor(manager: EntityManager, memberId: string | null, preference: keyof NotificationPreferences): Promise<Member | null> {
  const member = memberId ? await manager.getRepository(Member).findOneBy({ id: memberId }) : null;
  return member && effectivePreferences(member)[preference] ? member : null;
}
