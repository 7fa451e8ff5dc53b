import { EntityManager } from 'typeorm';
import type { Member } from '@app/members';
import { ACTIVE_ASSIGNMENT_STATUSES } from '@app/assignments';

/**
 * A read model: what the weekly digest shows, read across meetups, RSVPs, issues, minutes,
 * assignments, organisations and consultations. It reads and never writes.
 */
export interface SharedSections {
  newIssues: { id: string; title: string; kind: string }[];
  minutes: { meetup_id: string; title: string; starts_at: Date; timezone: string }[];
  resolved: { id: string; title: string; official_response: string | null }[];
  /** Consultations open now; those closing within the coming week are marked as closing soon. */
  consultations: { id: string; title: string; closes_at: Date }[];
}

/** Whether some series' digest hour has come this week (at `now`, in its zone). */
export async function isDigestDue(db: EntityManager, now: Date): Promise<boolean> {
  const due: unknown[] = await db.query(
    `SELECT 1 FROM meetup_series s
       WHERE (extract(isodow FROM $1::timestamptz AT TIME ZONE s.timezone) > s.digest_weekday
              OR (extract(isodow FROM $1::timestamptz AT TIME ZONE s.timezone) = s.digest_weekday
                  AND to_char($1::timestamptz AT TIME ZONE s.timezone, 'HH24:00') >= s.digest_time))
         AND (s.ends_on IS NULL OR s.ends_on >= ($1::timestamptz AT TIME ZONE s.timezone)::date - 7)
       LIMIT 1`,
    [now],
  );
  return due.length > 0;
}

/** Members who want the digest and have not had this week's, in id order. */
export async function membersAwaitingDigest(db: EntityManager, week: string): Promise<{ id: string }[]> {
  const members: { id: string }[] = await db.query(
    `SELECT m.id FROM members m
       WHERE m.erased_at IS NULL AND coalesce((m.notification_preferences->>'weeklyDigest')::boolean, true)
         AND NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.key = 'digest:' || m.id || ':' || $1 AND d.status IN ('SENT', 'SKIPPED', 'FAILED'))
       ORDER BY m.id`,
    [week],
  );
  return members;
}

/** The digest's sections that do not depend on the member. */
export async function sharedDigestSections(manager: EntityManager, now: Date): Promise<SharedSections> {
  const since = new Date(now.getTime() - 7 * 86400_000);
  const newIssues: SharedSections['newIssues'] = await manager.query(
    `SELECT id, title, kind FROM issues WHERE created_at >= $1 AND created_at < $2 AND hidden_at IS NULL AND status <> 'DUPLICATE' ORDER BY created_at LIMIT 20`,
    [since, now],
  );
  const minutes: SharedSections['minutes'] = await manager.query(
    `SELECT m.id AS meetup_id, m.title, m.starts_at, m.timezone FROM minutes n JOIN meetups m ON m.id = n.meetup_id
     WHERE n.status = 'PUBLISHED' AND n.published_at >= $1 AND n.published_at < $2 ORDER BY n.published_at`,
    [since, now],
  );
  const resolved: SharedSections['resolved'] = await manager.query(
    `SELECT i.id, i.title, i.official_response FROM issues i
     WHERE i.status = 'RESOLVED' AND i.hidden_at IS NULL AND EXISTS (
       SELECT 1 FROM issue_events e WHERE e.issue_id = i.id AND e.type = 'RESOLVED' AND e.at >= $1 AND e.at < $2)
     ORDER BY i.updated_at`,
    [since, now],
  );
  const consultations: SharedSections['consultations'] = await manager.query(
    `SELECT id, title, closes_at FROM consultations WHERE opens_at <= $1 AND closes_at > $1 ORDER BY closes_at, id LIMIT 20`,
    [now],
  );
  return { newIssues, minutes, resolved, consultations };
}

/** The sections of one member's digest: the coming week's dates with their answer and agenda, their organisation's assignments due soon. */
export async function memberDigestSections(manager: EntityManager, member: Pick<Member, 'id'>, now: Date, inAWeek: Date, in14Days: string) {
  const memberId = member.id;
  // The organisation that confirmed the member (a request still waiting shows nothing of it).
  const [affiliation]: { organization_id: string }[] = await manager.query(
    `SELECT organization_id FROM affiliations WHERE member_id = $1 AND status = 'CONFIRMED'`,
    [memberId],
  );
  const organizationId = affiliation?.organization_id ?? null;
  const meetups: {
    id: string;
    title: string;
    starts_at: Date;
    ends_at: Date;
    timezone: string;
    venue: string | null;
    venue_address: string | null;
    status: string | null;
  }[] = await manager.query(
    `SELECT m.id, m.title, m.starts_at, m.ends_at, m.timezone, m.venue, m.venue_address, r.status
         FROM meetups m LEFT JOIN rsvps r ON r.meetup_id = m.id AND r.member_id = $1
         WHERE m.status = 'SCHEDULED' AND m.starts_at > $2 AND m.starts_at <= $3 ORDER BY m.starts_at, m.id`,
    [memberId, now, inAWeek],
  );
  const agenda: { meetup_id: string; title: string }[] = meetups.length
    ? await manager.query('SELECT meetup_id, title FROM agenda_items WHERE meetup_id = ANY($1) ORDER BY position', [meetups.map((m) => m.id)])
    : [];
  const assignments: { title: string; due_on: string; organization: string }[] = organizationId
    ? await manager.query(
        `SELECT a.title, a.due_on, coalesce(o.short_name, o.name) AS organization FROM assignments a JOIN organizations o ON o.id = a.lead_organization_id
           WHERE a.status = ANY($3) AND a.due_on <= $2
             -- The organisation's own assignments through their indexes (an OR with EXISTS
             -- checked every open assignment, for every member).
             AND a.id IN (SELECT l.id FROM assignments l WHERE l.lead_organization_id = $1
                          UNION SELECT c.assignment_id FROM assignment_coordinators c WHERE c.organization_id = $1)
           ORDER BY a.due_on, a.id`,
        [organizationId, in14Days, [...ACTIVE_ASSIGNMENT_STATUSES]],
      )
    : [];
  return { meetups, agenda, assignments };
}
