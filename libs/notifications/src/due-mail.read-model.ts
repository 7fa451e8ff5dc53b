import { EntityManager } from 'typeorm';
import { HUE_TIME_ZONE } from '@app/core';
import { ACTIVE_ASSIGNMENT_STATUSES } from '@app/assignments';

/**
 * A read model: which mails are due now (progress news, meetup reminders, deadline reminders)
 * and what they say, read across issues, assignments, meetups, RSVPs and members. It reads and
 * never writes; the delivery of each mail is the notifications feature's.
 */

export interface DueNews {
  issue_id: string;
  member_id: string;
  day: string;
}

/** Each (issue, follower, day) whose progress reports of that day were not mailed yet, days from `from` to `until`. */
export async function dueProgressNews(db: EntityManager, from: Date, until: Date): Promise<DueNews[]> {
  const due: DueNews[] = await db.query(
    `WITH days AS (
         SELECT DISTINCT a.issue_id, to_char(u.at AT TIME ZONE '${HUE_TIME_ZONE}', 'YYYY-MM-DD') AS day
         FROM assignment_updates u JOIN assignments a ON a.id = u.assignment_id JOIN issues i ON i.id = a.issue_id
         WHERE u.at >= $1 AND u.at < $2 AND i.hidden_at IS NULL
       ), followers AS (
         SELECT d.issue_id, d.day, i.submitter_id AS member_id FROM days d JOIN issues i ON i.id = d.issue_id
         UNION SELECT d.issue_id, d.day, s.member_id FROM days d JOIN issue_supports s ON s.issue_id = d.issue_id
       )
       SELECT f.issue_id, f.member_id, f.day FROM followers f
       JOIN members mb ON mb.id = f.member_id AND mb.erased_at IS NULL AND coalesce((mb.notification_preferences->>'issueUpdates')::boolean, true)
       WHERE NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.key = 'progress:' || f.issue_id || ':' || f.member_id || ':' || f.day)
       ORDER BY f.day, f.issue_id, f.member_id`,
    [from, until],
  );
  return due;
}

export interface ProgressReport {
  title: string;
  status: string;
  progress_percent: number;
  note: string | null;
  organization: string;
}

/** A visible issue's progress reports made between `start` and `end`. */
export async function progressOfDay(
  manager: EntityManager,
  issueId: string,
  start: Date,
  end: Date,
): Promise<{ issue: { id: string; title: string } | null; reports: ProgressReport[] }> {
  const [issue] = await manager.query('SELECT id, title FROM issues WHERE id = $1 AND hidden_at IS NULL', [issueId]);
  if (!issue) return { issue: null, reports: [] };
  const reports: ProgressReport[] = await manager.query(
    `SELECT a.title, u.status, u.progress_percent, u.note, coalesce(o.short_name, o.name) AS organization
       FROM assignment_updates u JOIN assignments a ON a.id = u.assignment_id JOIN organizations o ON o.id = a.lead_organization_id
       WHERE a.issue_id = $1 AND u.at >= $2 AND u.at < $3 ORDER BY u.at, u.id`,
    [issue.id, start, end],
  );
  return { issue, reports };
}

export interface DueReminder {
  meetup_id: string;
  member_id: string;
  offset_minutes: number;
  starts_at: Date;
}

/** Reminders due at `now` (at most `catchUpMinutes` late) to members GOING to dates within `lookAheadMinutes`, not sent yet. */
export async function dueMeetupReminders(db: EntityManager, now: Date, catchUpMinutes: number, lookAheadMinutes: number): Promise<DueReminder[]> {
  const due: DueReminder[] = await db.query(
    `SELECT m.id AS meetup_id, r.member_id, o.minutes AS offset_minutes, m.starts_at
       FROM meetups m
       JOIN meetup_series s ON s.id = m.series_id
       CROSS JOIN LATERAL unnest(s.reminder_minutes_before) AS o(minutes)
       JOIN rsvps r ON r.meetup_id = m.id AND r.status = 'GOING'
       JOIN members mb ON mb.id = r.member_id AND mb.erased_at IS NULL
                      AND coalesce((mb.notification_preferences->>'meetupReminders')::boolean, true)
       WHERE m.status = 'SCHEDULED' AND m.starts_at > $1 AND m.starts_at <= $1 + make_interval(mins => $3)
         AND m.starts_at - make_interval(mins => o.minutes) <= $1
         AND m.starts_at - make_interval(mins => o.minutes) > $1 - make_interval(mins => $2)
         AND NOT EXISTS (SELECT 1 FROM unnest(s.reminder_minutes_before) AS later(minutes)
                         WHERE later.minutes < o.minutes AND m.starts_at - make_interval(mins => later.minutes) <= $1)
         AND NOT EXISTS (SELECT 1 FROM deliveries d
                         WHERE d.key = 'reminder:' || m.id || ':' || o.minutes || ':' || r.member_id || ':' || floor(extract(epoch FROM m.starts_at))::bigint)
       ORDER BY m.starts_at, m.id, r.member_id`,
    [now, catchUpMinutes, lookAheadMinutes],
  );
  return due;
}

/**
 * Deadline reminders not written yet: assignments due by `soon` (soon) or already past (missed,
 * back to `since`), for the members of the lead organisation and the assignee.
 */
export async function dueDeadlineReminders(db: EntityManager, soon: string, today: string, since: string) {
  const due: { assignment_id: string; member_id: string; kind: 'deadline.soon' | 'deadline.missed' }[] = await db.query(
    `SELECT a.id AS assignment_id, m.id AS member_id, CASE WHEN a.due_on >= $2::date THEN 'deadline.soon' ELSE 'deadline.missed' END AS kind
         FROM assignments a JOIN members m ON m.id = a.assignee_id
                 OR m.id IN (SELECT af.member_id FROM affiliations af WHERE af.organization_id = a.lead_organization_id AND af.status = 'CONFIRMED')
         WHERE a.status = ANY($4) AND a.due_on <= $1::date AND a.due_on >= $3::date AND m.erased_at IS NULL
           AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.member_id = m.id
                             AND o.kind = CASE WHEN a.due_on >= $2::date THEN 'deadline.soon' ELSE 'deadline.missed' END
                             AND o.payload->>'assignmentId' = a.id::text)`,
    // Due within 3 days (soon) or already past (missed), however many daily runs were skipped;
    // deadlines more than a month gone are not brought up again.
    [soon, today, since, [...ACTIVE_ASSIGNMENT_STATUSES]],
  );
  return due;
}
