import { FixedClock } from '@app/core';
import { SEARCH_CANDIDATES } from '@app/issues';
import { VIETNAMESE_ISSUES } from './fixtures/issues.vi';
import { series } from './support/builders';
import { GraphqlResponse, TestApp, startTestApp } from './support/test-app';

const SUBMIT = `mutation($input: SubmitIssueInput!) { submitIssue(input: $input) { id title status topics kind submitter { id } supportCount } }`;
const SEARCH = `query($filter: IssueFilter, $first: Int, $after: String) {
  issues(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id title kind } } }
}`;
const STATUS = `mutation($id: ID!, $status: IssueStatus!, $note: String, $dup: ID) { setIssueStatus(id: $id, status: $status, note: $note, duplicateOfId: $dup) { id status officialResponse } }`;
const SCHEDULE = `mutation($i: ID!, $m: ID!) { scheduleIssue(issueId: $i, meetupId: $m) { id position title issue { id status } meetup { id } } }`;
const TIMELINE = `query($id: ID!) { issue(id: $id) { status timeline { type note actor { id } meetupId } agendaItems { meetup { id } } } }`;

type Who = { token: string; memberId: string };

describe('issues and proposals', () => {
  const clock = new FixedClock(new Date('2026-11-26T03:00:00Z'));
  let t: TestApp;
  let organizer: Who;
  let members: Who[];
  let ids: string[];
  let meetups: string[];

  async function allSearch(filter: Record<string, unknown>, token?: string, first = 3): Promise<{ id: string; title: string }[]> {
    const out: { id: string; title: string }[] = [];
    let after: string | null = null;
    for (;;) {
      const page: GraphqlResponse = await t.gql(SEARCH, { filter, first, after }, token);
      expect(page.errors).toBeUndefined();
      out.push(...page.data!.issues.edges.map((e: { node: { id: string; title: string } }) => e.node));
      if (!page.data!.issues.pageInfo.hasNextPage) {
        expect(page.data!.issues.totalCount).toBe(out.length);
        return out;
      }
      after = page.data!.issues.pageInfo.endCursor;
    }
  }

  beforeAll(async () => {
    t = await startTestApp({ clock });
    [organizer] = await t.createMembers(1, 'organizer', 'ORGANIZER');
    members = await t.createMembers(25, 'member');
    ids = [];
    for (const [index, issue] of VIETNAMESE_ISSUES.entries()) {
      clock.advance(60_000);
      const result = await t.gql(SUBMIT, { input: issue }, members[index % 5].token);
      expect(result.errors).toBeUndefined();
      ids.push(result.data!.submitIssue.id);
    }
    ({ meetupIds: meetups } = await series(t, organizer, { title: 'Thứ Bảy' }, 3));
  });
  afterAll(() => t.close());

  it('normalises topics and starts SUBMITTED', async () => {
    const first = await t.gql('query($id: ID!) { issue(id: $id) { status topics submitter { id } timeline { type actor { id } } } }', { id: ids[0] });
    expect(first.data!.issue).toEqual({
      status: 'SUBMITTED',
      topics: ['thủ tục hành chính'],
      submitter: { id: members[0].memberId },
      timeline: [{ type: 'SUBMITTED', actor: { id: members[0].memberId } }],
    });
  });

  it('finds "thủ tục" from "thu tuc" and "THỦ TỤC", title matches first, across pages', async () => {
    const plain = await allSearch({ search: 'thu tuc' });
    const upper = await allSearch({ search: 'THỦ TỤC' });
    expect(upper.map((i) => i.id)).toEqual(plain.map((i) => i.id));
    const titles = plain.map((i) => i.title);
    expect(titles).toEqual(expect.arrayContaining(['Thủ tục đăng ký kinh doanh còn rườm rà', 'Phối hợp giữa các sở còn rời rạc']));
    expect(new Set(plain.map((i) => i.id)).size).toBe(plain.length);
    const inTitle = titles.map((title) => /thủ tục/i.test(title));
    // Every title match ranks above every description-only match.
    expect(inTitle.indexOf(false)).toBeGreaterThan(0);
    expect(inTitle.slice(inTitle.indexOf(false)).every((x) => !x)).toBe(true);
    expect(titles).not.toContain('Khó tiếp cận vốn vay ưu đãi');
  });

  it('combines search with kind, status, topic and submitter filters', async () => {
    const obstacles = await allSearch({ search: 'thu tuc', kind: 'OBSTACLE' });
    expect(obstacles.length).toBeGreaterThan(0);
    expect(obstacles.every((i) => VIETNAMESE_ISSUES.find((v) => v.title === i.title)!.kind === 'OBSTACLE')).toBe(true);
    const byTopic = await allSearch({ topic: '  #Thủ Tục  Hành Chính ' });
    expect(byTopic.map((i) => i.title).sort()).toEqual(
      VIETNAMESE_ISSUES.filter((v) => v.topics.some((topic) => topic.toLowerCase() === 'thủ tục hành chính'))
        .map((v) => v.title)
        .sort(),
    );
    const mine = await allSearch({ submitterId: members[1].memberId, search: 'von' });
    expect(mine.every((i) => VIETNAMESE_ISSUES.findIndex((v) => v.title === i.title) % 5 === 1)).toBe(true);
    const all = await allSearch({}, undefined, 7);
    expect(all).toHaveLength(VIETNAMESE_ISSUES.length);
    expect(all[0].id).toBe(ids[ids.length - 1]); // newest first
  });

  it('uses the indexes for search', async () => {
    const plan = await t.dataSource.transaction(async (manager) => {
      await manager.query('SET LOCAL enable_seqscan = off');
      const explain = async (sql: string) => ((await manager.query(`EXPLAIN ${sql}`)) as { 'QUERY PLAN': string }[]).map((r) => r['QUERY PLAN']).join('\n');
      return {
        search: await explain(`SELECT id FROM issues i WHERE i.search_document @@ plainto_tsquery('simple', immutable_unaccent(lower('thu tuc')))`),
        similar: await explain(`SELECT id FROM issues i WHERE immutable_unaccent(lower('thu tuc dang ky')) <% i.title_folded`),
      };
    });
    expect(plan.search).toContain('issues_search_idx');
    expect(plan.similar).toContain('issues_title_trgm_idx');
  });

  it('suggests similar open issues while a member writes', async () => {
    const similar = await t.gql('query { similarIssues(title: "thu tuc dang ky kinh doanh") { title } }', {}, members[7].token);
    expect(similar.data!.similarIssues[0].title).toBe('Thủ tục đăng ký kinh doanh còn rườm rà');
  });

  it('counts supports once per member, also when they arrive together', async () => {
    const target = ids[2];
    const supporters = members.slice(5, 25);
    const results = await Promise.all(
      [...supporters, supporters[0], supporters[1]].map((m) => t.gql('mutation($id: ID!) { supportIssue(id: $id) { supportCount } }', { id: target }, m.token)),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    const after = await t.gql('query($id: ID!) { issue(id: $id) { supportCount supportedByMe } }', { id: target }, supporters[0].token);
    expect(after.data!.issue).toEqual({ supportCount: 20, supportedByMe: true });
    expect(await t.dataSource.query('SELECT count(*)::int AS n FROM issue_supports WHERE issue_id = $1', [target])).toEqual([{ n: 20 }]);
    const withdrawn = await t.gql('mutation($id: ID!) { withdrawIssueSupport(id: $id) { supportCount supportedByMe } }', { id: target }, supporters[0].token);
    expect(withdrawn.data!.withdrawIssueSupport).toEqual({ supportCount: 19, supportedByMe: false });
    const again = await t.gql('mutation($id: ID!) { withdrawIssueSupport(id: $id) { supportCount } }', { id: target }, supporters[0].token);
    expect(again.data!.withdrawIssueSupport.supportCount).toBe(19);
    const milestone = await t.gql(TIMELINE, { id: target });
    expect(milestone.data!.issue.timeline.map((e: { type: string }) => e.type)).toContain('SUPPORT_MILESTONE');
  });

  it('follows the lifecycle on one timeline, carrying an issue to the next meetup', async () => {
    const id = ids[0];
    const refused = await t.gql(STATUS, { id, status: 'RESOLVED' }, organizer.token);
    expect(refused.errors![0].extensions.code).toBe('CONFLICT');
    const viaStatus = await t.gql(STATUS, { id, status: 'ON_AGENDA' }, organizer.token);
    expect(viaStatus.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });

    clock.advance(60_000);
    const scheduled = await t.gql(SCHEDULE, { i: id, m: meetups[0] }, organizer.token);
    expect(scheduled.errors).toBeUndefined();
    expect(scheduled.data!.scheduleIssue).toMatchObject({
      title: 'Thủ tục đăng ký kinh doanh còn rườm rà',
      issue: { id, status: 'ON_AGENDA' },
      meetup: { id: meetups[0] },
    });
    expect((await t.gql(SCHEDULE, { i: id, m: meetups[0] }, organizer.token)).errors![0].extensions.code).toBe('CONFLICT');

    clock.advance(60_000);
    await t.gql(STATUS, { id, status: 'DISCUSSED', note: 'Cần thêm số liệu từ Sở Kế hoạch và Đầu tư' }, organizer.token);
    clock.advance(60_000);
    expect((await t.gql(SCHEDULE, { i: id, m: meetups[1] }, organizer.token)).errors).toBeUndefined();
    clock.advance(60_000);
    await t.gql(STATUS, { id, status: 'DISCUSSED' }, organizer.token);
    clock.advance(60_000);
    const resolved = await t.gql(STATUS, { id, status: 'RESOLVED', note: 'Sở KH&ĐT đã rút ngắn thời gian xử lý còn 3 ngày' }, organizer.token);
    expect(resolved.data!.setIssueStatus).toMatchObject({ status: 'RESOLVED', officialResponse: 'Sở KH&ĐT đã rút ngắn thời gian xử lý còn 3 ngày' });
    expect((await t.gql(STATUS, { id, status: 'DISCUSSED' }, organizer.token)).errors![0].extensions.code).toBe('CONFLICT');

    const { data } = await t.gql(TIMELINE, { id });
    expect(data!.issue.timeline).toEqual([
      { type: 'SUBMITTED', note: null, actor: { id: members[0].memberId }, meetupId: null },
      { type: 'PLACED_ON_AGENDA', note: null, actor: { id: organizer.memberId }, meetupId: meetups[0] },
      { type: 'STATUS_CHANGED', note: 'Cần thêm số liệu từ Sở Kế hoạch và Đầu tư', actor: { id: organizer.memberId }, meetupId: null },
      { type: 'PLACED_ON_AGENDA', note: null, actor: { id: organizer.memberId }, meetupId: meetups[1] },
      { type: 'STATUS_CHANGED', note: null, actor: { id: organizer.memberId }, meetupId: null },
      { type: 'RESOLVED', note: 'Sở KH&ĐT đã rút ngắn thời gian xử lý còn 3 ngày', actor: { id: organizer.memberId }, meetupId: null },
    ]);
    expect(data!.issue.agendaItems).toEqual([{ meetup: { id: meetups[0] } }, { meetup: { id: meetups[1] } }]);
  });

  it('pages newest first without skipping issues created within the same millisecond', async () => {
    const [author] = await t.createMembers(1, 'micro');
    await t.dataSource.query(
      `INSERT INTO issues (title, description, kind, submitter_id, created_at)
       SELECT 'Cùng mili giây ' || n, 'Mô tả', 'QUESTION', $1, timestamptz '2026-01-01 00:00:00.000+00' + n * interval '1 microsecond'
       FROM generate_series(1, 5) AS n`,
      [author.memberId],
    );
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: GraphqlResponse = await t.gql(SEARCH, { filter: { submitterId: author.memberId }, first: 2, after });
      expect(page.errors).toBeUndefined();
      seen.push(...page.data!.issues.edges.map((e: { node: { title: string } }) => e.node.title));
      if (!page.data!.issues.pageInfo.hasNextPage) break;
      after = page.data!.issues.pageInfo.endCursor;
    }
    expect(seen).toEqual([5, 4, 3, 2, 1].map((n) => `Cùng mili giây ${n}`));
  });

  it('merges a duplicate into its original, which shows who raised it', async () => {
    const [original, duplicate] = [ids[3], ids[19]];
    await t.gql('mutation($id: ID!) { supportIssue(id: $id) { id } }', { id: duplicate }, members[24].token);
    const missing = await t.gql(STATUS, { id: duplicate, status: 'DUPLICATE' }, organizer.token);
    expect(missing.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'duplicateOfId' });
    const merged = await t.gql(STATUS, { id: duplicate, status: 'DUPLICATE', dup: original, note: 'Trùng với đề xuất quỹ đầu tư' }, organizer.token);
    expect(merged.data!.setIssueStatus.status).toBe('DUPLICATE');
    const kept = await t.gql('query($id: ID!) { issue(id: $id) { raisedCount raisedBy { id } supportCount timeline { type } } }', { id: original });
    expect(kept.data!.issue.raisedCount).toBe(2);
    expect(kept.data!.issue.raisedBy.map((m: { id: string }) => m.id)).toEqual([members[3].memberId, members[4].memberId]);
    expect(kept.data!.issue.supportCount).toBe(1);
    expect(kept.data!.issue.timeline.map((e: { type: string }) => e.type)).toContain('DUPLICATE_MERGED');
    const dupOfDup = await t.gql(STATUS, { id: ids[21], status: 'DUPLICATE', dup: duplicate }, organizer.token);
    expect(dupOfDup.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'duplicateOfId' });

    // A hidden original stays hidden behind its duplicate's `duplicateOf`.
    const DUP_OF = 'query($id: ID!) { issue(id: $id) { duplicateOf { id } } }';
    await t.gql('mutation($id: ID!) { hideIssue(id: $id, reason: "Đang xác minh") { id } }', { id: original }, organizer.token);
    expect((await t.gql(DUP_OF, { id: duplicate }, members[24].token)).data!.issue).toEqual({ duplicateOf: null });
    expect((await t.gql(DUP_OF, { id: duplicate })).data!.issue).toEqual({ duplicateOf: null });
    expect((await t.gql(DUP_OF, { id: duplicate }, organizer.token)).data!.issue).toEqual({ duplicateOf: { id: original } });
    await t.gql('mutation($id: ID!) { unhideIssue(id: $id) { id } }', { id: original }, organizer.token);
    expect((await t.gql(DUP_OF, { id: duplicate }, members[24].token)).data!.issue).toEqual({ duplicateOf: { id: original } });
  });

  it('lets submitters edit only their own issue and only before the agenda; hides moderated issues from members', async () => {
    const own = ids[5]; // submitted by members[0]
    const edited = await t.gql(
      'mutation($id: ID!) { updateIssue(id: $id, input: { title: "Mở rộng vườn ươm tại Đại học Huế" }) { title } }',
      { id: own },
      members[0].token,
    );
    expect(edited.data!.updateIssue.title).toBe('Mở rộng vườn ươm tại Đại học Huế');
    const other = await t.gql('mutation($id: ID!) { updateIssue(id: $id, input: { title: "Hijack" }) { title } }', { id: own }, members[1].token);
    expect(other.errors![0].extensions.code).toBe('FORBIDDEN');
    await t.gql(SCHEDULE, { i: own, m: meetups[0] }, organizer.token);
    const late = await t.gql(
      'mutation($id: ID!) { updateIssue(id: $id, input: { title: "Đổi tên sau chương trình" }) { title } }',
      { id: own },
      members[0].token,
    );
    expect(late.errors![0].extensions.code).toBe('CONFLICT');
    const byOrganizer = await t.gql('mutation($id: ID!) { updateIssue(id: $id, input: { topics: ["Vườn ươm"] }) { topics } }', { id: own }, organizer.token);
    expect(byOrganizer.data!.updateIssue.topics).toEqual(['vườn ươm']);

    for (const [query, vars] of [
      [SCHEDULE, { i: ids[6], m: meetups[0] }],
      [STATUS, { id: ids[6], status: 'DECLINED' }],
      ['mutation($id: ID!) { hideIssue(id: $id, reason: "spam") { id } }', { id: ids[6] }],
    ] as const) {
      expect((await t.gql(query, vars, members[2].token)).errors![0].extensions.code).toBe('FORBIDDEN');
    }

    const hiddenId = ids[8]; // submitted by members[3]
    await t.gql('mutation($id: ID!) { hideIssue(id: $id, reason: "Thông tin cá nhân") { id } }', { id: hiddenId }, organizer.token);
    expect((await t.gql('query($id: ID!) { issue(id: $id) { id } }', { id: hiddenId }, members[2].token)).data!.issue).toBeNull();
    expect((await t.gql('query($id: ID!) { issue(id: $id) { id } }', { id: hiddenId })).data!.issue).toBeNull();
    expect((await allSearch({ search: 'hoan thue' }, members[2].token)).map((i) => i.id)).not.toContain(hiddenId);
    expect((await t.gql('query($id: ID!) { issue(id: $id) { hidden hiddenReason } }', { id: hiddenId }, members[3].token)).data!.issue).toEqual({
      hidden: true,
      hiddenReason: 'Thông tin cá nhân',
    });
    expect((await allSearch({ search: 'hoan thue' }, organizer.token)).map((i) => i.id)).toContain(hiddenId);
    const HIDDEN = 'query($f: IssueFilter) { issues(filter: $f, first: 50) { edges { node { id hiddenReason } } } }';
    const hiddenList = (await t.gql(HIDDEN, { f: { hidden: true } }, organizer.token)).data!.issues.edges.map(
      (e: { node: { id: string; hiddenReason: string } }) => e.node,
    );
    expect(hiddenList).toContainEqual({ id: hiddenId, hiddenReason: 'Thông tin cá nhân' });
    expect(hiddenList.every((node: { hiddenReason: string | null }) => node.hiddenReason)).toBe(true);
    expect((await t.gql(HIDDEN, { f: { hidden: true } }, members[2].token)).data!.issues.edges).toEqual([]);
    expect((await t.gql(HIDDEN, { f: { hidden: false } }, organizer.token)).data!.issues.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(
      hiddenId,
    );
    expect((await t.gql('mutation($id: ID!) { supportIssue(id: $id) { id } }', { id: hiddenId }, members[2].token)).errors![0].extensions.code).toBe(
      'NOT_FOUND',
    );
  });

  it('refuses bad input naming the field, writing nothing', async () => {
    const before = await t.count('issues');
    const base = { title: 'Một vướng mắc', description: 'Mô tả', kind: 'OBSTACLE' };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, title: '' }, 'title'],
      [{ ...base, title: 'x'.repeat(201) }, 'title'],
      [{ ...base, description: '   ' }, 'description'],
      [{ ...base, topics: ['x'.repeat(41)] }, 'topics'],
      [{ ...base, addressedToOrganizationId: '00000000-0000-4000-8000-000000000000' }, 'addressedToOrganizationId'],
    ];
    for (const [input, field] of cases) {
      const result = await t.gql(SUBMIT, { input }, members[0].token);
      expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const unknownKind = await t.gql(SUBMIT, { input: { ...base, kind: 'COMPLAINT' } }, members[0].token);
    expect(unknownKind.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const huge = await t.gql(SUBMIT, { input: { ...base, description: 'x'.repeat(10 * 1024 * 1024) } }, members[0].token);
    expect(huge.status).toBe(413);
    expect(huge.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const tooLong = await t.gql(SUBMIT, { input: { ...base, description: 'x'.repeat(20001) } }, members[0].token);
    expect(tooLong.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'description' });
    expect((await t.gql(SUBMIT, { input: base })).errors![0].extensions.code).toBe('UNAUTHENTICATED');
    const unknownMeetup = await t.gql(SCHEDULE, { i: ids[9], m: '00000000-0000-4000-8000-000000000000' }, organizer.token);
    expect(unknownMeetup.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'meetupId' });
    expect(await t.count('issues')).toBe(before);
    expect((await t.gql('query($id: ID!) { issue(id: $id) { status } }', { id: ids[9] })).data!.issue.status).toBe('SUBMITTED');
  });

  it('keeps a discussion thread: authors edit for 15 minutes, organizers hide', async () => {
    const add = await t.gql(
      'mutation($i: ID!) { addIssueComment(issueId: $i, body: "Tôi cũng gặp vấn đề này, mất 20 ngày.") { id author { id } } }',
      { i: ids[10] },
      members[6].token,
    );
    const commentId = add.data!.addIssueComment.id;
    const EDIT = 'mutation($id: ID!, $b: String!) { editIssueComment(id: $id, body: $b) { body editedAt } }';
    expect((await t.gql(EDIT, { id: commentId, b: 'Mất 21 ngày.' }, members[6].token)).data!.editIssueComment.body).toBe('Mất 21 ngày.');
    expect((await t.gql(EDIT, { id: commentId, b: 'x' }, members[7].token)).errors![0].extensions.code).toBe('FORBIDDEN');
    clock.advance(16 * 60_000);
    expect((await t.gql(EDIT, { id: commentId, b: 'Quá hạn' }, members[6].token)).errors![0].extensions.code).toBe('CONFLICT');
    await t.gql('mutation($id: ID!) { hideIssueComment(id: $id, reason: "Lạc đề") { hidden } }', { id: commentId }, organizer.token);
    const COMMENTS = 'query($id: ID!) { issue(id: $id) { comments { body hidden } } }';
    expect((await t.gql(COMMENTS, { id: ids[10] }, members[7].token)).data!.issue.comments).toEqual([]);
    expect((await t.gql(COMMENTS, { id: ids[10] }, organizer.token)).data!.issue.comments).toEqual([{ body: 'Mất 21 ngày.', hidden: true }]);
    expect((await t.gql('query($id: ID!) { issue(id: $id) { comments { hiddenReason } } }', { id: ids[10] }, organizer.token)).data!.issue.comments).toEqual([
      { hiddenReason: 'Lạc đề' },
    ]);
    const UNHIDE = 'mutation($id: ID!) { unhideIssueComment(id: $id) { hidden hiddenReason } }';
    expect((await t.gql(UNHIDE, { id: commentId }, members[7].token)).errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await t.gql(UNHIDE, { id: commentId }, organizer.token)).data!.unhideIssueComment).toEqual({ hidden: false, hiddenReason: null });
    expect((await t.gql(COMMENTS, { id: ids[10] }, members[7].token)).data!.issue.comments).toEqual([{ body: 'Mất 21 ngày.', hidden: false }]);
  });
});

