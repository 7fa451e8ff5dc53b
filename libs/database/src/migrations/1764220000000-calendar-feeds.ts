import { MigrationInterface, QueryRunner } from 'typeorm';

/** Private calendar feed tokens (only their hash is stored) and iCalendar SEQUENCE for assignments. */
export class CalendarFeeds1764220000000 implements MigrationInterface {
  name = 'CalendarFeeds1764220000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE members ADD COLUMN calendar_token_hash text`);
    await db.query(`ALTER TABLE members ADD COLUMN calendar_token_version integer NOT NULL DEFAULT 1`);
    await db.query(`CREATE UNIQUE INDEX members_calendar_token_hash_key ON members (calendar_token_hash) WHERE calendar_token_hash IS NOT NULL`);
    await db.query(`ALTER TABLE assignments ADD COLUMN sequence integer NOT NULL DEFAULT 0`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE assignments DROP COLUMN sequence`);
    await db.query(`DROP INDEX members_calendar_token_hash_key`);
    await db.query(`ALTER TABLE members DROP COLUMN calendar_token_version, DROP COLUMN calendar_token_hash`);
  }
}
