import { EntityManager } from 'typeorm';

export interface DeliveryRecord {
  id: string;
  key: string;
  memberId: string | null;
  kind: string;
  meetupId: string | null;
  status: 'PENDING' | 'SENT' | 'FAILED' | 'SKIPPED';
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

/**
 * Takes the delivery of `key`, creating it on first use, and locks it until the caller's
 * transaction ends: a second worker with the same key waits here, then finds it settled.
 */
export async function claimDelivery(
  db: EntityManager,
  delivery: { key: string; memberId: string | null; kind: string; meetupId: string | null },
  now: Date,
): Promise<{ id: string; status: DeliveryRecord['status']; attempts: number; next_attempt_at: Date | null }> {
  await db.query(`INSERT INTO deliveries (key, member_id, kind, meetup_id, created_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (key) DO NOTHING`, [
    delivery.key,
    delivery.memberId,
    delivery.kind,
    delivery.meetupId,
    now,
  ]);
  const [row] = await db.query('SELECT id, status, attempts, next_attempt_at FROM deliveries WHERE key = $1 FOR UPDATE', [delivery.key]);
  return row;
}

export async function markDeliverySkipped(db: EntityManager, id: string): Promise<void> {
  await db.query(`UPDATE deliveries SET status = 'SKIPPED' WHERE id = $1`, [id]);
}

export async function markDeliverySent(db: EntityManager, id: string, at: Date, messageId: string | null): Promise<void> {
  await db.query(`UPDATE deliveries SET status = 'SENT', sent_at = $2, message_id = $3, attempts = attempts + 1 WHERE id = $1`, [id, at, messageId]);
}

export async function markDeliveryAttempt(
  db: EntityManager,
  id: string,
  attempt: { attempts: number; lastError: string; status: 'FAILED' | 'PENDING'; nextAttemptAt: Date },
): Promise<void> {
  await db.query(`UPDATE deliveries SET attempts = $2::int, last_error = $3, status = $4, next_attempt_at = $5 WHERE id = $1`, [
    id,
    attempt.attempts,
    attempt.lastError,
    attempt.status,
    attempt.nextAttemptAt,
  ]);
}

export async function deliveryAttemptOf(db: EntityManager, key: string): Promise<{ attempts: number; lastError: string | null; nextAttemptAt: Date | null }> {
  const [row] = await db.query('SELECT attempts, last_error, next_attempt_at FROM deliveries WHERE key = $1', [key]);
  return { attempts: row.attempts, lastError: row.last_error ?? null, nextAttemptAt: row.next_attempt_at ?? null };
}

export async function listDeliveries(
  db: EntityManager,
  filter: { meetupId?: string | null; memberId?: string | null },
  limit: number,
): Promise<DeliveryRecord[]> {
  const rows: Record<string, unknown>[] = await db.query(
    `SELECT id, key, member_id, kind, meetup_id, status, attempts, last_error, created_at, sent_at FROM deliveries
     WHERE ($1::uuid IS NULL OR meetup_id = $1) AND ($2::uuid IS NULL OR member_id = $2)
     ORDER BY created_at DESC, id LIMIT $3`,
    [filter.meetupId ?? null, filter.memberId ?? null, limit],
  );
  return rows.map((r) => ({
    id: r.id as string,
    key: r.key as string,
    memberId: (r.member_id as string) ?? null,
    kind: r.kind as string,
    meetupId: (r.meetup_id as string) ?? null,
    status: r.status as DeliveryRecord['status'],
    attempts: r.attempts as number,
    lastError: (r.last_error as string) ?? null,
    createdAt: r.created_at as Date,
    sentAt: (r.sent_at as Date) ?? null,
  }));
}
