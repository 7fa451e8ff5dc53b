import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who speaks for an organisation. A member's organisation used to be a column of their profile
 * that anyone could set, and it gave power over the organisation at once. It becomes an
 * affiliation: a request (PENDING) until an organizer or an administrator of the organisation
 * confirms it (CONFIRMED, as MEMBER or ADMIN). Every organisation a profile named becomes a
 * pending request, asked when the profile last changed; nothing is confirmed by this migration.
 *
 * Supports get a verification: those recorded by organizers count as verified; those recorded by
 * members (whose affiliation was never confirmed) stay, marked unverified, and the programme's
 * targets leave them out until an organizer or the organisation confirms them.
 *
 * A comment remembers the organisation it answered for: written by a confirmed member of the
 * organisation an issue is addressed to, it is that organisation's answer (kept as it was when
 * written, whatever later happens to the affiliation).
 */
export class Affiliations1764700000000 implements MigrationInterface {
  name = 'Affiliations1764700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE affiliations (
        member_id uuid PRIMARY KEY REFERENCES members (id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'CONFIRMED')),
        role text NOT NULL DEFAULT 'MEMBER' CHECK (role IN ('MEMBER', 'ADMIN')),
        requested_at timestamptz NOT NULL DEFAULT now(),
        confirmed_at timestamptz,
        confirmed_by uuid REFERENCES members (id) ON DELETE SET NULL,
        CHECK ((status = 'CONFIRMED') = (confirmed_at IS NOT NULL)),
        CHECK (role = 'MEMBER' OR status = 'CONFIRMED')
      )`);
    await db.query(`CREATE INDEX affiliations_organization_idx ON affiliations (organization_id, status)`);
    await db.query(`CREATE INDEX affiliations_pending_idx ON affiliations (requested_at, member_id) WHERE status = 'PENDING'`);
    await db.query(`
      INSERT INTO affiliations (member_id, organization_id, status, requested_at)
      SELECT id, organization_id, 'PENDING', updated_at FROM members WHERE organization_id IS NOT NULL AND erased_at IS NULL`);
    await db.query(`DROP INDEX IF EXISTS members_organization_id_idx`);
    await db.query(`ALTER TABLE members DROP COLUMN organization_id`);

    await db.query(`ALTER TABLE supports ADD COLUMN verified_at timestamptz, ADD COLUMN verified_by uuid REFERENCES members (id) ON DELETE SET NULL`);
    await db.query(`
      UPDATE supports s SET verified_at = s.created_at, verified_by = s.recorded_by
      FROM members m WHERE m.id = s.recorded_by AND m.role IN ('ORGANIZER', 'ADMIN')`);
    await db.query(`CREATE INDEX supports_unverified_idx ON supports (created_at) WHERE verified_at IS NULL`);
    await db.query(`ALTER TABLE issue_comments ADD COLUMN on_behalf_of_id uuid REFERENCES organizations (id) ON DELETE SET NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE issue_comments DROP COLUMN on_behalf_of_id`);
    await db.query(`DROP INDEX supports_unverified_idx`);
    await db.query(`ALTER TABLE supports DROP COLUMN verified_at, DROP COLUMN verified_by`);
    await db.query(`ALTER TABLE members ADD COLUMN organization_id uuid REFERENCES organizations (id) ON DELETE SET NULL`);
    await db.query(`UPDATE members m SET organization_id = a.organization_id FROM affiliations a WHERE a.member_id = m.id`);
    await db.query(`CREATE INDEX members_organization_id_idx ON members (organization_id)`);
    await db.query(`DROP TABLE affiliations`);
  }
}
