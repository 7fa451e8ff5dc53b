import { Inject, Injectable, Logger } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { Clock, webPages } from '@app/core';
import { OutgoingMail, renderDigestMail } from '@app/mail';
import { Member, effectivePreferences, isReachable } from '@app/members';
import { DeliveryService } from './delivery.service';
import { RsvpLinksService } from './rsvp-links.service';
import { unsubscribeHeaders } from './unsubscribe-headers';
import { UnsubscribeService } from './unsubscribe.service';

const ZONE = 'Asia/Ho_Chi_Minh';
/** Digests composed and sent at once (each holds a database connection while it sends). */
const DIGEST_LANES = 8;

export interface DigestRunReport {
  week: string;
  sent: number;
  skipped: number;
  alreadySent: number;
  failed: number;
}

/**
 * The weekly digest, per member, once per ISO week (the delivery key is member + week): a run
 * that repeats, or two that overlap, send nothing new. What counts as "since the last digest"
 * is the seven days before the run.
 */
interface SharedSections {
  newIssues: { id: string; title: string; kind: string }[];
  minutes: { meetup_id: string; title: string; starts_at: Date; timezone: string }[];
  resolved: { id: string; title: string; official_response: string | null }[];
  /** Consultations open now; those closing within the coming week are marked as closing soon. */
  consultations: { id: string; title: string; closes_at: Date }[];
}

