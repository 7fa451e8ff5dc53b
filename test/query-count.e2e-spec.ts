import { TestApp, startTestApp } from './support/test-app';
import { affiliate } from './support/builders';

/** The heavy queries run the same number of SQL statements for 5 items as for 200: no N+1. */
describe('SQL statements per request', () => {
  let t: TestApp;
  let member: { token: string; memberId: string };

  const HOME = `query($first: Int) { meetups(first: $first, filter: { from: "2026-11-26T00:00:00Z" }) { totalCount edges { node {
    id title startsAt goingCount waitlistCount spotsLeft myRsvp { status waitlistPosition }
    series { title hostOrganization { name } }
    agenda { title position issue { title supportCount supportedByMe submitter { name organization { name } } } }
  } } } }`;
  const ISSUES = `query($first: Int) { issues(first: $first) { totalCount edges { node {
    title supportCount supportedByMe raisedCount submitter { name organization { name } } organization { name }
    agendaItems { meetup { title } } timeline { type actor { name } } assignments { title leadOrganization { name } }
  } } } }`;

  beforeAll(async () => {
    t = await startTestApp({ env: { COUNT_QUERIES: 'true' } });
    [member] = await t.createMembers(1, 'viewer');
    const [org] = await t.dataSource.query(`INSERT INTO organizations (name, kind) VALUES ('Sở KH&CN', 'GOVERNMENT_AGENCY') RETURNING id`);
    await affiliate(t, member, org.id);
    const [series] = await t.dataSource.query(
      `INSERT INTO meetup_series (title, recurrence, timezone, start_time, duration_minutes, starts_on, capacity, host_organization_id)
       VALUES ('Thứ Bảy', 'FREQ=WEEKLY;BYDAY=SA', 'Asia/Ho_Chi_Minh', '08:00', 180, '2026-11-01', 50, $1) RETURNING id`,
      [org.id],
    );
    // 200 dates, 200 issues, each date discussing one issue; the viewer answered every other date.
    await t.dataSource.query(
      `INSERT INTO meetups (series_id, original_date, title, starts_at, ends_at, timezone, capacity)
       SELECT $1, d::date, 'Buổi ' || i, d + interval '1 hour', d + interval '4 hours', 'Asia/Ho_Chi_Minh', 50
       FROM generate_series(1, 200) AS i, LATERAL (SELECT timestamptz '2026-11-28 00:00+00' + (i - 1) * interval '7 days' AS d) x`,
      [series.id],
    );
    await t.dataSource.query(
      `INSERT INTO issues (title, description, kind, submitter_id, organization_id, created_at)
       SELECT 'Vướng mắc ' || i, 'Mô tả ' || i, 'OBSTACLE', $1, $2, now() - i * interval '1 minute' FROM generate_series(1, 200) AS i`,
      [member.memberId, org.id],
    );
    await t.dataSource.query(
      `INSERT INTO agenda_items (meetup_id, position, title, issue_id)
       SELECT m.id, 1, i.title, i.id FROM (SELECT id, row_number() OVER (ORDER BY starts_at) AS n FROM meetups) m
       JOIN (SELECT id, title, row_number() OVER (ORDER BY created_at) AS n FROM issues) i ON i.n = m.n`,
    );
    await t.dataSource.query(`INSERT INTO issue_events (issue_id, type, actor_id, at) SELECT id, 'SUBMITTED', $1, created_at FROM issues`, [member.memberId]);
    await t.dataSource.query(
      `INSERT INTO rsvps (meetup_id, member_id, status) SELECT id, $1, 'GOING' FROM (SELECT id, row_number() OVER (ORDER BY starts_at) AS n FROM meetups) m WHERE n % 2 = 0`,
      [member.memberId],
    );
  });
  afterAll(() => t.close());

  async function statements(query: string, first: number): Promise<{ count: number; items: number }> {
    const result = await t.gql(query, { first }, member.token);
    expect(result.errors).toBeUndefined();
    const connection = Object.values(result.data!)[0] as { edges: unknown[] };
    return { count: Number(result.headers['x-query-count']), items: connection.edges.length };
  }

  it('the home page query (upcoming meetups with counts, my RSVP, agenda, issues and submitters)', async () => {
    const few = await statements(HOME, 5);
    const many = await statements(HOME, 200);
    expect([few.items, many.items]).toEqual([5, 200]);
    expect(few.count).toBeGreaterThan(0);
    expect(many.count).toBe(few.count);
  });

  it("the bench's home page query: auth, the page with its series, agendas with issues and submitters, counts with my RSVP", async () => {
    const BENCH_HOME = `query($first: Int) { meetups(first: $first, filter: { from: "2026-11-26T00:00:00Z" }) { edges { node {
      id title startsAt goingCount waitlistCount spotsLeft myRsvp { status } series { title } agenda { title position issue { title submitter { name } } }
    } } } }`;
    const result = await statements(BENCH_HOME, 20);
    expect(result.items).toBe(20);
    expect(result.count).toBe(4);
  });

  it("counts a connection's total only when totalCount is asked for", async () => {
    const without = await statements('query($first: Int) { issues(first: $first) { edges { node { id } } } }', 5);
    const withTotal = await statements('query($first: Int) { issues(first: $first) { totalCount edges { node { id } } } }', 5);
    expect(withTotal.count).toBe(without.count + 1);
    const total = await t.gql('{ issues(first: 1) { totalCount } meetups(first: 1) { totalCount } }', {}, member.token);
    expect(total.data).toEqual({ issues: { totalCount: 200 }, meetups: { totalCount: 200 } });
  });

  it('the issue list with submitters, organisations, agenda items, timelines and assignments', async () => {
    const few = await statements(ISSUES, 5);
    const many = await statements(ISSUES, 200);
    expect([few.items, many.items]).toEqual([5, 200]);
    expect(many.count).toBe(few.count);
  });
  it('a consultation page: sections, their comments and authors, counts and my edit rights, in the same statements for 3 sections as for 60', async () => {
    const PAGE = `query($id: ID!) { consultation(id: $id) { title status commentCount reportUrl sections { heading commentCount
      comments { body accepted response editableByMe hidden author { name organization { name } } section { heading } } } } }`;
    const make = async (sections: number): Promise<string> => {
      const [c] = await t.dataSource.query(
        `INSERT INTO consultations (title, document, opens_at, closes_at, created_at) VALUES ('Dự thảo ' || $1::text, '# x', now() - interval '1 day', now() + interval '9 days', now()) RETURNING id`,
        [sections],
      );
      await t.dataSource.query(
        `INSERT INTO consultation_sections (consultation_id, position, level, heading, body) SELECT $1, i, 1, 'Mục ' || i, 'Nội dung' FROM generate_series(1, $2) AS i`,
        [c.id, sections],
      );
      // Three comments a section, each from another member (the viewer writes every third).
      const authors: { memberId: string }[] = await t.createMembers(3, `author${sections}-`);
      await t.dataSource.query(
        `INSERT INTO consultation_comments (section_id, consultation_id, author_id, body, created_at)
         SELECT s.id, $1, a.id, 'Ý kiến', now() FROM consultation_sections s, unnest($2::uuid[]) AS a(id) WHERE s.consultation_id = $1`,
        [c.id, [authors[0].memberId, authors[1].memberId, member.memberId]],
      );
      return c.id;
    };
    const count = async (id: string) => {
      const result = await t.gql(PAGE, { id }, member.token);
      expect(result.errors).toBeUndefined();
      return { statements: Number(result.headers['x-query-count']), comments: result.data!.consultation.commentCount };
    };
    const few = await count(await make(3));
    const many = await count(await make(60));
    expect([few.comments, many.comments]).toEqual([9, 180]);
    expect(many.statements).toBe(few.statements);
  });
});
