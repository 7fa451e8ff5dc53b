import { EntityManager } from 'typeorm';
import { queryRows } from './sql';

/**
 * Every kind of outbox message and what its payload holds. A message is written in the same
 * transaction as the change that causes it and turned into an e-mail by the notifications
 * feature's composer for its kind.
 */
export interface OutboxPayloads {
  'rsvp.confirmed': { meetupId: string; rsvpId: string; status: string };
  'rsvp.promoted': { meetupId: string; rsvpId: string };
  'meetup.changed': { meetupId: string };
  'meetup.cancelled': { meetupId: string };
  'minutes.published': { meetupId: string; minutesId: string; version: number };
  'assignment.given': { assignmentId: string };
  'deadline.soon': { assignmentId: string };
  'deadline.missed': { assignmentId: string };
  'issue.status': { issueId: string; from: string; to: string };
  'consultation.response': { commentId: string; accepted: boolean };
  /** An answer to a member's request to speak for an organisation, or the end of their affiliation. */
  'affiliation.decided': { organizationId: string; decision: 'CONFIRMED' | 'DECLINED' | 'ENDED'; role: 'MEMBER' | 'ADMIN' | null };
}

export type OutboxKind = keyof OutboxPayloads;

export const OUTBOX_KINDS = [
  'rsvp.confirmed',
  'rsvp.promoted',
  'meetup.changed',
  'meetup.cancelled',
  'minutes.published',
  'assignment.given',
  'deadline.soon',
  'deadline.missed',
  'issue.status',
  'consultation.response',
  'affiliation.decided',
] as const satisfies readonly OutboxKind[];

/** One message: its kind, who is to hear of it, and the payload its kind carries. */
export type OutboxMessage = { [K in OutboxKind]: { kind: K; memberId: string | null; payload: OutboxPayloads[K] } }[OutboxKind];

/** A message as stored, waiting to be delivered. */
export type OutboxRow = { [K in OutboxKind]: { id: string; kind: K; member_id: string | null; payload: OutboxPayloads[K]; attempts: number } }[OutboxKind];

export function isOutboxKind(kind: string): kind is OutboxKind {
  return (OUTBOX_KINDS as readonly string[]).includes(kind);
}

/**
 * Records a side effect (an e-mail to send) in the same transaction as the change that causes
 * it: if the change rolls back, so does the message; if it commits, the message is kept until
 * a worker delivers it.
 */
export async function enqueueOutbox(manager: EntityManager, messages: OutboxMessage[]): Promise<void> {
  if (messages.length === 0) return;
  await manager.query(
    `INSERT INTO outbox (kind, member_id, payload)
     SELECT m.kind, m.member_id, m.payload FROM jsonb_to_recordset($1::jsonb) AS m(kind text, member_id uuid, payload jsonb)`,
    [JSON.stringify(messages.map((m) => ({ kind: m.kind, member_id: m.memberId, payload: m.payload })))],
  );
}

/**
 * For a statement that makes a change and its messages at once (a data-modifying WITH): the
 * statement that inserts one message of `kind` per row of `source`, to `memberColumn`, with the
 * payload `payloadSql` (a jsonb expression over the source's columns, with the keys of the
 * kind's payload).
 */
export function outboxInsertFromSql<K extends OutboxKind>(kind: K, source: string, memberColumn: string, payloadSql: string): string {
  return `INSERT INTO outbox (kind, member_id, payload) SELECT '${kind}', ${memberColumn}, ${payloadSql} FROM ${source}`;
}

/** The oldest message of these kinds that is due and that no other worker holds, locked until the transaction ends. */
export async function takeDueOutboxMessage(manager: EntityManager, kinds: readonly OutboxKind[], now: Date): Promise<OutboxRow | null> {
  const [row]: OutboxRow[] = await manager.query(
    `SELECT id, kind, member_id, payload, attempts FROM outbox
     WHERE processed_at IS NULL AND failed_at IS NULL AND kind = ANY($1) AND (next_attempt_at IS NULL OR next_attempt_at <= $2)
     ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED`,
    [[...kinds], now],
  );
  return row ?? null;
}

export async function markOutboxProcessed(manager: EntityManager, id: string, at: Date): Promise<void> {
  await manager.query('UPDATE outbox SET processed_at = $2, attempts = attempts + 1 WHERE id = $1', [id, at]);
}

/** Tried and to be tried again at `nextAttemptAt`, or given up (`failedAt`). */
export async function markOutboxAttempt(
  manager: EntityManager,
  id: string,
  attempt: { attempts: number; lastError: string | null; nextAttemptAt?: Date | null; failedAt?: Date | null },
): Promise<void> {
  await manager.query(
    `UPDATE outbox SET attempts = $2::int, last_error = $3,
       next_attempt_at = CASE WHEN $4::boolean THEN $5::timestamptz ELSE next_attempt_at END,
       failed_at = CASE WHEN $6::boolean THEN $7::timestamptz ELSE failed_at END
     WHERE id = $1`,
    [
      id,
      attempt.attempts,
      attempt.lastError,
      attempt.nextAttemptAt !== undefined,
      attempt.nextAttemptAt ?? null,
      attempt.failedAt !== undefined,
      attempt.failedAt ?? null,
    ],
  );
}

/** Whether a message of `kind` about `assignmentId` was ever written for a member (deadline reminders go once). */
export function outboxHasSql(memberColumn: string, kindSql: string, payloadKey: string, valueSql: string): string {
  return `EXISTS (SELECT 1 FROM outbox o WHERE o.member_id = ${memberColumn} AND o.kind = ${kindSql} AND o.payload->>'${payloadKey}' = ${valueSql})`;
}

/** A member's messages not delivered yet (their data export). */
export async function pendingOutboxOf(manager: EntityManager, memberId: string): Promise<{ kind: string; created_at: Date }[]> {
  return manager.query('SELECT kind, created_at FROM outbox WHERE member_id = $1 AND processed_at IS NULL AND failed_at IS NULL ORDER BY id', [memberId]);
}

/** A deleted member's messages go; how many were still waiting. */
export async function deleteOutboxOf(manager: EntityManager, memberId: string): Promise<number> {
  const rows = await queryRows<{ pending: boolean }>(
    manager,
    'DELETE FROM outbox WHERE member_id = $1 RETURNING processed_at IS NULL AND failed_at IS NULL AS pending',
    [memberId],
  );
  return rows.filter((r) => r.pending).length;
}
