import { MigrationInterface, QueryRunner } from 'typeorm';

/** E-mail deliveries recorded before sending (exactly once), unsubscribe tokens, used one-click links. */
export class Deliveries1764230000000 implements MigrationInterface {
  name = 'Deliveries1764230000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- member + kind + subject, e.g. digest:<member>:2026-W48 or outbox:<id>
        key text NOT NULL,
        member_id uuid REFERENCES members (id) ON DELETE CASCADE,
        kind text NOT NULL,
        meetup_id uuid REFERENCES meetups (id),
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING','SENT','FAILED','SKIPPED')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz,
        last_error text,
        message_id text,
        created_at timestamptz NOT NULL,
        sent_at timestamptz,
        CONSTRAINT deliveries_key UNIQUE (key)
      )`);
    await db.query(`CREATE INDEX deliveries_member_idx ON deliveries (member_id, created_at DESC)`);
    await db.query(`CREATE INDEX deliveries_meetup_idx ON deliveries (meetup_id, created_at DESC) WHERE meetup_id IS NOT NULL`);
    await db.query(`CREATE INDEX deliveries_retry_idx ON deliveries (next_attempt_at) WHERE status = 'PENDING'`);
    await db.query(`
      CREATE TABLE unsubscribe_tokens (
        token_hash text PRIMARY KEY,
        member_id uuid NOT NULL REFERENCES members (id) ON DELETE CASCADE,
        kind text NOT NULL,
        created_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await db.query(`
      CREATE TABLE used_links (
        token_hash text PRIMARY KEY,
        used_at timestamptz NOT NULL
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE used_links`);
    await db.query(`DROP TABLE unsubscribe_tokens`);
    await db.query(`DROP TABLE deliveries`);
  }
}
