import { EntityManager } from 'typeorm';

/** A deleted member's unsubscribe links and the record of mail sent to them go. */
export async function deleteMailRecordsOf(db: EntityManager, memberId: string): Promise<void> {
  await db.query('DELETE FROM unsubscribe_tokens WHERE member_id = $1', [memberId]);
  await db.query('DELETE FROM deliveries WHERE member_id = $1', [memberId]);
}
