import { MigrationInterface, QueryRunner } from 'typeorm';

/** Retries with backoff for outbox messages whose delivery failed, and a final failed state. */
export class OutboxDelivery1764190000000 implements MigrationInterface {
  name = 'OutboxDelivery1764190000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE outbox ADD COLUMN attempts integer NOT NULL DEFAULT 0`);
    await db.query(`ALTER TABLE outbox ADD COLUMN next_attempt_at timestamptz`);
    await db.query(`ALTER TABLE outbox ADD COLUMN last_error text`);
    await db.query(`ALTER TABLE outbox ADD COLUMN failed_at timestamptz`);
    await db.query(`DROP INDEX outbox_pending_idx`);
    await db.query(`CREATE INDEX outbox_pending_idx ON outbox (kind, id) WHERE processed_at IS NULL AND failed_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX outbox_pending_idx`);
    await db.query(`CREATE INDEX outbox_pending_idx ON outbox (id) WHERE processed_at IS NULL`);
    await db.query(`ALTER TABLE outbox DROP COLUMN failed_at, DROP COLUMN last_error, DROP COLUMN next_attempt_at, DROP COLUMN attempts`);
  }
}
