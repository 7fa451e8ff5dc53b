import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminders before each date (minutes before the start, per series; default 19:00 the evening
 * before an 08:00 start and one hour before) and the questions a series asks at RSVP, with each
 * member's answers kept on their RSVP in the same order.
 */
export class RemindersQuestions1764300000000 implements MigrationInterface {
  name = 'RemindersQuestions1764300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE meetup_series ADD COLUMN reminder_minutes_before integer[] NOT NULL DEFAULT '{780,60}'`);
    await db.query(`ALTER TABLE meetup_series ADD COLUMN registration_questions text[] NOT NULL DEFAULT '{}'`);
    await db.query(`ALTER TABLE rsvps ADD COLUMN answers text[] NOT NULL DEFAULT '{}'`);
    // Progress news gathers a day's reports per issue: found by when they were written.
    await db.query(`CREATE INDEX assignment_updates_at_idx ON assignment_updates (at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX assignment_updates_at_idx`);
    await db.query(`ALTER TABLE rsvps DROP COLUMN answers`);
    await db.query(`ALTER TABLE meetup_series DROP COLUMN registration_questions`);
    await db.query(`ALTER TABLE meetup_series DROP COLUMN reminder_minutes_before`);
  }
}
