import { EntityManager } from 'typeorm';
import { ItemNote, MinutesVersion } from './minutes.entity';

/** A decision still in its minutes, with the date it was taken at and whether those minutes are published. */
export async function currentDecision(db: EntityManager, decisionId: string): Promise<{ id: string; meetupId: string; published: boolean } | null> {
  const [row]: { id: string; meetup_id: string; status: string }[] = await db.query(
    `SELECT d.id, m.meetup_id, m.status FROM decisions d JOIN minutes m ON m.id = d.minutes_id WHERE d.id = $1 AND d.removed_in_version IS NULL`,
    [decisionId],
  );
  return row ? { id: row.id, meetupId: row.meetup_id, published: row.status === 'PUBLISHED' } : null;
}

function toVersion(row: Record<string, unknown>): MinutesVersion {
  return {
    minutesId: row.minutes_id as string,
    version: row.version as number,
    summary: (row.summary as string) ?? null,
    decisions: row.decisions as MinutesVersion['decisions'],
    attendeeIds: row.attendee_ids as string[],
    itemNotes: row.item_notes as ItemNote[],
    reason: (row.reason as string) ?? null,
    publishedAt: row.published_at as Date,
    publishedBy: (row.published_by as string) ?? null,
  };
}

export async function versionsOfMinutes(db: EntityManager, minutesId: string): Promise<MinutesVersion[]> {
  const rows: Record<string, unknown>[] = await db.query('SELECT * FROM minutes_versions WHERE minutes_id = $1 ORDER BY version', [minutesId]);
  return rows.map(toVersion);
}

/** Decisions leave the minutes: deleted from a draft, marked removed in the version an amendment makes. */
export async function removeDecisions(db: EntityManager, decisionIds: readonly string[], amendingTo: number | null): Promise<void> {
  if (amendingTo === null) await db.query('DELETE FROM decisions WHERE id = ANY($1)', [[...decisionIds]]);
  else await db.query('UPDATE decisions SET removed_in_version = $2 WHERE id = ANY($1)', [[...decisionIds], amendingTo]);
}

/** Freezes the minutes as they are now (summary, current decisions, attendees, notes) as a numbered version. */
export async function snapshotVersion(
  db: EntityManager,
  minutesId: string,
  version: number,
  reason: string | null,
  publishedBy: string,
  at: Date,
): Promise<void> {
  await db.query(
    `INSERT INTO minutes_versions (minutes_id, version, summary, decisions, attendee_ids, item_notes, reason, published_at, published_by)
     SELECT m.id, $2, m.summary,
            coalesce((SELECT jsonb_agg(jsonb_build_object('id', d.id, 'position', d.position, 'text', d.text, 'issueIds', d.issue_ids) ORDER BY d.position)
                      FROM decisions d WHERE d.minutes_id = m.id AND d.removed_in_version IS NULL), '[]'::jsonb),
            m.attendee_ids, m.item_notes, $3, $4, $5
     FROM minutes m WHERE m.id = $1`,
    [minutesId, version, reason, at, publishedBy],
  );
}

/** The issues the current decisions of some minutes discuss. */
export async function linkedIssueIds(db: EntityManager, minutesId: string): Promise<string[]> {
  const rows: { id: string }[] = await db.query('SELECT DISTINCT unnest(issue_ids) AS id FROM decisions WHERE minutes_id = $1 AND removed_in_version IS NULL', [
    minutesId,
  ]);
  return rows.map((r) => r.id);
}
