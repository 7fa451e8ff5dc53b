import { FixedClock } from '@app/core';
import { MeetupSeriesService } from '@app/meetups';
import { GraphqlResponse, TestApp, startTestApp } from './support/test-app';

const CREATE = `mutation($input: CreateMeetupSeriesInput!) {
  createMeetupSeries(input: $input) { id title recurrence timezone startTime durationMinutes skipDates icsUrl organizers { id } }
}`;
const UPDATE_SERIES = `mutation($id: ID!, $input: UpdateMeetupSeriesInput!) { updateMeetupSeries(id: $id, input: $input) { id title startTime } }`;
const MEETUPS = `query($filter: MeetupFilter, $first: Int, $after: String) {
  meetups(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id title startsAt endsAt originalDate status cancellationReason venue moved sequence } }
  }
}`;
const UPDATE_MEETUP = `mutation($id: ID!, $input: UpdateMeetupInput!) {
  updateMeetup(id: $id, input: $input) { id title startsAt endsAt originalDate venue moved sequence }
}`;
const CANCEL = `mutation($id: ID!, $reason: String) { cancelMeetup(id: $id, reason: $reason) { id status cancellationReason sequence } }`;

type Node = {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  originalDate: string;
  status: string;
  cancellationReason: string | null;
  venue: string | null;
  moved: boolean;
  sequence: number;
};

