import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor, Clock, DomainError } from '@app/core';
import { effectivePreferences, Member, NotificationPreferences } from '@app/members';

/** Bumped when fields are renamed or removed, so a reader can tell exports apart. */
export const MEMBER_DATA_FORMAT = 'hue-saturday-meetups/member-data/1';

export interface MemberDataExport {
  format: string;
  exportedAt: Date;
  profile: {
    id: string;
    name: string | null;
    email: string | null;
    locale: string;
    role: string;
    /** The organisation the member asked to speak for, whether it confirmed them, and as what. */
    affiliation: { organizationId: string; organizationName: string; status: string; role: string; requestedAt: Date; confirmedAt: Date | null } | null;
    notificationPreferences: NotificationPreferences;
    createdAt: Date;
    updatedAt: Date;
  };
  calendarFeed: { exists: boolean; note: string };
  standingRsvps: { seriesId: string; seriesTitle: string; guests: number; createdAt: Date }[];
  rsvps: {
    meetupId: string;
    meetupTitle: string;
    startsAt: Date;
    status: string;
    guests: number;
    respondedAt: Date;
    waitlistedAt: Date | null;
    fromStanding: boolean;
    answers: string[];
  }[];
  attendance: { meetupId: string; meetupTitle: string; startsAt: Date; checkedInAt: Date; method: string }[];
  /** Published minutes that list the member among those present. */
  minutesAttendance: { meetupId: string; meetupTitle: string; startsAt: Date; version: number }[];
  issues: {
    id: string;
    title: string;
    description: string;
    kind: string;
    status: string;
    topics: string[];
    supportCount: number;
    hidden: boolean;
    createdAt: Date;
    updatedAt: Date;
  }[];
  supports: { issueId: string; issueTitle: string; createdAt: Date }[];
  comments: { id: string; issueId: string; issueTitle: string; body: string; createdAt: Date; editedAt: Date | null; hidden: boolean }[];
  /** The member's comments on consultation drafts, with the answers they received (hidden ones too). */
  consultationComments: {
    available: true;
    items: {
      id: string;
      consultationId: string;
      consultationTitle: string;
      sectionHeading: string;
      body: string;
      createdAt: Date;
      editedAt: Date | null;
      hidden: boolean;
      response: string | null;
      accepted: boolean | null;
      respondedAt: Date | null;
    }[];
  };
  assignments: { id: string; title: string; status: string; dueOn: string }[];
  assignmentUpdates: { assignmentId: string; assignmentTitle: string; note: string | null; status: string; progressPercent: number; at: Date }[];
  deliveries: { kind: string; status: string; attempts: number; createdAt: Date; sentAt: Date | null }[];
  pendingMail: { kind: string; createdAt: Date }[];
  signInLinks: { createdAt: Date; expiresAt: Date; usedAt: Date | null }[];
  /** Startup projects the member registered (is the contact of) and supports they recorded. */
  startupProjects: { id: string; name: string; stage: string; createdAt: Date }[];
  supportsRecorded: { projectId: string; projectName: string; providerName: string; kind: string; startedOn: string; createdAt: Date }[];
  /** What the member did as an organizer or admin (before/after left out: they may describe other people). */
  auditLog: { action: string; targetType: string; targetId: string | null; at: Date }[];
}

/**
 * Everything the platform holds about one member (Decree 13/2023: the right to access), and
 * nothing about anyone else: other people appear only through what is public anyway (a meetup's
 * or an issue's title), never by name or address.
 */
@Injectable()
export class MemberDataExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async exportFor(actor: Actor): Promise<MemberDataExport> {
    // One snapshot: a change committed while the export is read shows entirely or not at all.
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const q = <T>(sql: string, params: unknown[] = [actor.memberId]): Promise<T[]> => manager.query(sql, params);
      const member = await manager.findOne(Member, { where: { id: actor.memberId } });
      if (!member || member.erasedAt) throw DomainError.unauthenticated();

