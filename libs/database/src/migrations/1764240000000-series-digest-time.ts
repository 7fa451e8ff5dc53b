import { MigrationInterface, QueryRunner } from 'typeorm';

/** When a series sends its weekly digest, in its own time zone (default Thursday 17:00). */
export class SeriesDigestTime1764240000000 implements MigrationInterface {
  name = 'SeriesDigestTime1764240000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE meetup_series ADD COLUMN digest_weekday integer NOT NULL DEFAULT 4 CHECK (digest_weekday BETWEEN 1 AND 7)`);
    await db.query(`ALTER TABLE meetup_series ADD COLUMN digest_time text NOT NULL DEFAULT '17:00' CHECK (digest_time ~ '^([01][0-9]|2[0-3]):00$')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE meetup_series DROP COLUMN digest_time, DROP COLUMN digest_weekday`);
  }
}
