import { EntityManager } from 'typeorm';
import { queryRows } from '@app/database';
import { IssueStatus, OPEN_STATUSES } from './issue.entity';
import { IssueEvent, toIssueEvent } from './issue-timeline';

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

/** A member supports an issue, once: the new count, or null when they supported it already. */
export async function addSupport(db: EntityManager, issueId: string, memberId: string, at: Date): Promise<number | null> {
  const inserted: unknown[] = await db.query(
    'INSERT INTO issue_supports (issue_id, member_id, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING issue_id',
    [issueId, memberId, at],
  );
  if (inserted.length === 0) return null;
  const [{ support_count }] = await queryRows<{ support_count: number }>(
    db,
    'UPDATE issues SET support_count = support_count + 1 WHERE id = $1 RETURNING support_count',
    [issueId],
  );
  return support_count;
}

/** A member withdraws their support (nothing when they gave none). */
export async function removeSupport(db: EntityManager, issueId: string, memberId: string): Promise<void> {
  const deleted = await queryRows(db, 'DELETE FROM issue_supports WHERE issue_id = $1 AND member_id = $2 RETURNING issue_id', [issueId, memberId]);
  if (deleted.length > 0) await db.query('UPDATE issues SET support_count = support_count - 1 WHERE id = $1', [issueId]);
}

/** A duplicate's supports follow it to the original (a member who supported both counts once): how many moved. */
export async function moveSupports(db: EntityManager, fromIssueId: string, toIssueId: string): Promise<number> {
  const moved: unknown[] = await db.query(
    `INSERT INTO issue_supports (issue_id, member_id, created_at)
     SELECT $1, member_id, created_at FROM issue_supports WHERE issue_id = $2
     ON CONFLICT DO NOTHING RETURNING member_id`,
    [toIssueId, fromIssueId],
  );
  await db.query('UPDATE issues SET support_count = support_count + $2 WHERE id = $1', [toIssueId, moved.length]);
  return moved.length;
}

/** Visible open issues whose titles resemble `words`, most alike first. */
export async function similarOpenIssueIds(db: EntityManager, words: string, limit: number): Promise<string[]> {
  const rows: { id: string }[] = await db.query(
    `SELECT i.id FROM issues i
     WHERE immutable_unaccent(lower($1)) <% i.title_folded
       AND i.hidden_at IS NULL AND i.status = ANY($2)
     ORDER BY word_similarity(immutable_unaccent(lower($1)), i.title_folded) DESC, i.support_count DESC
     LIMIT $3`,
    [words, [...OPEN_STATUSES], limit],
  );
  return rows.map((r) => r.id);
}

/** The timeline events of the issues given, in order. */
export async function issueEventsOf(db: EntityManager, issueIds: readonly string[]): Promise<IssueEvent[]> {
  const rows: Record<string, unknown>[] = await db.query('SELECT * FROM issue_events WHERE issue_id = ANY($1) ORDER BY at, id', [[...issueIds]]);
  return rows.map(toIssueEvent);
}

/** Of the issues given, those `memberId` supports. */
export async function supportedAmong(db: EntityManager, memberId: string, issueIds: readonly string[]): Promise<Set<string>> {
  const rows: { issue_id: string }[] = await db.query('SELECT issue_id FROM issue_supports WHERE member_id = $1 AND issue_id = ANY($2)', [
    memberId,
    [...issueIds],
  ]);
  return new Set(rows.map((r) => r.issue_id));
}

/** The issues given and the duplicates merged into them, with their submitters, oldest first. */
export async function submittersWithDuplicates(
  db: EntityManager,
  issueIds: readonly string[],
): Promise<{ id: string; submitter_id: string; duplicate_of_id: string | null }[]> {
  return db.query(`SELECT id, submitter_id, duplicate_of_id FROM issues WHERE id = ANY($1) OR duplicate_of_id = ANY($1) ORDER BY created_at, id`, [
    [...issueIds],
  ]);
}

/** What the visibility policy needs of each issue given (absent: no such issue). */
export async function issueVisibilityStates(
  db: EntityManager,
  issueIds: readonly string[],
): Promise<Map<string, { hiddenAt: Date | null; submitterId: string }>> {
  const unique = [...new Set(issueIds)];
  if (unique.length === 0) return new Map();
  const rows: { id: string; hidden_at: Date | null; submitter_id: string }[] = await db.query(
    'SELECT id, hidden_at, submitter_id FROM issues WHERE id = ANY($1)',
    [unique],
  );
  return new Map(rows.map((row) => [row.id, { hiddenAt: row.hidden_at, submitterId: row.submitter_id }]));
}

/**
 * Records that an issue reached a number of supports, once per issue and number: supports
 * withdrawn and given again do not repeat it (a unique index holds it). True when recorded now.
 */
export async function recordSupportMilestoneOnce(db: EntityManager, issueId: string, supportCount: number, at: Date): Promise<boolean> {
  const rows: unknown[] = await db.query(
    `INSERT INTO issue_events (issue_id, type, actor_id, note, data, at) VALUES ($1, 'SUPPORT_MILESTONE', NULL, NULL, jsonb_build_object('supportCount', $2::int), $3)
     ON CONFLICT (issue_id, ((data->>'supportCount')::int)) WHERE type = 'SUPPORT_MILESTONE' DO NOTHING RETURNING id`,
    [issueId, supportCount, at],
  );
  return rows.length > 0;
}
