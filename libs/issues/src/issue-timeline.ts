import { EntityManager } from 'typeorm';

/** What can happen to an issue; each is a line of its timeline. */
export type IssueEventType =
  | 'SUBMITTED'
  | 'EDITED'
  | 'SUPPORT_MILESTONE'
  | 'PLACED_ON_AGENDA'
  | 'STATUS_CHANGED'
  | 'HIDDEN'
  | 'UNHIDDEN'
  | 'DUPLICATE_MERGED'
  | 'DECISION'
  | 'ASSIGNMENT_CREATED'
  | 'PROGRESS_REPORTED'
  | 'RESOLUTION_PROPOSED'
  | 'RESOLVED';

export interface IssueEvent {
  id: string;
  issueId: string;
  type: IssueEventType;
  actorId: string | null;
  note: string | null;
  data: Record<string, unknown>;
  at: Date;
}

/**
 * Appends an event to an issue's timeline, in the caller's transaction. Other features
 * (minutes, assignments) record theirs through this function too.
 */
export async function recordIssueEvent(
  manager: EntityManager,
  event: { issueId: string; type: IssueEventType; actorId: string | null; note?: string | null; data?: Record<string, unknown>; at: Date },
): Promise<void> {
  await manager.query('INSERT INTO issue_events (issue_id, type, actor_id, note, data, at) VALUES ($1, $2, $3, $4, $5, $6)', [
    event.issueId,
    event.type,
    event.actorId,
    event.note ?? null,
    JSON.stringify(event.data ?? {}),
    event.at,
  ]);
}

export function toIssueEvent(row: Record<string, unknown>): IssueEvent {
  return {
    id: String(row.id),
    issueId: row.issue_id as string,
    type: row.type as IssueEventType,
    actorId: (row.actor_id as string) ?? null,
    note: (row.note as string) ?? null,
    data: (row.data as Record<string, unknown>) ?? {},
    at: row.at as Date,
  };
}
