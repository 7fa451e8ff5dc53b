import { TestApp, startTestApp } from './support/test-app';

/**
 * A list of agendas asked only for what it shows of each issue is read from a few columns
 * (agenda-loading.ts); anything more loads the whole rows. Both must answer the same, hide the
 * same, and the choice must see through fragments.
 */
describe('agendas with issue previews', () => {
  let t: TestApp;
  let member: { token: string; memberId: string };
  let other: { token: string; memberId: string };
  let organizer: { token: string; memberId: string };
  let hiddenTitle: string;

  const AGENDAS = (issueFields: string, fragments = '') => `query { meetups(first: 3, filter: { from: "2026-11-26T00:00:00Z" }) { edges { node {
    title agenda { title position issue { ${issueFields} } }
  } } } } ${fragments}`;
  const PREVIEW_FIELDS = 'id title kind status supportCount createdAt updatedAt submitter { id name role }';

  beforeAll(async () => {
    t = await startTestApp({ env: { COUNT_QUERIES: 'true' } });
    [member, other] = await t.createMembers(2, 'reader');
    [organizer] = await t.createMembers(1, 'chair', 'ORGANIZER');
    const [series] = await t.dataSource.query(
      `INSERT INTO meetup_series (title, recurrence, timezone, start_time, duration_minutes, starts_on, capacity)
       VALUES ('Thứ Bảy', 'FREQ=WEEKLY;BYDAY=SA', 'Asia/Ho_Chi_Minh', '08:00', 180, '2026-11-01', 50) RETURNING id`,
    );
    await t.dataSource.query(
      `INSERT INTO meetups (series_id, original_date, title, starts_at, ends_at, timezone, capacity)
       SELECT $1, d::date, 'Buổi ' || i, d + interval '1 hour', d + interval '4 hours', 'Asia/Ho_Chi_Minh', 50
       FROM generate_series(1, 3) AS i, LATERAL (SELECT timestamptz '2026-11-28 00:00+00' + (i - 1) * interval '7 days' AS d) x`,
      [series.id],
    );
    const issues: { id: string; title: string }[] = await t.dataSource.query(
      `INSERT INTO issues (title, description, kind, status, submitter_id, support_count)
       SELECT 'Vướng mắc ' || i, 'Mô tả ' || i, 'PROPOSAL', 'ON_AGENDA', $1, i FROM generate_series(1, 6) AS i RETURNING id, title`,
      [member.memberId],
    );
    // Two points per date, one of them without an issue; the last issue hidden by moderation.
    await t.dataSource.query(
      `INSERT INTO agenda_items (meetup_id, position, title, issue_id)
       SELECT m.id, p, 'Điểm ' || p, CASE WHEN p = 1 THEN (ARRAY[$1, $2, $3]::uuid[])[m.n] END
       FROM (SELECT id, row_number() OVER (ORDER BY starts_at) AS n FROM meetups) m CROSS JOIN generate_series(1, 2) AS p`,
      [issues[0].id, issues[1].id, issues[5].id],
    );
    await t.dataSource.query(`UPDATE issues SET hidden_at = now(), hidden_reason = 'spam', hidden_by = $2 WHERE id = $1`, [issues[5].id, organizer.memberId]);
    hiddenTitle = issues[5].title;
  });
  afterAll(() => t.close());

  type Agendas = { title: string; agenda: { title: string; position: number; issue: Record<string, unknown> | null }[] }[];
  async function agendas(query: string, token?: string): Promise<{ meetups: Agendas; statements: number }> {
    const result = await t.gql(query, {}, token);
    expect(result.errors).toBeUndefined();
    return { meetups: result.data!.meetups.edges.map((e: { node: unknown }) => e.node), statements: Number(result.headers['x-query-count']) };
  }
  const withoutDescription = (meetups: Agendas) =>
    meetups.map((m) => ({ ...m, agenda: m.agenda.map((p) => ({ ...p, issue: p.issue && { ...p.issue, description: undefined } })) }));

  it('answers a preview exactly as the whole rows would, for members and organizers', async () => {
    for (const token of [member.token, organizer.token, undefined]) {
      const preview = await agendas(AGENDAS(PREVIEW_FIELDS), token);
      const whole = await agendas(AGENDAS(`${PREVIEW_FIELDS} description`), token);
      expect(preview.meetups).toHaveLength(3);
      expect(preview.meetups).toEqual(JSON.parse(JSON.stringify(withoutDescription(whole.meetups))));
      expect(whole.meetups[0].agenda[0].issue).toMatchObject({ title: 'Vướng mắc 1', description: 'Mô tả 1', submitter: { id: member.memberId } });
      expect(preview.meetups[0].agenda[0].issue).toMatchObject({
        title: 'Vướng mắc 1',
        supportCount: 1,
        kind: 'PROPOSAL',
        status: 'ON_AGENDA',
        submitter: { name: 'Thành viên 1' },
      });
      expect(preview.meetups[0].agenda[1].issue).toBeNull();
    }
  });

  it('hides a hidden issue in a preview from other members and anonymous callers, as the whole rows do', async () => {
    const titles = async (token?: string) => (await agendas(AGENDAS('title'), token)).meetups[2].agenda.map((p) => p.issue?.title ?? null);
    expect(await titles(other.token)).toEqual([null, null]);
    expect(await titles()).toEqual([null, null]);
    expect(await titles(organizer.token)).toEqual([hiddenTitle, null]);
    expect(await titles(member.token)).toEqual([hiddenTitle, null]); // its submitter
    const [viaWhole] = (await agendas(AGENDAS('title description'), other.token)).meetups[2].agenda;
    expect(viaWhole.issue).toBeNull();
  });

  it('loads whole rows when a fragment asks for more, and still runs a constant number of statements', async () => {
    const viaFragment = await agendas(AGENDAS('...more', 'fragment more on Issue { title topics supportedByMe }'), member.token);
    expect(viaFragment.meetups[0].agenda[0].issue).toEqual({ title: 'Vướng mắc 1', topics: [], supportedByMe: false });
    const moreOfSubmitter = await agendas(AGENDAS('title submitter { name email }'), member.token);
    expect(moreOfSubmitter.meetups[0].agenda[0].issue).toEqual({ title: 'Vướng mắc 1', submitter: { name: 'Thành viên 1', email: 'reader1@example.org' } });
    const inline = await agendas(AGENDAS('... on Issue { title description }'), member.token);
    expect(inline.meetups[1].agenda[0].issue).toEqual({ title: 'Vướng mắc 2', description: 'Mô tả 2' });
    const preview = await agendas(AGENDAS(PREVIEW_FIELDS), member.token);
    const itemsOnly = await agendas(
      'query { meetups(first: 3, filter: { from: "2026-11-26T00:00:00Z" }) { edges { node { agenda { title meetup { title } } } } } }',
      member.token,
    );
    expect(itemsOnly.meetups[0].agenda).toEqual([
      { title: 'Điểm 1', meetup: { title: 'Buổi 1' } },
      { title: 'Điểm 2', meetup: { title: 'Buổi 1' } },
    ]);
    // auth, page, agendas with previews; auth, page, agendas alone, their meetups.
    expect(preview.statements).toBe(3);
    expect(itemsOnly.statements).toBe(4);
  });
});