describe('issue search over many matches', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    const [member] = await t.createMembers(1, 'searcher');
    // 230 matches, one a minute: the 30 oldest have the shortest titles (they would rank first
    // if every match were ranked), the 200 newest mention the words among others.
    await t.dataSource.query(
      `INSERT INTO issues (title, description, kind, status, submitter_id, created_at)
       SELECT CASE WHEN i > 200 THEN 'Thủ tục' ELSE 'Góp ý về nhiều bước thủ tục cấp phép số ' || i END, 'Mô tả số ' || i, 'OBSTACLE', 'SUBMITTED', $1,
              now() - make_interval(mins => i)
       FROM generate_series(1, 230) AS i`,
      [member.memberId],
    );
  });
  afterAll(() => t.close());

  it(`ranks the newest ${SEARCH_CANDIDATES} matches, then lists older ones newest first; every page consistent and the count exact`, async () => {
    const seen: { id: string; title: string }[] = [];
    let after: string | null = null;
    for (;;) {
      const page: GraphqlResponse = await t.gql(SEARCH, { filter: { search: 'thu tuc' }, first: 40, after });
      expect(page.errors).toBeUndefined();
      expect(page.data!.issues.totalCount).toBe(230);
      seen.push(...page.data!.issues.edges.map((e: { node: { id: string; title: string } }) => e.node));
      if (!page.data!.issues.pageInfo.hasNextPage) break;
      after = page.data!.issues.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(230);
    expect(new Set(seen.map((i) => i.id)).size).toBe(230);
    const newest: { id: string }[] = await t.dataSource.query('SELECT id FROM issues ORDER BY created_at DESC LIMIT $1', [SEARCH_CANDIDATES]);
    expect(new Set(seen.slice(0, SEARCH_CANDIDATES).map((i) => i.id))).toEqual(new Set(newest.map((r) => r.id)));
    const older: { id: string }[] = await t.dataSource.query('SELECT id FROM issues ORDER BY created_at DESC OFFSET $1', [SEARCH_CANDIDATES]);
    expect(seen.slice(SEARCH_CANDIDATES).map((i) => i.id)).toEqual(older.map((r) => r.id));
    expect(seen.slice(SEARCH_CANDIDATES).every((i) => i.title === 'Thủ tục')).toBe(true);
  });
});
