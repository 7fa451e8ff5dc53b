import { EntityManager } from 'typeorm';

export interface OutboxMessage {
  /** What happened, e.g. `rsvp.confirmed`, `rsvp.promoted`. */
  kind: string;
  /** Who is to hear of it. */
  memberId: string | null;
  payload: Record<string, unknown>;
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
