import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A member may delete their account (Decree 13/2023): the row stays, so that the issues, comments,
 * supports and attendance they gave the community keep their author, but the personal data on it
 * is erased. Name and e-mail become NULL together with `erased_at` being set, and only then; the
 * unique e-mail constraint ignores NULLs, so the address can sign up again as a new member.
 */
export class MemberErasure1764280000000 implements MigrationInterface {
  name = 'MemberErasure1764280000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE members ADD COLUMN erased_at timestamptz`);
    await db.query(`ALTER TABLE members ALTER COLUMN name DROP NOT NULL, ALTER COLUMN email DROP NOT NULL`);
    await db.query(`
      ALTER TABLE members ADD CONSTRAINT members_erased_has_no_personal_data
        CHECK (CASE WHEN erased_at IS NULL THEN name IS NOT NULL AND email IS NOT NULL ELSE name IS NULL AND email IS NULL END)`);
  }

  async down(db: QueryRunner): Promise<void> {
    // The erased data cannot come back: erased members get a neutral name and an address that cannot receive mail.
    await db.query(`ALTER TABLE members DROP CONSTRAINT members_erased_has_no_personal_data`);
    await db.query(`UPDATE members SET name = 'Former member', email = 'erased-' || id || '@invalid' WHERE erased_at IS NOT NULL`);
    await db.query(`ALTER TABLE members ALTER COLUMN name SET NOT NULL, ALTER COLUMN email SET NOT NULL`);
    await db.query(`ALTER TABLE members DROP COLUMN erased_at`);
  }
}