describe('meetup series and their dates', () => {
  // Thursday 26 Nov 2026, 10:00 in Huế.
  const clock = new FixedClock(new Date('2026-11-26T03:00:00Z'));
  let t: TestApp;
  let organizer: { token: string; memberId: string };
  let otherOrganizer: { token: string; memberId: string };
  let member: { token: string; memberId: string };
  let seriesId: string;

  async function allMeetups(filter: Record<string, unknown> = { seriesId }, token?: string): Promise<Node[]> {
    const nodes: Node[] = [];
    let after: string | null = null;
    for (;;) {
      const page: GraphqlResponse = await t.gql(MEETUPS, { filter, first: 5, after }, token);
      expect(page.errors).toBeUndefined();
      const connection: { edges: { node: Node }[]; pageInfo: { hasNextPage: boolean; endCursor: string }; totalCount: number } = page.data!.meetups;
      nodes.push(...connection.edges.map((e) => e.node));
      if (!connection.pageInfo.hasNextPage) {
        expect(connection.totalCount).toBe(nodes.length);
        return nodes;
      }
      after = connection.pageInfo.endCursor;
    }
  }

  beforeAll(async () => {
    t = await startTestApp({ clock, env: { ADMIN_EMAILS: 'admin@vien.example' } });
    const admin = await t.signIn('admin@vien.example');
    organizer = await t.signIn('organizer@vien.example', 'Người Tổ Chức');
    otherOrganizer = await t.signIn('other@vien.example');
    member = await t.signIn('member@startup.example');
    for (const id of [organizer.memberId, otherOrganizer.memberId]) {
      await t.gql('mutation($id: ID!) { setMemberRole(memberId: $id, role: ORGANIZER) { id } }', { id }, admin.token);
    }
  });
  afterAll(() => t.close());

  it('refuses members and anonymous callers, writing nothing', async () => {
    const input = { title: 'Nope', startsOn: '2026-11-01' };
    expect((await t.gql(CREATE, { input }, member.token)).errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await t.gql(CREATE, { input })).errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect(await t.count('meetup_series')).toBe(0);
  });

  it.each([
    [{ recurrence: 'FREQ=SOMETIMES' }, 'recurrence'],
    [{ recurrence: 'FREQ=HOURLY' }, 'recurrence'],
    [{ timezone: 'Asia/Hue' }, 'timezone'],
    [{ durationMinutes: 0 }, 'durationMinutes'],
    [{ durationMinutes: -30 }, 'durationMinutes'],
    [{ endsOn: '2026-10-01' }, 'endsOn'],
    [{ startTime: '25:00' }, 'startTime'],
    [{ title: '' }, 'title'],
    [{ capacity: 0 }, 'capacity'],
    [{ onlineUrl: 'not a url' }, 'onlineUrl'],
  ])('refuses %j with BAD_USER_INPUT naming %s', async (change, field) => {
    const result = await t.gql(CREATE, { input: { title: 'Bad', startsOn: '2026-11-01', ...change } }, organizer.token);
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await t.count('meetup_series')).toBe(0);
    expect(await t.count('meetups')).toBe(0);
  });

  it('refuses a malformed date before any resolver runs', async () => {
    const result = await t.gql(CREATE, { input: { title: 'Bad', startsOn: '2026-02-30' } }, organizer.token);
    expect(result.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(result.errors![0].message).toContain('startsOn');
  });

  it('creates a Saturday series with the defaults and generates its next dates', async () => {
    const created = await t.gql(
      CREATE,
      { input: { title: 'Gặp mặt thứ Bảy', startsOn: '2026-11-01', venue: 'Viện NCPT, Huế', capacity: 40, skipDates: ['2026-12-26'] } },
      organizer.token,
    );
    expect(created.errors).toBeUndefined();
    const series = created.data!.createMeetupSeries;
    seriesId = series.id;
    expect(series).toMatchObject({
      recurrence: 'FREQ=WEEKLY;BYDAY=SA',
      timezone: 'Asia/Ho_Chi_Minh',
      startTime: '08:00',
      durationMinutes: 180,
      skipDates: ['2026-12-26'],
      icsUrl: `http://meetups.test/calendar/series/${series.id}.ics`,
      organizers: [{ id: organizer.memberId }],
    });

    const meetups = await allMeetups();
    expect(meetups.length).toBeGreaterThanOrEqual(12);
    expect(meetups[0].originalDate).toBe('2026-11-28');
    for (const m of meetups) {
      expect(new Date(m.startsAt).getUTCDay()).toBe(6);
      expect(m.startsAt).toMatch(/T01:00:00\.000Z$/); // 08:00 in Asia/Ho_Chi_Minh
      expect(new Date(m.endsAt).getTime() - new Date(m.startsAt).getTime()).toBe(180 * 60_000);
      expect(m).toMatchObject({ status: 'SCHEDULED', venue: 'Viện NCPT, Huế', moved: false });
    }
    expect(meetups.map((m) => m.originalDate)).not.toContain('2026-12-26');
    expect(new Set(meetups.map((m) => m.id)).size).toBe(meetups.length);
  });

  it('generates idempotently, also when two runs race', async () => {
    const service = t.app.get(MeetupSeriesService);
    const before = await t.count('meetups');
    expect(await service.generateAll()).toBe(0);
    clock.advance(28 * 24 * 3600_000);
    const created = await Promise.all([service.generateAll(), service.generateAll(), service.generateAll()]);
    const after = await t.count('meetups');
    expect(after - before).toBe(created.reduce((a, b) => a + b, 0));
    expect(after - before).toBe(4);
    const duplicates = await t.dataSource.query('SELECT original_date FROM meetups GROUP BY series_id, original_date HAVING count(*) > 1');
    expect(duplicates).toEqual([]);
    clock.advance(-28 * 24 * 3600_000);
  });

  it('moves, changes and cancels single dates; series edits leave them alone', async () => {
    const [first, second, third, fourth] = await allMeetups();
    // A past date, recorded before: series edits must not touch it.
    await t.dataSource.query(
      `INSERT INTO meetups (series_id, original_date, title, starts_at, ends_at, timezone, venue) VALUES ($1, '2026-11-21', 'Buổi trước', '2026-11-21T01:00:00Z', '2026-11-21T04:00:00Z', 'Asia/Ho_Chi_Minh', 'Cũ')`,
      [seriesId],
    );

    const moved = await t.gql(UPDATE_MEETUP, { id: first.id, input: { startsAt: '2026-11-29T02:00:00.000Z' } }, organizer.token);
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.updateMeetup).toMatchObject({
      id: first.id,
      startsAt: '2026-11-29T02:00:00.000Z',
      endsAt: '2026-11-29T05:00:00.000Z',
      originalDate: '2026-11-28',
      moved: true,
      sequence: 1,
    });

    const changed = await t.gql(UPDATE_MEETUP, { id: second.id, input: { title: 'Chủ đề: gọi vốn', venue: 'Hội trường B' } }, organizer.token);
    expect(changed.data!.updateMeetup).toMatchObject({ title: 'Chủ đề: gọi vốn', venue: 'Hội trường B', moved: false, sequence: 1 });

    const cancelled = await t.gql(CANCEL, { id: third.id, reason: 'Nghỉ lễ' }, organizer.token);
    expect(cancelled.data!.cancelMeetup).toEqual({ id: third.id, status: 'CANCELLED', cancellationReason: 'Nghỉ lễ', sequence: 1 });
    expect((await t.gql(CANCEL, { id: third.id }, organizer.token)).errors![0].extensions.code).toBe('CONFLICT');

    const edited = await t.gql(
      UPDATE_SERIES,
      { id: seriesId, input: { title: 'Cà phê khởi nghiệp', startTime: '09:00', venue: 'Nhà Văn hóa' } },
      organizer.token,
    );
    expect(edited.errors).toBeUndefined();

    const after = new Map((await allMeetups()).map((m) => [m.originalDate, m]));
    expect(after.get('2026-11-28')).toMatchObject({ id: first.id, startsAt: '2026-11-29T02:00:00.000Z', title: 'Cà phê khởi nghiệp', venue: 'Nhà Văn hóa' });
    expect(after.get(second.originalDate)).toMatchObject({ title: 'Chủ đề: gọi vốn', venue: 'Hội trường B' });
    expect(after.get(second.originalDate)!.startsAt).toMatch(/T02:00:00\.000Z$/);
    expect(after.get(third.originalDate)).toMatchObject({ status: 'CANCELLED', cancellationReason: 'Nghỉ lễ' });
    expect(after.get(fourth.originalDate)).toMatchObject({ title: 'Cà phê khởi nghiệp', venue: 'Nhà Văn hóa', status: 'SCHEDULED' });
    expect(after.get(fourth.originalDate)!.startsAt).toMatch(/T02:00:00\.000Z$/);
    expect(after.get('2026-11-21')).toMatchObject({ title: 'Buổi trước', venue: 'Cũ', startsAt: '2026-11-21T01:00:00.000Z' });

    const onlyCancelled = await allMeetups({ seriesId, status: 'CANCELLED' });
    expect(onlyCancelled.map((m) => m.id)).toEqual([third.id]);
  });

  it('cancels dates the new rule drops and restores them when it gives them again', async () => {
    const before = await allMeetups({ seriesId, status: 'SCHEDULED' });
    const target = before[before.length - 1];
    await t.gql(UPDATE_SERIES, { id: seriesId, input: { skipDates: ['2026-12-26', target.originalDate] } }, organizer.token);
    const skipped = (await allMeetups()).find((m) => m.id === target.id)!;
    expect(skipped.status).toBe('CANCELLED');
    await t.gql(UPDATE_SERIES, { id: seriesId, input: { skipDates: ['2026-12-26'] } }, organizer.token);
    const back = (await allMeetups()).find((m) => m.id === target.id)!;
    expect(back.status).toBe('SCHEDULED');
    expect(back.sequence).toBeGreaterThan(skipped.sequence);
  });

  it('lets only organizers of the series change its dates', async () => {
    const [first] = await allMeetups();
    const byOther = await t.gql(UPDATE_MEETUP, { id: first.id, input: { title: 'Hijack' } }, otherOrganizer.token);
    expect(byOther.errors![0].extensions.code).toBe('FORBIDDEN');
    const byMember = await t.gql(CANCEL, { id: first.id, reason: 'x' }, member.token);
    expect(byMember.errors![0].extensions.code).toBe('FORBIDDEN');
    const seriesByOther = await t.gql(UPDATE_SERIES, { id: seriesId, input: { title: 'Hijack' } }, otherOrganizer.token);
    expect(seriesByOther.errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await t.dataSource.query('SELECT count(*)::int AS n FROM meetups WHERE title = $1', ['Hijack']))[0].n).toBe(0);
  });

  it('refuses bad date edits naming the field, changing nothing', async () => {
    const [, second] = await allMeetups();
    const [before] = await t.dataSource.query('SELECT * FROM meetups WHERE id = $1', [second.id]);
    const cases: [Record<string, unknown>, string][] = [
      [{ startsAt: '2026-12-05T05:00:00Z', endsAt: '2026-12-05T04:00:00Z' }, 'endsAt'],
      [{ title: '   ' }, 'title'],
      [{ capacity: -1 }, 'capacity'],
    ];
    for (const [input, field] of cases) {
      const result = await t.gql(UPDATE_MEETUP, { id: second.id, input }, organizer.token);
      expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(
      (await t.gql(UPDATE_MEETUP, { id: '00000000-0000-4000-8000-000000000000', input: { title: 'x' } }, organizer.token)).errors![0].extensions.code,
    ).toBe('NOT_FOUND');
    const [after] = await t.dataSource.query('SELECT * FROM meetups WHERE id = $1', [second.id]);
    expect(after).toEqual(before);
  });

  it('answers nextMeetup and builds calendar links', async () => {
    const next = await t.gql(`query($s: ID) { nextMeetup(seriesId: $s) { id originalDate icsUrl googleCalendarUrl series { id } } }`, { s: seriesId });
    expect(next.errors).toBeUndefined();
    const meetup = next.data!.nextMeetup;
    expect(meetup.originalDate).toBe('2026-11-28');
    expect(meetup.icsUrl).toBe(`http://meetups.test/calendar/meetups/${meetup.id}.ics`);
    const google = new URL(meetup.googleCalendarUrl);
    expect(google.hostname).toBe('calendar.google.com');
    expect(google.searchParams.get('dates')).toBe('20261129T020000Z/20261129T050000Z');
    expect(google.searchParams.get('ctz')).toBe('Asia/Ho_Chi_Minh');
    expect(google.searchParams.get('text')).toBe('Cà phê khởi nghiệp');
  });

  it('orders, reorders and removes agenda items', async () => {
    const [first] = await allMeetups();
    const add = (title: string, position?: number) =>
      t.gql(
        `mutation($m: ID!, $i: AgendaItemInput!) { addAgendaItem(meetupId: $m, input: $i) { id position title } }`,
        { m: first.id, i: { title, position, presenter: 'Viện NCPT', durationMinutes: 20 } },
        organizer.token,
      );
    const a = (await add('Khai mạc')).data!.addAgendaItem;
    const c = (await add('Bế mạc')).data!.addAgendaItem;
    const b = (await add('Thủ tục đăng ký doanh nghiệp', 2)).data!.addAgendaItem;
    expect(b.position).toBe(2);
    const agenda = async () => (await t.gql(`query($id: ID!) { meetup(id: $id) { agenda { id position title } } }`, { id: first.id })).data!.meetup.agenda;
    expect((await agenda()).map((i: { title: string }) => i.title)).toEqual(['Khai mạc', 'Thủ tục đăng ký doanh nghiệp', 'Bế mạc']);

    const reordered = await t.gql(
      `mutation($m: ID!, $ids: [ID!]!) { reorderAgenda(meetupId: $m, itemIds: $ids) { id position } }`,
      { m: first.id, ids: [c.id, a.id, b.id] },
      organizer.token,
    );
    expect(reordered.data!.reorderAgenda).toEqual([
      { id: c.id, position: 1 },
      { id: a.id, position: 2 },
      { id: b.id, position: 3 },
    ]);
    const incomplete = await t.gql(
      `mutation($m: ID!, $ids: [ID!]!) { reorderAgenda(meetupId: $m, itemIds: $ids) { id } }`,
      { m: first.id, ids: [c.id, a.id] },
      organizer.token,
    );
    expect(incomplete.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'itemIds' });

    const removed = await t.gql(`mutation($id: ID!) { removeAgendaItem(id: $id) { id position } }`, { id: a.id }, organizer.token);
    expect(removed.data!.removeAgendaItem).toEqual([
      { id: c.id, position: 1 },
      { id: b.id, position: 2 },
    ]);

    const byMember = await t.gql(`mutation($m: ID!) { addAgendaItem(meetupId: $m, input: { title: "x" }) { id } }`, { m: first.id }, member.token);
    expect(byMember.errors![0].extensions.code).toBe('FORBIDDEN');
    expect(await t.count('agenda_items')).toBe(2);
  });

  it('hides members-only series from anonymous callers', async () => {
    const created = await t.gql(CREATE, { input: { title: 'Chỉ thành viên', startsOn: '2026-11-01', visibility: 'MEMBERS' } }, organizer.token);
    const privateId = created.data!.createMeetupSeries.id;
    const anonymous = await t.gql('{ meetupSeries { id } }');
    expect(anonymous.data!.meetupSeries.map((s: { id: string }) => s.id)).toEqual([seriesId]);
    expect((await allMeetups({ seriesId: privateId })).length).toBe(0);
    expect((await allMeetups({ seriesId: privateId }, member.token)).length).toBeGreaterThanOrEqual(12);
  });
});

