import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource, In } from 'typeorm';
import { Actor, Clock, FixedClock, HUE_TIME_ZONE } from '@app/core';
import { AssignmentsService, ProgressCommand } from '@app/assignments';
import { CommentsService, Issue, IssuesService } from '@app/issues';
import { AgendaService, Meetup, MeetupSeriesService, MeetupsService } from '@app/meetups';
import { MembersService, NOTIFICATION_KINDS, NotificationPreferences } from '@app/members';
import { MinutesService } from '@app/minutes';
import { AffiliationsService, OrganizationsService } from '@app/organizations';
import { RsvpsService } from '@app/rsvps';
import { EXAMPLE_ISSUES, EXAMPLE_MEMBERS, EXAMPLE_MINUTES, ExampleIssue, ExampleIssueKey, ExampleMemberKey } from './example-issues-data';
import { SEED_SERIES } from './seed-data';

export interface ExampleIssuesReport {
  membersAdded: number;
  issuesAdded: number;
  supportsAdded: number;
  commentsAdded: number;
  agendaItemsAdded: number;
  minutesAdded: number;
  assignmentsAdded: number;
  progressReportsAdded: number;
  rsvpsAdded: number;
}

const NOTHING: ExampleIssuesReport = {
  membersAdded: 0,
  issuesAdded: 0,
  supportsAdded: 0,
  commentsAdded: 0,
  agendaItemsAdded: 0,
  minutesAdded: 0,
  assignmentsAdded: 0,
  progressReportsAdded: 0,
  rsvpsAdded: 0,
};

const WEEK_MS = 7 * 86_400_000;

/** `time` (HH:mm, Huế) on the day `days` after the local date of `meetup` (before it when negative). */
function dayOf(meetup: Meetup, days: number, time: string): Date {
  const [hour, minute] = time.split(':').map(Number);
  return DateTime.fromJSDate(meetup.startsAt, { zone: HUE_TIME_ZONE }).startOf('day').plus({ days }).set({ hour, minute }).toJSDate();
}

/** The local date (YYYY-MM-DD, Huế) `days` after `meetup`'s. */
function dateAfter(meetup: Meetup, days: number): string {
  return DateTime.fromJSDate(meetup.startsAt, { zone: HUE_TIME_ZONE }).plus({ days }).toISODate() as string;
}

/** `count` instants evenly inside (from, to). */
function spread(from: Date, to: Date, count: number): Date[] {
  const step = (to.getTime() - from.getTime()) / (count + 1);
  return Array.from({ length: count }, (_, index) => new Date(from.getTime() + step * (index + 1)));
}

/**
 * The example issues of the demo data and the Saturdays that dealt with them, told through the
 * services as the people would have done it, each step at its time: the seed's clock is moved
 * back to the day of each step (so timelines, agendas and minutes read as weeks of history) and
 * set to now at the end. Every status change goes through the issue gate as in the app:
 * scheduling, published minutes, assignments, an organizer's resolution, a duplicate merged.
 *
 * Once: when any example issue exists already, nothing is added.
 */
