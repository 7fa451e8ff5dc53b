import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The waitlist's order is the order of the seat decisions, taken under the meetup's row lock:
 * an RSVP row draws the next number of one sequence when it is written (the column's default),
 * and draws again when it joins a waitlist, while the decision holds that lock; so a later
 * decision always stands behind an earlier one (the clock read before the lock could sort them
 * the other way, and equal instants fell back to the random id). Existing waitlists keep the
 * order they had.
 */
export class WaitlistOrder1764600000000 implements MigrationInterface {
  name = 'WaitlistOrder1764600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE SEQUENCE rsvps_waitlist_seq`);
    await db.query(`ALTER TABLE rsvps ADD COLUMN waitlist_seq bigint NOT NULL DEFAULT nextval('rsvps_waitlist_seq')`);
    await db.query(`ALTER SEQUENCE rsvps_waitlist_seq OWNED BY rsvps.waitlist_seq`);
    await db.query(`
      UPDATE rsvps r SET waitlist_seq = o.seq
      FROM (SELECT id, nextval('rsvps_waitlist_seq') AS seq FROM (SELECT id FROM rsvps WHERE status = 'WAITLISTED' ORDER BY waitlisted_at, id) w) o
      WHERE o.id = r.id`);
    await db.query(`CREATE INDEX rsvps_waitlist_idx ON rsvps (meetup_id, waitlist_seq) WHERE status = 'WAITLISTED'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX rsvps_waitlist_idx`);
    await db.query(`ALTER TABLE rsvps DROP COLUMN waitlist_seq`);
  }
}