describe('hostile series input', () => {
  let t: TestApp;
  let admin: { token: string };

  beforeAll(async () => {
    t = await startTestApp({ env: { ADMIN_EMAILS: 'admin@vien.example' } });
    admin = await t.signIn('admin@vien.example');
  });
  afterAll(() => t.close());

  it('refuses rules rrule would accept but cannot run, without hanging', async () => {
    for (const recurrence of ['FREQ=WEEKLY;BYDAY=SA;INTERVAL=abc', 'FREQ=WEEKLY;BYDAY=XX', 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30']) {
      const result = await t.gql(
        'mutation($r: String!) { createMeetupSeries(input: { title: "x", startsOn: "2026-11-01", recurrence: $r }) { id } }',
        { r: recurrence },
        admin.token,
      );
      expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'recurrence' });
    }
    expect(await t.count('meetup_series')).toBe(0);
  });

  it('answers a forged cursor or a malformed id without an internal error', async () => {
    const forged = Buffer.from(JSON.stringify(['1', '00000000-0000-4000-8000-000000000000'])).toString('base64url');
    const page = await t.gql('query($a: String) { meetups(after: $a) { totalCount } }', { a: forged });
    expect(page.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect((await t.gql('{ organization(id: "x") { id } meetup(id: "y") { id } }')).data).toEqual({ organization: null, meetup: null });

    // Instants JavaScript accepts but PostgreSQL does not: refused before any SQL, naming the input.
    const uuid = '00000000-0000-4000-8000-000000000000';
    const meetupCursor = Buffer.from(JSON.stringify(['+010000-01-01T00:00:00.000Z', uuid])).toString('base64url');
    const farFuture = await t.gql('query($a: String) { meetups(after: $a) { edges { cursor } } }', { a: meetupCursor });
    expect(farFuture.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    for (const c of ['2024-02-30T00:00:00Z', '2024-13-45T99:99:99Z', '0000-01-01T00:00:00Z']) {
      const issueCursor = Buffer.from(JSON.stringify({ c, i: uuid })).toString('base64url');
      const issues = await t.gql('query($a: String) { issues(after: $a) { edges { cursor } } }', { a: issueCursor });
      expect(issues.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
    for (const from of ['garbage', '2024-02-30T00:00:00Z', '2026-11-28T08:00:00']) {
      const filtered = await t.gql('query($f: DateTime) { meetups(filter: { from: $f }) { totalCount } }', { f: from });
      expect(filtered.errors![0].extensions.code).toBe('BAD_USER_INPUT');
      expect(filtered.errors![0].message).toContain('DateTime');
    }
    const literal = await t.gql('{ meetups(filter: { to: "2024-02-30T00:00:00Z" }) { totalCount } }');
    expect(literal.errors![0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
