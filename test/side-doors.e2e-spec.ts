import type { INestApplicationContext } from '@nestjs/common';
import request from 'supertest';
import { AccessTokens } from '@app/auth';
import { FixedClock } from '@app/core';
import { createWorkerContext } from '@app/jobs';
import { SmtpMailTransport } from '@app/mail';
import { Member } from '@app/members';
import { DigestService, OutboxDispatcher, UNSUBSCRIBE_LINK_DAYS, UnsubscribeService } from '@app/notifications';
import { RSVP_CONFIRMATION_QUIET_SECONDS } from '@app/rsvps';
import { rawHeader } from '@app/testing';
import { parseCalendar } from './support/ical';
import { Who, issue, members, organizer, rsvp, schedule, series } from './support/builders';
import { TestApp, startTestApp } from './support/test-app';

/**
 * The side doors of the security review, each shut: a hidden issue's title copied on an agenda,
 * moderation notes, other series' mail, unsubscribe links used again or late, the calendar feed
 * after signing out everywhere, repeated milestones and confirmations, and an alias flood.
 */
describe('a hidden issue’s copies, moderation notes, mail and links', () => {
  // Thursday 26 Nov 2026, 10:00 in Huế; the first date is Saturday 28 Nov.
  const clock = new FixedClock(new Date('2026-11-26T03:00:00Z'));
  let t: TestApp;
  let worker: INestApplicationContext;
  let seriesOrganizer: Who;
  let otherOrganizer: Who;
  let submitter: Who;
  let member: Who;
  let admin: Who;
  let seriesId: string;
  let meetupId: string;
  let hiddenId: string;
  const TITLE = 'Chị Lan, số 0905 111 222, bị làm khó';
  const http = () => request(t.app.getHttpServer());
  const dispatch = () => worker.get(OutboxDispatcher).dispatchPending();

  beforeAll(async () => {
    t = await startTestApp({ clock });
    worker = await createWorkerContext({
      config: t.config,
      databaseUrl: t.database.url,
      clock,
      mailTransport: new SmtpMailTransport(t.mail.url, t.config.mail.from),
    });
    seriesOrganizer = await organizer(t, 'doors-organizer');
    otherOrganizer = await organizer(t, 'doors-other');
    [submitter, member] = await members(t, 2, 'doors-member');
    [admin] = await members(t, 1, 'doors-admin', 'ADMIN');
    ({
      seriesId,
      meetupIds: [meetupId],
    } = await series(t, seriesOrganizer, { title: 'Cà phê khởi nghiệp', startsOn: '2026-11-28', venue: 'Viện NCPT' }, 1));
    await series(t, otherOrganizer, { title: 'Chuỗi khác', startsOn: '2026-11-28' }, 1);
    await t.gql('mutation($m: ID!) { addAgendaItem(meetupId: $m, input: { title: "Khai mạc" }) { id } }', { m: meetupId }, seriesOrganizer.token);
    hiddenId = await issue(t, submitter, { title: TITLE, description: 'Chi tiết riêng tư.' });
    await schedule(t, seriesOrganizer, hiddenId, meetupId);
    await rsvp(t, member, meetupId);
  }, 60_000);
  afterAll(async () => {
    await worker.close();
    await t.close();
  });

  const agendaAs = async (who?: Who) =>
    (await t.gql('query($m: ID!) { meetup(id: $m) { agenda { title issue { id } } } }', { m: meetupId }, who?.token)).data!.meetup.agenda;

  it('once the issue is hidden, its title on the agenda reads as hidden to whoever may not see it: page, .ics, embed, exports, digest, mail', async () => {
    // The public feed of the date holds the title before, and is built again when the issue is hidden.
    const feed = `/calendar/meetups/${meetupId}.ics`;
    expect(parseCalendar((await http().get(feed)).text).events[0].description).toContain(TITLE);
    await t.gql('mutation($m: ID!) { saveMinutes(meetupId: $m, input: { summary: "Trao đổi." }) { id } }', { m: meetupId }, seriesOrganizer.token);
    await t.gql('mutation($m: ID!) { publishMinutes(meetupId: $m) { id } }', { m: meetupId }, seriesOrganizer.token);
    const hidden = await t.gql(
      'mutation($i: ID!) { hideIssue(id: $i, reason: "Lộ số điện thoại của người khác") { id } }',
      { i: hiddenId },
      seriesOrganizer.token,
    );
    expect(hidden.errors).toBeUndefined();

    // The meetup page (its GraphQL agenda), in the viewer's language.
    expect(await agendaAs()).toEqual([
      { title: 'Khai mạc', issue: null },
      { title: '(đã ẩn)', issue: null },
    ]);
    expect(await agendaAs(member)).toEqual([
      { title: 'Khai mạc', issue: null },
      { title: '(đã ẩn)', issue: null },
    ]);
    await t.gql('mutation { updateProfile(input: { locale: en }) { id } }', {}, member.token);
    expect((await agendaAs(member))[1]).toEqual({ title: '(hidden)', issue: null });
    await t.gql('mutation { updateProfile(input: { locale: vi }) { id } }', {}, member.token);
    expect((await agendaAs(submitter))[1]).toEqual({ title: TITLE, issue: { id: hiddenId } });
    expect((await agendaAs(otherOrganizer))[1]).toEqual({ title: TITLE, issue: { id: hiddenId } });

    // Calendar files: every feed (read without a session), the member's private one too.
    const memberFeed = new URL((await t.gql('{ me { calendarFeedUrl } }', {}, member.token)).data!.me.calendarFeedUrl).pathname;
    const agendaIn = (ics: string) => parseCalendar(ics).events.find((e) => e.uid.includes(meetupId))!.description;
    for (const path of [feed, `/calendar/series/${seriesId}.ics`, '/calendar/meetups.ics', memberFeed]) {
      const ics = await http().get(path);
      expect(ics.status).toBe(200);
      expect(ics.text).not.toContain('0905');
      expect(agendaIn(ics.text)).toContain('2. (đã ẩn / hidden)');
    }

    // The embed, in both languages.
    for (const [lang, label] of [
      ['vi', '(đã ẩn)'],
      ['en', '(hidden)'],
    ]) {
      const embed = await http().get(`/embed/next?series=${seriesId}&lang=${lang}`);
      expect(embed.status).toBe(200);
      expect(embed.text).not.toContain('0905');
      expect(embed.text).toContain(label);
    }

    // The minutes exports: hidden to the public, named to the organizers.
    for (const path of [`/meetups/${meetupId}/minutes.md`, `/meetups/${meetupId}/minutes.html`]) {
      const anonymous = await http().get(path);
      expect(anonymous.status).toBe(200);
      expect(anonymous.text).not.toContain('0905');
      expect(anonymous.text).toContain('(đã ẩn)');
      expect((await http().get(`${path}?lang=en`)).text).toContain('(hidden)');
      expect((await http().get(path).set('authorization', `Bearer ${seriesOrganizer.token}`)).text).toContain('0905 111 222');
    }

    // The RSVP confirmation's calendar file, sent now.
    await dispatch();
    const [confirmation] = await t.mail.waitFor('doors-member2@example.org');
    const attachment = confirmation.parsed.attachments.find((a) => a.contentType.startsWith('text/calendar'))!;
    expect(attachment.content.toString('utf8')).not.toContain('0905');
    expect(agendaIn(attachment.content.toString('utf8'))).toContain('2. (đã ẩn / hidden)');

    // The digest, as each member may read it.
    clock.set('2026-11-26T10:00:00Z');
    await worker.get(DigestService).runWeek();
    const digestOf = async (email: string) => (await t.mail.waitFor(email)).find((m) => m.parsed.subject?.startsWith('Bản tin'))!;
    const memberDigest = await digestOf('doors-member2@example.org');
    expect(memberDigest.parsed.text).toContain('(đã ẩn)');
    expect(`${memberDigest.parsed.text}${memberDigest.parsed.html}`).not.toContain('0905');
    expect((await digestOf('doors-member1@example.org')).parsed.text).toContain('0905 111 222'); // its submitter
    clock.set('2026-11-26T03:00:00Z');
  });

  it('keeps a moderation note for organizers and the submitter, on the timeline too, after the issue is shown again', async () => {
    const flagged = await issue(t, submitter, { title: 'Góp ý về thủ tục', description: 'Nội dung.' });
    await t.gql('mutation($i: ID!) { hideIssue(id: $i, reason: "Nêu tên người thi hành công vụ") { id } }', { i: flagged }, seriesOrganizer.token);
    await t.gql('mutation($i: ID!) { unhideIssue(id: $i) { id } }', { i: flagged }, seriesOrganizer.token);
    const timeline = async (who?: Who) =>
      (await t.gql('query($i: ID!) { issue(id: $i) { timeline { type note } } }', { i: flagged }, who?.token)).data!.issue.timeline.filter(
        (e: { type: string }) => e.type === 'HIDDEN',
      );
    expect(await timeline()).toEqual([{ type: 'HIDDEN', note: null }]);
    expect(await timeline(member)).toEqual([{ type: 'HIDDEN', note: null }]);
    expect(await timeline(submitter)).toEqual([{ type: 'HIDDEN', note: 'Nêu tên người thi hành công vụ' }]);
    expect(await timeline(otherOrganizer)).toEqual([{ type: 'HIDDEN', note: 'Nêu tên người thi hành công vụ' }]);
  });

  it('shows a meetup’s mail to the organizers of its series only, and a member’s mail to admins only', async () => {
    const DELIVERIES = 'query($m: ID, $p: ID) { deliveries(meetupId: $m, memberId: $p) { kind member { id } } }';
    const mine = await t.gql(DELIVERIES, { m: meetupId }, seriesOrganizer.token);
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.deliveries.length).toBeGreaterThan(0);
    const across = await t.gql(DELIVERIES, { m: meetupId }, otherOrganizer.token);
    expect(across.errors![0].extensions.code).toBe('FORBIDDEN');
    expect(across.data).toBeNull();
    expect((await t.gql(DELIVERIES, { p: member.memberId }, seriesOrganizer.token)).errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await t.gql(DELIVERIES, { m: meetupId, p: member.memberId }, otherOrganizer.token)).errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await t.gql(DELIVERIES, { p: member.memberId }, admin.token)).data!.deliveries.length).toBeGreaterThan(0);
    expect((await t.gql(DELIVERIES, { m: meetupId }, member.token)).errors![0].extensions.code).toBe('FORBIDDEN');
  });

  it('refuses an unsubscribe link used already or older than its lifetime, and forgets expired ones', async () => {
    const linkOf = (mail: Awaited<ReturnType<typeof t.mail.waitFor>>[number]) =>
      new URL(/<([^>]+)>/.exec(rawHeader(mail, 'List-Unsubscribe') ?? '')![1]).pathname;
    // Mail sent earlier may still be on its way to the sink: wait for each one by its subject.
    const mailStartingWith = async (prefix: string) => {
      const deadline = Date.now() + 15_000;
      for (;;) {
        const found = t.mail.to('doors-member2@example.org').find((m) => m.parsed.subject?.startsWith(prefix));
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`no mail to doors-member2@example.org starting "${prefix}"`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    const confirmation = await mailStartingWith('Đã đăng ký');
    const digest = await mailStartingWith('Bản tin');
    // Used once: the second time, nothing happens and the page says why.
    expect((await http().post(linkOf(confirmation))).status).toBe(200);
    const replay = await http().post(linkOf(confirmation));
    expect(replay.status).toBe(410);
    expect(replay.text).not.toContain('doors-member2@example.org');
    // Too old: refused, and the mail stays on.
    clock.advance((UNSUBSCRIBE_LINK_DAYS + 1) * 86400_000);
    try {
      const late = await http().get(linkOf(digest));
      expect(late.status).toBe(410);
      expect(late.text).toContain('hết hạn');
      expect((await http().post(linkOf(digest))).status).toBe(410);
      const [row] = await t.dataSource.query('SELECT notification_preferences FROM members WHERE id = $1', [member.memberId]);
      expect(row.notification_preferences.weeklyDigest ?? true).toBe(true);
      expect(await worker.get(UnsubscribeService).pruneExpired()).toBeGreaterThan(0);
      expect((await http().get(linkOf(digest))).status).toBe(404);
    } finally {
      clock.set('2026-11-26T03:00:00Z');
    }
  });

  it('gives the private calendar feed a new address when a member signs out everywhere', async () => {
    const [leaving] = await members(t, 1, 'doors-leaving');
    await rsvp(t, leaving, meetupId);
    const before = new URL((await t.gql('{ me { calendarFeedUrl } }', {}, leaving.token)).data!.me.calendarFeedUrl).pathname;
    expect((await http().get(before)).status).toBe(200);
    expect((await t.gql('mutation { signOutEverywhere }', {}, leaving.token)).data!.signOutEverywhere).toBe(true);
    expect((await http().get(before)).status).toBe(404);
    expect((await t.gql('{ me { id } }', {}, leaving.token)).errors![0].extensions.code).toBe('UNAUTHENTICATED');
    // Signed in again, the member gets the new address, which works.
    const token = t.app.get(AccessTokens).issue(await t.dataSource.getRepository(Member).findOneByOrFail({ id: leaving.memberId }));
    const after = new URL((await t.gql('{ me { calendarFeedUrl } }', {}, token)).data!.me.calendarFeedUrl).pathname;
    expect(after).not.toBe(before);
    expect((await http().get(after)).status).toBe(200);
    expect((await http().get(before)).status).toBe(404);
  });

  it('records a support milestone once per issue, however often supports are withdrawn and given again', async () => {
    const popular = await issue(t, submitter, { title: 'Thiếu không gian làm việc chung', description: 'Nội dung.' });
    const supporters = await members(t, 10, 'doors-supporter');
    for (const who of supporters.slice(0, 9)) await t.gql('mutation($i: ID!) { supportIssue(id: $i) { id } }', { i: popular }, who.token);
    const tenth = supporters[9];
    const pairs = Array.from({ length: 6 }, (_, i) => `s${i}: supportIssue(id: $i) { id } w${i}: withdrawIssueSupport(id: $i) { id }`).join(' ');
    for (let round = 0; round < 3; round++) expect((await t.gql(`mutation($i: ID!) { ${pairs} }`, { i: popular }, tenth.token)).errors).toBeUndefined();
    const milestones = await t.dataSource.query(`SELECT data FROM issue_events WHERE issue_id = $1 AND type = 'SUPPORT_MILESTONE'`, [popular]);
    expect(milestones).toEqual([{ data: { supportCount: 10 } }]);
  });

  it('confirms a changed RSVP once, after the member stops changing it, and only when it differs from the last mail', async () => {
    const [toggler] = await members(t, 1, 'doors-toggler');
    const address = 'doors-toggler1@example.org';
    const toggles = Array.from(
      { length: 4 },
      (_, i) => `g${i}: rsvp(meetupId: $m, response: GOING) { status } n${i}: rsvp(meetupId: $m, response: NOT_GOING) { status }`,
    ).join(' ');
    await rsvp(t, toggler, meetupId);
    await dispatch();
    expect(await t.mail.waitFor(address)).toHaveLength(1); // the first answer, confirmed at once
    // Five requests of eight answers each, ending GOING as the first mail said.
    for (let i = 0; i < 5; i++) {
      expect(
        (await t.gql(`mutation($m: ID!) { ${toggles} last: rsvp(meetupId: $m, response: GOING) { status } }`, { m: meetupId }, toggler.token)).errors,
      ).toBeUndefined();
    }
    await dispatch();
    clock.advance((RSVP_CONFIRMATION_QUIET_SECONDS + 1) * 1000);
    await dispatch();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(t.mail.to(address)).toHaveLength(1);
    // A real change (a guest) is confirmed, once, after the quiet period.
    await t.gql('mutation($m: ID!) { rsvp(meetupId: $m, response: GOING, guests: 1) { status } }', { m: meetupId }, toggler.token);
    await dispatch();
    expect(t.mail.to(address)).toHaveLength(1);
    clock.advance((RSVP_CONFIRMATION_QUIET_SECONDS + 1) * 1000);
    await dispatch();
    const mails = await t.mail.waitFor(address, 2);
    expect(mails[1].parsed.text).toContain('cùng 1 khách');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(t.mail.to(address)).toHaveLength(2);
    clock.set('2026-11-26T03:00:00Z');
  });
});

