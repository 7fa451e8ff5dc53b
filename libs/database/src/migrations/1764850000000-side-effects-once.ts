import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Side effects happen once:
 * - a support milestone ("reached 10 supports") is on an issue's timeline once per number, however
 *   often supports are withdrawn and given again (earlier repeats are removed, the first kept);
 * - an RSVP remembers what its member was last told by mail (status and guests), so a changed
 *   answer is confirmed again only when it differs from that;
 * - unsubscribe links expire a while after their mail: they are found by age to be forgotten.
 */
export class SideEffectsOnce1764850000000 implements MigrationInterface {
  name = 'SideEffectsOnce1764850000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      DELETE FROM issue_events e USING issue_events first
      WHERE e.type = 'SUPPORT_MILESTONE' AND first.type = 'SUPPORT_MILESTONE' AND first.issue_id = e.issue_id
        AND (first.data->>'supportCount') = (e.data->>'supportCount') AND first.id < e.id`);
    await db.query(
      `CREATE UNIQUE INDEX issue_events_milestone_once ON issue_events (issue_id, ((data->>'supportCount')::int)) WHERE type = 'SUPPORT_MILESTONE'`,
    );
    await db.query(`ALTER TABLE rsvps ADD COLUMN told_status text, ADD COLUMN told_guests integer`);
    await db.query(`CREATE INDEX unsubscribe_tokens_created_idx ON unsubscribe_tokens (created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX unsubscribe_tokens_created_idx`);
    await db.query(`ALTER TABLE rsvps DROP COLUMN told_status, DROP COLUMN told_guests`);
    await db.query(`DROP INDEX issue_events_milestone_once`);
  }
}
