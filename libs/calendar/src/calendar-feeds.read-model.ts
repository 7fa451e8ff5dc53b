import { createHash, createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { Actor, Clock, isUuid } from '@app/core';
import { queryPrepared } from '@app/database';
import { Assignment } from '@app/assignments';
import { AgendaItem, Meetup } from '@app/meetups';
import { Member, MembersService, registerCalendarTokenHash, rotateCalendarToken } from '@app/members';
import { assignmentEvent } from './assignment-event';
import { CalendarDocument, CalendarEvent } from './calendar-builder';
import { meetupEvent } from './meetup-event';
import { PLACE_HOLDING_RSVP_STATUSES } from '@app/rsvps';

/** A feed that can say cheaply whether it changed (fingerprint) before it is built. */
export interface Feed {
  /** Changes whenever anything the feed shows changes; computed in one small query. */
  fingerprint: string;
  build(): Promise<CalendarDocument>;
}

/** Past meetups stay in feeds this long. */
const PAST_DAYS = 180;

function sha256(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

/**
 * A read model: the calendar feeds, public (all public series, one series, one meetup), a member's
 * private feed behind an unguessable token, and an organisation's deadlines.
 */
@Injectable()
export class CalendarFeedsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly members: MembersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The member's feed token: derived from the server secret, the member and a version (so it can
   * be shown again without being stored); only its hash is kept, to find the member.
   */
  feedToken(member: Pick<Member, 'id' | 'calendarTokenVersion'>): string {
    return createHmac('sha256', this.config.auth.jwtSecret).update(`calendar-feed:${member.id}:${member.calendarTokenVersion}`).digest('base64url');
  }

  /** The member's feed URLs (https and webcal://), registering the token's hash on first use. */
  async feedUrls(member: Member): Promise<{ https: string; webcal: string }> {
    const token = this.feedToken(member);
    const hash = sha256(token);
    if (member.calendarTokenHash !== hash) {
      await registerCalendarTokenHash(this.dataSource.manager, member.id, hash, member.calendarTokenVersion);
      member.calendarTokenHash = hash;
    }
    const https = `${this.config.publicUrl}/calendar/members/${token}.ics`;
    return { https, webcal: https.replace(/^https?:/, 'webcal:') };
  }

  /** A new token: the old URL answers 404 at once. */
  async regenerate(actor: Actor): Promise<Member> {
    await rotateCalendarToken(this.dataSource.manager, actor.memberId);
    const member = await this.members.getById(actor.memberId);
    await this.feedUrls(member);
    return member;
  }

  async allPublicMeetups(): Promise<Feed> {
    return this.meetupSetFeed(`s.visibility = 'PUBLIC'`, [], {
      name: 'Gặp mặt thứ Bảy — Viện Nghiên cứu phát triển Thừa Thiên Huế',
      url: `${this.config.publicUrl}/calendar/meetups.ics`,
    });
  }

  async seriesFeed(seriesId: string): Promise<Feed | null> {
    if (!isUuid(seriesId)) return null;
    const [series] = await this.dataSource.query(`SELECT title, description FROM meetup_series WHERE id = $1 AND visibility = 'PUBLIC'`, [seriesId]);
    if (!series) return null;
    return this.meetupSetFeed(`m.series_id = $1`, [seriesId], {
      name: series.title,
      description: series.description,
      url: `${this.config.publicUrl}/calendar/series/${seriesId}.ics`,
    });
  }

  async singleMeetupFeed(meetupId: string): Promise<Feed | null> {
    if (!isUuid(meetupId)) return null;
    const [meetup] = await this.dataSource.query(
      `SELECT m.title FROM meetups m JOIN meetup_series s ON s.id = m.series_id WHERE m.id = $1 AND s.visibility = 'PUBLIC'`,
      [meetupId],
    );
    if (!meetup) return null;
    return this.meetupSetFeed(`m.id = $1`, [meetupId], { name: meetup.title, url: `${this.config.publicUrl}/calendar/meetups/${meetupId}.ics` }, false);
  }

  /** The member's meetups (GOING or WAITLISTED) and the deadlines of their organisation's and their own assignments. */
  async memberFeed(token: string): Promise<Feed | null> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
    const since = new Date(this.clock.now().getTime() - PAST_DAYS * 86400_000);
    // The member and what their feed's fingerprint is made of, in one round trip: a calendar app
    // revalidating an unchanged feed costs this one statement.
    const [found] = await queryPrepared<{
      id: string;
      name: string;
      organization_id: string | null;
      calendar_token_version: number;
      meetups: string;
      assignments: string;
    }>(
      this.dataSource,
      `WITH me AS (SELECT m.id, m.name, af.organization_id, m.calendar_token_version FROM members m
                  LEFT JOIN affiliations af ON af.member_id = m.id AND af.status = 'CONFIRMED' WHERE m.calendar_token_hash = $1)
         SELECT me.*,
           (SELECT coalesce(md5(string_agg(m.id::text || m.updated_at || m.sequence || r.status || s.updated_at, ',' ORDER BY m.id)), '')
              FROM rsvps r JOIN meetups m ON m.id = r.meetup_id JOIN meetup_series s ON s.id = m.series_id
             WHERE r.member_id = me.id AND r.status = ANY($3) AND m.ends_at >= $2) AS meetups,
           (SELECT coalesce(md5(string_agg(a.id::text || a.updated_at || a.sequence, ',' ORDER BY a.id)), '')
              FROM assignments a
             WHERE a.assignee_id = me.id OR a.lead_organization_id = me.organization_id
                OR EXISTS (SELECT 1 FROM assignment_coordinators c WHERE c.assignment_id = a.id AND c.organization_id = me.organization_id)) AS assignments
         FROM me`,
      [sha256(token), since, [...PLACE_HOLDING_RSVP_STATUSES]],
    );
    if (!found) return null;
    const member = { id: found.id, name: found.name, organizationId: found.organization_id, calendarTokenVersion: found.calendar_token_version };
    if (this.feedToken(member) !== token) return null;
    const { meetups, assignments } = found;
    return {
      fingerprint: `member:${member.id}:${member.name}:${meetups}:${assignments}`,
      build: async () => {
        const rows: { id: string; status: string; answered_at: Date; alarm: number | null }[] = await this.dataSource.query(
          `SELECT m.id, r.status, r.updated_at AS answered_at, s.reminder_minutes_before[1] AS alarm
           FROM rsvps r JOIN meetups m ON m.id = r.meetup_id JOIN meetup_series s ON s.id = m.series_id
           WHERE r.member_id = $1 AND r.status = ANY($3) AND m.ends_at >= $2 ORDER BY m.starts_at, m.id`,
          [member.id, since, [...PLACE_HOLDING_RSVP_STATUSES]],
        );
        const waitlisted = new Set(rows.filter((r) => r.status === 'WAITLISTED').map((r) => r.id));
        // Dates the member is GOING to ring at the series' first reminder offset; waitlisted ones do not.
        const alarms = new Map(rows.filter((r) => r.status === 'GOING').map((r) => [r.id, r.alarm]));
        const meetupEvents = await this.meetupEvents(
          rows.map((r) => r.id),
          (m) => (waitlisted.has(m.id) ? '[Chờ / Waitlist] ' : ''),
          (m) => alarms.get(m.id) ?? null,
        );
        const answeredAt = new Map(rows.map((r) => [r.id, r.answered_at]));
        for (const [index, event] of meetupEvents.entries()) {
          if (event.summary.startsWith('[Chờ')) event.status = event.status === 'CANCELLED' ? 'CANCELLED' : 'TENTATIVE';
          // The member's own answer changes their event too (waitlisted → going).
          const answered = answeredAt.get(rows[index]?.id);
          if (answered && answered > event.lastModified) event.lastModified = answered;
        }
        const assignmentIds: { id: string }[] = await this.dataSource.query(
          `SELECT a.id FROM assignments a WHERE a.assignee_id = $1 OR a.lead_organization_id = $2
              OR EXISTS (SELECT 1 FROM assignment_coordinators c WHERE c.assignment_id = a.id AND c.organization_id = $2)`,
          [member.id, member.organizationId],
        );
        return {
          name: `Lịch của ${member.name} — Gặp mặt thứ Bảy`,
          events: [...meetupEvents, ...(await this.assignmentEvents(assignmentIds.map((a) => a.id)))],
        };
      },
    };
  }

  /** An organisation's assignment deadlines (lead or coordinating). Public, like the scorecards. */
  async organizationFeed(organizationId: string): Promise<Feed | null> {
    if (!isUuid(organizationId)) return null;
    const [organization] = await this.dataSource.query('SELECT name, updated_at FROM organizations WHERE id = $1', [organizationId]);
    if (!organization) return null;
    const where = `a.lead_organization_id = $1 OR EXISTS (SELECT 1 FROM assignment_coordinators c WHERE c.assignment_id = a.id AND c.organization_id = $1)`;
    const [{ fingerprint }] = await this.dataSource.query(
      `SELECT coalesce(md5(string_agg(a.id::text || a.updated_at || a.sequence, ',' ORDER BY a.id)), '') AS fingerprint FROM assignments a WHERE ${where}`,
      [organizationId],
    );
    return {
      fingerprint: `organization:${organizationId}:${organization.name}:${fingerprint}`,
      build: async () => {
        const ids: { id: string }[] = await this.dataSource.query(`SELECT a.id FROM assignments a WHERE ${where}`, [organizationId]);
        return {
          name: `Hạn nhiệm vụ — ${organization.name}`,
          url: `${this.config.publicUrl}/calendar/organizations/${organizationId}.ics`,
          events: await this.assignmentEvents(ids.map((r) => r.id)),
        };
      },
    };
  }

  private async meetupSetFeed(where: string, params: unknown[], document: Omit<CalendarDocument, 'events'>, windowed = true): Promise<Feed> {
    const since = new Date(this.clock.now().getTime() - PAST_DAYS * 86400_000);
    const filter = `${where}${windowed ? ` AND m.ends_at >= $${params.length + 1}` : ''}`;
    const args = windowed ? [...params, since] : params;
    const [{ fingerprint }] = await this.dataSource.query(
      `SELECT coalesce(md5(string_agg(m.id::text || m.updated_at || m.sequence || s.updated_at, ',' ORDER BY m.id)), '') AS fingerprint
       FROM meetups m JOIN meetup_series s ON s.id = m.series_id WHERE ${filter}`,
      args,
    );
    return {
      fingerprint: `${document.url}:${document.name}:${fingerprint}`,
      build: async () => {
        const rows: { id: string }[] = await this.dataSource.query(
          `SELECT m.id FROM meetups m JOIN meetup_series s ON s.id = m.series_id WHERE ${filter} ORDER BY m.starts_at, m.id`,
          args,
        );
        return { ...document, events: await this.meetupEvents(rows.map((r) => r.id)) };
      },
    };
  }

  private async meetupEvents(ids: string[], prefix?: (meetup: Meetup) => string, alarm?: (meetup: Meetup) => number | null): Promise<CalendarEvent[]> {
    if (ids.length === 0) return [];
    const meetups = await this.dataSource.manager.find(Meetup, { where: { id: In(ids) }, order: { startsAt: 'ASC', id: 'ASC' } });
    const agenda = await this.dataSource.manager.find(AgendaItem, { where: { meetupId: In(ids) }, order: { position: 'ASC' } });
    return meetups.map((meetup) =>
      meetupEvent(meetup, {
        publicUrl: this.config.publicUrl,
        agenda: agenda.filter((item) => item.meetupId === meetup.id),
        summaryPrefix: prefix?.(meetup),
        alarmMinutesBefore: alarm?.(meetup) ?? null,
      }),
    );
  }

  private async assignmentEvents(ids: string[]): Promise<CalendarEvent[]> {
    if (ids.length === 0) return [];
    const assignments = await this.dataSource.manager.find(Assignment, { where: { id: In(ids) }, order: { dueOn: 'ASC', id: 'ASC' } });
    const orgs: { id: string; name: string; short_name: string | null }[] = await this.dataSource.query(
      'SELECT id, name, short_name FROM organizations WHERE id = ANY($1)',
      [[...new Set(assignments.map((a) => a.leadOrganizationId))]],
    );
    const nameOf = new Map(orgs.map((o) => [o.id, o.short_name ?? o.name]));
    return assignments.map((a) => assignmentEvent(a, nameOf.get(a.leadOrganizationId) ?? '', this.config.publicUrl));
  }
}
