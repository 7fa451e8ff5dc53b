import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Consultations on drafts: a Markdown document split into sections at its headings, open for
 * comments between opens_at and closes_at, every comment answered (taken in or not). A comment's
 * answer is all three of response, accepted and responded_at, or none of them.
 */
export class Consultations1764500000000 implements MigrationInterface {
  name = 'Consultations1764500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE consultations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        summary text CHECK (length(summary) <= 5000),
        document text NOT NULL CHECK (length(document) BETWEEN 1 AND 200000),
        opens_at timestamptz NOT NULL,
        closes_at timestamptz NOT NULL,
        created_by uuid REFERENCES members (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL,
        CONSTRAINT consultations_closes_after_opens CHECK (closes_at > opens_at)
      )`);
    await db.query(`CREATE INDEX consultations_window_idx ON consultations (opens_at, closes_at)`);
    await db.query(`
      CREATE TABLE consultation_sections (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        consultation_id uuid NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
        position integer NOT NULL CHECK (position >= 1),
        level integer NOT NULL CHECK (level BETWEEN 0 AND 3),
        heading text NOT NULL CHECK (length(heading) <= 300),
        body text NOT NULL,
        UNIQUE (consultation_id, position)
      )`);
    await db.query(`
      CREATE TABLE consultation_comments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        section_id uuid NOT NULL REFERENCES consultation_sections (id) ON DELETE CASCADE,
        consultation_id uuid NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES members (id),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
        created_at timestamptz NOT NULL,
        edited_at timestamptz,
        hidden_at timestamptz,
        hidden_reason text,
        hidden_by uuid REFERENCES members (id) ON DELETE SET NULL,
        response text CHECK (length(response) BETWEEN 1 AND 5000),
        accepted boolean,
        responded_at timestamptz,
        responded_by uuid REFERENCES members (id) ON DELETE SET NULL,
        CONSTRAINT consultation_comments_answer_whole CHECK ((response IS NULL) = (accepted IS NULL) AND (response IS NULL) = (responded_at IS NULL))
      )`);
    await db.query(`CREATE INDEX consultation_comments_section_idx ON consultation_comments (section_id, created_at, id)`);
    await db.query(`CREATE INDEX consultation_comments_consultation_idx ON consultation_comments (consultation_id) WHERE hidden_at IS NULL`);
    await db.query(`CREATE INDEX consultation_comments_author_idx ON consultation_comments (author_id, created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE consultation_comments');
    await db.query('DROP TABLE consultation_sections');
    await db.query('DROP TABLE consultations');
  }
}
