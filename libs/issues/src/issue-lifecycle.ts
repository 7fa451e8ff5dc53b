import { EntityManager } from 'typeorm';
import { DomainError } from '@app/core';
import { recordAudit } from '@app/database';
import { IssueStatus } from './issue.entity';
import { IssueEventType, recordIssueEvent } from './issue-timeline';

/**
 * The lifecycle: SUBMITTED → ON_AGENDA → DISCUSSED → ASSIGNED → RESOLVED, an issue not settled
 * at a meetup carried to the next (back to ON_AGENDA), and DECLINED / DUPLICATE from any open
 * status. ON_AGENDA → ASSIGNED is allowed: a meeting may give an organisation work on an issue
 * before its minutes are published (the assignment then names the issue; the minutes follow).
 */
export const ISSUE_TRANSITIONS: Readonly<Record<IssueStatus, readonly IssueStatus[]>> = {
  SUBMITTED: ['ON_AGENDA', 'DECLINED', 'DUPLICATE'],
  ON_AGENDA: ['ON_AGENDA', 'SUBMITTED', 'DISCUSSED', 'ASSIGNED', 'DECLINED', 'DUPLICATE'],
  DISCUSSED: ['ON_AGENDA', 'ASSIGNED', 'RESOLVED', 'DECLINED', 'DUPLICATE'],
  ASSIGNED: ['DISCUSSED', 'RESOLVED', 'DECLINED', 'DUPLICATE'],
  RESOLVED: [],
  DECLINED: [],
  DUPLICATE: [],
};

export function canMoveIssue(from: IssueStatus, to: IssueStatus): boolean {
  return ISSUE_TRANSITIONS[from].includes(to);
}

/**
 * The statuses an organizer may set with `setIssueStatus` from `from`: the lifecycle's, less
 * ON_AGENDA, which only putting the issue on a meetup's agenda (`scheduleIssue`) sets.
 */
export function nextIssueStatuses(from: IssueStatus): IssueStatus[] {
  return ISSUE_TRANSITIONS[from].filter((to) => to !== 'ON_AGENDA');
}

export interface IssueMove {
  to: IssueStatus;
  actorId: string | null;
  at: Date;
  /** The timeline's line for this step; STATUS_CHANGED (RESOLVED for a resolution) unless said. */
  event?: IssueEventType;
  note?: string | null;
  /** Added to the event's data (which always holds `from` and `to`) and to the audit entry. */
  data?: Record<string, unknown>;
  /** Written with the status: the official response, the original of a duplicate. */
  fields?: { officialResponse?: string | null; duplicateOfId?: string | null };
  /** Move only from these statuses; from any other the issue stays as it is and null is returned. */
  onlyFrom?: readonly IssueStatus[];
}

/**
 * The one writer of an issue's status. In the caller's transaction it locks the issue, checks
 * the transition against ISSUE_TRANSITIONS (a refused one is a CONFLICT), writes the status, and
 * records the step on the issue's timeline and in the audit log. Every feature that moves an
 * issue (organizers, agendas, published minutes, assignments) goes through here.
 */
export async function moveIssue(manager: EntityManager, issueId: string, move: IssueMove): Promise<{ from: IssueStatus; to: IssueStatus } | null> {
  const [issue]: { status: IssueStatus }[] = await manager.query('SELECT status FROM issues WHERE id = $1 FOR UPDATE', [issueId]);
  if (!issue) throw DomainError.notFound('Issue', issueId);
  const from = issue.status;
  if (move.onlyFrom && !move.onlyFrom.includes(from)) return null;
  if (!canMoveIssue(from, move.to)) throw DomainError.conflict(`An issue that is ${from} cannot become ${move.to}`);
  const fields = move.fields ?? {};
  await manager.query(
    `UPDATE issues SET status = $2, updated_at = $3,
       official_response = CASE WHEN $4::boolean THEN $5 ELSE official_response END,
       duplicate_of_id = CASE WHEN $6::boolean THEN $7::uuid ELSE duplicate_of_id END
     WHERE id = $1`,
    [
      issueId,
      move.to,
      move.at,
      fields.officialResponse !== undefined,
      fields.officialResponse ?? null,
      fields.duplicateOfId !== undefined,
      fields.duplicateOfId ?? null,
    ],
  );
  const data = { from, to: move.to, ...(move.data ?? {}) };
  await recordIssueEvent(manager, {
    issueId,
    type: move.event ?? (move.to === 'RESOLVED' ? 'RESOLVED' : 'STATUS_CHANGED'),
    actorId: move.actorId,
    note: move.note ?? null,
    data,
    at: move.at,
  });
  await recordAudit(manager, {
    actorId: move.actorId,
    action: 'issue.status',
    targetType: 'issue',
    targetId: issueId,
    before: { status: from },
    after: { status: move.to, ...(move.note ? { note: move.note } : {}), ...(move.data ?? {}) },
    at: move.at,
  });
  return { from, to: move.to };
}
