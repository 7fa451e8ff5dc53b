import request from 'supertest';
import type { INestApplicationContext } from '@nestjs/common';
import { FixedClock } from '@app/core';
import { createWorkerContext } from '@app/jobs';
import { MailTransport, SmtpMailTransport } from '@app/mail';
import {
  DeadlineRemindersService,
  DeliveryService,
  DigestService,
  OutboxDispatcher,
  RsvpLinksService,
  UnsubscribeService,
  createRsvpLinkToken,
} from '@app/notifications';
import { rawHeader } from '@app/testing';
import { affiliate, assignment, issue, organization, rsvp, series } from './support/builders';
import { TestApp, startTestApp } from './support/test-app';

type Who = { token: string; memberId: string };

describe('weekly digests and notifications, delivered exactly once', () => {
  // Thursday 26 Nov 2026, 17:00 in Huế: digest time.
  const clock = new FixedClock(new Date('2026-11-26T10:00:00Z'));
  let t: TestApp;
  let worker: INestApplicationContext;
  let digest: DigestService;
  let organizer: Who;
  let readers: Who[];
  let quiet: Who;
  let meetupId: string;
  let dept: string;

  /** A digest service like the worker's, sending through `transport`. */
  function digestVia(transport: MailTransport): DigestService {
    return new DigestService(
      t.dataSource,
      new DeliveryService(t.dataSource, transport, clock),
      worker.get(RsvpLinksService),
      worker.get(UnsubscribeService),
      clock,
      t.config,
    );
  }

  beforeAll(async () => {
    clock.set('2026-11-20T03:00:00Z'); // the week before
    t = await startTestApp({ clock });
    worker = await createWorkerContext({
      config: t.config,
      databaseUrl: t.database.url,
      clock,
      mailTransport: new SmtpMailTransport(t.mail.url, t.config.mail.from),
    });
    digest = worker.get(DigestService);
    [organizer] = await t.createMembers(1, 'organizer', 'ORGANIZER');
    readers = await t.createMembers(3, 'reader');
    [quiet] = await t.createMembers(1, 'quiet');
    dept = await organization(t, organizer, { name: 'Sở Khoa học và Công nghệ', shortName: 'Sở KH&CN' });
    await affiliate(t, readers[0], dept);
    await t.dataSource.query(`UPDATE members SET locale = 'en' WHERE id = $1`, [readers[2].memberId]);
    await t.gql('mutation { updateProfile(input: { notificationPreferences: { weeklyDigest: false } }) { id } }', {}, quiet.token);
    const { meetupIds } = await series(t, organizer, { venue: 'Viện NCPT' }, 6);
    // The first date from 27 Nov: Saturday 28 Nov.
    [meetupId] = (
      await t.dataSource.query(`SELECT id FROM meetups WHERE id = ANY($1) AND ends_at >= '2026-11-27T00:00:00Z' ORDER BY starts_at LIMIT 1`, [meetupIds])
    ).map((r: { id: string }) => r.id);
    await t.gql('mutation($m: ID!) { addAgendaItem(meetupId: $m, input: { title: "Thủ tục đăng ký kinh doanh" }) { id } }', { m: meetupId }, organizer.token);
    await rsvp(t, readers[1], meetupId);
    clock.set('2026-11-24T03:00:00Z'); // during the week
    await issue(t, readers[1], { title: 'Khó tiếp cận vốn vay ưu đãi', description: 'Ngân hàng yêu cầu thế chấp.' });
    await assignment(t, organizer, dept, { title: 'Rà soát quy trình hỗ trợ', dueOn: '2026-12-05' });
    clock.set('2026-11-26T10:00:00Z');
    await worker.get(OutboxDispatcher).dispatchPending(); // the RSVP confirmation, out of the way
  });
  afterAll(async () => {
    await worker.close();
    await t.close();
  });

  it('sends one digest per eligible member with the right sections; a second run sends nothing new', async () => {
    const report = await digest.runWeek();
    expect(report).toMatchObject({ week: '2026-W48', sent: 4, failed: 0 }); // organizer and three readers; quiet turned it off
    const vi = (await t.mail.waitFor('reader1@example.org', 2)).find((m) => m.parsed.subject?.startsWith('Bản tin'))!;
    expect(vi.parsed.subject).toBe('Bản tin Gặp mặt thứ Bảy — 2026-W48');
    expect(vi.parsed.text).toContain('== Buổi gặp sắp tới ==');
    expect(vi.parsed.text).toContain('08:00, Thứ Bảy, 28/11/2026');
    expect(vi.parsed.text).toContain('Chương trình: Thủ tục đăng ký kinh doanh');
    expect(vi.parsed.text).toContain('== Vấn đề mới được nêu ==');
    expect(vi.parsed.text).toContain('Khó tiếp cận vốn vay ưu đãi');
    expect(vi.parsed.text).toContain('Rà soát quy trình hỗ trợ (Sở KH&CN) — hạn Thứ Bảy, 05/12/2026');
    expect(vi.parsed.text).not.toContain('== Biên bản mới công bố ==');
    expect(vi.parsed.html).toContain('Tôi sẽ tham dự');
    // Meetups and issues link to their pages in the web app.
    const [newIssue] = await t.dataSource.query(`SELECT id FROM issues WHERE title = 'Khó tiếp cận vốn vay ưu đãi'`);
    expect(vi.parsed.text).toContain(`Khó tiếp cận vốn vay ưu đãi: http://meetups.test/issues/${newIssue.id}`);
    expect(vi.parsed.html).toContain(`<a href="http://meetups.test/issues/${newIssue.id}">Khó tiếp cận vốn vay ưu đãi</a>`);
    expect(vi.parsed.text).toMatch(/— Viện[^\n]*: http:\/\/meetups\.test\/meetups\/[0-9a-f-]{36}\n/);
    expect(rawHeader(vi, 'List-Unsubscribe')).toMatch(/^<http:\/\/meetups\.test\/unsubscribe\/[A-Za-z0-9_-]+>$/);
    expect(rawHeader(vi, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');

    const going = (await t.mail.waitFor('reader2@example.org')).find((m) => m.parsed.subject?.startsWith('Bản tin'))!;
    expect(going.parsed.text).toContain('Bạn đã đăng ký tham dự');
    expect(going.parsed.text).not.toContain('Sở KH&CN'); // not their organisation
    const [en] = await t.mail.waitFor('reader3@example.org');
    expect(en.parsed.subject).toBe('Saturday meetups digest — 2026-W48');
    expect(en.parsed.text).toContain('Saturday, 28 November 2026, 08:00');
    expect(t.mail.to('quiet1@example.org')).toHaveLength(0);

    const before = t.mail.messages.length;
    expect(await digest.runWeek()).toMatchObject({ sent: 0, failed: 0 }); // the week's digests are done
    expect(t.mail.messages.length).toBe(before);
  });

  it('sends each digest once when two workers run at the same time', async () => {
    clock.set('2026-12-03T10:00:00Z'); // next Thursday
    const before = t.mail.messages.length;
    const other = digestVia(new SmtpMailTransport(t.mail.url, t.config.mail.from));
    const [a, b] = await Promise.all([digest.runWeek(), other.runWeek()]);
    expect(a.sent + b.sent).toBe(4);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const digests = t.mail.messages.slice(before).filter((m) => /2026-W49/.test(m.parsed.subject ?? ''));
    expect(digests).toHaveLength(4);
    expect(new Set(digests.map((m) => m.envelopeTo[0])).size).toBe(4);
  });

  it('after a crash, sends what was not sent and nothing twice', async () => {
    clock.set('2026-12-10T10:00:00Z');
    // A worker crashed: one digest went out (recorded SENT) and another was only begun (PENDING).
    await t.dataSource.query(`INSERT INTO deliveries (key, member_id, kind, status, created_at, sent_at) VALUES ($1, $2, 'digest', 'SENT', now(), now())`, [
      `digest:${readers[0].memberId}:2026-W50`,
      readers[0].memberId,
    ]);
    await t.dataSource.query(`INSERT INTO deliveries (key, member_id, kind, status, created_at) VALUES ($1, $2, 'digest', 'PENDING', now())`, [
      `digest:${readers[1].memberId}:2026-W50`,
      readers[1].memberId,
    ]);
    const before = t.mail.messages.length;
    const report = await digest.runWeek();
    expect(report).toMatchObject({ sent: 3, failed: 0 }); // the one recorded SENT is not sent again
    const sentTo = t.mail.messages.slice(before).map((m) => m.envelopeTo[0]);
    expect(sentTo).not.toContain('reader1@example.org');
    expect(sentTo).toContain('reader2@example.org');
  });

  it('retries while SMTP is down and delivers when it is back', async () => {
    clock.set('2026-12-17T10:00:00Z');
    const down = digestVia(new SmtpMailTransport('smtp://127.0.0.1:1', t.config.mail.from));
    expect(await down.runWeek()).toMatchObject({ sent: 0, failed: 4 });
    const pending = await t.dataSource.query(`SELECT status, attempts, last_error FROM deliveries WHERE key LIKE '%:2026-W51' ORDER BY key`);
    expect(pending.every((d: { status: string; attempts: number }) => d.status === 'PENDING' && d.attempts === 1)).toBe(true);
    clock.advance(2 * 60_000);
    const before = t.mail.messages.length;
    expect(await digest.runWeek()).toMatchObject({ sent: 4 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(t.mail.messages.length - before).toBe(4);
    // A member's mail across meetups is for admins; an organizer sees the mail of their series' dates.
    const [admin] = await t.createMembers(1, 'digest-admin', 'ADMIN');
    const deliveries = await t.gql('query($m: ID!) { deliveries(memberId: $m) { kind status attempts } }', { m: readers[0].memberId }, admin.token);
    expect(deliveries.data!.deliveries[0]).toEqual({ kind: 'digest', status: 'SENT', attempts: 2 });
    expect((await t.gql('query($m: ID!) { deliveries(memberId: $m) { kind } }', { m: readers[0].memberId }, organizer.token)).errors![0].extensions.code).toBe(
      'FORBIDDEN',
    );
    expect((await t.gql('query($m: ID!) { deliveries(memberId: $m) { kind } }', { m: readers[0].memberId }, readers[0].token)).errors![0].extensions.code).toBe(
      'FORBIDDEN',
    );
  });

  it('unsubscribes with one POST, once: the page names no address, and a replay changes nothing', async () => {
    const mail = t.mail.to('reader1@example.org').find((m) => m.parsed.subject?.startsWith('Bản tin'))!;
    const url = /<([^>]+)>/.exec(rawHeader(mail, 'List-Unsubscribe') ?? '')![1];
    const path = new URL(url).pathname;
    const http = t.app.getHttpServer();
    const page = await request(http).get(path);
    expect(page.status).toBe(200);
    expect(page.text).toContain('bản tin hằng tuần / the weekly digest');
    expect(page.text).not.toContain('reader1@example.org');
    expect(page.text).not.toContain('@');
    // Opening the link (as a mail scanner does) changes nothing by itself: only the POST does.
    expect((await request(http).get(path)).status).toBe(200);
    const [untouched] = await t.dataSource.query('SELECT notification_preferences FROM members WHERE id = $1', [readers[0].memberId]);
    expect(untouched.notification_preferences.weeklyDigest ?? true).toBe(true);
    expect(await t.dataSource.query('SELECT used_at FROM unsubscribe_tokens WHERE member_id = $1 AND used_at IS NOT NULL', [readers[0].memberId])).toEqual([]);
    expect((await request(http).post(path).type('form').send('List-Unsubscribe=One-Click')).status).toBe(200);
    const [row] = await t.dataSource.query('SELECT notification_preferences FROM members WHERE id = $1', [readers[0].memberId]);
    expect(row.notification_preferences.weeklyDigest).toBe(false);
    // The member turns the digest back on; the same link, replayed, is refused and changes nothing.
    await t.gql('mutation { updateProfile(input: { notificationPreferences: { weeklyDigest: true } }) { id } }', {}, readers[0].token);
    const replayed = await request(http).post(path).type('form').send('List-Unsubscribe=One-Click');
    expect(replayed.status).toBe(410);
    const [after] = await t.dataSource.query('SELECT notification_preferences FROM members WHERE id = $1', [readers[0].memberId]);
    expect(after.notification_preferences.weeklyDigest).toBe(true);
    const used = await request(http).get(path);
    expect(used.status).toBe(410);
    expect(used.text).toContain('đã được dùng');
    expect(used.text).not.toContain('reader1@example.org');
    expect((await request(http).post('/unsubscribe/not-a-real-token-at-all-xxxx')).status).toBe(404);
  });

  it('applies a one-click RSVP link once, refuses it after the meetup, and refuses forgeries', async () => {
    clock.set('2026-12-24T10:00:00Z');
    const report = await digestVia(new SmtpMailTransport(t.mail.url, t.config.mail.from)).runWeek();
    expect(report.sent).toBeGreaterThan(0);
    const mail = t.mail.to('reader3@example.org').find((m) => /2026-W52/.test(m.parsed.subject ?? ''))!;
    const goingUrl = /I'm going: (\S+)/.exec(mail.parsed.text ?? '')![1];
    const path = new URL(goingUrl).pathname;
    const http = t.app.getHttpServer();
    expect((await request(http).get(path)).status).toBe(200);
    const used = await request(http).post(path);
    expect(used.status).toBe(200);
    const [rsvp] = await t.dataSource.query('SELECT status FROM rsvps WHERE member_id = $1 ORDER BY created_at DESC LIMIT 1', [readers[2].memberId]);
    expect(rsvp.status).toBe('GOING');
    expect((await request(http).post(path)).status).toBe(410);

    const token = path.split('/').pop()!;
    const [payload] = token.split('.');
    const forged = `${Buffer.from(JSON.stringify([readers[0].memberId, meetupId, 'GOING', 9999999999])).toString('base64url')}.${token.split('.')[1]}`;
    expect((await request(http).post(`/rsvp-links/${forged}`)).status).toBe(404);
    expect(payload).not.toBe(forged.split('.')[0]);
    const wrongKey = createRsvpLinkToken('not-the-server-secret-not-the-server-secret', {
      memberId: readers[0].memberId,
      meetupId,
      response: 'GOING',
      expiresAt: 9999999999,
    });
    expect((await request(http).post(`/rsvp-links/${wrongKey}`)).status).toBe(404);

    const expired = createRsvpLinkToken(t.config.auth.jwtSecret, {
      memberId: readers[0].memberId,
      meetupId,
      response: 'GOING',
      expiresAt: Math.floor(Date.parse('2026-11-28T04:00:00Z') / 1000),
    });
    expect((await request(http).post(`/rsvp-links/${expired}`)).status).toBe(410);
  });

  it('keeps Vietnamese intact in subject and body encodings', async () => {
    const mail = t.mail.to('reader2@example.org').find((m) => m.parsed.subject?.startsWith('Bản tin'))!;
    expect(mail.raw.toString('latin1')).toMatch(/Subject: =\?UTF-8\?/i);
    expect(mail.parsed.subject).toContain('Bản tin Gặp mặt thứ Bảy');
    expect(mail.parsed.text).toContain('Khó tiếp cận vốn vay ưu đãi');
  });

  it('tells the lead organisation of a new assignment, 3 days before its deadline and the day after it is missed', async () => {
    const given = t.mail.to('reader1@example.org').find((m) => m.parsed.subject === 'Nhiệm vụ mới: Rà soát quy trình hỗ trợ');
    expect(given).toBeDefined();
    expect(rawHeader(given!, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const reminders = worker.get(DeadlineRemindersService);
    const dispatcher = worker.get(OutboxDispatcher);

    clock.set('2026-12-02T01:00:00Z'); // 08:00 on 2 Dec in Huế: due 5 Dec is 3 days away
    expect(await reminders.run()).toBe(1);
    expect(await reminders.run()).toBe(0);
    await dispatcher.dispatchPending();
    const soon = (await t.mail.waitFor('reader1@example.org', 1)).find((m) => m.parsed.subject?.startsWith('Sắp đến hạn'));
    expect(soon!.parsed.subject).toBe('Sắp đến hạn (Thứ Bảy, 05/12/2026): Rà soát quy trình hỗ trợ');

    clock.set('2026-12-06T01:00:00Z');
    expect(await reminders.run()).toBe(1);
    await dispatcher.dispatchPending();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(t.mail.to('reader1@example.org').some((m) => m.parsed.subject === 'Quá hạn: Rà soát quy trình hỗ trợ')).toBe(true);
  });

  it("tells an issue's submitter and supporters when its status changes", async () => {
    const [issue] = await t.dataSource.query(`SELECT id FROM issues WHERE title = 'Khó tiếp cận vốn vay ưu đãi'`);
    await t.gql('mutation($id: ID!) { supportIssue(id: $id) { id } }', { id: issue.id }, readers[2].token);
    await t.gql(
      'mutation($id: ID!) { setIssueStatus(id: $id, status: DECLINED, note: "Thuộc thẩm quyền ngân hàng trung ương") { id } }',
      { id: issue.id },
      organizer.token,
    );
    await worker.get(OutboxDispatcher).dispatchPending();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const toSubmitter = t.mail.to('reader2@example.org').find((m) => m.parsed.subject?.startsWith('Vấn đề không tiếp nhận'));
    expect(toSubmitter!.parsed.text).toContain('Phản hồi chính thức: Thuộc thẩm quyền ngân hàng trung ương');
    expect(toSubmitter!.parsed.text).toContain(`Xem vấn đề và quá trình xử lý: http://meetups.test/issues/${issue.id}`);
    expect(t.mail.to('reader3@example.org').some((m) => m.parsed.subject === 'Issue declined: Khó tiếp cận vốn vay ưu đãi')).toBe(true);
  });
});

describe('the digest schedule per series', () => {
  const clock = new FixedClock(new Date('2026-11-26T09:30:00Z'));
  let t: TestApp;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    t = await startTestApp({ clock });
    worker = await createWorkerContext({
      config: t.config,
      databaseUrl: t.database.url,
      clock,
      mailTransport: new SmtpMailTransport(t.mail.url, t.config.mail.from),
    });
  });
  afterAll(async () => {
    await worker.close();
    await t.close();
  });

  it('sends on the series day and hour in its zone (default Thursday 17:00 Asia/Ho_Chi_Minh), not otherwise', async () => {
    const [organizer] = await t.createMembers(1, 'org', 'ORGANIZER');
    await t.gql('mutation { createMeetupSeries(input: { title: "Thứ Bảy", startsOn: "2026-11-01" }) { id digestWeekday digestTime } }', {}, organizer.token);
    const digest = worker.get(DigestService);
    expect(await digest.runIfDue()).toBeNull(); // 16:30 in Huế
    clock.set('2026-11-26T10:00:00Z'); // 17:00 in Huế
    expect(await digest.runIfDue()).toMatchObject({ week: '2026-W48', sent: 1 });
    const bad = await t.gql('mutation { createMeetupSeries(input: { title: "x", startsOn: "2026-11-01", digestWeekday: 8 }) { id } }', {}, organizer.token);
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'digestWeekday' });
  });
});
