import { Client } from 'pg';
import request from 'supertest';
import { FixedClock } from '@app/core';
import { MeetupSeriesService } from '@app/meetups';
import { series } from './support/builders';
import { TestApp, startTestApp } from './support/test-app';

const RSVP = `mutation($m: ID!, $r: RsvpResponse!, $g: Int) { rsvp(meetupId: $m, response: $r, guests: $g) { id status guests waitlistPosition meetup { id } member { id } } }`;
const COUNTS = `query($id: ID!) { meetup(id: $id) { goingCount waitlistCount spotsLeft myRsvp { status guests waitlistPosition } } }`;

type Who = { token: string; memberId: string };

async function until(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('RSVPs, the waitlist, standing RSVPs and check-in', () => {
  // Thursday 26 Nov 2026, 10:00 in Huế; the next meetup is Saturday 28 Nov at 08:00.
  const clock = new FixedClock(new Date('2026-11-26T03:00:00Z'));
  let t: TestApp;
  let organizer: Who;
  let meetupIds: string[];
  let raceMembers: Who[];

  const newSeries = (capacity: number | null, extra: Record<string, unknown> = {}) => series(t, organizer, { capacity, ...extra }, 50);

  async function statuses(meetupId: string): Promise<Record<string, { status: string; guests: number }>> {
    const rows: { member_id: string; status: string; guests: number }[] = await t.dataSource.query(
      'SELECT member_id, status, guests FROM rsvps WHERE meetup_id = $1',
      [meetupId],
    );
    return Object.fromEntries(rows.map((r) => [r.member_id, { status: r.status, guests: r.guests }]));
  }

  beforeAll(async () => {
    t = await startTestApp({ clock });
    [organizer] = await t.createMembers(1, 'organizer', 'ORGANIZER');
    ({ meetupIds } = await newSeries(20));
  });
  afterAll(() => t.close());

  it('seats exactly the capacity when 200 members RSVP at once; the rest wait in line 1..180', async () => {
    const members = (raceMembers = await t.createMembers(200, 'race'));
    const answers = await Promise.all(members.map((m) => t.gql(RSVP, { m: meetupIds[0], r: 'GOING', g: 0 }, m.token)));
    expect(answers.filter((a) => a.errors)).toEqual([]);
    expect(answers.filter((a) => a.data!.rsvp.status === 'GOING')).toHaveLength(20);
    expect(answers.filter((a) => a.data!.rsvp.status === 'WAITLISTED')).toHaveLength(180);

    const [{ seats }] = await t.dataSource.query(`SELECT sum(1 + guests)::int AS seats FROM rsvps WHERE meetup_id = $1 AND status = 'GOING'`, [meetupIds[0]]);
    expect(seats).toBe(20);
    const positions: { position: number }[] = await t.dataSource.query(
      `SELECT row_number() OVER (ORDER BY waitlist_seq)::int AS position FROM rsvps WHERE meetup_id = $1 AND status = 'WAITLISTED'`,
      [meetupIds[0]],
    );
    expect(positions.map((p) => p.position)).toEqual(Array.from({ length: 180 }, (_, i) => i + 1));
    const fromApi = await Promise.all(members.map((m) => t.gql(COUNTS, { id: meetupIds[0] }, m.token)));
    const apiPositions = fromApi
      .map((r) => r.data!.meetup.myRsvp.waitlistPosition)
      .filter((p) => p !== null)
      .sort((a, b) => a - b);
    expect(apiPositions).toEqual(Array.from({ length: 180 }, (_, i) => i + 1));
    expect(fromApi[0].data!.meetup).toMatchObject({ goingCount: 20, waitlistCount: 180, spotsLeft: 0 });
  });

  it('40 members answering GOING at once on 10 seats are told places 1..30, each once, as they read them afterwards', async () => {
    const { meetupIds: dates } = await newSeries(10);
    const members = await t.createMembers(40, 'forty');
    const answers = await Promise.all(members.map((m) => t.gql(RSVP, { m: dates[0], r: 'GOING', g: 0 }, m.token)));
    expect(answers.filter((a) => a.errors)).toEqual([]);
    const told = answers.map((a) => a.data!.rsvp as { status: string; waitlistPosition: number | null });
    expect(told.filter((r) => r.status === 'GOING').every((r) => r.waitlistPosition === null)).toBe(true);
    expect(
      told
        .map((r) => r.waitlistPosition)
        .filter((p): p is number => p !== null)
        .sort((a, b) => a - b),
    ).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    const read = await Promise.all(members.map((m) => t.gql(COUNTS, { id: dates[0] }, m.token)));
    members.forEach((_, i) => expect(read[i].data!.meetup.myRsvp.waitlistPosition).toBe(told[i].waitlistPosition));
    // The line the database keeps is the order of the decisions: the one told 1 is promoted first.
    const line: { member_id: string }[] = await t.dataSource.query(
      `SELECT member_id FROM rsvps WHERE meetup_id = $1 AND status = 'WAITLISTED' ORDER BY waitlist_seq`,
      [dates[0]],
    );
    const byPlace = members
      .map((m, i) => ({ id: m.memberId, place: told[i].waitlistPosition }))
      .filter((x) => x.place !== null)
      .sort((a, b) => a.place! - b.place!);
    expect(byPlace.map((x) => x.id)).toEqual(line.map((r) => r.member_id));
  });

  it('promotes the first in line when a seat frees up, and tells them through the outbox', async () => {
    const before = await statuses(meetupIds[0]);
    const going = Object.keys(before).find((id) => before[id].status === 'GOING')!;
    const [{ member_id: first }] = await t.dataSource.query(
      `SELECT member_id FROM rsvps WHERE meetup_id = $1 AND status = 'WAITLISTED' ORDER BY waitlist_seq LIMIT 1`,
      [meetupIds[0]],
    );
    const token = raceMembers.find((m) => m.memberId === going)!.token;
    const declined = await t.gql(RSVP, { m: meetupIds[0], r: 'NOT_GOING' }, token);
    expect(declined.data!.rsvp.status).toBe('NOT_GOING');
    const after = await statuses(meetupIds[0]);
    expect(after[first].status).toBe('GOING');
    expect(Object.values(after).filter((r) => r.status === 'GOING')).toHaveLength(20);
    const outbox = await t.dataSource.query(`SELECT payload FROM outbox WHERE kind = 'rsvp.promoted' AND member_id = $1`, [first]);
    expect(outbox).toEqual([{ payload: expect.objectContaining({ meetupId: meetupIds[0] }) }]);
  });

  it('counts guests as seats, promotes when guests shrink or capacity grows, refuses capacity below the seats taken', async () => {
    const {
      meetupIds: [meetup],
    } = await newSeries(5);
    const [a, b, c] = await t.createMembers(3, 'guests');
    expect((await t.gql(RSVP, { m: meetup, r: 'GOING', g: 2 }, a.token)).data!.rsvp.status).toBe('GOING'); // 3 seats
    expect((await t.gql(RSVP, { m: meetup, r: 'GOING', g: 1 }, b.token)).data!.rsvp.status).toBe('GOING'); // 5 seats
    expect((await t.gql(RSVP, { m: meetup, r: 'GOING', g: 0 }, c.token)).data!.rsvp).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 });

    const tooMany = await t.gql(RSVP, { m: meetup, r: 'GOING', g: 2 }, b.token);
    expect(tooMany.errors![0].extensions.code).toBe('CONFLICT');
    expect((await statuses(meetup))[b.memberId]).toEqual({ status: 'GOING', guests: 1 });

    expect((await t.gql(RSVP, { m: meetup, r: 'GOING', g: 1 }, a.token)).data!.rsvp.status).toBe('GOING'); // a frees one seat
    expect((await statuses(meetup))[c.memberId].status).toBe('GOING');

    const [d, e] = await t.createMembers(2, 'capacity');
    await t.gql(RSVP, { m: meetup, r: 'GOING' }, d.token);
    await t.gql(RSVP, { m: meetup, r: 'GOING' }, e.token);
    expect((await statuses(meetup))[d.memberId].status).toBe('WAITLISTED');
    const lower = await t.gql('mutation($id: ID!) { updateMeetup(id: $id, input: { capacity: 4 }) { capacity } }', { id: meetup }, organizer.token);
    expect(lower.errors![0].extensions.code).toBe('CONFLICT');
    expect((await t.dataSource.query('SELECT capacity FROM meetups WHERE id = $1', [meetup]))[0].capacity).toBe(5);
    const raised = await t.gql(
      'mutation($id: ID!) { updateMeetup(id: $id, input: { capacity: 7 }) { capacity goingCount waitlistCount spotsLeft } }',
      { id: meetup },
      organizer.token,
    );
    expect(raised.data!.updateMeetup).toEqual({ capacity: 7, goingCount: 7, waitlistCount: 0, spotsLeft: 0 });
  });

  it('refuses bad RSVPs with clear errors, changing nothing', async () => {
    const {
      meetupIds: [first, second],
    } = await newSeries(10, { guestLimit: 1 });
    const [m, other] = await t.createMembers(2, 'bad');
    await t.gql(RSVP, { m: first, r: 'GOING' }, other.token);
    const before = await t.dataSource.query('SELECT * FROM rsvps ORDER BY id');

    expect((await t.gql(RSVP, { m: first, r: 'GOING', g: -1 }, m.token)).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'guests' });
    expect((await t.gql(RSVP, { m: first, r: 'GOING', g: 2 }, m.token)).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'guests' });
    expect((await t.gql(RSVP, { m: first, r: 'MAYBE' }, m.token)).errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await t.gql(RSVP, { m: '00000000-0000-4000-8000-000000000000', r: 'GOING' }, m.token)).errors![0].extensions.code).toBe('NOT_FOUND');
    expect((await t.gql(RSVP, { m: first, r: 'GOING' })).errors![0].extensions.code).toBe('UNAUTHENTICATED');

    await t.gql('mutation($id: ID!) { cancelMeetup(id: $id, reason: "Mưa bão") { id } }', { id: second }, organizer.token);
    const cancelled = await t.gql(RSVP, { m: second, r: 'GOING' }, m.token);
    expect(cancelled.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringContaining('cancelled') });

    clock.set('2026-11-28T01:00:00Z'); // the first meetup starts
    const late = await t.gql(RSVP, { m: first, r: 'NOT_GOING' }, other.token);
    expect(late.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringContaining('started') });
    clock.set('2026-11-26T03:00:00Z');

    expect(await t.dataSource.query('SELECT * FROM rsvps ORDER BY id')).toEqual(before);
  });

  it('closes RSVPs at the series cutoff', async () => {
    const {
      meetupIds: [first],
    } = await newSeries(10, { rsvpCutoffMinutes: 24 * 60 });
    const [m] = await t.createMembers(1, 'cutoff');
    clock.set('2026-11-27T02:00:00Z'); // 23 hours before the start
    const refused = await t.gql(RSVP, { m: first, r: 'GOING' }, m.token);
    expect(refused.errors![0].extensions.code).toBe('CONFLICT');
    clock.set('2026-11-26T03:00:00Z');
    expect((await t.gql(RSVP, { m: first, r: 'GOING' }, m.token)).data!.rsvp.status).toBe('GOING');
  });

  it('gives a standing RSVP a seat on every date, new ones included, and respects declines', async () => {
    const { seriesId: sid, meetupIds: dates } = await newSeries(30);
    const [regular] = await t.createMembers(1, 'regular');
    const standing = await t.gql('mutation($s: ID!) { setStandingRsvp(seriesId: $s, guests: 1) { guests series { id } } }', { s: sid }, regular.token);
    expect(standing.data!.setStandingRsvp).toEqual({ guests: 1, series: { id: sid } });
    const mine = await t.dataSource.query(`SELECT meetup_id, status, guests, from_standing FROM rsvps WHERE member_id = $1`, [regular.memberId]);
    expect(mine).toHaveLength(dates.length);
    expect(mine.every((r: { status: string; guests: number; from_standing: boolean }) => r.status === 'GOING' && r.guests === 1 && r.from_standing)).toBe(true);

    expect((await t.gql(RSVP, { m: dates[1], r: 'NOT_GOING' }, regular.token)).data!.rsvp.status).toBe('NOT_GOING');

    clock.advance(14 * 24 * 3600_000);
    await t.app.get(MeetupSeriesService).generateAll();
    const after = await t.dataSource.query(
      `SELECT r.status FROM rsvps r JOIN meetups m ON m.id = r.meetup_id WHERE r.member_id = $1 AND m.series_id = $2 ORDER BY m.starts_at`,
      [regular.memberId, sid],
    );
    expect(after.length).toBe(dates.length + 2);
    expect(after.filter((r: { status: string }) => r.status === 'NOT_GOING')).toHaveLength(1);
    clock.set('2026-11-26T03:00:00Z');

    const me = await t.gql('{ me { standingRsvps { guests series { id } } } }', {}, regular.token);
    expect(me.data!.me.standingRsvps).toEqual([{ guests: 1, series: { id: sid } }]);
    expect((await t.gql('mutation($s: ID!) { cancelStandingRsvp(seriesId: $s) }', { s: sid }, regular.token)).data).toEqual({ cancelStandingRsvp: true });
    const left = await t.dataSource.query(`SELECT count(*)::int AS n FROM rsvps WHERE member_id = $1 AND status = 'GOING'`, [regular.memberId]);
    expect(left[0].n).toBe(0);
    expect((await t.gql('mutation($s: ID!) { cancelStandingRsvp(seriesId: $s) }', { s: sid }, regular.token)).data).toEqual({ cancelStandingRsvp: false });

    // Standing again: the dates it had withdrawn are GOING again; the member's own decline stays.
    await t.gql('mutation($s: ID!) { setStandingRsvp(seriesId: $s, guests: 0) { guests } }', { s: sid }, regular.token);
    const again = await t.dataSource.query(
      `SELECT r.status, r.from_standing FROM rsvps r JOIN meetups m ON m.id = r.meetup_id WHERE r.member_id = $1 AND m.series_id = $2 AND m.starts_at > now()`,
      [regular.memberId, sid],
    );
    expect(again.filter((r: { status: string }) => r.status === 'GOING').length).toBe(again.length - 1);
    expect(again.filter((r: { status: string; from_standing: boolean }) => r.status === 'NOT_GOING' && !r.from_standing)).toHaveLength(1);

    // A series edit that lowers the capacity below the seats taken is refused like a date's.
    const [{ id: first }] = await t.dataSource.query('SELECT id FROM meetups WHERE series_id = $1 ORDER BY starts_at LIMIT 1', [sid]);
    await t.dataSource.query(`UPDATE rsvps SET guests = 0 WHERE meetup_id = $1`, [first]);
    const crowd = await t.createMembers(3, 'crowd');
    for (const c of crowd) await t.gql(RSVP, { m: first, r: 'GOING' }, c.token);
    const lower = await t.gql('mutation($s: ID!) { updateMeetupSeries(id: $s, input: { capacity: 2 }) { id } }', { s: sid }, organizer.token);
    expect(lower.errors![0].extensions.code).toBe('CONFLICT');
  });

  it('checks members in once, by an organizer or with the code shown at the venue', async () => {
    const [m, other] = await t.createMembers(2, 'checkin');
    const meetup = meetupIds[0];
    const code = (await t.gql('query($id: ID!) { meetup(id: $id) { checkInCode } }', { id: meetup }, organizer.token)).data!.meetup.checkInCode;
    expect(code).toMatch(/^\d{6}$/);
    expect((await t.gql('query($id: ID!) { meetup(id: $id) { checkInCode } }', { id: meetup }, m.token)).data!.meetup.checkInCode).toBeNull();

    const CHECK_IN = 'mutation($m: ID!, $who: ID!) { checkIn(meetupId: $m, memberId: $who) { id method member { id } } }';
    expect((await t.gql(CHECK_IN, { m: meetup, who: other.memberId }, m.token)).errors![0].extensions.code).toBe('FORBIDDEN');
    const first = await t.gql(CHECK_IN, { m: meetup, who: other.memberId }, organizer.token);
    const again = await t.gql(CHECK_IN, { m: meetup, who: other.memberId }, organizer.token);
    expect(again.data!.checkIn).toEqual(first.data!.checkIn);
    expect(first.data!.checkIn).toMatchObject({ method: 'ORGANIZER', member: { id: other.memberId } });

    const SELF = 'mutation($m: ID!, $c: String!) { checkInWithCode(meetupId: $m, code: $c) { method } }';
    const early = await t.gql(SELF, { m: meetup, c: code }, m.token);
    expect(early.errors![0].extensions.code).toBe('CONFLICT');
    clock.set('2026-11-28T01:30:00Z');
    const wrong = await t.gql(SELF, { m: meetup, c: code === '000000' ? '111111' : '000000' }, m.token);
    expect(wrong.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    expect((await t.gql(SELF, { m: meetup, c: code }, m.token)).data!.checkInWithCode).toEqual({ method: 'SELF_CODE' });
    clock.set('2026-11-26T03:00:00Z');
    expect(await t.dataSource.query('SELECT count(*)::int AS n FROM attendances WHERE meetup_id = $1', [meetup])).toEqual([{ n: 2 }]);
  });

  it('limits wrong check-in codes: after ten tries in an hour even the right code is refused, and nobody is checked in', async () => {
    const [guesser] = await t.createMembers(1, 'guesser');
    const meetup = meetupIds[0];
    const code = (await t.gql('query($id: ID!) { meetup(id: $id) { checkInCode } }', { id: meetup }, organizer.token)).data!.meetup.checkInCode as string;
    const SELF = 'mutation($m: ID!, $c: String!) { checkInWithCode(meetupId: $m, code: $c) { method } }';
    clock.set('2026-11-28T01:30:00Z'); // during the meetup: check-in is open
    try {
      const wrong = Array.from({ length: 10 }, (_, i) => String((Number(code) + 1 + i) % 1_000_000).padStart(6, '0'));
      for (const guess of wrong)
        expect((await t.gql(SELF, { m: meetup, c: guess }, guesser.token)).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
      const right = await t.gql(SELF, { m: meetup, c: code }, guesser.token);
      expect(right.errors![0].extensions.code).toBe('TOO_MANY_REQUESTS');
      expect(right.errors![0].message).toContain('ask an organizer');
      expect(await t.dataSource.query('SELECT 1 FROM attendances WHERE meetup_id = $1 AND member_id = $2', [meetup, guesser.memberId])).toEqual([]);
      // Another member at the same meetup is not held back by the guesser.
      const [neighbour] = await t.createMembers(1, 'neighbour');
      expect((await t.gql(SELF, { m: meetup, c: code }, neighbour.token)).data!.checkInWithCode).toEqual({ method: 'SELF_CODE' });
    } finally {
      clock.set('2026-11-26T03:00:00Z');
    }
  });

  it('exports the attendee list as CSV for organizers only, escaped', async () => {
    const {
      meetupIds: [meetup],
    } = await newSeries(10);
    const [a, b] = await t.createMembers(2, 'csv');
    await t.dataSource.query(`UPDATE members SET name = $2 WHERE id = $1`, [a.memberId, 'Nguyễn Văn "Tí", Huế']);
    await t.dataSource.query(`UPDATE members SET name = $2 WHERE id = $1`, [b.memberId, '=HYPERLINK("http://evil")']);
    await t.gql(RSVP, { m: meetup, r: 'GOING', g: 1 }, a.token);
    await t.gql(RSVP, { m: meetup, r: 'GOING' }, b.token);

    const http = t.app.getHttpServer();
    expect((await request(http).get(`/meetups/${meetup}/attendees.csv`)).status).toBe(401);
    expect((await request(http).get(`/meetups/${meetup}/attendees.csv`).set('authorization', `Bearer ${a.token}`)).status).toBe(403);
    const res = await request(http)
      .get(`/meetups/${meetup}/attendees.csv`)
      .set('authorization', `Bearer ${organizer.token}`)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks).toString('utf8')));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const text = res.body as string;
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('Name,Organisation,E-mail,Status,Guests,Waitlist position,Checked in at');
    expect(lines).toContain(`"Nguyễn Văn ""Tí"", Huế",,csv1@example.org,GOING,1,,`);
    expect(lines).toContain(`"'=HYPERLINK(""http://evil"")",,csv2@example.org,GOING,0,,`);

    const list = await t.gql('query($m: ID!) { meetupAttendees(meetupId: $m) { name status guests checkedIn } }', { m: meetup }, organizer.token);
    expect(list.data!.meetupAttendees).toHaveLength(2);
    expect((await t.gql('query($m: ID!) { meetupAttendees(meetupId: $m) { name } }', { m: meetup }, a.token)).errors![0].extensions.code).toBe('FORBIDDEN');
  });
  it("keeps every meetup's seat counts (kept by a trigger) equal to its RSVPs after all of the above", async () => {
    const drift = await t.dataSource.query(
      `SELECT m.id, m.going_count, m.waitlist_count, coalesce(c.going, 0) AS going, coalesce(c.waitlisted, 0) AS waitlisted
       FROM meetups m LEFT JOIN (
         SELECT meetup_id, sum(1 + guests) FILTER (WHERE status = 'GOING')::int AS going, count(*) FILTER (WHERE status = 'WAITLISTED')::int AS waitlisted
         FROM rsvps GROUP BY meetup_id) c ON c.meetup_id = m.id
       WHERE m.going_count <> coalesce(c.going, 0) OR m.waitlist_count <> coalesce(c.waitlisted, 0)`,
    );
    expect(drift).toEqual([]);
    const [{ busy }] = await t.dataSource.query(`SELECT count(*)::int AS busy FROM meetups WHERE going_count > 0 AND waitlist_count > 0`);
    expect(busy).toBeGreaterThan(0);
  });
});

