import { MigrationInterface, QueryRunner } from 'typeorm';

/** Minutes with versions and decisions; assignments with coordinators, dependencies and progress. */
export class MinutesAssignments1764210000000 implements MigrationInterface {
  name = 'MinutesAssignments1764210000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE minutes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meetup_id uuid NOT NULL REFERENCES meetups (id),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','PUBLISHED')),
        version integer NOT NULL DEFAULT 0 CHECK (version >= 0),
        summary text CHECK (length(summary) <= 50000),
        attendee_ids uuid[] NOT NULL DEFAULT '{}',
        item_notes jsonb NOT NULL DEFAULT '[]'::jsonb,
        published_at timestamptz,
        created_by uuid REFERENCES members (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT minutes_meetup_key UNIQUE (meetup_id),
        CONSTRAINT minutes_published_has_version CHECK ((status = 'PUBLISHED') = (version > 0 AND published_at IS NOT NULL))
      )`);
    await db.query(`
      CREATE TABLE decisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        minutes_id uuid NOT NULL REFERENCES minutes (id),
        position integer NOT NULL CHECK (position > 0),
        text text NOT NULL CHECK (length(text) BETWEEN 1 AND 10000),
        issue_ids uuid[] NOT NULL DEFAULT '{}',
        removed_in_version integer,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX decisions_minutes_idx ON decisions (minutes_id, position)`);
    await db.query(`CREATE INDEX decisions_issues_idx ON decisions USING gin (issue_ids)`);
    await db.query(`
      CREATE TABLE minutes_versions (
        minutes_id uuid NOT NULL REFERENCES minutes (id),
        version integer NOT NULL CHECK (version > 0),
        summary text,
        decisions jsonb NOT NULL,
        attendee_ids uuid[] NOT NULL,
        item_notes jsonb NOT NULL,
        reason text,
        published_at timestamptz NOT NULL,
        published_by uuid REFERENCES members (id) ON DELETE SET NULL,
        PRIMARY KEY (minutes_id, version)
      )`);

    await db.query(`
      CREATE TABLE assignments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
        description text CHECK (length(description) <= 20000),
        lead_organization_id uuid NOT NULL REFERENCES organizations (id),
        assignee_id uuid REFERENCES members (id) ON DELETE SET NULL,
        due_on date NOT NULL,
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','IN_PROGRESS','DONE','CANCELLED')),
        progress_percent integer NOT NULL DEFAULT 0 CHECK (progress_percent BETWEEN 0 AND 100),
        issue_id uuid REFERENCES issues (id),
        meetup_id uuid REFERENCES meetups (id),
        decision_id uuid REFERENCES decisions (id),
        completed_at timestamptz,
        created_by uuid REFERENCES members (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT assignments_done_has_date CHECK ((status = 'DONE') = (completed_at IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX assignments_lead_idx ON assignments (lead_organization_id, status, due_on)`);
    await db.query(`CREATE INDEX assignments_status_due_idx ON assignments (status, due_on, id)`);
    await db.query(`CREATE INDEX assignments_issue_idx ON assignments (issue_id) WHERE issue_id IS NOT NULL`);
    await db.query(`CREATE INDEX assignments_assignee_idx ON assignments (assignee_id) WHERE assignee_id IS NOT NULL`);
    await db.query(`
      CREATE TABLE assignment_coordinators (
        assignment_id uuid NOT NULL REFERENCES assignments (id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations (id),
        PRIMARY KEY (assignment_id, organization_id)
      )`);
    await db.query(`CREATE INDEX assignment_coordinators_org_idx ON assignment_coordinators (organization_id)`);
    await db.query(`
      CREATE TABLE assignment_dependencies (
        assignment_id uuid NOT NULL REFERENCES assignments (id) ON DELETE CASCADE,
        depends_on_id uuid NOT NULL REFERENCES assignments (id),
        PRIMARY KEY (assignment_id, depends_on_id),
        CHECK (assignment_id <> depends_on_id)
      )`);
    await db.query(`
      CREATE TABLE assignment_updates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        assignment_id uuid NOT NULL REFERENCES assignments (id) ON DELETE CASCADE,
        author_id uuid REFERENCES members (id) ON DELETE SET NULL,
        note text CHECK (length(note) <= 10000),
        status text NOT NULL,
        progress_percent integer NOT NULL,
        at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX assignment_updates_assignment_idx ON assignment_updates (assignment_id, at, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE assignment_updates`);
    await db.query(`DROP TABLE assignment_dependencies`);
    await db.query(`DROP TABLE assignment_coordinators`);
    await db.query(`DROP TABLE assignments`);
    await db.query(`DROP TABLE minutes_versions`);
    await db.query(`DROP TABLE decisions`);
    await db.query(`DROP TABLE minutes`);
  }
}