      // One connection answers one statement at a time: in order, not all at once.
      const [
        standing,
        rsvps,
        attendance,
        minutes,
        issues,
        supports,
        comments,
        consultationComments,
        assignments,
        updates,
        deliveries,
        pending,
        signIns,
        audit,
      ] = await inSequence([
        () =>
          q<Row>(
            `SELECT s.series_id, ms.title, s.guests, s.created_at FROM standing_rsvps s JOIN meetup_series ms ON ms.id = s.series_id WHERE s.member_id = $1 ORDER BY s.created_at`,
          ),
        () =>
          q<Row>(
            `SELECT r.meetup_id, m.title, m.starts_at, r.status, r.guests, r.responded_at, r.waitlisted_at, r.from_standing, r.answers
           FROM rsvps r JOIN meetups m ON m.id = r.meetup_id WHERE r.member_id = $1 ORDER BY m.starts_at, m.id`,
          ),
        () =>
          q<Row>(
            `SELECT a.meetup_id, m.title, m.starts_at, a.checked_in_at, a.method FROM attendances a JOIN meetups m ON m.id = a.meetup_id
           WHERE a.member_id = $1 ORDER BY m.starts_at, m.id`,
          ),
        () =>
          q<Row>(
            `SELECT n.meetup_id, m.title, m.starts_at, n.version FROM minutes n JOIN meetups m ON m.id = n.meetup_id
           WHERE n.status = 'PUBLISHED' AND $1::uuid = ANY(n.attendee_ids) ORDER BY m.starts_at, m.id`,
          ),
        () =>
          q<Row>(
            `SELECT id, title, description, kind, status, topics, support_count, hidden_at, created_at, updated_at
           FROM issues WHERE submitter_id = $1 ORDER BY created_at, id`,
          ),
        () =>
          q<Row>(
            `SELECT s.issue_id, i.title, s.created_at FROM issue_supports s JOIN issues i ON i.id = s.issue_id WHERE s.member_id = $1 ORDER BY s.created_at, s.issue_id`,
          ),
        () =>
          q<Row>(
            `SELECT c.id, c.issue_id, i.title, c.body, c.created_at, c.edited_at, c.hidden_at FROM issue_comments c JOIN issues i ON i.id = c.issue_id
           WHERE c.author_id = $1 ORDER BY c.created_at, c.id`,
          ),
        // The organizer who answered is not named: the answer is the institution's.
        () =>
          q<Row>(
            `SELECT c.id, c.consultation_id, k.title, s.heading, s.level, c.body, c.created_at, c.edited_at, c.hidden_at, c.response, c.accepted, c.responded_at
           FROM consultation_comments c JOIN consultation_sections s ON s.id = c.section_id JOIN consultations k ON k.id = c.consultation_id
           WHERE c.author_id = $1 ORDER BY c.created_at, c.id`,
          ),
        () => q<Row>(`SELECT id, title, status, due_on FROM assignments WHERE assignee_id = $1 ORDER BY due_on, id`),
        () =>
          q<Row>(
            `SELECT u.assignment_id, a.title, u.note, u.status, u.progress_percent, u.at FROM assignment_updates u JOIN assignments a ON a.id = u.assignment_id
           WHERE u.author_id = $1 ORDER BY u.at, u.id`,
          ),
        () => q<Row>(`SELECT kind, status, attempts, created_at, sent_at FROM deliveries WHERE member_id = $1 ORDER BY created_at, id`),
        () => q<Row>(`SELECT kind, created_at FROM outbox WHERE member_id = $1 AND processed_at IS NULL AND failed_at IS NULL ORDER BY id`),
        () => q<Row>(`SELECT created_at, expires_at, used_at FROM sign_in_tokens WHERE email = $1 ORDER BY created_at, id`, [member.email]),
        // Another member's id (a role they were given) is theirs, not this member's.
        () =>
          q<Row>(
            `SELECT action, target_type, CASE WHEN target_type = 'member' AND target_id <> $1::text THEN NULL ELSE target_id END AS target_id, at
           FROM audit_log WHERE actor_id = $1::uuid ORDER BY at, id`,
          ),
      ]);

      const [affiliation] = await q<Row>(
        `SELECT a.organization_id, o.name, a.status, a.role, a.requested_at, a.confirmed_at
           FROM affiliations a JOIN organizations o ON o.id = a.organization_id WHERE a.member_id = $1`,
      );
      const startupProjects = await q<Row>(`SELECT id, name, stage, created_at FROM startup_projects WHERE contact_id = $1 ORDER BY created_at, id`);
      const supportsRecorded = await q<Row>(
        `SELECT s.project_id, p.name AS project_name, o.name AS provider_name, s.kind, s.started_on, s.created_at
           FROM supports s JOIN startup_projects p ON p.id = s.project_id JOIN organizations o ON o.id = s.provider_id
          WHERE s.recorded_by = $1 ORDER BY s.created_at, s.id`,
      );

