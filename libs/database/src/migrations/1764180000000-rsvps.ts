import { MigrationInterface, QueryRunner } from 'typeorm';

/** RSVPs with a waitlist, standing RSVPs, attendance, the RSVP cutoff, and the outbox. */
export class Rsvps1764180000000 implements MigrationInterface {
  name = 'Rsvps1764180000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE meetup_series ADD COLUMN rsvp_cutoff_minutes integer NOT NULL DEFAULT 0 CHECK (rsvp_cutoff_minutes BETWEEN 0 AND 20160)`);

    await db.query(`
      CREATE TABLE rsvps (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meetup_id uuid NOT NULL REFERENCES meetups (id),
        member_id uuid NOT NULL REFERENCES members (id) ON DELETE CASCADE,
        status text NOT NULL CHECK (status IN ('GOING','WAITLISTED','NOT_GOING')),
        guests integer NOT NULL DEFAULT 0 CHECK (guests BETWEEN 0 AND 20),
        waitlisted_at timestamptz,
        from_standing boolean NOT NULL DEFAULT false,
        responded_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT rsvps_meetup_member_key UNIQUE (meetup_id, member_id),
        CONSTRAINT rsvps_waitlist_time CHECK ((status = 'WAITLISTED') = (waitlisted_at IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX rsvps_meetup_status_idx ON rsvps (meetup_id, status, waitlisted_at, id)`);
    await db.query(`CREATE INDEX rsvps_member_idx ON rsvps (member_id)`);

    await db.query(`
      CREATE TABLE standing_rsvps (
        series_id uuid NOT NULL REFERENCES meetup_series (id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES members (id) ON DELETE CASCADE,
        guests integer NOT NULL DEFAULT 0 CHECK (guests BETWEEN 0 AND 20),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (series_id, member_id)
      )`);

    await db.query(`
      CREATE TABLE attendances (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meetup_id uuid NOT NULL REFERENCES meetups (id),
        member_id uuid NOT NULL REFERENCES members (id) ON DELETE CASCADE,
        checked_in_at timestamptz NOT NULL,
        checked_in_by uuid REFERENCES members (id) ON DELETE SET NULL,
        method text NOT NULL CHECK (method IN ('ORGANIZER','SELF_CODE')),
        CONSTRAINT attendances_meetup_member_key UNIQUE (meetup_id, member_id)
      )`);

    await db.query(`
      CREATE TABLE outbox (
        id bigserial PRIMARY KEY,
        kind text NOT NULL,
        member_id uuid REFERENCES members (id) ON DELETE CASCADE,
        payload jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        processed_at timestamptz
      )`);
    await db.query(`CREATE INDEX outbox_pending_idx ON outbox (id) WHERE processed_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE outbox`);
    await db.query(`DROP TABLE attendances`);
    await db.query(`DROP TABLE standing_rsvps`);
    await db.query(`DROP TABLE rsvps`);
    await db.query(`ALTER TABLE meetup_series DROP COLUMN rsvp_cutoff_minutes`);
  }
}
