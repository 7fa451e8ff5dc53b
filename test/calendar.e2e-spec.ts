import request from 'supertest';
import { FixedClock } from '@app/core';
import { parseCalendar } from './support/ical';
import { affiliate, organization, series } from './support/builders';
import { TestApp, startTestApp } from './support/test-app';

type Who = { token: string; memberId: string };

describe('iCal feeds', () => {
  const clock = new FixedClock(new Date('2026-11-26T03:00:00Z'));
  let t: TestApp;
  let organizer: Who;
  let lan: Who;
  let binh: Who;
  let seriesId: string;
  let meetups: string[];
  let privateSeriesId: string;
  let dept: string;
  const get = (path: string) => request(t.app.getHttpServer()).get(path);

  beforeAll(async () => {
    t = await startTestApp({ clock });
    [organizer] = await t.createMembers(1, 'organizer', 'ORGANIZER');
    [lan, binh] = await t.createMembers(2, 'feed');
    ({ seriesId, meetupIds: meetups } = await series(
      t,
      organizer,
      { title: 'Gặp mặt thứ Bảy, Huế; khởi nghiệp', venue: 'Viện NCPT, 12 Lê Lợi', capacity: 1 },
      3,
    ));
    ({ seriesId: privateSeriesId } = await series(t, organizer, { title: 'Nội bộ', visibility: 'MEMBERS' }, 1));
    dept = await organization(t, organizer, { name: 'Sở Khoa học và Công nghệ', shortName: 'Sở KH&CN' });
    await affiliate(t, lan, dept);
  });
  afterAll(() => t.close());

  it('serves the public feed with correct times, UIDs and calendar properties', async () => {
    const res = await get('/calendar/meetups.ics');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['etag']).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    const text: string = res.text;
    expect(text).toContain('\r\n');
    expect(text).toMatch(/X-WR-CALNAME:/);
    expect(text).toMatch(/REFRESH-INTERVAL;VALUE=DURATION:PT1H/);
    expect(text).toMatch(/X-PUBLISHED-TTL:PT1H/);
    const { calendar, events } = parseCalendar(text);
    expect(calendar.getFirstPropertyValue('name') ?? calendar.getFirstPropertyValue('x-wr-calname')).toBeTruthy();
    expect(events.length).toBeGreaterThanOrEqual(13);
    const first = events.find((e) => e.uid === `meetup-${meetups[0]}@meetups.test`)!;
    expect(first.startDate.toJSDate().toISOString()).toBe('2026-11-28T01:00:00.000Z'); // 08:00 +07:00
    expect(first.summary).toBe('Gặp mặt thứ Bảy, Huế; khởi nghiệp');
    expect(text).toContain('SUMMARY:Gặp mặt thứ Bảy\\, Huế\\; khởi nghiệp');
    expect(first.location).toBe('Viện NCPT, 12 Lê Lợi');
    // Members-only series stay out of public feeds.
    expect(events.some((e) => e.summary === 'Nội bộ')).toBe(false);
    expect((await get(`/calendar/series/${privateSeriesId}.ics`)).status).toBe(404);
  });

  it('is byte-identical between fetches, answers If-None-Match and If-Modified-Since with 304, and HEAD', async () => {
    const a = await get(`/calendar/series/${seriesId}.ics`);
    const b = await get(`/calendar/series/${seriesId}.ics`);
    expect(b.text).toBe(a.text);
    expect(b.headers.etag).toBe(a.headers.etag);
    const notModified = await get(`/calendar/series/${seriesId}.ics`).set('If-None-Match', a.headers.etag);
    expect(notModified.status).toBe(304);
    expect(notModified.text).toBe('');
    const since = await get(`/calendar/series/${seriesId}.ics`).set('If-Modified-Since', a.headers['last-modified']);
    expect(since.status).toBe(304);
    const head = await request(t.app.getHttpServer()).head(`/calendar/series/${seriesId}.ics`);
    expect(head.status).toBe(200);
    expect(head.headers.etag).toBe(a.headers.etag);
    expect(head.text ?? '').toBe('');
  });

  it('keeps the UID of a moved meetup and bumps SEQUENCE; keeps a cancelled one as CANCELLED; changes the ETag', async () => {
    const before = await get(`/calendar/series/${seriesId}.ics`);
    await t.gql('mutation($id: ID!) { updateMeetup(id: $id, input: { startsAt: "2026-11-29T02:00:00Z" }) { id } }', { id: meetups[0] }, organizer.token);
    await t.gql('mutation($id: ID!) { cancelMeetup(id: $id, reason: "Bão số 9") { id } }', { id: meetups[1] }, organizer.token);
    await t.gql(
      'mutation($m: ID!) { addAgendaItem(meetupId: $m, input: { title: "Thủ tục đăng ký doanh nghiệp", presenter: "Sở KH&ĐT" }) { id } }',
      { m: meetups[2] },
      organizer.token,
    );
    const after = await get(`/calendar/series/${seriesId}.ics`).set('If-None-Match', before.headers.etag);
    expect(after.status).toBe(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    const { events } = parseCalendar(after.text);
    const moved = events.find((e) => e.uid === `meetup-${meetups[0]}@meetups.test`)!;
    expect(moved.startDate.toJSDate().toISOString()).toBe('2026-11-29T02:00:00.000Z');
    expect(moved.sequence).toBe(1);
    const cancelledEvent = parseCalendar(after.text)
      .calendar.getAllSubcomponents('vevent')
      .find((c) => c.getFirstPropertyValue('uid') === `meetup-${meetups[1]}@meetups.test`)!;
    expect(cancelledEvent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(events.find((e) => e.uid === `meetup-${meetups[2]}@meetups.test`)!.description).toContain('1. Thủ tục đăng ký doanh nghiệp (Sở KH&ĐT)');
  });

  it('folds every line at 75 octets, Vietnamese included', async () => {
    await t.gql(
      'mutation($id: ID!, $d: String!) { updateMeetup(id: $id, input: { description: $d }) { id } }',
      { id: meetups[2], d: 'Trao đổi, đề xuất, kiến nghị, tháo gỡ các vướng mắc về khởi nghiệp đổi mới sáng tạo; '.repeat(20) },
      organizer.token,
    );
    const res = await get(`/calendar/meetups/${meetups[2]}.ics`);
    const lines = res.text.split('\r\n');
    expect(Math.max(...lines.map((l: string) => Buffer.byteLength(l, 'utf8')))).toBeLessThanOrEqual(75);
    expect(res.text.endsWith('\r\n')).toBe(true);
    const [event] = parseCalendar(res.text).events;
    expect(event.description).toContain('tháo gỡ các vướng mắc về khởi nghiệp đổi mới sáng tạo; Trao đổi');
  });

  it("shows a member's own meetups and deadlines in a private feed; a regenerated token kills the old URL", async () => {
    await t.gql('mutation($m: ID!) { rsvp(meetupId: $m, response: GOING) { status } }', { m: meetups[2] }, lan.token);
    await t.gql('mutation($m: ID!) { rsvp(meetupId: $m, response: GOING) { status } }', { m: meetups[2] }, binh.token); // waitlisted (capacity 1)
    const privateMeetup = (
      await t.gql('query($s: ID!) { meetups(filter: { seriesId: $s }, first: 1) { edges { node { id } } } }', { s: privateSeriesId }, lan.token)
    ).data!.meetups.edges[0].node.id;
    await t.gql('mutation($m: ID!) { rsvp(meetupId: $m, response: GOING) { status } }', { m: privateMeetup }, lan.token);
    await t.gql(
      'mutation($i: CreateAssignmentInput!) { createAssignment(input: $i) { id } }',
      { i: { title: 'Bản đồ hệ sinh thái', leadOrganizationId: dept, dueOn: '2026-12-20' } },
      organizer.token,
    );

    const urls = async (who: Who) => (await t.gql('{ me { calendarFeedUrl calendarFeedWebcalUrl } }', {}, who.token)).data!.me;
    const lanUrls = await urls(lan);
    expect(lanUrls.calendarFeedUrl).toMatch(/^http:\/\/meetups\.test\/calendar\/members\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(lanUrls.calendarFeedWebcalUrl).toBe(lanUrls.calendarFeedUrl.replace('http:', 'webcal:'));
    const lanPath = new URL(lanUrls.calendarFeedUrl).pathname;
    const lanToken = lanPath.split('/').pop()!.replace('.ics', '');
    expect(lanToken).not.toContain(lan.memberId);
    expect(await t.dataSource.query('SELECT count(*)::int AS n FROM members WHERE calendar_token_hash = $1', [lanToken])).toEqual([{ n: 0 }]);

    const lanFeed = await get(lanPath);
    expect(lanFeed.headers['cache-control']).toBe('private, max-age=300');
    const { events } = parseCalendar(lanFeed.text);
    expect(events.map((e) => e.uid).sort()).toEqual(
      [`meetup-${meetups[2]}@meetups.test`, `meetup-${privateMeetup}@meetups.test`, expect.stringMatching(/^assignment-/)].sort(),
    );
    const deadline = events.find((e) => e.uid.startsWith('assignment-'))!;
    expect(deadline.startDate.isDate).toBe(true);
    expect(deadline.startDate.toString()).toBe('2026-12-20');
    expect(deadline.summary).toBe('Hạn: Bản đồ hệ sinh thái (Sở KH&CN)');

    const binhPath = new URL((await urls(binh)).calendarFeedUrl).pathname;
    const binhEvents = parseCalendar((await get(binhPath)).text).events;
    expect(binhEvents.map((e) => e.summary)).toEqual(['[Chờ / Waitlist] Gặp mặt thứ Bảy, Huế; khởi nghiệp']);

    await t.gql('mutation { regenerateCalendarToken { id } }', {}, lan.token);
    expect((await get(lanPath)).status).toBe(404);
    const newPath = new URL((await urls(lan)).calendarFeedUrl).pathname;
    expect(newPath).not.toBe(lanPath);
    expect((await get(newPath)).status).toBe(200);
    expect((await t.gql('{ me { calendarFeedUrl } }', {}, binh.token)).data!.me.calendarFeedUrl).not.toContain(lanToken);
  });

  it("serves an organisation's deadlines and 404 for unknown ids and tokens", async () => {
    const org = await get(`/calendar/organizations/${dept}.ics`);
    expect(parseCalendar(org.text).events.map((e) => e.summary)).toEqual(['Hạn: Bản đồ hệ sinh thái (Sở KH&CN)']);
    for (const path of [
      '/calendar/organizations/00000000-0000-4000-8000-000000000000.ics',
      '/calendar/series/nope.ics',
      `/calendar/meetups/${meetups[0]}.txt`,
      '/calendar/members/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics',
    ]) {
      expect((await get(path)).status).toBe(404);
    }
  });
});

describe('feed revalidation in memory', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ env: { FEED_REVALIDATE_SECONDS: '30', COUNT_QUERIES: 'true' } });
  });
  afterAll(() => t.close());

  // A 304 answered in front of express carries no X-Query-Count (which express adds to every
  // answer when counting is on): proof that neither express nor the database saw it.
  it('answers a matching If-None-Match on a public feed in front of express, without the database, for a while', async () => {
    const http = t.app.getHttpServer();
    const first = await request(http).get('/calendar/meetups.ics');
    expect(Number(first.headers['x-query-count'])).toBeGreaterThan(0);
    const again = await request(http).get('/calendar/meetups.ics?x=1').set('If-None-Match', first.headers.etag).set('X-Request-Id', 'poll-1');
    expect(again.status).toBe(304);
    expect(again.headers).toMatchObject({
      etag: first.headers.etag,
      'last-modified': first.headers['last-modified'],
      'cache-control': 'public, max-age=300',
      'x-request-id': 'poll-1',
    });
    expect(again.headers['x-query-count']).toBeUndefined();
    const other = await request(http).get('/calendar/meetups.ics').set('If-None-Match', '"something-else"');
    expect(other.status).toBe(200);
    expect(Number(other.headers['x-query-count'])).toBeGreaterThan(0);
  });

  it('does the same for a private feed, whose old URL after a new token gets no more than "unchanged"', async () => {
    const http = t.app.getHttpServer();
    const [member] = await t.createMembers(1, 'poller');
    const feedUrl = async () => new URL((await t.gql('{ me { calendarFeedUrl } }', {}, member.token)).data!.me.calendarFeedUrl).pathname;
    const path = await feedUrl();
    const first = await request(http).get(path);
    expect(first.status).toBe(200);
    const again = await request(http).get(path).set('If-None-Match', first.headers.etag);
    expect(again.status).toBe(304);
    expect(again.headers).toMatchObject({ 'cache-control': 'private, max-age=300', 'referrer-policy': 'no-referrer', 'x-robots-tag': 'noindex' });
    expect(again.headers['x-query-count']).toBeUndefined();
    expect(again.text).toBe('');

    await t.gql('mutation { regenerateCalendarToken { id } }', {}, member.token);
    expect((await request(http).get(path)).status).toBe(404);
    expect((await request(http).get(path).set('If-None-Match', '"other"')).status).toBe(404);
    expect((await request(http).get(await feedUrl())).status).toBe(200);
  });
});
