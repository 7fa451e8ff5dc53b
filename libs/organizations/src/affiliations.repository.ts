import { EntityManager, In } from 'typeorm';
import { Affiliation, AffiliationRole, AffiliationStatus } from './affiliation.entity';

/** A member's affiliation, locked until the transaction ends (two decisions on one request take turns). */
export function lockAffiliation(db: EntityManager, memberId: string): Promise<Affiliation | null> {
  return db.getRepository(Affiliation).createQueryBuilder('a').setLock('pessimistic_write').where('a.member_id = :memberId', { memberId }).getOne();
}

export function affiliationOf(db: EntityManager, memberId: string): Promise<Affiliation | null> {
  return db.getRepository(Affiliation).findOneBy({ memberId });
}

export function affiliationsOfMembers(db: EntityManager, memberIds: readonly string[]): Promise<Affiliation[]> {
  return db.getRepository(Affiliation).findBy({ memberId: In([...memberIds]) });
}

/** A new request: replaces whatever the member had (another organisation's request or confirmation). */
export async function writeRequest(db: EntityManager, memberId: string, organizationId: string, at: Date): Promise<void> {
  await db.query(
    `INSERT INTO affiliations (member_id, organization_id, status, role, requested_at) VALUES ($1, $2, 'PENDING', 'MEMBER', $3)
     ON CONFLICT (member_id) DO UPDATE SET organization_id = EXCLUDED.organization_id, status = 'PENDING', role = 'MEMBER',
       requested_at = EXCLUDED.requested_at, confirmed_at = NULL, confirmed_by = NULL`,
    [memberId, organizationId, at],
  );
}

/** Confirms a request (or changes a confirmed member's role): the first confirmation's time and author stay. */
export async function writeConfirmation(db: EntityManager, memberId: string, role: AffiliationRole, at: Date, by: string): Promise<void> {
  await db.query(
    `UPDATE affiliations SET status = 'CONFIRMED', role = $2, confirmed_at = coalesce(confirmed_at, $3), confirmed_by = coalesce(confirmed_by, $4)
     WHERE member_id = $1`,
    [memberId, role, at, by],
  );
}

export async function deleteAffiliation(db: EntityManager, memberId: string): Promise<void> {
  await db.query('DELETE FROM affiliations WHERE member_id = $1', [memberId]);
}

/** An organisation's affiliations (of one status, or all): administrators first, then by name order of request. */
export function affiliationsOfOrganization(db: EntityManager, organizationId: string, status: AffiliationStatus | null): Promise<Affiliation[]> {
  const query = db
    .getRepository(Affiliation)
    .createQueryBuilder('a')
    .where('a.organization_id = :organizationId', { organizationId })
    .orderBy('a.role', 'ASC')
    .addOrderBy('a.requested_at', 'ASC')
    .addOrderBy('a.member_id', 'ASC');
  if (status) query.andWhere('a.status = :status', { status });
  return query.getMany();
}

/** Requests waiting for a decision, oldest first: of the given organisations, or of all (`null`). */
export function pendingAffiliations(db: EntityManager, organizationIds: readonly string[] | null, limit: number): Promise<Affiliation[]> {
  const query = db
    .getRepository(Affiliation)
    .createQueryBuilder('a')
    .where(`a.status = 'PENDING'`)
    .orderBy('a.requested_at', 'ASC')
    .addOrderBy('a.member_id', 'ASC')
    .limit(limit);
  if (organizationIds) query.andWhere('a.organization_id = ANY(:organizationIds)', { organizationIds: [...organizationIds] });
  return query.getMany();
}

/** The organisation a member speaks for: confirmed affiliations only. */
export async function confirmedOrganizationOf(db: EntityManager, memberId: string): Promise<string | null> {
  const [row]: { organization_id: string }[] = await db.query(`SELECT organization_id FROM affiliations WHERE member_id = $1 AND status = 'CONFIRMED'`, [
    memberId,
  ]);
  return row?.organization_id ?? null;
}

/** The members an organisation confirmed. */
export async function confirmedMembersOf(db: EntityManager, organizationId: string): Promise<string[]> {
  const rows: { member_id: string }[] = await db.query(`SELECT member_id FROM affiliations WHERE organization_id = $1 AND status = 'CONFIRMED'`, [
    organizationId,
  ]);
  return rows.map((r) => r.member_id);
}

/** The organisations of which the member is a confirmed administrator. */
export async function organizationsAdministeredBy(db: EntityManager, memberId: string): Promise<string[]> {
  const rows: { organization_id: string }[] = await db.query(
    `SELECT organization_id FROM affiliations WHERE member_id = $1 AND status = 'CONFIRMED' AND role = 'ADMIN'`,
    [memberId],
  );
  return rows.map((r) => r.organization_id);
}