@Injectable()
export class DigestService {
  private readonly logger = new Logger(DigestService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly deliveries: DeliveryService,
    private readonly links: RsvpLinksService,
    private readonly unsubscribe: UnsubscribeService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The ISO week (in Asia/Ho_Chi_Minh) a run at `instant` belongs to, e.g. 2026-W48. */
  weekOf(instant: Date): string {
    return DateTime.fromJSDate(instant, { zone: ZONE }).toFormat("kkkk-'W'WW");
  }

  /**
   * Run hourly by the worker: sends this week's digest when a series' digest hour has come (by
   * default Thursday 17:00 in its zone). Members get one digest a week, at the first series time.
   */
  async runIfDue(): Promise<DigestRunReport | null> {
    // Due from a series' digest hour until the end of the week, so a missed or failed hour is
    // made up later; deliveries keyed by member and week keep it to one digest each.
    const due: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM meetup_series s
       WHERE (extract(isodow FROM $1::timestamptz AT TIME ZONE s.timezone) > s.digest_weekday
              OR (extract(isodow FROM $1::timestamptz AT TIME ZONE s.timezone) = s.digest_weekday
                  AND to_char($1::timestamptz AT TIME ZONE s.timezone, 'HH24:00') >= s.digest_time))
         AND (s.ends_on IS NULL OR s.ends_on >= ($1::timestamptz AT TIME ZONE s.timezone)::date - 7)
       LIMIT 1`,
      [this.clock.now()],
    );
    return due.length ? this.runWeek() : null;
  }

  async runWeek(): Promise<DigestRunReport> {
    const now = this.clock.now();
    const week = this.weekOf(now);
    const members: { id: string }[] = await this.dataSource.query(
      `SELECT m.id FROM members m
       WHERE m.erased_at IS NULL AND coalesce((m.notification_preferences->>'weeklyDigest')::boolean, true)
         AND NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.key = 'digest:' || m.id || ':' || $1 AND d.status IN ('SENT', 'SKIPPED', 'FAILED'))
       ORDER BY m.id`,
      [week],
    );
    const report: DigestRunReport = { week, sent: 0, skipped: 0, alreadySent: 0, failed: 0 };
    // What is the same for every member (the week's new and resolved issues, published minutes)
    // is read once per run, not once per member: per member it was a scan of every resolved issue.
    const shared = members.length ? await this.sharedSections(this.dataSource.manager, now) : null;
    // A few members at a time: each delivery is its own short transaction and SMTP exchange.
    let next = 0;
    const lane = async () => {
      while (next < members.length) {
        const { id } = members[next++];
        const outcome = await this.deliveries.deliverOnce({
          key: `digest:${id}:${week}`,
          memberId: id,
          kind: 'digest',
          compose: (manager) => this.compose(manager, id, now, week, shared as SharedSections),
        });
        if (outcome === 'SENT') report.sent++;
        else if (outcome === 'SKIPPED') report.skipped++;
        else if (outcome === 'ALREADY_DONE') report.alreadySent++;
        else report.failed++;
      }
    };
    await Promise.all(Array.from({ length: DIGEST_LANES }, lane));
    this.logger.log(`digest ${week}: ${JSON.stringify(report)}`);
    return report;
  }

  /** The digest's sections that do not depend on the member. */
  private async sharedSections(manager: EntityManager, now: Date): Promise<SharedSections> {
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

  private async compose(manager: EntityManager, memberId: string, now: Date, week: string, shared: SharedSections): Promise<OutgoingMail | null> {
    const member = await manager.getRepository(Member).findOneBy({ id: memberId });
    if (!member || !isReachable(member) || !effectivePreferences(member).weeklyDigest) return null;
    const inAWeek = new Date(now.getTime() + 7 * 86400_000);
    const today = DateTime.fromJSDate(now, { zone: ZONE }).toISODate() as string;
    const in14Days = DateTime.fromJSDate(now, { zone: ZONE }).plus({ days: 14 }).toISODate() as string;

    const meetups: { id: string; title: string; starts_at: Date; ends_at: Date; timezone: string; venue: string | null; venue_address: string | null; status: string | null }[] =
      await manager.query(
        `SELECT m.id, m.title, m.starts_at, m.ends_at, m.timezone, m.venue, m.venue_address, r.status
         FROM meetups m LEFT JOIN rsvps r ON r.meetup_id = m.id AND r.member_id = $1
         WHERE m.status = 'SCHEDULED' AND m.starts_at > $2 AND m.starts_at <= $3 ORDER BY m.starts_at, m.id`,
        [memberId, now, inAWeek],
      );
    const agenda: { meetup_id: string; title: string }[] = meetups.length
      ? await manager.query('SELECT meetup_id, title FROM agenda_items WHERE meetup_id = ANY($1) ORDER BY position', [meetups.map((m) => m.id)])
      : [];
    const { newIssues, minutes, resolved, consultations } = shared;
    const assignments: { title: string; due_on: string; organization: string }[] = member.organizationId
      ? await manager.query(
          `SELECT a.title, a.due_on, coalesce(o.short_name, o.name) AS organization FROM assignments a JOIN organizations o ON o.id = a.lead_organization_id
           WHERE a.status IN ('OPEN','IN_PROGRESS') AND a.due_on <= $2
             -- The organisation's own assignments through their indexes (an OR with EXISTS
             -- checked every open assignment, for every member).
             AND a.id IN (SELECT l.id FROM assignments l WHERE l.lead_organization_id = $1
                          UNION SELECT c.assignment_id FROM assignment_coordinators c WHERE c.organization_id = $1)
           ORDER BY a.due_on, a.id`,
          [member.organizationId, in14Days],
        )
      : [];
    if (!meetups.length && !newIssues.length && !minutes.length && !assignments.length && !resolved.length && !consultations.length) return null;

    const link = (meetupId: string, endsAt: Date, response: 'GOING' | 'NOT_GOING') =>
      this.links.url({ memberId, meetupId, response, expiresAt: Math.floor(endsAt.getTime() / 1000) });
    const mail = renderDigestMail({
      locale: member.locale,
      name: member.name,
      weekLabel: week,
      meetups: meetups.map((m) => ({
        title: m.title,
        startsAt: m.starts_at,
        timezone: m.timezone,
        place: [m.venue, m.venue_address].filter(Boolean).join(', ') || null,
        agenda: agenda.filter((a) => a.meetup_id === m.id).map((a) => a.title),
        myStatus: (m.status as 'GOING' | 'WAITLISTED' | 'NOT_GOING' | null) ?? null,
        url: webPages.meetup(this.config.publicUrl, m.id),
        goingUrl: link(m.id, m.ends_at, 'GOING'),
        notGoingUrl: link(m.id, m.ends_at, 'NOT_GOING'),
      })),
      newIssues: newIssues.map((i) => ({ title: i.title, kind: i.kind, url: webPages.issue(this.config.publicUrl, i.id) })),
      minutes: minutes.map((m) => ({ meetupTitle: m.title, date: m.starts_at, timezone: m.timezone, url: webPages.meetup(this.config.publicUrl, m.meetup_id) })),
      assignments: assignments.map((a) => ({ title: a.title, dueOn: a.due_on, overdue: a.due_on < today, organization: a.organization })),
      resolvedIssues: resolved.map((i) => ({ title: i.title, response: i.official_response, url: webPages.issue(this.config.publicUrl, i.id) })),
      consultations: consultations.map((c) => ({
        title: c.title,
        closesAt: c.closes_at,
        closingSoon: c.closes_at.getTime() <= inAWeek.getTime(),
        url: webPages.consultation(this.config.publicUrl, c.id),
      })),
    });
    return {
      to: member.email,
      ...mail,
      headers: { ...unsubscribeHeaders(await this.unsubscribe.urlFor(manager, memberId, 'weeklyDigest')), 'X-Digest-Week': week },
    };
  }
}
