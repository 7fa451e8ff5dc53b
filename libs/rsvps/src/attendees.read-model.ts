import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { Actor, DomainError, requireId } from '@app/core';
import { assertCanManageSeries } from '@app/meetups';
import { displayName } from '@app/members';
import type { RsvpStatus } from './rsvp.entity';

export interface Attendee {
  memberId: string;
  /** "Thành viên cũ" for a member who has since deleted their account (checked in before). */
  name: string;
  /** null for a member who has since deleted their account. */
  email: string | null;
  organizationName: string | null;
  /** null for someone checked in without an RSVP. */
  status: RsvpStatus | null;
  guests: number;
  waitlistPosition: number | null;
  checkedInAt: Date | null;
  /** Answers to the series' registration questions, in their order. */
  answers: string[];
}

const STATUS_ORDER = "CASE r.status WHEN 'GOING' THEN 0 WHEN 'WAITLISTED' THEN 1 WHEN 'NOT_GOING' THEN 3 ELSE 2 END";

/** The organizers' view of who comes: RSVPs and check-ins together. */
@Injectable()
export class AttendeesService {
  constructor(private readonly dataSource: DataSource) {}

  async list(actor: Actor, meetupId: string): Promise<{ attendees: Attendee[]; timezone: string; title: string; startsAt: Date; questions: string[] }> {
    requireId('meetupId', meetupId);
    const [meetup] = await this.dataSource.query(
      'SELECT m.series_id, m.timezone, m.title, m.starts_at, s.registration_questions FROM meetups m JOIN meetup_series s ON s.id = m.series_id WHERE m.id = $1',
      [meetupId],
    );
    if (!meetup) throw DomainError.notFound('Meetup', meetupId);
    await assertCanManageSeries(this.dataSource.manager, actor, meetup.series_id);
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `WITH people AS (
         SELECT member_id FROM rsvps WHERE meetup_id = $1
         UNION SELECT member_id FROM attendances WHERE meetup_id = $1
       )
       SELECT m.id AS member_id, m.name, m.email, o.name AS organization_name, r.status, coalesce(r.guests, 0) AS guests,
              CASE WHEN r.status = 'WAITLISTED'
                   THEN (SELECT count(*) FROM rsvps w WHERE w.meetup_id = $1 AND w.status = 'WAITLISTED'
                           AND w.waitlist_seq <= r.waitlist_seq)::int END AS waitlist_position,
              a.checked_in_at, coalesce(r.answers, '{}') AS answers
       FROM people p
       JOIN members m ON m.id = p.member_id
       LEFT JOIN affiliations af ON af.member_id = m.id AND af.status = 'CONFIRMED'
       LEFT JOIN organizations o ON o.id = af.organization_id
       LEFT JOIN rsvps r ON r.meetup_id = $1 AND r.member_id = p.member_id
       LEFT JOIN attendances a ON a.meetup_id = $1 AND a.member_id = p.member_id
       ORDER BY ${STATUS_ORDER}, CASE WHEN r.status = 'WAITLISTED' THEN r.waitlist_seq END NULLS FIRST, m.name, m.id`,
      [meetupId],
    );
    return {
      timezone: meetup.timezone,
      title: meetup.title,
      startsAt: meetup.starts_at,
      questions: meetup.registration_questions ?? [],
      attendees: rows.map((r) => ({
        memberId: r.member_id as string,
        name: displayName({ name: (r.name as string | null) ?? null }),
        email: (r.email as string | null) ?? null,
        organizationName: (r.organization_name as string) ?? null,
        status: (r.status as RsvpStatus) ?? null,
        guests: r.guests as number,
        waitlistPosition: (r.waitlist_position as number) ?? null,
        checkedInAt: (r.checked_in_at as Date) ?? null,
        answers: (r.answers as string[]) ?? [],
      })),
    };
  }

  /** The attendee list as CSV (RFC 4180, UTF-8 with BOM so spreadsheets keep Vietnamese intact). */
  async exportCsv(actor: Actor, meetupId: string): Promise<{ filename: string; csv: string }> {
    const { attendees, timezone, startsAt, questions } = await this.list(actor, meetupId);
    // One column per registration question, headed by the question itself.
    const header = ['Name', 'Organisation', 'E-mail', 'Status', 'Guests', 'Waitlist position', 'Checked in at', ...questions];
    const lines = [
      header,
      ...attendees.map((a) => [
        a.name,
        a.organizationName ?? '',
        a.email ?? '',
        a.status ?? 'WALK_IN',
        String(a.guests),
        a.waitlistPosition === null ? '' : String(a.waitlistPosition),
        a.checkedInAt ? (DateTime.fromJSDate(a.checkedInAt, { zone: timezone }).toFormat('yyyy-MM-dd HH:mm') ?? '') : '',
        ...questions.map((_, index) => a.answers[index] ?? ''),
      ]),
    ].map((cells) => cells.map(csvCell).join(','));
    const day = DateTime.fromJSDate(startsAt, { zone: timezone }).toISODate();
    return { filename: `attendees-${day}.csv`, csv: '\uFEFF' + lines.join('\r\n') + '\r\n' };
  }
}

/** Quotes a cell when needed, and defuses cells a spreadsheet would run as a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
