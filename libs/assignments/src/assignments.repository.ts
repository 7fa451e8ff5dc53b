import { EntityManager } from 'typeorm';

/**
 * Work given to a member who leaves becomes the organisation's: it shows as unassigned, and the
 * calendar feeds that list it change (SEQUENCE).
 */
export async function unassignMember(db: EntityManager, memberId: string, at: Date): Promise<void> {
  await db.query('UPDATE assignments SET assignee_id = NULL, sequence = sequence + 1, updated_at = $2 WHERE assignee_id = $1', [memberId, at]);
}

/** Whether every id given names an assignment. */
export async function assignmentsExist(db: EntityManager, ids: readonly string[]): Promise<boolean> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return true;
  const [{ n }] = await db.query('SELECT count(*)::int AS n FROM assignments WHERE id = ANY($1)', [unique]);
  return n === unique.length;
}
