import { DataSource, EntityManager } from 'typeorm';
import { EntityRows, queryPrepared } from '@app/database';
import { Role } from '@app/core';
import { Member } from './member.entity';

/**
 * Holds a member who has not deleted their account until the caller's transaction ends (FOR
 * SHARE): a deletion, which locks the row for update, waits for it, and a change made for a member
 * being deleted finds them gone instead of leaving rows behind. False when there is no such member.
 */
export async function holdActiveMember(db: EntityManager, memberId: string): Promise<boolean> {
  const rows: unknown[] = await db.query('SELECT 1 FROM members WHERE id = $1 AND erased_at IS NULL FOR SHARE', [memberId]);
  return rows.length > 0;
}

/** The member's id and role if they exist and have not deleted their account. */
export async function activeMemberRole(db: EntityManager, memberId: string): Promise<{ id: string; role: Role } | null> {
  const [row]: { id: string; role: Role }[] = await db.query('SELECT id, role FROM members WHERE id = $1 AND erased_at IS NULL', [memberId]);
  return row ?? null;
}

/** Of the ids given, those of members who have not deleted their account, with their roles. */
export async function activeMembersAmong(db: EntityManager, ids: readonly string[]): Promise<{ id: string; role: Role }[]> {
  if (ids.length === 0) return [];
  return db.query('SELECT id, role FROM members WHERE id = ANY($1) AND erased_at IS NULL', [[...ids]]);
}

/** How many of the ids given name members (deleted accounts included: their rows stay). */
export async function countMembersAmong(db: EntityManager, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const [{ n }] = await db.query('SELECT count(*)::int AS n FROM members WHERE id = ANY($1)', [[...ids]]);
  return n;
}

/** Locks a member's row for a change to the account itself (two deletions, or a deletion and a sign-in, take turns). */
export async function lockMemberAccount(db: EntityManager, memberId: string): Promise<{ id: string; email: string | null; erasedAt: Date | null } | null> {
  const [row]: { id: string; email: string | null; erased_at: Date | null }[] = await db.query(
    'SELECT id, email, erased_at FROM members WHERE id = $1 FOR UPDATE',
    [memberId],
  );
  return row ? { id: row.id, email: row.email, erasedAt: row.erased_at } : null;
}

/**
 * What is left of a member who deleted their account: an anonymous row that still authors what
 * they gave the community. Name, address, organisation and preferences go; every session and the
 * calendar feed's address stop working.
 */
export async function eraseMemberRow(db: EntityManager, memberId: string, at: Date, mailOff: Record<string, boolean>): Promise<void> {
  await db.query(
    `UPDATE members SET name = NULL, email = NULL, erased_at = $2, role = 'MEMBER', locale = 'vi',
            notification_preferences = $3::jsonb, calendar_token_hash = NULL, calendar_token_version = calendar_token_version + 1,
            session_version = session_version + 1, updated_at = $2
     WHERE id = $1`,
    [memberId, at, JSON.stringify(mailOff)],
  );
}

/** Registers the hash of a member's calendar-feed token, unless the token was replaced meanwhile. */
export async function registerCalendarTokenHash(db: EntityManager, memberId: string, hash: string, version: number): Promise<void> {
  await db.query('UPDATE members SET calendar_token_hash = $2 WHERE id = $1 AND calendar_token_version = $3', [memberId, hash, version]);
}

/** A new calendar-feed token for the member: the old address stops working at once. */
export async function rotateCalendarToken(db: EntityManager, memberId: string): Promise<void> {
  await db.query('UPDATE members SET calendar_token_version = calendar_token_version + 1, calendar_token_hash = NULL WHERE id = $1', [memberId]);
}

/** The address of a member who has not deleted their account. */
export async function emailOfActiveMember(db: EntityManager, memberId: string): Promise<string | null> {
  const [row]: { email: string | null }[] = await db.query('SELECT email FROM members WHERE id = $1 AND erased_at IS NULL', [memberId]);
  return row?.email ?? null;
}

/** Turns one kind of mail off for a member (an unsubscribe link). */
export async function turnOffMail(db: EntityManager, memberId: string, preference: string): Promise<void> {
  await db.query(`UPDATE members SET notification_preferences = notification_preferences || jsonb_build_object($2::text, false) WHERE id = $1`, [
    memberId,
    preference,
  ]);
}

/** One member, as the entity (in the caller's transaction). */
export function findMemberRow(db: EntityManager, memberId: string): Promise<Member | null> {
  return db.getRepository(Member).findOneBy({ id: memberId });
}

/**
 * The member of an address, made on first use, in one statement (two sign-ins at once cannot make
 * two); `role` ADMIN raises an existing member to ADMIN, never lowers one. Returns the member's id.
 */
export async function upsertMemberByEmail(db: EntityManager, email: string, name: string, role: 'ADMIN' | 'MEMBER'): Promise<string> {
  const rows: { id: string }[] = await db.query(
    `INSERT INTO members (email, name, role) VALUES ($1, $2, $3)
     ON CONFLICT (email) DO UPDATE SET role = CASE WHEN $3 = 'ADMIN' THEN 'ADMIN' ELSE members.role END,
                                        updated_at = CASE WHEN $3 = 'ADMIN' AND members.role <> 'ADMIN' THEN now() ELSE members.updated_at END
     RETURNING id`,
    [email, name, role],
  );
  return rows[0].id;
}

/** One member by id, as a prepared statement: it runs for every authenticated request. */
export async function findMemberPrepared(dataSource: DataSource, rows: EntityRows<Member>, id: string): Promise<Member | null> {
  const [row] = await queryPrepared(dataSource, `SELECT ${rows.select('m')} FROM members m WHERE m.id = $1`, [id]);
  return row ? (rows.read(row) as Member) : null;
}
