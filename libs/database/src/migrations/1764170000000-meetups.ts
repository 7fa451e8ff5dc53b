import { MigrationInterface, QueryRunner } from 'typeorm';

/** Meetup series, their dates, and agendas. */
export class Meetups1764170000000 implements MigrationInterface {
  name = 'Meetups1764170000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE meetup_series (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        description text CHECK (length(description) <= 10000),
        host_organization_id uuid REFERENCES organizations (id) ON DELETE SET NULL,
        recurrence text NOT NULL,
        timezone text NOT NULL,
        start_time text NOT NULL CHECK (start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
        duration_minutes integer NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),
        starts_on date NOT NULL,
        ends_on date CHECK (ends_on >= starts_on),
        venue text,
        venue_address text,
        online_url text,
        capacity integer CHECK (capacity > 0),
        visibility text NOT NULL DEFAULT 'PUBLIC' CHECK (visibility IN ('PUBLIC','MEMBERS')),
        skip_dates date[] NOT NULL DEFAULT '{}',
        guest_limit integer NOT NULL DEFAULT 2 CHECK (guest_limit BETWEEN 0 AND 20),
        created_by uuid REFERENCES members (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE meetup_series_organizers (
        series_id uuid NOT NULL REFERENCES meetup_series (id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES members (id) ON DELETE CASCADE,
        PRIMARY KEY (series_id, member_id)
      )`);
    await db.query(`CREATE INDEX meetup_series_organizers_member_idx ON meetup_series_organizers (member_id)`);

    await db.query(`
      CREATE TABLE meetups (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        series_id uuid NOT NULL REFERENCES meetup_series (id),
        original_date date NOT NULL,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        description text CHECK (length(description) <= 10000),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        timezone text NOT NULL,
        venue text,
        venue_address text,
        online_url text,
        capacity integer CHECK (capacity > 0),
        status text NOT NULL DEFAULT 'SCHEDULED' CHECK (status IN ('SCHEDULED','CANCELLED')),
        cancellation_reason text,
        cancelled_by_schedule boolean NOT NULL DEFAULT false,
        overrides text[] NOT NULL DEFAULT '{}',
        sequence integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT meetups_series_original_date_key UNIQUE (series_id, original_date),
        CONSTRAINT meetups_ends_after_start CHECK (ends_at > starts_at)
      )`);
    await db.query(`CREATE INDEX meetups_starts_at_idx ON meetups (starts_at, id)`);
    await db.query(`CREATE INDEX meetups_series_starts_at_idx ON meetups (series_id, starts_at, id)`);

    await db.query(`
      CREATE TABLE agenda_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meetup_id uuid NOT NULL REFERENCES meetups (id),
        position integer NOT NULL CHECK (position > 0),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
        presenter text CHECK (length(presenter) <= 200),
        duration_minutes integer CHECK (duration_minutes BETWEEN 1 AND 1440),
        issue_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT agenda_items_position_key UNIQUE (meetup_id, position) DEFERRABLE INITIALLY DEFERRED
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE agenda_items`);
    await db.query(`DROP TABLE meetups`);
    await db.query(`DROP TABLE meetup_series_organizers`);
    await db.query(`DROP TABLE meetup_series`);
  }
}
