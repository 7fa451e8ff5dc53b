import { EntityManager } from 'typeorm';

/**
 * Work given to a member who leaves becomes the organisation's: it shows as unassigned, and the
 * calendar feeds that list it change (SEQUENCE).
 */
export async function unassignMember(db: EntityManager, memberId: string, at: Date): Promise<void> {
  await db.query('UPDATE assignments SET assignee_id = NULL, sequence = sequence + 1, updated_at = $2 WHERE assignee_id = $1', [memberId, at]);
}
