import { EntityManager } from 'typeorm';
import { IssueStatus } from './issue.entity';

/** Locks an issue's row until the caller's transaction ends; null when there is no such issue. */
export async function lockIssue(db: EntityManager, issueId: string): Promise<{ id: string; status: IssueStatus } | null> {
  const [row]: { id: string; status: IssueStatus }[] = await db.query('SELECT id, status FROM issues WHERE id = $1 FOR UPDATE', [issueId]);
  return row ?? null;
}

export async function issueStatusOf(db: EntityManager, issueId: string): Promise<IssueStatus | null> {
  const [row]: { status: IssueStatus }[] = await db.query('SELECT status FROM issues WHERE id = $1', [issueId]);
  return row?.status ?? null;
}

/** How many of the ids given name issues. */
export async function countIssuesAmong(db: EntityManager, ids: readonly string[]): Promise<number> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return 0;
  const [{ n }] = await db.query('SELECT count(*)::int AS n FROM issues WHERE id = ANY($1)', [unique]);
  return n;
}

/** Who follows the issues given: their submitters and supporters. */
export async function followersOfIssues(db: EntityManager, issueIds: readonly string[]): Promise<string[]> {
  if (issueIds.length === 0) return [];
  const rows: { member_id: string }[] = await db.query(
    `SELECT submitter_id AS member_id FROM issues WHERE id = ANY($1) UNION SELECT member_id FROM issue_supports WHERE issue_id = ANY($1)`,
    [[...issueIds]],
  );
  return rows.map((r) => r.member_id);
}
