import { EntityManager } from 'typeorm';

/**
 * A read model: what the mails of outbox messages say about minutes, issues and assignments,
 * read as they are when the mail is composed. It reads and never writes.
 */

/** A date's title and time, and the current decisions of its minutes. */
export async function minutesMailData(db: EntityManager, meetupId: string) {
  const [meetup]: { title: string; starts_at: Date; timezone: string }[] = await db.query('SELECT title, starts_at, timezone FROM meetups WHERE id = $1', [
    meetupId,
  ]);
  const decisions: { text: string }[] = await db.query(
    `SELECT d.text FROM decisions d JOIN minutes m ON m.id = d.minutes_id WHERE m.meetup_id = $1 AND d.removed_in_version IS NULL ORDER BY d.position`,
    [meetupId],
  );
  return { meetup: meetup ?? null, decisions };
}

/** A visible issue with its official response. */
export async function issueMailData(
  db: EntityManager,
  issueId: string,
): Promise<{ id: string; title: string; status: string; official_response: string | null } | null> {
  const [issue] = await db.query('SELECT id, title, status, official_response FROM issues WHERE id = $1 AND hidden_at IS NULL', [issueId]);
  return issue ?? null;
}

/** An assignment with the name of its lead organisation. */
export async function assignmentMailData(
  db: EntityManager,
  assignmentId: string,
): Promise<{ title: string; due_on: string; status: string; lead_organization_id: string; organization: string } | null> {
  const [assignment] = await db.query(
    `SELECT a.title, a.due_on, a.status, a.lead_organization_id, coalesce(o.short_name, o.name) AS organization FROM assignments a
     JOIN organizations o ON o.id = a.lead_organization_id WHERE a.id = $1`,
    [assignmentId],
  );
  return assignment ?? null;
}

/** A visible comment on a draft by `authorId`, with its section and the draft's title, and the organizers' answer. */
export async function answeredCommentMailData(db: EntityManager, commentId: string, authorId: string) {
  const [comment]: {
    body: string;
    response: string | null;
    accepted: boolean | null;
    heading: string;
    level: number;
    position: number;
    consultation_id: string;
    title: string;
  }[] = await db.query(
    `SELECT c.body, c.response, c.accepted, s.heading, s.level, s.position, k.id AS consultation_id, k.title
       FROM consultation_comments c JOIN consultation_sections s ON s.id = c.section_id JOIN consultations k ON k.id = c.consultation_id
       WHERE c.id = $1 AND c.hidden_at IS NULL AND c.author_id = $2`,
    [commentId, authorId],
  );
  return comment ?? null;
}

/** An organisation's name and the member's tie to it as it stands now (to mail a decision that still holds). */
export async function affiliationMailData(
  manager: EntityManager,
  organizationId: string,
  memberId: string,
): Promise<{ name: string; status: string | null; role: string | null } | null> {
  const [row]: { name: string; status: string | null; role: string | null }[] = await manager.query(
    `SELECT o.name, a.status, a.role FROM organizations o LEFT JOIN affiliations a ON a.organization_id = o.id AND a.member_id = $2 WHERE o.id = $1`,
    [organizationId, memberId],
  );
  return row ?? null;
}
