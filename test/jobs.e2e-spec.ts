import type { INestApplicationContext } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { FixedClock } from '@app/core';
import { SCHEDULES, createWorkerContext } from '@app/jobs';
import { SmtpMailTransport } from '@app/mail';
import { MeetupRemindersService } from '@app/notifications';
import { Who, affiliate, assignment, issue, members, organization, organizer as anOrganizer, rsvp, schedule, series } from './support/builders';
import { TestApp, startTestApp } from './support/test-app';

/**
 * The worker's scheduled jobs, as two workers run them: each reminder goes once whichever worker
 * takes it, and the jobs the schedule names run when their queue hands them out (pg-boss), not
 * only when a test calls the service.
 */
describe('the worker’s jobs, with two workers', () => {
  // Tuesday 1 Dec 2026, 10:00 in Huế; the first date is Saturday 5 Dec at 08:00.
  const clock = new FixedClock(new Date('2026-12-01T03:00:00Z'));
  let t: TestApp;
  let workers: INestApplicationContext[];
  let boss: PgBoss;
  let organizer: Who;
  let people: Who[];
  let meetupIds: string[];
  const reminderMails = (email: string) => t.mail.to(email).filter((m) => /^(Nhắc lịch|Reminder):/.test(m.parsed.subject ?? ''));

  async function until<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await check();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  beforeAll(async () => {
    t = await startTestApp({ clock });
    const worker = () =>
      createWorkerContext({ config: t.config, databaseUrl: t.database.url, clock, mailTransport: new SmtpMailTransport(t.mail.url, t.config.mail.from) });
    workers = [await worker(), await worker()];
    boss = new PgBoss({ connectionString: t.database.url, schema: 'pgboss', max: 2 });
    await boss.start();
    organizer = await anOrganizer(t);
    people = await members(t, 3, 'jobs');
    ({ meetupIds } = await series(t, organizer, { startsOn: '2026-12-01', capacity: null, venue: 'Viện NCPT' }, 2));
    for (const who of people) await rsvp(t, who, meetupIds[0]);
  });
  afterAll(async () => {
    await boss.stop({ graceful: false, wait: true });
    for (const worker of workers) await worker.close();
    await t.close();
  });

  it('sends each reminder once when both workers run the reminders at the same moment', async () => {
    clock.set('2026-12-04T12:00:00Z'); // Friday 19:00 in Huế: 13 hours before the start
    const runs = await Promise.all(workers.map((worker) => worker.get(MeetupRemindersService).run()));
    expect(runs.reduce((sent, run) => sent + run.sent, 0)).toBe(3);
    expect(runs.reduce((failed, run) => failed + run.failed, 0)).toBe(0);
    for (const n of [1, 2, 3]) {
      await t.mail.waitFor(`jobs${n}@example.org`, 1);
      expect(reminderMails(`jobs${n}@example.org`)).toHaveLength(1);
    }
    const deliveries: { key: string; status: string }[] = await t.dataSource.query(
      `SELECT key, status FROM deliveries WHERE kind = 'meetup.reminder' ORDER BY key`,
    );
    expect(deliveries).toHaveLength(3);
    expect(new Set(deliveries.map((d) => d.key)).size).toBe(3);
    expect(deliveries.every((d) => d.status === 'SENT')).toBe(true);
  });

  it('runs the reminders, the deadline reminders and the progress news when their queues hand out the job', async () => {
    // Friday 10:00 in Huế: a department is given work on an issue due on Sunday, and reports on it.
    clock.set('2026-12-04T03:00:00Z');
    const dept = await organization(t, organizer, { name: 'Sở Kế hoạch và Đầu tư', shortName: 'Sở KH&ĐT' });
    await affiliate(t, people[2], dept);
    const issueId = await issue(t, people[0], { title: 'Thiếu thông tin về quỹ hỗ trợ' });
    await schedule(t, organizer, issueId, meetupIds[1]);
    const work = await assignment(t, organizer, dept, { title: 'Công bố danh sách quỹ', dueOn: '2026-12-06', issueId });
    const reported = await t.gql(
      'mutation($id: ID!) { reportAssignmentProgress(id: $id, input: { note: "Đã tổng hợp danh sách", progressPercent: 40 }) { id } }',
      { id: work },
      people[2].token,
    );
    expect(reported.errors).toBeUndefined();

    // Saturday 07:00 in Huế: an hour before the meetup, and the morning after the report.
    clock.set('2026-12-05T00:00:00Z');
    for (const name of ['meetup-reminders', 'deadline-reminders', 'progress-news'] as const) {
      expect(Object.keys(SCHEDULES)).toContain(name);
      expect(await boss.send(name, {})).toEqual(expect.any(String));
    }

    // meetup-reminders: the one-hour reminder, once per member GOING.
    for (const n of [1, 2, 3]) {
      await until(`the one-hour reminder to jobs${n}`, async () => (reminderMails(`jobs${n}@example.org`).length >= 2 ? true : undefined));
      expect(reminderMails(`jobs${n}@example.org`)).toHaveLength(2);
    }
    // deadline-reminders: the department's member hears the deadline is near (an outbox message, mailed by the dispatcher).
    const soon = await until('the deadline reminder', async () => {
      const rows: { member_id: string }[] = await t.dataSource.query(
        `SELECT member_id FROM outbox WHERE kind = 'deadline.soon' AND payload->>'assignmentId' = $1`,
        [work],
      );
      return rows.length ? rows : undefined;
    });
    expect(soon.map((r) => r.member_id)).toEqual([people[2].memberId]);
    // progress-news: the issue's submitter gets the day's report.
    const news = await until('the progress news', async () => {
      const mails = t.mail.to('jobs1@example.org').filter((m) => /^(Tiến độ xử lý|Progress on):/.test(m.parsed.subject ?? ''));
      return mails.length ? mails : undefined;
    });
    expect(news).toHaveLength(1);
    expect(news[0].parsed.text).toContain('Đã tổng hợp danh sách');
  });
});
