import { EntityManager } from 'typeorm';

/** How many visible comments each consultation has (only those with any). */
export async function visibleCommentCounts(db: EntityManager, consultationIds: readonly string[]): Promise<Map<string, number>> {
  const rows: { consultation_id: string; n: number }[] = await db.query(
    `SELECT consultation_id, count(*)::int AS n FROM consultation_comments WHERE consultation_id = ANY($1) AND hidden_at IS NULL GROUP BY consultation_id`,
    [[...consultationIds]],
  );
  return new Map(rows.map((row) => [row.consultation_id, row.n]));
}
