import { EntityManager } from 'typeorm';

/** A decision still in its minutes, with the date it was taken at and whether those minutes are published. */
export async function currentDecision(db: EntityManager, decisionId: string): Promise<{ id: string; meetupId: string; published: boolean } | null> {
  const [row]: { id: string; meetup_id: string; status: string }[] = await db.query(
    `SELECT d.id, m.meetup_id, m.status FROM decisions d JOIN minutes m ON m.id = d.minutes_id WHERE d.id = $1 AND d.removed_in_version IS NULL`,
    [decisionId],
  );
  return row ? { id: row.id, meetupId: row.meetup_id, published: row.status === 'PUBLISHED' } : null;
}