describe('an alias flood', () => {
  const LIMIT = 40;
  let t: TestApp;

  beforeAll(async () => {
    // A fixed clock in the middle of a minute: the limit counts per clock minute.
    t = await startTestApp({ env: { MUTATION_LIMIT_PER_MINUTE: String(LIMIT) }, clock: new FixedClock(new Date('2026-11-26T03:20:10Z')) });
  });
  afterAll(() => t.close());

  it('is refused after the limit’s worth of mutations, each alias counted at its cost, and nothing beyond it is written', async () => {
    const [author, flooder] = await members(t, 2, 'flood');
    const issueId = await issue(t, author);
    const comments = (n: number, from = 0) =>
      `mutation($i: ID!) { ${Array.from({ length: n }, (_, k) => `c${from + k}: addIssueComment(issueId: $i, body: "Spam ${from + k}") { id }`).join(' ')} }`;
    // 15 comments cost 30 of the 40: admitted. 15 more would pass the limit: refused whole, nothing written.
    expect((await t.gql(comments(15), { i: issueId }, flooder.token)).errors).toBeUndefined();
    const refused = await t.gql(comments(15, 15), { i: issueId }, flooder.token);
    expect(refused.errors![0].extensions.code).toBe('TOO_MANY_REQUESTS');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.data).toBeNull();
    // What is left (10) takes five more comments, then nothing.
    expect((await t.gql(comments(5, 30), { i: issueId }, flooder.token)).errors).toBeUndefined();
    expect((await t.gql(comments(1, 35), { i: issueId }, flooder.token)).errors![0].extensions.code).toBe('TOO_MANY_REQUESTS');
    // Many documents at once: the count is one statement each, so none slips past.
    const [second] = await members(t, 1, 'flood-again');
    const burst = await Promise.all(Array.from({ length: 8 }, (_, k) => t.gql(comments(15, 100 + 15 * k), { i: issueId }, second.token)));
    expect(burst.filter((r) => !r.errors)).toHaveLength(1);
    const written = await t.dataSource.query('SELECT author_id, count(*)::int AS n FROM issue_comments WHERE issue_id = $1 GROUP BY author_id', [issueId]);
    expect(Object.fromEntries(written.map((r: { author_id: string; n: number }) => [r.author_id, r.n]))).toEqual({
      [flooder.memberId]: LIMIT / 2,
      [second.memberId]: 15,
    });
  });
});
