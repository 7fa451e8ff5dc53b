import { MigrationInterface, QueryRunner } from 'typeorm';

const OLD_KINDS = `'GOVERNMENT_AGENCY','RESEARCH_INSTITUTE','STARTUP','SUPPORT_ORGANIZATION','UNIVERSITY','INVESTOR','OTHER'`;
const NEW_KINDS = `${OLD_KINDS},'INCUBATOR','ACCELERATOR','COWORKING_SPACE','ENTERPRISE','MEDIA','COMMUNITY'`;

/**
 * The ecosystem map and startup portal: organisations become ecosystem actors (more kinds, a
 * profile, an optional position), startup projects, the support they receive, and the scheme's
 * targets. Every filter of the API has its index (test/indexes.e2e-spec.ts).
 */
export class Ecosystem1764400000000 implements MigrationInterface {
  name = 'Ecosystem1764400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE organizations DROP CONSTRAINT organizations_kind_check`);
    await db.query(`ALTER TABLE organizations ADD CONSTRAINT organizations_kind_check CHECK (kind IN (${NEW_KINDS}))`);
    await db.query(`
      ALTER TABLE organizations
        ADD COLUMN description text CHECK (length(description) <= 5000),
        ADD COLUMN sectors text[] NOT NULL DEFAULT '{}',
        ADD COLUMN services text[] NOT NULL DEFAULT '{}',
        ADD COLUMN address text CHECK (length(address) <= 300),
        ADD COLUMN latitude double precision CHECK (latitude BETWEEN -90 AND 90),
        ADD COLUMN longitude double precision CHECK (longitude BETWEEN -180 AND 180),
        ADD CONSTRAINT organizations_location_whole CHECK ((latitude IS NULL) = (longitude IS NULL))`);
    await db.query(`CREATE INDEX organizations_kind_idx ON organizations (kind)`);
    await db.query(`CREATE INDEX organizations_sectors_idx ON organizations USING gin (sectors)`);
    // An organisation's page lists the issues addressed to it.
    await db.query(
      `CREATE INDEX issues_addressed_to_idx ON issues (addressed_to_organization_id, created_at DESC, id DESC) WHERE addressed_to_organization_id IS NOT NULL`,
    );

    await db.query(`
      CREATE TABLE startup_projects (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        summary text CHECK (length(summary) <= 5000),
        stage text NOT NULL CHECK (stage IN ('IDEA','PROTOTYPE','MVP','EARLY_REVENUE','GROWTH')),
        sectors text[] NOT NULL DEFAULT '{}',
        team_size integer CHECK (team_size BETWEEN 1 AND 100000),
        company_id uuid REFERENCES organizations (id) ON DELETE SET NULL,
        contact_id uuid REFERENCES members (id) ON DELETE SET NULL,
        founded_on date,
        search_folded text GENERATED ALWAYS AS (immutable_unaccent(lower(name || ' ' || coalesce(summary, '')))) STORED,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX startup_projects_created_idx ON startup_projects (created_at DESC, id DESC)`);
    await db.query(`CREATE INDEX startup_projects_stage_idx ON startup_projects (stage, created_at DESC, id DESC)`);
    await db.query(`CREATE INDEX startup_projects_sectors_idx ON startup_projects USING gin (sectors)`);
    await db.query(`CREATE INDEX startup_projects_search_idx ON startup_projects USING gin (search_folded gin_trgm_ops)`);
    await db.query(`CREATE INDEX startup_projects_company_idx ON startup_projects (company_id)`);
    await db.query(`CREATE INDEX startup_projects_contact_idx ON startup_projects (contact_id)`);

    await db.query(`
      CREATE TABLE supports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES startup_projects (id) ON DELETE CASCADE,
        provider_id uuid NOT NULL REFERENCES organizations (id),
        kind text NOT NULL CHECK (kind IN ('MENTORING','TRAINING','FUNDING','WORKSPACE','LEGAL','MARKET_ACCESS','TECHNOLOGY','NETWORKING','OTHER')),
        started_on date NOT NULL,
        ended_on date,
        note text CHECK (length(note) <= 2000),
        recorded_by uuid REFERENCES members (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT supports_ends_after_start CHECK (ended_on IS NULL OR ended_on >= started_on)
      )`);
    await db.query(`CREATE INDEX supports_project_idx ON supports (project_id, started_on)`);
    await db.query(`CREATE INDEX supports_provider_idx ON supports (provider_id, project_id)`);
    await db.query(`CREATE INDEX supports_started_on_idx ON supports (started_on, project_id)`);
    // A member's data export lists the supports they recorded.
    await db.query(`CREATE INDEX supports_recorded_by_idx ON supports (recorded_by)`);

    await db.query(`
      CREATE TABLE programme_targets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        metric text NOT NULL CHECK (metric IN ('PROJECTS_SUPPORTED','STARTUPS_SUPPORTED','MEETUPS_HELD','ISSUES_RESOLVED','ASSIGNMENTS_DONE_ON_TIME')),
        goal integer NOT NULL CHECK (goal BETWEEN 1 AND 1000000),
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT programme_targets_window CHECK (ends_on >= starts_on)
      )`);
    // The seed finds the scheme's targets again by title.
    await db.query(`CREATE UNIQUE INDEX programme_targets_title_key ON programme_targets (lower(title))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE programme_targets`);
    await db.query(`DROP TABLE supports`);
    await db.query(`DROP TABLE startup_projects`);
    await db.query(`DROP INDEX issues_addressed_to_idx`);
    await db.query(`DROP INDEX organizations_sectors_idx`);
    await db.query(`DROP INDEX organizations_kind_idx`);
    await db.query(`
      ALTER TABLE organizations DROP CONSTRAINT organizations_location_whole,
        DROP COLUMN longitude, DROP COLUMN latitude, DROP COLUMN address, DROP COLUMN services, DROP COLUMN sectors, DROP COLUMN description`);
    await db.query(`ALTER TABLE organizations DROP CONSTRAINT organizations_kind_check`);
    await db.query(`UPDATE organizations SET kind = 'OTHER' WHERE kind NOT IN (${OLD_KINDS})`);
    await db.query(`ALTER TABLE organizations ADD CONSTRAINT organizations_kind_check CHECK (kind IN (${OLD_KINDS}))`);
  }
}
