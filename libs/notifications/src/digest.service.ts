import { Inject, Injectable, Logger } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { Clock, webPages, HUE_TIME_ZONE } from '@app/core';
import { OutgoingMail, renderDigestMail } from '@app/mail';
import { agendaAsShown } from '@app/issues';
import { effectivePreferences, findMemberRow, isReachable } from '@app/members';
import { SharedSections, isDigestDue, memberDigestSections, membersAwaitingDigest, sharedDigestSections } from './digest.read-model';
import { DeliveryService } from './delivery.service';
import { RsvpLinksService } from './rsvp-links.service';
import { unsubscribeHeaders } from './unsubscribe-headers';
import { UnsubscribeService } from './unsubscribe.service';

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
    return DateTime.fromJSDate(instant, { zone: HUE_TIME_ZONE }).toFormat("kkkk-'W'WW");
  }

  /**
   * Run hourly by the worker: sends this week's digest when a series' digest hour has come (by
   * default Thursday 17:00 in its zone). Members get one digest a week, at the first series time.
   */
  async runIfDue(): Promise<DigestRunReport | null> {
    // Due from a series' digest hour until the end of the week, so a missed or failed hour is
    // made up later; deliveries keyed by member and week keep it to one digest each.
    return (await isDigestDue(this.dataSource.manager, this.clock.now())) ? this.runWeek() : null;
  }

  async runWeek(): Promise<DigestRunReport> {
    const now = this.clock.now();
    const week = this.weekOf(now);
    const members = await membersAwaitingDigest(this.dataSource.manager, week);
    const report: DigestRunReport = { week, sent: 0, skipped: 0, alreadySent: 0, failed: 0 };
    // What is the same for every member (the week's new and resolved issues, published minutes)
    // is read once per run, not once per member: per member it was a scan of every resolved issue.
    const shared = members.length ? await sharedDigestSections(this.dataSource.manager, now) : null;
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

  private async compose(manager: EntityManager, memberId: string, now: Date, week: string, shared: SharedSections): Promise<OutgoingMail | null> {
    const member = await findMemberRow(manager, memberId);
    if (!member || !isReachable(member) || !effectivePreferences(member).weeklyDigest) return null;
    const inAWeek = new Date(now.getTime() + 7 * 86400_000);
    const today = DateTime.fromJSDate(now, { zone: HUE_TIME_ZONE }).toISODate() as string;
    const in14Days = DateTime.fromJSDate(now, { zone: HUE_TIME_ZONE }).plus({ days: 14 }).toISODate() as string;

    const { meetups, agenda: points, assignments } = await memberDigestSections(manager, member, now, inAWeek, in14Days);
    // The digest is read as its member: a point copied from an issue now hidden reads as the placeholder unless they may see it.
    const agenda = await agendaAsShown(manager, { memberId: member.id, role: member.role }, points, member.locale);
    const { newIssues, minutes, resolved, consultations } = shared;
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
      minutes: minutes.map((m) => ({
        meetupTitle: m.title,
        date: m.starts_at,
        timezone: m.timezone,
        url: webPages.meetup(this.config.publicUrl, m.meetup_id),
      })),
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