@Injectable()
export class ExampleIssuesSeed {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly members: MembersService,
    private readonly organizations: OrganizationsService,
    private readonly affiliations: AffiliationsService,
    private readonly series: MeetupSeriesService,
    private readonly meetups: MeetupsService,
    private readonly agenda: AgendaService,
    private readonly issues: IssuesService,
    private readonly comments: CommentsService,
    private readonly minutes: MinutesService,
    private readonly assignments: AssignmentsService,
    private readonly rsvps: RsvpsService,
  ) {}

  async run(): Promise<ExampleIssuesReport> {
    const clock = this.clock;
    if (!(clock instanceof FixedClock)) throw new Error('the example issues are told with a clock the seed moves (runSeed gives one)');
    const titles = Object.values(EXAMPLE_ISSUES).map((issue) => issue.title);
    if ((await this.dataSource.getRepository(Issue).countBy({ title: In(titles) })) > 0) return { ...NOTHING };

    const report = { ...NOTHING };
    const now = clock.now();
    const series = (await this.series.list(null)).find((s) => s.title === SEED_SERIES.title);
    if (!series) throw new Error(`the series "${SEED_SERIES.title}" is missing: the seed makes it first`);
    const organizationIds = new Map((await this.organizations.list()).map((o) => [o.name, o.id]));
    const orgId = (name: string) => {
      const id = organizationIds.get(name);
      if (!id) throw new Error(`the organisation "${name}" is missing: the seed makes it first`);
      return id;
    };

    // Seven weeks ago: the members join, each asking to speak for their organisation (their mail
    // turned off: example.org gets none), the Institute's organizer confirms them and takes the
    // series on; its Saturdays since then are made.
    const weeksAgo = new Date(now.getTime() - 7 * WEEK_MS);
    clock.set(weeksAgo);
    const people = new Map<ExampleMemberKey, Actor & { name: string }>();
    const mailOff = Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, false])) as Record<keyof NotificationPreferences, boolean>;
    for (const person of EXAMPLE_MEMBERS) {
      if (!(await this.members.findByEmail(person.email))) report.membersAdded += 1;
      const member = await this.members.upsertOnSignIn(this.dataSource.manager, person.email, person.name, !!person.organizer);
      const actor = { memberId: member.id, role: member.role };
      await this.members.updateProfile(actor, { organizationId: orgId(person.organization), notificationPreferences: mailOff });
      people.set(person.key, { ...actor, name: member.name ?? person.name });
    }
    const as = (key: ExampleMemberKey) => people.get(key)!;
    const tam = as('tam');
    clock.set(new Date(weeksAgo.getTime() + 3_600_000));
    // The confirmation mail is one no preference turns off: at example.org it reaches nobody.
    await this.affiliations.confirmMany(
      tam,
      [...people.values()].map((person) => person.memberId),
    );
    const [organizers] = await this.series.organizerIdsOf([series.id]);
    await this.series.update(tam, series.id, { organizerIds: [...organizers, tam.memberId] });
    clock.set(now);
    const next = await this.meetups.next(null, series.id);
    const past = (await this.meetups.list(null, { seriesId: series.id, to: now, newestFirst: true }, 10)).items.filter(
      (m) => m.status === 'SCHEDULED' && m.endsAt <= now,
    );
    if (!next || past.length < 4) throw new Error('the series has no coming Saturday or fewer than four past ones');
    const [p1, p2, p3, p4] = past;
    // After last Saturday: a fraction of the time between its end and now.
    const recent = (fraction: number) => new Date(p1.endsAt.getTime() + fraction * (now.getTime() - p1.endsAt.getTime()));

    const ids = new Map<ExampleIssueKey, string>();
    const raise = async (issue: ExampleIssue, at: Date, activityUntil: Date) => {
      clock.set(at);
      const created = await this.issues.submit(as(issue.by), {
        title: issue.title,
        description: issue.description,
        kind: issue.kind,
        topics: issue.topics,
        addressedToOrganizationId: issue.addressedTo ? orgId(issue.addressedTo) : null,
      });
      ids.set(issue.key, created.id);
      report.issuesAdded += 1;
      const steps = spread(at, activityUntil, issue.supporters.length + issue.comments.length);
      for (const supporter of issue.supporters) {
        clock.set(steps.shift()!);
        await this.issues.support(as(supporter), created.id);
        report.supportsAdded += 1;
      }
      for (const comment of issue.comments) {
        clock.set(steps.shift()!);
        await this.comments.add(as(comment.by), created.id, comment.body);
        report.commentsAdded += 1;
      }
      return created.id;
    };
    const schedule = async (key: ExampleIssueKey, meetup: Meetup, at: Date) => {
      clock.set(at);
      const item = await this.issues.schedule(tam, ids.get(key)!, meetup.id);
      report.agendaItemsAdded += 1;
      await this.agenda.update(tam, item.id, { presenter: as(EXAMPLE_ISSUES[key].by).name, durationMinutes: 30 });
      return item;
    };
    const decisionsOf = async (meetup: Meetup) => {
      const minutes = await this.minutes.forMeetup(tam, meetup.id);
      return (await this.minutes.decisionsOf([minutes!.id]))[0];
    };
    const reportProgress = async (key: ExampleMemberKey, assignmentId: string, at: Date, command: ProgressCommand) => {
      clock.set(at);
      await this.assignments.reportProgress(as(key), assignmentId, command);
      report.progressReportsAdded += 1;
    };

    // Four Saturdays ago: the ecosystem map, from raised to resolved.
    const map = EXAMPLE_MINUTES.ecosystemMap;
    const mapId = await raise(EXAMPLE_ISSUES.ecosystemMap, dayOf(p4, -9, '20:10'), dayOf(p4, -4, '12:00'));
    const mapItem = await schedule('ecosystemMap', p4, dayOf(p4, -3, '09:00'));
    clock.set(dayOf(p4, 2, '15:00'));
    await this.minutes.save(tam, p4.id, {
      summary: map.summary,
      attendeeIds: (['tam', 'hoa', 'quan', 'lan', 'bao'] as const).map((k) => as(k).memberId),
      decisions: [{ text: map.decision, issueIds: [mapId] }],
      itemNotes: [{ agendaItemId: mapItem.id, note: map.note }],
    });
    await this.minutes.publish(tam, p4.id);
    report.minutesAdded += 1;
    clock.set(dayOf(p4, 2, '16:00'));
    const mapWork = await this.assignments.create(tam, {
      title: map.assignment,
      leadOrganizationId: orgId('Sở Khoa học và Công nghệ'),
      coordinatingOrganizationIds: [orgId('Vườn ươm khởi nghiệp Huế (ví dụ)')],
      dueOn: dateAfter(p2, 0),
      issueId: mapId,
      decisionId: (await decisionsOf(p4))[0].id,
    });
    report.assignmentsAdded += 1;
    await reportProgress('lan', mapWork.id, dayOf(p3, 1, '10:00'), { note: map.progress, progressPercent: 50 });
    await reportProgress('lan', mapWork.id, dayOf(p2, -2, '16:30'), { note: map.done, status: 'DONE' });
    clock.set(dayOf(p2, 1, '09:00'));
    await this.issues.setStatus(tam, mapId, 'RESOLVED', map.resolution);
    clock.set(dayOf(p2, 1, '14:00'));
    await this.comments.add(as('hoa'), mapId, map.thanks);
    report.commentsAdded += 1;

    // Issues raised over the weeks, waiting for a Saturday.
    await raise(EXAMPLE_ISSUES.steeringBoard, dayOf(p4, 3, '21:00'), dayOf(p3, -1, '12:00'));
    await raise(EXAMPLE_ISSUES.targets, dayOf(p4, 5, '10:00'), dayOf(p3, 2, '12:00'));
    await raise(EXAMPLE_ISSUES.trademark, dayOf(p3, 2, '19:30'), dayOf(p2, -1, '12:00'));

    // Last Saturday: seed capital (given to the Department, which reports progress) and coordination (discussed).
    const last = EXAMPLE_MINUTES.lastSaturday;
    const seedCapitalId = await raise(EXAMPLE_ISSUES.seedCapital, dayOf(p2, -5, '21:15'), dayOf(p1, -4, '12:00'));
    const coordinationId = await raise(EXAMPLE_ISSUES.coordination, dayOf(p2, -2, '09:00'), dayOf(p1, -4, '12:00'));
    const seedCapitalItem = await schedule('seedCapital', p1, dayOf(p1, -3, '10:00'));
    await schedule('coordination', p1, dayOf(p1, -3, '10:05'));
    clock.set(recent(0.2));
    await this.minutes.save(tam, p1.id, {
      summary: last.summary,
      attendeeIds: (['tam', 'quan', 'hoa', 'bao', 'khoa', 'lan', 'huy'] as const).map((k) => as(k).memberId),
      decisions: [
        { text: last.seedCapitalDecision, issueIds: [seedCapitalId] },
        { text: last.coordinationDecision, issueIds: [coordinationId] },
      ],
      itemNotes: [{ agendaItemId: seedCapitalItem.id, note: last.seedCapitalNote }],
    });
    await this.minutes.publish(tam, p1.id);
    report.minutesAdded += 1;
    clock.set(recent(0.25));
    const seedCapitalWork = await this.assignments.create(tam, {
      title: last.assignment,
      leadOrganizationId: orgId('Sở Khoa học và Công nghệ'),
      coordinatingOrganizationIds: [orgId('Sở Kế hoạch và Đầu tư')],
      dueOn: dateAfter(next, 35),
      issueId: seedCapitalId,
      decisionId: (await decisionsOf(p1))[0].id,
    });
    report.assignmentsAdded += 1;
    await reportProgress('lan', seedCapitalWork.id, recent(0.8), { note: last.progress, progressPercent: 30 });

    // The next Saturday: legal procedures (the same raised again, merged into it) and the portal.
    const legalId = await raise(EXAMPLE_ISSUES.legalProcedures, dayOf(p2, 3, '20:00'), recent(0.7));
    await raise(EXAMPLE_ISSUES.portal, dayOf(p1, -5, '11:00'), recent(0.4));
    const duplicateId = await raise(EXAMPLE_ISSUES.registrationDuplicate, dayOf(p2, 4, '21:00'), dayOf(p2, 5, '12:00'));
    await schedule('legalProcedures', next, recent(0.41));
    await schedule('portal', next, recent(0.42));
    clock.set(recent(0.45));
    await this.issues.setStatus(tam, duplicateId, 'DUPLICATE', EXAMPLE_MINUTES.duplicateNote, legalId);

    // The newest, waiting for a Saturday.
    await raise(EXAMPLE_ISSUES.internships, recent(0.2), recent(0.9));
    await raise(EXAMPLE_ISSUES.mentors, recent(0.3), recent(0.9));
    await raise(EXAMPLE_ISSUES.workspace, recent(0.35), recent(0.95));

    // A few people coming on the next Saturday, answered now.
    clock.set(now);
    if (next.startsAt > now) {
      for (const [key, guests] of [
        ['tam', 0],
        ['hoa', 0],
        ['quan', 1],
        ['bao', 0],
        ['khoa', 0],
        ['huy', 0],
      ] as const) {
        await this.rsvps.respond(as(key), next.id, 'GOING', guests);
        report.rsvpsAdded += 1;
      }
    }
    return report;
  }
}