      return {
        format: MEMBER_DATA_FORMAT,
        exportedAt: this.clock.now(),
        profile: {
          id: member.id,
          name: member.name,
          email: member.email,
          locale: member.locale,
          role: member.role,
          affiliation: affiliation
            ? {
                organizationId: affiliation.organization_id,
                organizationName: affiliation.name,
                status: affiliation.status,
                role: affiliation.role,
                requestedAt: affiliation.requested_at,
                confirmedAt: affiliation.confirmed_at,
              }
            : null,
          notificationPreferences: effectivePreferences(member),
          createdAt: member.createdAt,
          updatedAt: member.updatedAt,
        },
        calendarFeed: {
          exists: member.calendarTokenHash !== null,
          note: 'The private feed URL is not stored (only a hash of its token); the app shows it to you, and regenerateCalendarToken replaces it.',
        },
        standingRsvps: standing.map((r) => ({ seriesId: r.series_id, seriesTitle: r.title, guests: r.guests, createdAt: r.created_at })),
        rsvps: rsvps.map((r) => ({
          meetupId: r.meetup_id,
          meetupTitle: r.title,
          startsAt: r.starts_at,
          status: r.status,
          guests: r.guests,
          respondedAt: r.responded_at,
          waitlistedAt: r.waitlisted_at,
          fromStanding: r.from_standing,
          answers: r.answers,
        })),
        attendance: attendance.map((r) => ({
          meetupId: r.meetup_id,
          meetupTitle: r.title,
          startsAt: r.starts_at,
          checkedInAt: r.checked_in_at,
          method: r.method,
        })),
        minutesAttendance: minutes.map((r) => ({ meetupId: r.meetup_id, meetupTitle: r.title, startsAt: r.starts_at, version: r.version })),
        issues: issues.map((r) => ({
          id: r.id,
          title: r.title,
          description: r.description,
          kind: r.kind,
          status: r.status,
          topics: r.topics,
          supportCount: r.support_count,
          hidden: r.hidden_at !== null,
          createdAt: r.created_at,
          updatedAt: r.updated_at,
        })),
        supports: supports.map((r) => ({ issueId: r.issue_id, issueTitle: r.title, createdAt: r.created_at })),
        comments: comments.map((r) => ({
          id: r.id,
          issueId: r.issue_id,
          issueTitle: r.title,
          body: r.body,
          createdAt: r.created_at,
          editedAt: r.edited_at,
          hidden: r.hidden_at !== null,
        })),
        consultationComments: {
          available: true,
          items: consultationComments.map((r) => ({
            id: r.id,
            consultationId: r.consultation_id,
            consultationTitle: r.title,
            sectionHeading: r.level === 0 ? '' : r.heading,
            body: r.body,
            createdAt: r.created_at,
            editedAt: r.edited_at,
            hidden: r.hidden_at !== null,
            response: r.response,
            accepted: r.accepted,
            respondedAt: r.responded_at,
          })),
        },
        assignments: assignments.map((r) => ({ id: r.id, title: r.title, status: r.status, dueOn: r.due_on })),
        assignmentUpdates: updates.map((r) => ({
          assignmentId: r.assignment_id,
          assignmentTitle: r.title,
          note: r.note,
          status: r.status,
          progressPercent: r.progress_percent,
          at: r.at,
        })),
        deliveries: deliveries.map((r) => ({ kind: r.kind, status: r.status, attempts: r.attempts, createdAt: r.created_at, sentAt: r.sent_at })),
        pendingMail: pending.map((r) => ({ kind: r.kind, createdAt: r.created_at })),
        signInLinks: signIns.map((r) => ({ createdAt: r.created_at, expiresAt: r.expires_at, usedAt: r.used_at })),
        auditLog: audit.map((r) => ({ action: r.action, targetType: r.target_type, targetId: r.target_id, at: r.at })),
        startupProjects: startupProjects.map((r) => ({ id: r.id, name: r.name, stage: r.stage, createdAt: r.created_at })),
        supportsRecorded: supportsRecorded.map((r) => ({
          projectId: r.project_id,
          projectName: r.project_name,
          providerName: r.provider_name,
          kind: r.kind,
          startedOn: r.started_on,
          createdAt: r.created_at,
        })),
      };
    });
  }
}

async function inSequence<T>(queries: (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = [];
  for (const query of queries) results.push(await query());
  return results;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Row = Record<string, any>;
