import { EntityManager } from 'typeorm';
import { OrganizationKind } from './organization.entity';

/** Whether every id given names an organisation. */
export async function organizationsExist(db: EntityManager, ids: readonly string[]): Promise<boolean> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return true;
  const [{ n }] = await db.query('SELECT count(*)::int AS n FROM organizations WHERE id = ANY($1)', [unique]);
  return n === unique.length;
}

/** An organisation's kind, or null when there is no such organisation. */
export async function organizationKind(db: EntityManager, id: string): Promise<OrganizationKind | null> {
  const [row]: { kind: OrganizationKind }[] = await db.query('SELECT kind FROM organizations WHERE id = $1', [id]);
  return row?.kind ?? null;
}

/** Whether another organisation (than `exceptId`) already has this name, whatever its case. */
export async function organizationNameTaken(db: EntityManager, name: string, exceptId: string | null): Promise<boolean> {
  const rows: unknown[] = await db.query('SELECT 1 FROM organizations WHERE lower(name) = lower($1) AND ($2::uuid IS NULL OR id <> $2::uuid)', [
    name,
    exceptId,
  ]);
  return rows.length > 0;
}

/** An organisation's name, or null when there is no such organisation. */
export async function organizationName(db: EntityManager, id: string): Promise<string | null> {
  const [row]: { name: string }[] = await db.query('SELECT name FROM organizations WHERE id = $1', [id]);
  return row?.name ?? null;
}
