import { MigrationInterface, QueryRunner } from 'typeorm';

/** Issues and proposals, supports, comments, the timeline, and Vietnamese-aware search. */
export class Issues1764200000000 implements MigrationInterface {
  name = 'Issues1764200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE issues (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        description text NOT NULL CHECK (length(description) BETWEEN 1 AND 20000),
        kind text NOT NULL CHECK (kind IN ('OBSTACLE','PROPOSAL','RECOMMENDATION','QUESTION')),
        status text NOT NULL DEFAULT 'SUBMITTED'
          CHECK (status IN ('SUBMITTED','ON_AGENDA','DISCUSSED','ASSIGNED','RESOLVED','DECLINED','DUPLICATE')),
        topics text[] NOT NULL DEFAULT '{}',
        submitter_id uuid NOT NULL REFERENCES members (id),
        organization_id uuid REFERENCES organizations (id) ON DELETE SET NULL,
        addressed_to_organization_id uuid REFERENCES organizations (id) ON DELETE SET NULL,
        duplicate_of_id uuid REFERENCES issues (id),
        official_response text,
        support_count integer NOT NULL DEFAULT 0 CHECK (support_count >= 0),
        hidden_at timestamptz,
        hidden_reason text,
        hidden_by uuid REFERENCES members (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- Accent- and case-free words: "THỦ TỤC" and "thu tuc" are the same; the title weighs more.
        search_document tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('simple', immutable_unaccent(lower(title))), 'A') ||
          setweight(to_tsvector('simple', immutable_unaccent(lower(description))), 'B')
        ) STORED,
        CONSTRAINT issues_duplicate_needs_original CHECK ((status = 'DUPLICATE') = (duplicate_of_id IS NOT NULL)),
        CONSTRAINT issues_not_own_duplicate CHECK (duplicate_of_id <> id)
      )`);
    await db.query(`CREATE INDEX issues_search_idx ON issues USING gin (search_document)`);
    await db.query(`CREATE INDEX issues_title_trgm_idx ON issues USING gin (immutable_unaccent(lower(title)) gin_trgm_ops)`);
    await db.query(`CREATE INDEX issues_created_idx ON issues (created_at DESC, id DESC)`);
    await db.query(`CREATE INDEX issues_status_idx ON issues (status, created_at DESC)`);
    await db.query(`CREATE INDEX issues_kind_idx ON issues (kind, created_at DESC)`);
    await db.query(`CREATE INDEX issues_submitter_idx ON issues (submitter_id, created_at DESC)`);
    await db.query(`CREATE INDEX issues_topics_idx ON issues USING gin (topics)`);
    await db.query(`CREATE INDEX issues_duplicate_of_idx ON issues (duplicate_of_id) WHERE duplicate_of_id IS NOT NULL`);

    await db.query(`
      CREATE TABLE issue_supports (
        issue_id uuid NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES members (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (issue_id, member_id)
      )`);
    await db.query(`CREATE INDEX issue_supports_member_idx ON issue_supports (member_id)`);

    await db.query(`
      CREATE TABLE issue_comments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        issue_id uuid NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES members (id),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
        created_at timestamptz NOT NULL,
        edited_at timestamptz,
        hidden_at timestamptz,
        hidden_reason text,
        hidden_by uuid REFERENCES members (id) ON DELETE SET NULL
      )`);
    await db.query(`CREATE INDEX issue_comments_issue_idx ON issue_comments (issue_id, created_at, id)`);

    await db.query(`
      CREATE TABLE issue_events (
        id bigserial PRIMARY KEY,
        issue_id uuid NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
        type text NOT NULL,
        actor_id uuid REFERENCES members (id) ON DELETE SET NULL,
        note text,
        data jsonb NOT NULL DEFAULT '{}'::jsonb,
        at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX issue_events_issue_idx ON issue_events (issue_id, at, id)`);

    await db.query(`ALTER TABLE agenda_items ADD CONSTRAINT agenda_items_issue_fk FOREIGN KEY (issue_id) REFERENCES issues (id)`);
    await db.query(`CREATE INDEX agenda_items_issue_idx ON agenda_items (issue_id) WHERE issue_id IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX agenda_items_issue_idx`);
    await db.query(`ALTER TABLE agenda_items DROP CONSTRAINT agenda_items_issue_fk`);
    await db.query(`DROP TABLE issue_events`);
    await db.query(`DROP TABLE issue_comments`);
    await db.query(`DROP TABLE issue_supports`);
    await db.query(`DROP TABLE issues`);
  }
}
