import { MigrationInterface, QueryRunner } from 'typeorm';

/** Members, organisations, sign-in tokens, rate-limit counters, and the text-search helpers. */
export class Foundation1764160000000 implements MigrationInterface {
  name = 'Foundation1764160000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    // unaccent() is only STABLE; indexes need an IMMUTABLE function with a fixed dictionary.
    await db.query(`
      CREATE OR REPLACE FUNCTION immutable_unaccent(text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`);

    await db.query(`
      CREATE TABLE organizations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        short_name text CHECK (length(short_name) <= 50),
        kind text NOT NULL CHECK (kind IN ('GOVERNMENT_AGENCY','RESEARCH_INSTITUTE','STARTUP','SUPPORT_ORGANIZATION','UNIVERSITY','INVESTOR','OTHER')),
        website text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX organizations_name_key ON organizations (lower(name))`);

    await db.query(`
      CREATE TABLE members (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        email text NOT NULL CHECK (email = lower(email) AND length(email) <= 254),
        locale text NOT NULL DEFAULT 'vi' CHECK (locale IN ('vi','en')),
        role text NOT NULL DEFAULT 'MEMBER' CHECK (role IN ('MEMBER','ORGANIZER','ADMIN')),
        organization_id uuid REFERENCES organizations (id) ON DELETE SET NULL,
        notification_preferences jsonb NOT NULL DEFAULT '{}'::jsonb,
        session_version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT members_email_key UNIQUE (email)
      )`);
    await db.query(`CREATE INDEX members_organization_id_idx ON members (organization_id)`);

    await db.query(`
      CREATE TABLE sign_in_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL,
        email text NOT NULL,
        name text,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT sign_in_tokens_token_hash_key UNIQUE (token_hash)
      )`);
    await db.query(`CREATE INDEX sign_in_tokens_expires_at_idx ON sign_in_tokens (expires_at)`);

    await db.query(`
      CREATE TABLE rate_limit_counters (
        key text NOT NULL,
        window_start timestamptz NOT NULL,
        hits integer NOT NULL,
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (key, window_start)
      )`);
    await db.query(`CREATE INDEX rate_limit_counters_expires_at_idx ON rate_limit_counters (expires_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE rate_limit_counters`);
    await db.query(`DROP TABLE sign_in_tokens`);
    await db.query(`DROP TABLE members`);
    await db.query(`DROP TABLE organizations`);
    await db.query(`DROP FUNCTION immutable_unaccent(text)`);
  }
}
