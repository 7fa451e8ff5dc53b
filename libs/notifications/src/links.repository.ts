import { EntityManager } from 'typeorm';

/** Links in e-mails: unsubscribe tokens (only their hash is kept) and the one-click RSVP links already used. */

export async function addUnsubscribeToken(db: EntityManager, tokenHash: string, memberId: string, preference: string, at: Date): Promise<void> {
  await db.query('INSERT INTO unsubscribe_tokens (token_hash, member_id, kind, created_at) VALUES ($1, $2, $3, $4)', [tokenHash, memberId, preference, at]);
}

export interface UnsubscribeTokenRow {
  member_id: string;
  kind: string;
  created_at: Date;
  used_at: Date | null;
}

/** What an unsubscribe token is for, made when, used when; locked until the transaction ends with `forUpdate`. */
export async function findUnsubscribeToken(db: EntityManager, tokenHash: string, forUpdate = false): Promise<UnsubscribeTokenRow | null> {
  const [row] = await db.query(`SELECT member_id, kind, created_at, used_at FROM unsubscribe_tokens WHERE token_hash = $1${forUpdate ? ' FOR UPDATE' : ''}`, [
    tokenHash,
  ]);
  return row ?? null;
}

export async function markUnsubscribeTokenUsed(db: EntityManager, tokenHash: string, at: Date): Promise<void> {
  await db.query('UPDATE unsubscribe_tokens SET used_at = coalesce(used_at, $2) WHERE token_hash = $1', [tokenHash, at]);
}

/** Forgets unsubscribe tokens made before `before` (they have expired): how many. */
export async function deleteUnsubscribeTokensBefore(db: EntityManager, before: Date): Promise<number> {
  const result: [unknown, number] = await db.query('DELETE FROM unsubscribe_tokens WHERE created_at < $1', [before]);
  return result[1];
}

export async function isLinkUsed(db: EntityManager, tokenHash: string): Promise<boolean> {
  const rows: unknown[] = await db.query('SELECT 1 FROM used_links WHERE token_hash = $1', [tokenHash]);
  return rows.length > 0;
}

/** Marks a one-click link used, once: false when it was used already (or concurrently). */
export async function claimLink(db: EntityManager, tokenHash: string, at: Date): Promise<boolean> {
  const rows: unknown[] = await db.query('INSERT INTO used_links (token_hash, used_at) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING token_hash', [
    tokenHash,
    at,
  ]);
  return rows.length > 0;
}

/** Gives a link back (its answer was refused): it stays usable while it is valid. */
export async function releaseLink(db: EntityManager, tokenHash: string): Promise<void> {
  await db.query('DELETE FROM used_links WHERE token_hash = $1', [tokenHash]);
}
