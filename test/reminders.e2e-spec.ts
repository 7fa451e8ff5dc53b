import request from 'supertest';
import type { INestApplicationContext } from '@nestjs/common';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { FixedClock } from '@app/core';
import { createWorkerContext } from '@app/jobs';
import { SmtpMailTransport } from '@app/mail';
import { MeetupRemindersService, OutboxDispatcher, ProgressNewsService } from '@app/notifications';
import { parseCalendar } from './support/ical';
import { TestApp, startTestApp } from './support/test-app';

type Who = { token: string; memberId: string };

const RSVP = 'mutation($m: ID!, $r: RsvpResponse!, $a: [String!]) { rsvp(meetupId: $m, response: $r, answers: $a) { status answers } }';
const QUESTIONS = ['Bạn muốn nêu vấn đề gì?', 'Lĩnh vực của bạn?'];

describe('reminders, alarms, progress news, questions at RSVP, the embed and the minutes feed', () => {
  // Tuesday 1 Dec 2026, 10:00 in Huế.
  const clock = new FixedClock(new Date('2026-12-01T03:00:00Z'));
  let t: TestApp;
  let worker: INestApplicationContext;
  let reminders: MeetupRemindersService;
  let organizer: Who;
  let people: Who[]; // 0 going (vi), 1 going (en), 2 waitlisted, 3 not going, 4 going with reminders off
  let seriesId: string;
  let meetups: string[];
  const reminderMails = (email: string) => t.mail.to(email).filter((m) => /^(Nhắc lịch|Reminder):/.test(m.parsed.subject ?? ''));
  const newsMails = (email: string) => t.mail.to(email).filter((m) => /^(Tiến độ xử lý|Progress on):/.test(m.parsed.subject ?? ''));

  beforeAll(async () => {
    t = await startTestApp({ clock });
    worker = await createWorkerContext({
      config: t.config,
      databaseUrl: t.database.url,
      clock,
      mailTransport: new SmtpMailTransport(t.mail.url, t.config.mail.from),
    });
    reminders = worker.get(MeetupRemindersService);
    [organizer] = await t.createMembers(1, 'organizer', 'ORGANIZER');
    people = await t.createMembers(5, 'person');
    await t.dataSource.query(`UPDATE members SET locale = 'en' WHERE id = $1`, [people[1].memberId]);
    const created = await t.gql(
      `mutation($q: [String!]!) { createMeetupSeries(input: { title: "Gặp mặt thứ Bảy", startsOn: "2026-12-01", venue: "Viện NCPT", venueAddress: "34 Lê Lợi, Huế",
         onlineUrl: "https://meet.example.org/thu-bay", capacity: 3, registrationQuestions: $q }) { id reminderMinutesBefore registrationQuestions } }`,
      { q: QUESTIONS },
      organizer.token,
    );
    expect(created.data!.createMeetupSeries).toMatchObject({ reminderMinutesBefore: [780, 60], registrationQuestions: QUESTIONS });
    seriesId = created.data!.createMeetupSeries.id;
    const page = await t.gql('query($s: ID!) { meetups(filter: { seriesId: $s }, first: 3) { edges { node { id startsAt } } } }', { s: seriesId });
    meetups = page.data!.meetups.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(page.data!.meetups.edges[0].node.startsAt).toBe('2026-12-05T01:00:00.000Z');
  });
  afterAll(async () => {
    await worker.close();
    await t.close();
  });

  it('refuses bad reminder offsets and questions, naming the field, and changes nothing', async () => {
    const update = (input: Record<string, unknown>) =>
      t.gql(
        'mutation($id: ID!, $input: UpdateMeetupSeriesInput!) { updateMeetupSeries(id: $id, input: $input) { id } }',
        { id: seriesId, input },
        organizer.token,
      );
    for (const bad of [[-5], [60, 60], [20161], [1, 2, 3, 4, 5]]) {
      const result = await update({ reminderMinutesBefore: bad });
      expect(result.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('reminderMinutesBefore') });
    }
    for (const bad of [['a', 'b', 'c', 'd', 'e', 'f'], ['x'.repeat(301)], ['  ']]) {
      const result = await update({ registrationQuestions: bad });
      expect(result.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('registrationQuestions') });
    }
    const [row] = await t.dataSource.query('SELECT reminder_minutes_before, registration_questions FROM meetup_series WHERE id = $1', [seriesId]);
    expect(row).toEqual({ reminder_minutes_before: [780, 60], registration_questions: QUESTIONS });
  });

  it('takes answers to the questions at RSVP, checked; organizers see everyone’s, a member only their own', async () => {
    const [m] = meetups;
    for (const bad of [['only one'], ['a', 'b', 'c'], ['x'.repeat(1001), 'b']]) {
      const result = await t.gql(RSVP, { m, r: 'GOING', a: bad }, people[0].token);
      expect(result.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('answers') });
    }
    expect(await t.count('rsvps')).toBe(0);

    const mine = await t.gql(RSVP, { m, r: 'GOING', a: ['Thủ tục vay vốn ưu đãi', 'Nông nghiệp'] }, people[0].token);
    expect(mine.data!.rsvp).toEqual({ status: 'GOING', answers: ['Thủ tục vay vốn ưu đãi', 'Nông nghiệp'] });
    expect((await t.gql(RSVP, { m, r: 'GOING', a: ['Đất đai', ''] }, people[1].token)).data!.rsvp.status).toBe('GOING');
    expect((await t.gql(RSVP, { m, r: 'GOING' }, people[4].token)).data!.rsvp).toEqual({ status: 'GOING', answers: [] });
    expect((await t.gql(RSVP, { m, r: 'GOING' }, people[2].token)).data!.rsvp.status).toBe('WAITLISTED');
    expect((await t.gql(RSVP, { m, r: 'NOT_GOING' }, people[3].token)).data!.rsvp.status).toBe('NOT_GOING');
    await t.gql('mutation { updateProfile(input: { notificationPreferences: { meetupReminders: false } }) { id } }', {}, people[4].token);
    const prefs = await t.gql('{ me { notificationPreferences { meetupReminders issueUpdates } } }', {}, people[4].token);
    expect(prefs.data!.me.notificationPreferences).toEqual({ meetupReminders: false, issueUpdates: true });

    // A member reads their own answers on their RSVP, never the others'.
    const own = await t.gql('query($m: ID!) { meetup(id: $m) { myRsvp { answers } } }', { m }, people[1].token);
    expect(own.data!.meetup.myRsvp.answers).toEqual(['Đất đai', '']);
    const attendeesQuery = 'query($m: ID!) { meetupAttendees(meetupId: $m) { memberId answers } }';
    expect((await t.gql(attendeesQuery, { m }, people[1].token)).errors![0].extensions.code).toBe('FORBIDDEN');
    const attendees = await t.gql(attendeesQuery, { m }, organizer.token);
    expect(attendees.data!.meetupAttendees).toEqual(
      expect.arrayContaining([
        { memberId: people[0].memberId, answers: ['Thủ tục vay vốn ưu đãi', 'Nông nghiệp'] },
        { memberId: people[1].memberId, answers: ['Đất đai', ''] },
        { memberId: people[4].memberId, answers: [] },
      ]),
    );
    const csv = await request(t.app.getHttpServer()).get(`/meetups/${m}/attendees.csv`).set('authorization', `Bearer ${organizer.token}`);
    expect(csv.status).toBe(200);
    const lines = csv.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(`Name,Organisation,E-mail,Status,Guests,Waitlist position,Checked in at,${QUESTIONS.join(',')}`);
    expect(lines.find((l) => l.includes('person1@example.org'))).toMatch(/,Thủ tục vay vốn ưu đãi,Nông nghiệp$/);
  });

  it('puts a display alarm at the first reminder offset in the member feed (GOING only) and in the RSVP confirmation', async () => {
    const feedOf = async (who: Who) => {
      const url: string = (await t.gql('{ me { calendarFeedUrl } }', {}, who.token)).data!.me.calendarFeedUrl;
      const res = await request(t.app.getHttpServer()).get(new URL(url).pathname);
      expect(res.status).toBe(200);
      return parseCalendar(res.text);
    };
    const going = await feedOf(people[0]);
    const [event] = going.calendar.getAllSubcomponents('vevent');
    const [alarm] = event.getAllSubcomponents('valarm');
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(String(alarm.getFirstPropertyValue('trigger'))).toBe('-PT13H');
    const waiting = await feedOf(people[2]);
    expect(waiting.calendar.getAllSubcomponents('vevent')[0].getAllSubcomponents('valarm')).toHaveLength(0);

    await worker.get(OutboxDispatcher).dispatchPending();
    const confirmation = (await t.mail.waitFor('person1@example.org'))[0];
    const ics = confirmation.parsed.attachments.find((a) => a.contentType.startsWith('text/calendar'))!;
    const attached = parseCalendar(ics.content.toString('utf8'));
    const [attachedAlarm] = attached.calendar.getAllSubcomponents('vevent')[0].getAllSubcomponents('valarm');
    expect(attachedAlarm.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(String(attachedAlarm.getFirstPropertyValue('trigger'))).toBe('-PT13H');
  });

  it('reminds the members GOING once per offset, not the waitlisted, declined or opted out; the link frees the seat', async () => {
    clock.set('2026-12-04T11:59:00Z'); // 18:59 on Friday in Huế: nothing due yet
    expect((await reminders.run()).sent).toBe(0);
    clock.set('2026-12-04T12:00:00Z'); // 19:00: 13 hours before the 08:00 start
    expect(await reminders.run()).toMatchObject({ sent: 2, failed: 0 });
    expect((await reminders.run()).sent).toBe(0); // a second run sends nothing new
    const [vi] = await t.mail.waitFor('person1@example.org', 2).then(() => reminderMails('person1@example.org'));
    expect(reminderMails('person1@example.org')).toHaveLength(1);
    expect(vi.parsed.subject).toBe('Nhắc lịch: Gặp mặt thứ Bảy — 08:00, Thứ Bảy, 05/12/2026');
    expect(vi.parsed.text).toContain('Địa điểm: Viện NCPT, 34 Lê Lợi, Huế');
    expect(vi.parsed.text).toContain('Trực tuyến: https://meet.example.org/thu-bay');
    expect(vi.parsed.html).toContain('Tôi không đến được nữa');
    const [en] = reminderMails('person2@example.org');
    expect(en.parsed.subject).toBe('Reminder: Gặp mặt thứ Bảy — Saturday, 5 December 2026, 08:00');
    for (const other of ['person3@example.org', 'person4@example.org', 'person5@example.org']) expect(reminderMails(other)).toHaveLength(0);

    // "I can't come after all": the seat goes to the first one waiting.
    const link = /(http:\/\/meetups\.test\/rsvp-links\/[A-Za-z0-9_.-]+)/.exec(en.parsed.text ?? '')![1];
    const path = new URL(link).pathname;
    expect((await request(t.app.getHttpServer()).get(path)).status).toBe(200); // shows what it will do, changes nothing
    expect((await t.dataSource.query('SELECT status FROM rsvps WHERE member_id = $1', [people[1].memberId]))[0].status).toBe('GOING');
    expect((await request(t.app.getHttpServer()).post(path)).status).toBe(200);
    const statuses = await t.dataSource.query('SELECT member_id, status FROM rsvps WHERE meetup_id = $1', [meetups[0]]);
    const statusOf = (who: Who) => statuses.find((s: { member_id: string }) => s.member_id === who.memberId).status;
    expect(statusOf(people[1])).toBe('NOT_GOING');
    expect(statusOf(people[2])).toBe('GOING');

    clock.set('2026-12-05T00:00:00Z'); // 07:00: one hour before
    expect(await reminders.run()).toMatchObject({ sent: 2 }); // the first one, and the promoted one (no late 19:00 reminder for them)
    expect(reminderMails('person1@example.org')).toHaveLength(2);
    expect(reminderMails('person3@example.org')).toHaveLength(1);
    expect(reminderMails('person2@example.org')).toHaveLength(1);
    clock.set('2026-12-05T00:30:00Z');
    expect((await reminders.run()).sent).toBe(0);
  });

  it('sends none for a cancelled date, and reminds a moved date at its new time', async () => {
    const [, cancelled, moved] = meetups;
    clock.set('2026-12-06T03:00:00Z');
    await t.gql(RSVP, { m: cancelled, r: 'GOING', a: ['-', '-'] }, people[0].token);
    await t.gql(RSVP, { m: moved, r: 'GOING', a: ['-', '-'] }, people[0].token);
    await t.gql('mutation($m: ID!) { cancelMeetup(id: $m, reason: "Nghỉ lễ") { id } }', { m: cancelled }, organizer.token);
    // 08:00 → 10:00 on 19 Dec.
    await t.gql(
      'mutation($m: ID!) { updateMeetup(id: $m, input: { startsAt: "2026-12-19T03:00:00Z", endsAt: "2026-12-19T06:00:00Z" }) { id } }',
      { m: moved },
      organizer.token,
    );
    const before = reminderMails('person1@example.org').length;
    for (const at of ['2026-12-11T12:00:00Z', '2026-12-12T00:00:00Z', '2026-12-18T12:00:00Z']) {
      clock.set(at);
      expect((await reminders.run()).sent).toBe(0);
    }
    clock.set('2026-12-18T14:00:00Z'); // 13 hours before the new start
    expect((await reminders.run()).sent).toBe(1);
    const latest = reminderMails('person1@example.org');
    expect(latest).toHaveLength(before + 1);
    expect(latest[latest.length - 1].parsed.subject).toBe('Nhắc lịch: Gặp mặt thứ Bảy — 10:00, Thứ Bảy, 19/12/2026');
  });

  it('mails a day’s progress reports on an issue to its submitter and supporters, once, the next morning', async () => {
    clock.set('2026-12-21T02:00:00Z'); // Monday 09:00 in Huế
    const dept = (
      await t.gql(
        'mutation { createOrganization(input: { name: "Sở Khoa học và Công nghệ", shortName: "Sở KH&CN", kind: GOVERNMENT_AGENCY }) { id } }',
        {},
        organizer.token,
      )
    ).data!.createOrganization.id;
    const issueId = (
      await t.gql(
        'mutation { submitIssue(input: { title: "Khó tiếp cận vốn vay", description: "Ngân hàng yêu cầu thế chấp.", kind: OBSTACLE }) { id } }',
        {},
        people[0].token,
      )
    ).data!.submitIssue.id;
    await t.gql('mutation($id: ID!) { supportIssue(id: $id) { id } }', { id: issueId }, people[1].token);
    await t.gql('mutation($id: ID!) { supportIssue(id: $id) { id } }', { id: issueId }, people[3].token);
    await t.gql('mutation { updateProfile(input: { notificationPreferences: { issueUpdates: false } }) { id } }', {}, people[3].token);
    const upcoming = (await t.gql('query($s: ID!) { nextMeetup(seriesId: $s) { id } }', { s: seriesId })).data!.nextMeetup.id;
    const discussed = await t.gql(
      'mutation($i: ID!, $m: ID!) { scheduleIssue(issueId: $i, meetupId: $m) { id } }',
      { i: issueId, m: upcoming },
      organizer.token,
    );
    expect(discussed.errors).toBeUndefined();
    const assigned = await t.gql(
      'mutation($o: ID!, $i: ID!) { createAssignment(input: { title: "Làm việc với ngân hàng", leadOrganizationId: $o, dueOn: "2027-01-15", issueId: $i }) { id } }',
      { o: dept, i: issueId },
      organizer.token,
    );
    expect(assigned.errors).toBeUndefined();
    const assignmentId = assigned.data!.createAssignment.id;
    const report = 'mutation($id: ID!, $n: String!, $p: Int!) { reportAssignmentProgress(id: $id, input: { note: $n, progressPercent: $p }) { id } }';
    await t.gql(report, { id: assignmentId, n: 'Đã họp với ngân hàng', p: 30 }, organizer.token);
    clock.set('2026-12-21T09:00:00Z'); // 16:00, same day in Huế
    await t.gql(report, { id: assignmentId, n: 'Đã gửi văn bản đề nghị', p: 60 }, organizer.token);

    const news = worker.get(ProgressNewsService);
    expect((await news.run()).sent).toBe(0); // the day is not over
    clock.set('2026-12-22T01:00:00Z'); // 08:00 next morning
    expect(await news.runIfDue()).toMatchObject({ sent: 2, failed: 0 });
    expect((await news.run()).sent).toBe(0);
    await t.mail.waitFor('person2@example.org', 1);
    const [submitter] = newsMails('person1@example.org');
    expect(newsMails('person1@example.org')).toHaveLength(1);
    expect(submitter.parsed.subject).toBe('Tiến độ xử lý: Khó tiếp cận vốn vay');
    expect(submitter.parsed.text).toContain('2 báo cáo tiến độ ngày Thứ Hai, 21/12/2026');
    expect(submitter.parsed.text).toContain('Đã họp với ngân hàng');
    expect(submitter.parsed.text).toContain('Đã gửi văn bản đề nghị');
    expect(submitter.parsed.text).toContain(`http://meetups.test/issues/${issueId}`);
    expect(newsMails('person2@example.org')).toHaveLength(1);
    expect(newsMails('person2@example.org')[0].parsed.subject).toBe('Progress on: Khó tiếp cận vốn vay');
    expect(newsMails('person4@example.org')).toHaveLength(0); // turned issue updates off
    expect(newsMails('organizer1@example.org')).toHaveLength(0);

    const timeline = await t.gql('query($id: ID!) { issue(id: $id) { timeline { type note } } }', { id: issueId });
    expect(timeline.data!.issue.timeline.filter((e: { type: string }) => e.type === 'PROGRESS_REPORTED').map((e: { note: string }) => e.note)).toEqual([
      'Đã họp với ngân hàng',
      'Đã gửi văn bản đề nghị',
    ]);
  });

  it('serves the next Saturday for an iframe elsewhere, and every other page keeps refusing frames', async () => {
    clock.set('2026-12-22T03:00:00Z');
    const next = (await t.gql('query($s: ID!) { nextMeetup(seriesId: $s) { id } }', { s: seriesId })).data!.nextMeetup.id;
    await t.gql('mutation($m: ID!) { addAgendaItem(meetupId: $m, input: { title: "Vốn <b>&</b> đất đai" }) { id } }', { m: next }, organizer.token);
    await t.gql(RSVP, { m: next, r: 'GOING', a: ['', ''] }, people[0].token);
    const http = request(t.app.getHttpServer());
    const res = await http.get('/embed/next');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toMatch(/frame-ancestors \*$/);
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(res.headers['x-frame-options']).toBeUndefined();
    expect(res.text).toContain('<html lang="vi">');
    expect(res.text).toContain('08:00, Thứ Bảy, 26/12/2026');
    expect(res.text).toContain('Viện NCPT, 34 Lê Lợi, Huế');
    expect(res.text).toContain('Còn 2 chỗ');
    expect(res.text).toContain('Vốn &lt;b&gt;&amp;&lt;/b&gt; đất đai');
    expect(res.text).not.toContain('<b>');
    expect(res.text).toContain(`href="http://meetups.test/meetups/${next}"`);
    const en = await http.get(`/embed/next?series=${seriesId}&lang=en`);
    expect(en.text).toContain('<html lang="en">');
    expect(en.text).toContain('Saturday, 26 December 2026, 08:00');
    expect(en.text).toContain('2 spot(s) left');
    expect((await http.get('/embed/next?series=00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await http.get('/embed/next?series=%3Cscript%3E')).status).toBe(404);

    for (const path of ['/health', `/meetups/${next}`, '/unsubscribe/not-a-token-at-all-really', '/feeds/minutes.atom', `/calendar/series/${seriesId}.ics`]) {
      const other = await http.get(path);
      expect([path, other.headers['x-frame-options']]).toEqual([path, 'DENY']);
      expect(other.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    }
  });

  it('publishes the minutes as an Atom feed with an ETag', async () => {
    const http = request(t.app.getHttpServer());
    const empty = await http.get('/feeds/minutes.atom');
    expect(empty.status).toBe(200);
    expect(empty.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(XMLValidator.validate(empty.text)).toBe(true);

    const [first] = meetups;
    await t.gql(
      'mutation($m: ID!, $input: MinutesInput!) { saveMinutes(meetupId: $m, input: $input) { id } }',
      {
        m: first,
        input: { summary: 'Bàn về vốn & thủ tục <nhanh>', decisions: [{ text: 'Sở KH&CN làm việc với ngân hàng' }, { text: 'Báo cáo lại sau hai tuần' }] },
      },
      organizer.token,
    );
    const draft = await http.get('/feeds/minutes.atom');
    expect(draft.text).not.toContain('Bàn về vốn'); // drafts never appear
    await t.gql('mutation($m: ID!) { publishMinutes(meetupId: $m) { status } }', { m: first }, organizer.token);

    const res = await http.get('/feeds/minutes.atom');
    expect(XMLValidator.validate(res.text)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(res.text).feed;
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    const entry = Array.isArray(feed.entry) ? feed.entry[0] : feed.entry;
    expect(entry.title).toBe('Biên bản: Gặp mặt thứ Bảy — Thứ Bảy, 05/12/2026');
    expect(entry.summary).toBe('Bàn về vốn & thủ tục <nhanh>');
    expect(entry.link['@href']).toBe(`http://meetups.test/meetups/${first}`);
    expect(new Date(entry.published).toISOString()).toBe('2026-12-22T03:00:00.000Z');
    expect(entry.content['#text']).toContain('<li>Sở KH&amp;CN làm việc với ngân hàng</li>');
    expect(entry.content['#text']).toContain('<li>Báo cáo lại sau hai tuần</li>');

    const etag = res.headers.etag;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(etag).not.toBe(empty.headers.etag);
    const again = await http.get('/feeds/minutes.atom').set('if-none-match', etag);
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
  });
});
