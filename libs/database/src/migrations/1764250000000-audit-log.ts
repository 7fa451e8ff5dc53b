import { MigrationInterface, QueryRunner } from 'typeorm';

/** Organizer and admin actions with actor, time, and before/after. */
export class AuditLog1764250000000 implements MigrationInterface {
  name = 'AuditLog1764250000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        actor_id uuid REFERENCES members (id) ON DELETE SET NULL,
        action text NOT NULL,
        target_type text NOT NULL,
        target_id text NOT NULL,
        before jsonb,
        after jsonb,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX audit_log_at_idx ON audit_log (at DESC, id DESC)`);
    await db.query(`CREATE INDEX audit_log_target_idx ON audit_log (target_type, target_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE audit_log`);
  }
}
