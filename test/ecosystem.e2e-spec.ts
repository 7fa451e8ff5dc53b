import request from 'supertest';
import { FixedClock } from '@app/core';
import { runSeed } from '../apps/cli/src/seed/run-seed';
import { TestApp, startTestApp } from './support/test-app';
import { affiliate } from './support/builders';

/** The ecosystem map and startup portal (docs/FEATURES.md, "The ecosystem"), on a real PostgreSQL. */
describe('ecosystem map and startup portal', () => {
  const clock = new FixedClock(new Date('2026-11-26T03:00:00Z'));
  let t: TestApp;
  let admin: { token: string; memberId: string };
  let organizer: { token: string; memberId: string };
  let founder: { token: string; memberId: string };
  let incubatorMember: { token: string; memberId: string };
  let outsider: { token: string; memberId: string };
  const id: Record<string, string> = {};

  const PROJECT = 'mutation($i: StartupProjectInput!) { registerStartupProject(input: $i) { id name stage sectors contact { id } createdAt } }';
  const SUPPORT = 'mutation($i: RecordSupportInput!) { recordSupport(input: $i) { id kind startedOn provider { id } project { id } } }';
  const UPDATE_ORG =
    'mutation($id: ID!, $i: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $i) { id kind description sectors services address location { latitude longitude } } }';
  const TARGET =
    'mutation($i: ProgrammeTargetInput!) { setProgrammeTarget(input: $i) { id title metric goal startsOn endsOn achieved expectedByNow onTrack byYear { year achieved cumulative } } }';

  beforeAll(async () => {
    t = await startTestApp({ clock });
    [admin] = await t.createMembers(1, 'admin', 'ADMIN');
    [organizer] = await t.createMembers(1, 'organizer', 'ORGANIZER');
    [founder, incubatorMember, outsider] = await t.createMembers(3, 'person');
    const org = async (name: string, kind: string) =>
      (
        await t.gql(
          'mutation($n: String!, $k: OrganizationKind!) { createOrganization(input: { name: $n, kind: $k }) { id } }',
          { n: name, k: kind },
          organizer.token,
        )
      ).data!.createOrganization.id as string;
    id.incubator = await org('Vườn ươm Huế', 'INCUBATOR');
    id.department = await org('Sở Khoa học và Công nghệ', 'GOVERNMENT_AGENCY');
    id.company = await org('Công ty Cà phê Huế', 'STARTUP');
    await affiliate(t, incubatorMember, id.incubator);
    // The founder speaks for the startup that becomes their project's company.
    await affiliate(t, founder, id.company);
  });
  afterAll(() => t.close());

  it('updateOrganization: organizers and members of that organisation; bad input names the field and changes nothing', async () => {
    const profile = {
      kind: 'INCUBATOR',
      description: 'Ươm tạo dự án',
      sectors: ['Nông nghiệp', ' du lịch '],
      services: ['Cố vấn'],
      address: 'Phú Hội, Huế',
      location: { latitude: 16.4656, longitude: 107.6012 },
    };
    const byMember = await t.gql(UPDATE_ORG, { id: id.incubator, i: profile }, incubatorMember.token);
    expect(byMember.errors).toBeUndefined();
    expect(byMember.data!.updateOrganization).toMatchObject({
      sectors: ['nông nghiệp', 'du lịch'],
      services: ['cố vấn'],
      location: { latitude: 16.4656, longitude: 107.6012 },
    });
    expect((await t.gql(UPDATE_ORG, { id: id.department, i: { description: 'x' } }, incubatorMember.token)).errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await t.gql(UPDATE_ORG, { id: id.incubator, i: { description: 'x' } }, outsider.token)).errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await t.gql(UPDATE_ORG, { id: id.incubator, i: { description: 'x' } })).errors![0].extensions.code).toBe('UNAUTHENTICATED');
    const byOrganizer = await t.gql(
      UPDATE_ORG,
      { id: id.department, i: { sectors: ['khoa học công nghệ'], location: { latitude: 16.4603, longitude: 107.5878 } } },
      organizer.token,
    );
    expect(byOrganizer.data!.updateOrganization.sectors).toEqual(['khoa học công nghệ']);

    const before = await t.dataSource.query('SELECT * FROM organizations ORDER BY id');
    for (const [input, field] of [
      [{ description: 'y', location: { latitude: 91, longitude: 107 } }, 'location.latitude'],
      [{ description: 'y', location: { latitude: 16, longitude: -180.5 } }, 'location.longitude'],
      [{ description: 'y', website: 'javascript:alert(1)' }, 'website'],
      [{ description: 'y', sectors: Array.from({ length: 11 }, (_, i) => `s${i}`) }, 'sectors'],
    ] as const) {
      const result = await t.gql(UPDATE_ORG, { id: id.incubator, i: input }, organizer.token);
      expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(result.errors![0].message).toContain(field);
    }
    const unknownKind = await t.gql(UPDATE_ORG, { id: id.incubator, i: { kind: 'SPACESHIP' } }, organizer.token);
    expect(unknownKind.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(unknownKind.errors![0].message).toContain('kind');
    expect(await t.dataSource.query('SELECT * FROM organizations ORDER BY id')).toEqual(before);
  });

  it('registerStartupProject: any member becomes its contact; updateStartupProject: the contact or an organizer', async () => {
    expect((await t.gql(PROJECT, { i: { name: 'Cà phê muối', stage: 'IDEA' } })).errors![0].extensions.code).toBe('UNAUTHENTICATED');
    const registered = await t.gql(
      PROJECT,
      { i: { name: 'Cà phê muối Huế', summary: 'Đặc sản phố cổ', stage: 'MVP', sectors: ['Thực phẩm'], teamSize: 3, foundedOn: '2019-05-01' } },
      founder.token,
    );
    expect(registered.errors).toBeUndefined();
    id.project = registered.data!.registerStartupProject.id;
    expect(registered.data!.registerStartupProject).toMatchObject({
      contact: { id: founder.memberId },
      sectors: ['thực phẩm'],
      createdAt: '2026-11-26T03:00:00.000Z',
    });
    id.project2 = (
      await t.gql(PROJECT, { i: { name: 'Du lịch làng nghề', stage: 'IDEA', sectors: ['du lịch'] } }, outsider.token)
    ).data!.registerStartupProject.id;

    const UPDATE = 'mutation($id: ID!, $i: StartupProjectInput!) { updateStartupProject(id: $id, input: $i) { id stage company { id } } }';
    expect((await t.gql(UPDATE, { id: id.project, i: { name: 'Cà phê muối Huế', stage: 'GROWTH' } }, outsider.token)).errors![0].extensions.code).toBe(
      'FORBIDDEN',
    );
    expect((await t.gql(UPDATE, { id: id.project, i: { name: 'Cà phê muối Huế', stage: 'GROWTH' } }, incubatorMember.token)).errors![0].extensions.code).toBe(
      'FORBIDDEN',
    );
    const own = await t.gql(UPDATE, { id: id.project, i: { name: 'Cà phê muối Huế', stage: 'EARLY_REVENUE', companyId: id.company } }, founder.token);
    expect(own.data!.updateStartupProject).toEqual({ id: id.project, stage: 'EARLY_REVENUE', company: { id: id.company } });
    expect(
      (await t.gql(UPDATE, { id: id.project2, i: { name: 'Du lịch làng nghề', stage: 'PROTOTYPE' } }, organizer.token)).data!.updateStartupProject.stage,
    ).toBe('PROTOTYPE');

    const before = await t.dataSource.query('SELECT * FROM startup_projects ORDER BY id');
    const notAStartup = await t.gql(UPDATE, { id: id.project, i: { name: 'Cà phê muối Huế', stage: 'GROWTH', companyId: id.department } }, founder.token);
    expect(notAStartup.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'companyId' });
    const badTeam = await t.gql(PROJECT, { i: { name: 'Nhóm âm', stage: 'IDEA', teamSize: -2 } }, founder.token);
    expect(badTeam.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'teamSize' });
    expect(await t.dataSource.query('SELECT * FROM startup_projects ORDER BY id')).toEqual(before);
  });

  it('contact: the e-mail follows Member privacy (the member themself and organizers only)', async () => {
    const q = 'query($id: ID!) { startupProject(id: $id) { contact { id name email } } }';
    expect((await t.gql(q, { id: id.project })).data!.startupProject.contact.email).toBeNull();
    expect((await t.gql(q, { id: id.project }, outsider.token)).data!.startupProject.contact.email).toBeNull();
    expect((await t.gql(q, { id: id.project }, founder.token)).data!.startupProject.contact.email).toBe('person1@example.org');
    expect((await t.gql(q, { id: id.project }, organizer.token)).data!.startupProject.contact.email).toBe('person1@example.org');
  });

  it('recordSupport: organizers or members of the providing organisation; no support before the project began', async () => {
    const support = (provider: string, extra: Record<string, unknown> = {}) => ({
      projectId: id.project,
      providerId: provider,
      kind: 'MENTORING',
      startedOn: '2020-02-15',
      ...extra,
    });
    expect((await t.gql(SUPPORT, { i: support(id.incubator) }, founder.token)).errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await t.gql(SUPPORT, { i: support(id.department) }, incubatorMember.token)).errors![0].extensions.code).toBe('FORBIDDEN');
    const byMember = await t.gql(SUPPORT, { i: support(id.incubator) }, incubatorMember.token);
    expect(byMember.errors).toBeUndefined();
    expect(byMember.data!.recordSupport).toMatchObject({
      kind: 'MENTORING',
      startedOn: '2020-02-15',
      provider: { id: id.incubator },
      project: { id: id.project },
    });
    expect((await t.gql(SUPPORT, { i: support(id.department, { kind: 'FUNDING', startedOn: '2021-03-01' }) }, organizer.token)).errors).toBeUndefined();
    expect((await t.gql(SUPPORT, { i: support(id.incubator, { kind: 'WORKSPACE', startedOn: '2024-06-01' }) }, organizer.token)).errors).toBeUndefined();
    // The second project began when it was registered (26 Nov 2026): supported that day.
    expect(
      (await t.gql(SUPPORT, { i: { ...support(id.incubator), projectId: id.project2, startedOn: '2026-11-26' } }, organizer.token)).errors,
    ).toBeUndefined();

    const before = await t.count('supports');
    for (const [input, field] of [
      [support(id.incubator, { startedOn: '2019-04-30' }), 'startedOn'],
      [{ ...support(id.incubator), projectId: id.project2, startedOn: '2026-11-25' }, 'startedOn'],
      [support(id.incubator, { startedOn: '2026-11-27' }), 'startedOn'],
      [support(id.incubator, { startedOn: '2020-03-01', endedOn: '2020-02-01' }), 'endedOn'],
      [support(id.incubator, { projectId: '00000000-0000-4000-8000-000000000000' }), 'projectId'],
    ] as const) {
      const result = await t.gql(SUPPORT, { i: input }, organizer.token);
      expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await t.count('supports')).toBe(before);
  });

  it("a member's data export lists the projects they registered and the supports they recorded", async () => {
    const founderData = await request(t.app.getHttpServer()).get('/me/data.json').set('Authorization', `Bearer ${founder.token}`);
    expect(founderData.body.startupProjects).toEqual([expect.objectContaining({ id: id.project, name: 'Cà phê muối Huế', stage: 'EARLY_REVENUE' })]);
    const recorder = await request(t.app.getHttpServer()).get('/me/data.json').set('Authorization', `Bearer ${incubatorMember.token}`);
    expect(recorder.body.supportsRecorded).toEqual([
      expect.objectContaining({ projectId: id.project, providerName: 'Vườn ươm Huế', kind: 'MENTORING', startedOn: '2020-02-15' }),
    ]);
  });

  it('startupProjects: accent-insensitive search, stage, sector, supportedById, a Relay connection with totalCount', async () => {
    const q =
      'query($f: StartupProjectFilter, $after: String) { startupProjects(filter: $f, first: 1, after: $after) { totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }';
    const names = async (f: Record<string, unknown>) =>
      ((await t.gql(q.replace('first: 1', 'first: 20'), { f })).data!.startupProjects.edges as { node: { name: string } }[]).map((e) => e.node.name);
    expect(await names({ search: 'ca phe MUOI' })).toEqual(['Cà phê muối Huế']);
    expect(await names({ search: 'dac san pho co' })).toEqual(['Cà phê muối Huế']);
    expect(await names({ search: 'lang nghe' })).toEqual(['Du lịch làng nghề']);
    expect(await names({ stage: 'PROTOTYPE' })).toEqual(['Du lịch làng nghề']);
    expect(await names({ sector: 'Thực phẩm' })).toEqual(['Cà phê muối Huế']);
    expect(await names({ supportedById: id.department })).toEqual(['Cà phê muối Huế']);
    expect(await names({ search: '100%' })).toEqual([]);
    const first = (await t.gql(q, {})).data!.startupProjects;
    expect(first.totalCount).toBe(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await t.gql(q, { after: first.pageInfo.endCursor })).data!.startupProjects;
    expect(second.edges[0].node.id).not.toBe(first.edges[0].node.id);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect((await t.gql(q, { after: 'bogus' })).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('ecosystemMap: actors by kind and one aggregated link per provider and project; sector and kinds narrow it', async () => {
    const q = `query($s: String, $k: [OrganizationKind!]) { ecosystemMap(sector: $s, kinds: $k) {
      organizations { id kind projects { id } supportsGiven { kind } } projects { id name } links { provider { id } project { id } kinds supports } } }`;
    const map = (await t.gql(q, {})).data!.ecosystemMap;
    expect(map.projects).toHaveLength(2);
    const incubatorLinks = map.links.filter((l: { provider: { id: string } }) => l.provider.id === id.incubator);
    expect(incubatorLinks).toEqual(
      expect.arrayContaining([{ provider: { id: id.incubator }, project: { id: id.project }, kinds: ['MENTORING', 'WORKSPACE'], supports: 2 }]),
    );
    expect(incubatorLinks).toHaveLength(2);
    const company = map.organizations.find((o: { id: string }) => o.id === id.company);
    expect(company.projects).toEqual([{ id: id.project }]);
    const incubator = map.organizations.find((o: { id: string }) => o.id === id.incubator);
    expect(incubator.supportsGiven.map((s: { kind: string }) => s.kind)).toEqual(['MENTORING', 'WORKSPACE', 'MENTORING']);

    const food = (await t.gql(q, { s: 'thực phẩm', k: ['INCUBATOR', 'GOVERNMENT_AGENCY'] })).data!.ecosystemMap;
    expect(food.projects.map((p: { name: string }) => p.name)).toEqual(['Cà phê muối Huế']);
    expect(food.organizations.map((o: { id: string }) => o.id).sort()).toEqual([id.department, id.incubator].sort());
    expect(food.links).toHaveLength(2);
    const agencies = (await t.gql(q, { k: ['GOVERNMENT_AGENCY'] })).data!.ecosystemMap;
    expect(agencies.organizations.map((o: { kind: string }) => o.kind)).toEqual(['GOVERNMENT_AGENCY']);
    expect(agencies.links).toEqual([{ provider: { id: id.department }, project: { id: id.project }, kinds: ['FUNDING'], supports: 1 }]);
  });

  it('setProgrammeTarget: admins only; achieved, onTrack and the yearly trend are computed from the data at a fixed clock', async () => {
    const input = { title: 'Hỗ trợ dự án', metric: 'PROJECTS_SUPPORTED', goal: 4, startsOn: '2020-01-01', endsOn: '2027-12-31' };
    expect((await t.gql(TARGET, { i: input }, organizer.token)).errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await t.gql(TARGET, { i: input }, founder.token)).errors![0].extensions.code).toBe('FORBIDDEN');
    const set = await t.gql(TARGET, { i: input }, admin.token);
    expect(set.errors).toBeUndefined();
    const target = set.data!.setProgrammeTarget;
    // Projects with a support started in the window: both (2020-02-15 and 2026-11-26).
    expect(target.achieved).toBe(2);
    // 26 Nov 2026 is day 2522 of 2922: 4 × 2522 / 2922 → 3 expected, 2 reached: behind.
    expect(target.expectedByNow).toBe(3);
    expect(target.onTrack).toBe(false);
    expect(target.byYear.map((y: { year: number }) => y.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(target.byYear[0]).toEqual({ year: 2020, achieved: 1, cumulative: 1 });
    expect(target.byYear[1]).toEqual({ year: 2021, achieved: 1, cumulative: 1 });
    expect(target.byYear[6]).toEqual({ year: 2026, achieved: 1, cumulative: 2 });

    const startups = await t.gql(TARGET, { i: { ...input, title: 'Hỗ trợ doanh nghiệp', metric: 'STARTUPS_SUPPORTED', goal: 1 } }, admin.token);
    expect(startups.data!.setProgrammeTarget).toMatchObject({ achieved: 1, onTrack: true });
    // Updated with its id: a narrower window (2021–2022) counts only the 2021 funding.
    const updated = await t.gql(TARGET, { i: { ...input, id: target.id, startsOn: '2021-01-01', endsOn: '2022-12-31', goal: 1 } }, admin.token);
    expect(updated.data!.setProgrammeTarget).toMatchObject({ id: target.id, achieved: 1, onTrack: true, expectedByNow: 1 });

    const before = await t.dataSource.query('SELECT * FROM programme_targets ORDER BY id');
    const backwards = await t.gql(TARGET, { i: { ...input, title: 'Ngược', startsOn: '2025-01-01', endsOn: '2024-12-31' } }, admin.token);
    expect(backwards.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endsOn' });
    expect((await t.gql(TARGET, { i: { ...input, title: 'Âm', goal: 0 } }, admin.token)).errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'goal',
    });
    expect(await t.dataSource.query('SELECT * FROM programme_targets ORDER BY id')).toEqual(before);

    const listed = (await t.gql('{ programmeTargets { title achieved onTrack } }')).data!.programmeTargets;
    expect(listed).toEqual(
      expect.arrayContaining([
        { title: 'Hỗ trợ doanh nghiệp', achieved: 1, onTrack: true },
        { title: 'Hỗ trợ dự án', achieved: 1, onTrack: true },
      ]),
    );
  });

  it('MEETUPS_HELD, ISSUES_RESOLVED and ASSIGNMENTS_DONE_ON_TIME count from the meetups, issues and assignments', async () => {
    const window = { goal: 10, startsOn: '2026-01-01', endsOn: '2026-12-31' };
    // Future dates come from the series; past ones are history, recorded as the seed does: two
    // held, one cancelled, and one at 07:00 on 1 Jan 2026 in Huế (31 Dec 2025 in UTC) that counts for 2026.
    const series = (await t.gql('mutation { createMeetupSeries(input: { title: "Thứ Bảy", startsOn: "2026-01-01" }) { id } }', {}, organizer.token)).data!
      .createMeetupSeries.id;
    const future = (await t.gql('query($s: ID!) { meetups(filter: { seriesId: $s }, first: 1) { edges { node { startsAt } } } }', { s: series })).data!.meetups
      .edges;
    expect(future[0].node.startsAt).toBe('2026-11-28T01:00:00.000Z');
    for (const [date, startsAt, status] of [
      ['2026-01-01', '2026-01-01T00:00:00Z', 'SCHEDULED'],
      ['2026-11-07', '2026-11-07T01:00:00Z', 'SCHEDULED'],
      ['2026-11-14', '2026-11-14T01:00:00Z', 'CANCELLED'],
      ['2026-11-21', '2026-11-21T01:00:00Z', 'SCHEDULED'],
      ['2025-12-27', '2025-12-27T01:00:00Z', 'SCHEDULED'],
    ]) {
      await t.dataSource.query(
        `INSERT INTO meetups (series_id, original_date, title, starts_at, ends_at, timezone, status) VALUES ($1, $2, 'Thứ Bảy', $3, $3::timestamptz + interval '3 hours', 'Asia/Ho_Chi_Minh', $4)`,
        [series, date, startsAt, status],
      );
    }
    // An issue resolved on 20 Nov, one resolved and then… still RESOLVED only counts once; one resolved in 2025 is outside.
    const issue = async (title: string, at: string | null) => {
      const created = (
        await t.gql('mutation($t: String!) { submitIssue(input: { title: $t, description: "Mô tả", kind: OBSTACLE }) { id } }', { t: title }, founder.token)
      ).data!.submitIssue.id;
      if (at) {
        await t.dataSource.query(`UPDATE issues SET status = 'RESOLVED' WHERE id = $1`, [created]);
        await t.dataSource.query(`INSERT INTO issue_events (issue_id, type, at) VALUES ($1, 'RESOLVED', $2)`, [created, at]);
      }
    };
    await issue('Đã giải quyết năm nay', '2026-11-20T03:00:00Z');
    await issue('Đã giải quyết năm ngoái', '2025-12-31T16:59:00Z');
    await issue('Chưa giải quyết', null);
    // Two assignments done today (26 Nov): one due on 1 Dec (on time), one due on 20 Nov (late).
    const assignment = async (dueOn: string) => {
      const created = (
        await t.gql(
          'mutation($o: ID!, $d: Date!) { createAssignment(input: { title: "Việc", leadOrganizationId: $o, dueOn: $d }) { id } }',
          { o: id.incubator, d: dueOn },
          organizer.token,
        )
      ).data!.createAssignment.id;
      const done = await t.gql(
        'mutation($a: ID!) { reportAssignmentProgress(id: $a, input: { status: DONE, note: "Xong" }) { status } }',
        { a: created },
        incubatorMember.token,
      );
      expect(done.data!.reportAssignmentProgress.status).toBe('DONE');
    };
    await assignment('2026-12-01');
    await assignment('2026-11-20');

    const measured: Record<string, { achieved: number; byYear: { year: number; achieved: number }[] }> = {};
    for (const metric of ['MEETUPS_HELD', 'ISSUES_RESOLVED', 'ASSIGNMENTS_DONE_ON_TIME']) {
      const result = await t.gql(TARGET, { i: { ...window, title: `Đo ${metric}`, metric } }, admin.token);
      expect(result.errors).toBeUndefined();
      measured[metric] = result.data!.setProgrammeTarget;
    }
    expect(measured.MEETUPS_HELD.achieved).toBe(3);
    expect(measured.ISSUES_RESOLVED.achieved).toBe(1);
    expect(measured.ASSIGNMENTS_DONE_ON_TIME.achieved).toBe(1);
    expect(measured.ISSUES_RESOLVED.byYear).toEqual([{ year: 2026, achieved: 1, cumulative: 1 }]);
  });

  it('open data: UTF-8 CSV with BOM, quoted, public fields only, with an ETag and 304', async () => {
    await t.gql(UPDATE_ORG, { id: id.incubator, i: { description: '=HYPERLINK("http://evil"), "trích dẫn"' } }, organizer.token);
    const server = t.app.getHttpServer();
    for (const file of ['organizations', 'projects', 'supports']) {
      const res = await request(server)
        .get(`/open-data/${file}.csv`)
        .buffer(true)
        .parse((r, cb) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => cb(null, Buffer.concat(chunks)));
        });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      const bytes = res.body as Buffer;
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8').slice(1);
      expect(text).not.toMatch(/@example\.org|Thành viên/);
      const etag = res.headers.etag;
      expect(etag).toMatch(/^".+"$/);
      const again = await request(server).get(`/open-data/${file}.csv`).set('If-None-Match', etag);
      expect(again.status).toBe(304);
      if (file === 'organizations') {
        expect(text.split('\r\n')[0]).toBe('id,name,short_name,kind,description,sectors,services,address,latitude,longitude,website');
        expect(text).toContain(`"'=HYPERLINK(""http://evil""), ""trích dẫn"""`);
        expect(text).toContain('16.4656,107.6012');
      }
      if (file === 'projects') {
        expect(text.split('\r\n')[0]).toBe('id,name,summary,stage,sectors,team_size,company_id,company_name,founded_on,registered_on');
        expect(text).toContain(`Cà phê muối Huế,Đặc sản phố cổ,EARLY_REVENUE,thực phẩm,3,${id.company},Công ty Cà phê Huế,2019-05-01,2026-11-26`);
      }
      if (file === 'supports') expect(text.split('\r\n')).toHaveLength(1 + 4 + 1);
    }
    const before = (await request(server).get('/open-data/projects.csv')).headers.etag;
    await t.gql(PROJECT, { i: { name: 'Dự án mới', stage: 'IDEA' } }, founder.token);
    const after = await request(server).get('/open-data/projects.csv').set('If-None-Match', before);
    expect(after.status).toBe(200);
    expect((await request(server).get('/open-data/members.csv')).status).toBe(404);
  });

  it('issues addressed to an organisation are found by addressedToOrganizationId', async () => {
    await t.gql(
      'mutation($o: ID!) { submitIssue(input: { title: "Xin hỗ trợ mặt bằng", description: "Mô tả", kind: PROPOSAL, addressedToOrganizationId: $o }) { id } }',
      { o: id.incubator },
      founder.token,
    );
    const found = await t.gql('query($o: ID!) { issues(filter: { addressedToOrganizationId: $o }) { totalCount edges { node { title } } } }', {
      o: id.incubator,
    });
    expect(found.data!.issues).toEqual({ totalCount: 1, edges: [{ node: { title: 'Xin hỗ trợ mặt bằng' } }] });
  });

  it("the seed adds the scheme's targets, actors with positions and example projects, and is safe to run twice", async () => {
    const first = await runSeed(t.config, t.database.url);
    expect(first.ecosystem).toEqual({ targetsAdded: 2, actorsAdded: 3, projectsAdded: 3, supportsAdded: 5 });
    const second = await runSeed(t.config, t.database.url);
    expect(second.ecosystem).toEqual({ targetsAdded: 0, actorsAdded: 0, projectsAdded: 0, supportsAdded: 0 });
    const targets = (await t.gql('{ programmeTargets { title metric goal startsOn endsOn } }')).data!.programmeTargets;
    expect(targets).toEqual(
      expect.arrayContaining([
        { title: 'Hỗ trợ 800 dự án khởi nghiệp đổi mới sáng tạo', metric: 'PROJECTS_SUPPORTED', goal: 800, startsOn: '2017-01-01', endsOn: '2025-12-31' },
        {
          title: 'Hỗ trợ 200 doanh nghiệp khởi nghiệp đổi mới sáng tạo',
          metric: 'STARTUPS_SUPPORTED',
          goal: 200,
          startsOn: '2017-01-01',
          endsOn: '2025-12-31',
        },
      ]),
    );
    const [institute] = await t.dataSource.query(`SELECT kind, latitude, longitude FROM organizations WHERE name = 'Viện Nghiên cứu phát triển'`);
    expect(institute.kind).toBe('RESEARCH_INSTITUTE');
    expect(institute.latitude).toBeCloseTo(16.46, 1);
    expect(institute.longitude).toBeCloseTo(107.59, 1);
  });
});
