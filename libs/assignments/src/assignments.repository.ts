import { DataSource, EntityManager } from 'typeorm';
import { ListQuery } from '@app/database';
import { ACTIVE_ASSIGNMENT_STATUSES, AssignmentStatus, AssignmentUpdate } from './assignment.entity';

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

export async function addCoordinators(db: EntityManager, assignmentId: string, organizationIds: readonly string[]): Promise<void> {
  if (organizationIds.length === 0) return;
  await db.query('INSERT INTO assignment_coordinators (assignment_id, organization_id) SELECT $1, unnest($2::uuid[])', [assignmentId, [...organizationIds]]);
}

/** What an assignment depends on, replaced by `dependsOn`. */
export async function replaceDependencies(db: EntityManager, assignmentId: string, dependsOn: readonly string[]): Promise<void> {
  await db.query('DELETE FROM assignment_dependencies WHERE assignment_id = $1', [assignmentId]);
  if (dependsOn.length === 0) return;
  await db.query('INSERT INTO assignment_dependencies (assignment_id, depends_on_id) SELECT $1, unnest($2::uuid[])', [assignmentId, [...dependsOn]]);
}

/** One change of the dependency graph at a time, until the transaction ends: two edits cannot close a cycle together. */
export async function lockDependencyGraph(db: EntityManager): Promise<void> {
  await db.query('SELECT pg_advisory_xact_lock(7310415021)');
}

/** Whether `assignmentId` can be reached from `dependsOn` through the dependencies: depending on them would close a cycle. */
export async function reachesBack(db: EntityManager, assignmentId: string, dependsOn: readonly string[]): Promise<boolean> {
  if (dependsOn.length === 0) return false;
  const rows: unknown[] = await db.query(
    `WITH RECURSIVE reach(id) AS (
       SELECT unnest($2::uuid[])
       UNION SELECT d.depends_on_id FROM assignment_dependencies d JOIN reach r ON d.assignment_id = r.id
     ) SELECT 1 FROM reach WHERE id = $1 LIMIT 1`,
    [assignmentId, [...dependsOn]],
  );
  return rows.length > 0;
}

/** The titles of what an assignment depends on that is not settled yet. */
export async function unsettledDependencies(db: EntityManager, assignmentId: string, settled: readonly AssignmentStatus[]): Promise<string[]> {
  const rows: { title: string }[] = await db.query(
    `SELECT a.title FROM assignment_dependencies d JOIN assignments a ON a.id = d.depends_on_id WHERE d.assignment_id = $1 AND a.status <> ALL($2)`,
    [assignmentId, [...settled]],
  );
  return rows.map((r) => r.title);
}

export async function addProgressUpdate(
  db: EntityManager,
  update: { assignmentId: string; authorId: string; note: string | null; status: AssignmentStatus; progressPercent: number; at: Date },
): Promise<void> {
  await db.query('INSERT INTO assignment_updates (assignment_id, author_id, note, status, progress_percent, at) VALUES ($1, $2, $3, $4, $5, $6)', [
    update.assignmentId,
    update.authorId,
    update.note,
    update.status,
    update.progressPercent,
    update.at,
  ]);
}

export async function coordinatorsOf(db: EntityManager, assignmentIds: readonly string[]): Promise<{ assignment_id: string; organization_id: string }[]> {
  return db.query('SELECT assignment_id, organization_id FROM assignment_coordinators WHERE assignment_id = ANY($1) ORDER BY organization_id', [
    [...assignmentIds],
  ]);
}

export async function dependenciesAmong(db: EntityManager, assignmentIds: readonly string[]): Promise<{ assignment_id: string; depends_on_id: string }[]> {
  return db.query('SELECT assignment_id, depends_on_id FROM assignment_dependencies WHERE assignment_id = ANY($1) ORDER BY depends_on_id', [
    [...assignmentIds],
  ]);
}

export function toUpdate(row: Record<string, unknown>): AssignmentUpdate {
  return {
    id: row.id as string,
    assignmentId: row.assignment_id as string,
    authorId: (row.author_id as string) ?? null,
    note: (row.note as string) ?? null,
    status: row.status as AssignmentStatus,
    progressPercent: row.progress_percent as number,
    at: row.at as Date,
  };
}

export async function progressUpdatesOf(db: EntityManager, assignmentIds: readonly string[]): Promise<AssignmentUpdate[]> {
  const rows: Record<string, unknown>[] = await db.query('SELECT * FROM assignment_updates WHERE assignment_id = ANY($1) ORDER BY at, id', [
    [...assignmentIds],
  ]);
  return rows.map(toUpdate);
}

/** An issue's assignments not cancelled, and how many of them are done. */
export async function doneOfIssue(db: EntityManager, issueId: string): Promise<{ active: number; done: number }> {
  const [counts] = await db.query(
    `SELECT count(*) FILTER (WHERE status <> 'CANCELLED')::int AS active, count(*) FILTER (WHERE status = 'DONE')::int AS done FROM assignments WHERE issue_id = $1`,
    [issueId],
  );
  return counts;
}

/** Whether any assignment came from one of these decisions. */
export async function anyFromDecisions(db: EntityManager, decisionIds: readonly string[]): Promise<boolean> {
  if (decisionIds.length === 0) return false;
  const rows: unknown[] = await db.query('SELECT 1 FROM assignments WHERE decision_id = ANY($1) LIMIT 1', [[...decisionIds]]);
  return rows.length > 0;
}

/** What a list of assignments is narrowed to, checked by the service. */
export interface AssignmentListCriteria {
  /** The lead or a coordinating organisation. */
  organizationId: string | null;
  status: AssignmentStatus | null;
  issueId: string | null;
  dueBefore: string | null;
  /** Only the overdue (true) or only the others (false), as of `today` in Huế. */
  overdue: boolean | null;
  today: string;
}

/** A page of assignment ids by due date, after the cursor (due date, id); `count` counts the filters alone. */
export async function assignmentPage(
  dataSource: DataSource,
  criteria: AssignmentListCriteria,
  first: number,
  after: { dueOn: string; id: string } | null,
): Promise<{ rows: { id: string; due_on: string }[]; count: () => Promise<number> }> {
  const q = new ListQuery();
  if (criteria.organizationId) {
    const org = q.param(criteria.organizationId);
    q.filter(
      `(a.lead_organization_id = ${org} OR EXISTS (SELECT 1 FROM assignment_coordinators c WHERE c.assignment_id = a.id AND c.organization_id = ${org}))`,
    );
  }
  if (criteria.status) q.filter(`a.status = ${q.param(criteria.status)}`);
  if (criteria.issueId) q.filter(`a.issue_id = ${q.param(criteria.issueId)}`);
  if (criteria.dueBefore) q.filter(`a.due_on < ${q.param(criteria.dueBefore)}`);
  if (criteria.overdue !== null) {
    const overdue = `a.status = ANY(${q.param([...ACTIVE_ASSIGNMENT_STATUSES])}) AND a.due_on < ${q.param(criteria.today)}`;
    q.filter(criteria.overdue ? overdue : `NOT (${overdue})`);
  }
  const counting = q.countSql('FROM assignments a');
  if (after) q.after(`(a.due_on, a.id) > (${q.param(after.dueOn)}, ${q.param(after.id)})`);
  const rows: { id: string; due_on: string }[] = await dataSource.query(
    `SELECT a.id, a.due_on FROM assignments a ${q.where} ORDER BY a.due_on, a.id LIMIT ${q.limit(first)}`,
    q.params,
  );
  return { rows, count: async () => (await dataSource.query(counting.sql, counting.params))[0].total as number };
}