describe('RSVPs when the connection pool is exhausted', () => {
  // One connection, and a short wait for it: a request that cannot get one is refused, not failed.
  let t: TestApp;
  let outside: Client;
  let meetupId: string;
  let members: Who[];

  beforeAll(async () => {
    t = await startTestApp({ env: { DATABASE_POOL_SIZE: '1', DATABASE_ACQUIRE_TIMEOUT_MS: '300' } });
    const [organizer] = await t.createMembers(1, 'busy-organizer', 'ORGANIZER');
    members = await t.createMembers(3, 'busy');
    const created = await t.gql(
      'mutation($input: CreateMeetupSeriesInput!) { createMeetupSeries(input: $input) { id } }',
      { input: { title: 'Gặp mặt thứ Bảy', startsOn: new Date().toISOString().slice(0, 10), capacity: 10, guestLimit: 3 } },
      organizer.token,
    );
    expect(created.errors).toBeUndefined();
    const page = await t.gql('query($s: ID!) { meetups(filter: { seriesId: $s }, first: 5) { edges { node { id startsAt } } } }', {
      s: created.data!.createMeetupSeries.id,
    });
    meetupId = page.data!.meetups.edges.find((e: { node: { startsAt: string } }) => new Date(e.node.startsAt).getTime() > Date.now() + 86_400_000).node.id;
    outside = new Client({ connectionString: t.config.database.url! });
    await outside.connect();
  });
  afterAll(async () => {
    await outside.end();
    await t.close();
  });

  it('answers TOO_MANY_REQUESTS with Retry-After (never a 500) to a request that waits too long for a connection, and changes nothing', async () => {
    // Someone else holds the meetup's row: the first RSVP waits for it on the only connection.
    await outside.query('BEGIN');
    await outside.query('SELECT 1 FROM meetups WHERE id = $1 FOR UPDATE', [meetupId]);
    const first = t.gql(RSVP, { m: meetupId, r: 'GOING', g: 0 }, members[0].token);
    await until(
      async () =>
        (await outside.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`)).rows[0].n ===
        1,
    );

    const refused = await t.gql(RSVP, { m: meetupId, r: 'GOING', g: 1 }, members[1].token);
    expect(refused.errors).toEqual([expect.objectContaining({ extensions: { code: 'TOO_MANY_REQUESTS', retryAfter: 1 } })]);
    expect(refused.status).toBeLessThan(500);
    expect(refused.headers['retry-after']).toBe('1');
    const anonymous = await t.gql('query($id: ID!) { meetup(id: $id) { title } }', { id: meetupId });
    expect(anonymous.errors?.[0].extensions.code).toBe('TOO_MANY_REQUESTS');

    await outside.query('ROLLBACK');
    expect((await first).data!.rsvp.status).toBe('GOING');
    const rows = await outside.query('SELECT member_id, status FROM rsvps WHERE meetup_id = $1', [meetupId]);
    expect(rows.rows).toEqual([{ member_id: members[0].memberId, status: 'GOING' }]);
    // Once the connection is free the refused member's try again works.
    expect((await t.gql(RSVP, { m: meetupId, r: 'GOING', g: 1 }, members[1].token)).data!.rsvp).toMatchObject({ status: 'GOING', guests: 1 });
  });
});
