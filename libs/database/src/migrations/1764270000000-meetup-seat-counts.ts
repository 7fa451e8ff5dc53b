import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Seats taken and the waitlist's length kept on the meetup row by a trigger on `rsvps`, so a
 * list of meetups shows its counts without aggregating every RSVP of every date (the counts were
 * the most expensive statement of the home page query). Seat decisions still count the RSVPs
 * themselves, under the meetup's row lock; every change to `rsvps` takes that row too, so the
 * counters change in the same order as the RSVPs do.
 */
export class MeetupSeatCounts1764270000000 implements MigrationInterface {
  name = 'MeetupSeatCounts1764270000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE meetups ADD COLUMN going_count integer NOT NULL DEFAULT 0, ADD COLUMN waitlist_count integer NOT NULL DEFAULT 0`);
    await db.query(`
      CREATE FUNCTION rsvps_count_seats() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' AND OLD.status IN ('GOING', 'WAITLISTED') THEN
          UPDATE meetups SET
            going_count = going_count - CASE WHEN OLD.status = 'GOING' THEN 1 + OLD.guests ELSE 0 END,
            waitlist_count = waitlist_count - CASE WHEN OLD.status = 'WAITLISTED' THEN 1 ELSE 0 END
          WHERE id = OLD.meetup_id;
        END IF;
        IF TG_OP <> 'DELETE' AND NEW.status IN ('GOING', 'WAITLISTED') THEN
          UPDATE meetups SET
            going_count = going_count + CASE WHEN NEW.status = 'GOING' THEN 1 + NEW.guests ELSE 0 END,
            waitlist_count = waitlist_count + CASE WHEN NEW.status = 'WAITLISTED' THEN 1 ELSE 0 END
          WHERE id = NEW.meetup_id;
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`CREATE TRIGGER rsvps_count_seats_insert_delete AFTER INSERT OR DELETE ON rsvps FOR EACH ROW EXECUTE FUNCTION rsvps_count_seats()`);
    await db.query(`
      CREATE TRIGGER rsvps_count_seats_update AFTER UPDATE ON rsvps FOR EACH ROW
      WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.guests IS DISTINCT FROM NEW.guests OR OLD.meetup_id IS DISTINCT FROM NEW.meetup_id)
      EXECUTE FUNCTION rsvps_count_seats()`);
    await db.query(`
      UPDATE meetups m SET going_count = c.going, waitlist_count = c.waitlisted
      FROM (
        SELECT meetup_id, coalesce(sum(1 + guests) FILTER (WHERE status = 'GOING'), 0)::int AS going, count(*) FILTER (WHERE status = 'WAITLISTED')::int AS waitlisted
        FROM rsvps GROUP BY meetup_id
      ) c
      WHERE c.meetup_id = m.id`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER rsvps_count_seats_update ON rsvps`);
    await db.query(`DROP TRIGGER rsvps_count_seats_insert_delete ON rsvps`);
    await db.query(`DROP FUNCTION rsvps_count_seats()`);
    await db.query(`ALTER TABLE meetups DROP COLUMN going_count, DROP COLUMN waitlist_count`);
  }
}
