import request from 'supertest';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '@app/database';
import { createTestDatabase } from '@app/testing';
import { OutboxDispatcher } from '@app/notifications';
import { TestApp, startTestApp } from './support/test-app';
import { Who, assignment, members, organization, organizer as anOrganizer } from './support/builders';

const REQUEST = `mutation($o: ID) { updateProfile(input: { organizationId: $o }) { id organization { id } affiliation { status role organization { id } } } }`;
const CONFIRM = `mutation($m: ID!, $r: AffiliationRole) { confirmAffiliation(memberId: $m, role: $r) { status role confirmedAt member { id } organization { id } } }`;
const DECLINE = `mutation($m: ID!) { declineAffiliation(memberId: $m) }`;
const END = `mutation($m: ID!) { endAffiliation(memberId: $m) }`;

type State = 'none' | 'PENDING' | 'CONFIRMED' | 'ended';

/** Today's date in Huế (UTC+7, no daylight saving). */
const hueToday = (): string => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

describe('affiliations: who speaks for an organisation', () => {
  let t: TestApp;
  let organizer: Who;
  let dispatcher: OutboxDispatcher;
  const id: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    dispatcher = t.app.get(OutboxDispatcher);
    organizer = await anOrganizer(t);
    id.department = await organization(t, organizer, { name: 'Sở Khoa học và Công nghệ', kind: 'GOVERNMENT_AGENCY' });
    id.other = await organization(t, organizer, { name: 'Sở Kế hoạch và Đầu tư', kind: 'GOVERNMENT_AGENCY' });
    id.startup = await organization(t, organizer, { name: 'Công ty Cà phê Huế', kind: 'STARTUP' });
    const project = await t.gql(
      'mutation { registerStartupProject(input: { name: "Bản đồ khởi nghiệp", stage: IDEA }) { id } }',
      {},
      (await members(t, 1, 'founder'))[0].token,
    );
    id.project = project.data!.registerStartupProject.id;
  });
  afterAll(() => t.close());

  /** A member whose tie to `organizationId` is in the given state. */
  async function memberIn(state: State, organizationId: string, prefix: string): Promise<Who> {
    const [who] = await members(t, 1, prefix);
    if (state === 'none') return who;
    expect((await t.gql(REQUEST, { o: organizationId }, who.token)).errors).toBeUndefined();
    if (state === 'PENDING') return who;
    expect((await t.gql(CONFIRM, { m: who.memberId }, organizer.token)).errors).toBeUndefined();
    if (state === 'CONFIRMED') return who;
    expect((await t.gql(END, { m: who.memberId }, organizer.token)).data).toEqual({ endAffiliation: true });
    return who;
  }

  const powers: {
    name: string;
    table: string;
    act: (who: Who, organizationId: string) => Promise<{ errors?: { message: string; extensions: { code: string } }[] }>;
  }[] = [
    {
      name: 'updateOrganization',
      table: 'organizations',
      act: (who, o) => t.gql('mutation($id: ID!) { updateOrganization(id: $id, input: { description: "Giới thiệu mới" }) { id } }', { id: o }, who.token),
    },
    {
      name: 'reportAssignmentProgress on its assignment',
      table: 'assignment_updates',
      act: async (who, o) => {
        const a = await assignment(t, organizer, o);
        return t.gql('mutation($id: ID!) { reportAssignmentProgress(id: $id, input: { note: "Đã họp", progressPercent: 20 }) { id } }', { id: a }, who.token);
      },
    },
    {
      name: 'recordSupport as its provider',
      table: 'supports',
      act: (who, o) =>
        t.gql(
          'mutation($i: RecordSupportInput!) { recordSupport(input: $i) { id verified } }',
          { i: { projectId: id.project, providerId: o, kind: 'MENTORING', startedOn: hueToday() } },
          who.token,
        ),
    },
    {
      name: 'submitIssue in its name',
      table: 'issues',
      act: (who, o) =>
        t.gql(
          'mutation($o: ID) { submitIssue(input: { title: "Thủ tục cấp phép", description: "Mô tả", kind: OBSTACLE, organizationId: $o }) { id } }',
          { o },
          who.token,
        ),
    },
  ];

  describe.each(powers)('$name', ({ table, act }) => {
    it.each([
      ['none', false],
      ['PENDING', false],
      ['CONFIRMED', true],
      ['ended', false],
    ] as [State, boolean][])('a member with %s affiliation: allowed %s', async (state, allowed) => {
      const who = await memberIn(state, id.department, `p-${table}-${state}`.toLowerCase());
      const before = await t.count(table);
      const result = await act(who, id.department);
      if (allowed) {
        expect(result.errors).toBeUndefined();
        return;
      }
      expect(result.errors![0].extensions.code).toBe('FORBIDDEN');
      if (state === 'PENDING') expect(result.errors![0].message).toContain('awaits confirmation');
      // An assignment made for the test is not the refused change; the refused one writes nothing.
      if (table !== 'assignment_updates') expect(await t.count(table)).toBe(before);
      else expect(await t.dataSource.query('SELECT 1 FROM assignment_updates WHERE author_id = $1', [who.memberId])).toEqual([]);
    });
  });

  it('registering a project with a startup as its company needs a confirmed affiliation with that startup', async () => {
    const register = (who: Who) =>
      t.gql(
        'mutation($c: ID) { registerStartupProject(input: { name: "Ứng dụng đặt bàn", stage: IDEA, companyId: $c }) { id company { id } } }',
        { c: id.startup },
        who.token,
      );
    for (const state of ['none', 'PENDING', 'ended'] as State[]) {
      const result = await register(await memberIn(state, id.startup, `company-${state}`.toLowerCase()));
      expect(result.errors![0].extensions.code).toBe('FORBIDDEN');
    }
    const confirmed = await register(await memberIn('CONFIRMED', id.startup, 'company-confirmed'));
    expect(confirmed.data!.registerStartupProject.company).toEqual({ id: id.startup });
  });

  it('a comment by a confirmed member of the organisation an issue is addressed to is its answer; a waiting member’s is their own', async () => {
    const [asker] = await members(t, 1, 'raiser');
    const raised = await t.gql(
      'mutation($o: ID) { submitIssue(input: { title: "Hồ sơ thành lập doanh nghiệp mất 15 ngày", description: "Mô tả", kind: OBSTACLE, addressedToOrganizationId: $o }) { id } }',
      { o: id.other },
      asker.token,
    );
    const issueId = raised.data!.submitIssue.id;
    const COMMENT = 'mutation($i: ID!, $b: String!) { addIssueComment(issueId: $i, body: $b) { id onBehalfOf { id name } } }';
    const confirmed = await memberIn('CONFIRMED', id.other, 'answering');
    const waiting = await memberIn('PENDING', id.other, 'waiting');
    const answer = await t.gql(COMMENT, { i: issueId, b: 'Sở sẽ rút ngắn còn 3 ngày từ tháng sau.' }, confirmed.token);
    expect(answer.data!.addIssueComment.onBehalfOf).toEqual({ id: id.other, name: 'Sở Kế hoạch và Đầu tư' });
    const own = await t.gql(COMMENT, { i: issueId, b: 'Tôi cũng gặp.' }, waiting.token);
    expect(own.data!.addIssueComment.onBehalfOf).toBeNull();
    // Ended later, the answer stays what it was when written.
    await t.gql(END, { m: confirmed.memberId }, organizer.token);
    const thread = await t.gql('query($i: ID!) { issue(id: $i) { comments { onBehalfOf { id } } } }', { i: issueId });
    expect(thread.data!.issue.comments).toEqual([{ onBehalfOf: { id: id.other } }, { onBehalfOf: null }]);
  });

  it("an organisation's administrator confirms, declines and ends for their own organisation only, and names administrators", async () => {
    const admin = await memberIn('CONFIRMED', id.department, 'dept-admin');
    expect((await t.gql(CONFIRM, { m: admin.memberId, r: 'ADMIN' }, organizer.token)).data!.confirmAffiliation).toMatchObject({ role: 'ADMIN' });

    const [asksHere, asksThere, declined] = await members(t, 3, 'asker');
    await t.gql(REQUEST, { o: id.department }, asksHere.token);
    await t.gql(REQUEST, { o: id.other }, asksThere.token);
    await t.gql(REQUEST, { o: id.department }, declined.token);

    const requests = await t.gql<{ affiliationRequests: { member: { id: string }; organization: { id: string }; emailDomain: string }[] }>(
      '{ affiliationRequests { member { id } organization { id } emailDomain } }',
      {},
      admin.token,
    );
    // Only the department's requests (earlier tests left some of their own), oldest first.
    const mine = [asksHere.memberId, asksThere.memberId, declined.memberId];
    expect(requests.data!.affiliationRequests.every((r) => r.organization.id === id.department)).toBe(true);
    expect(requests.data!.affiliationRequests.map((r) => r.member.id).filter((m) => mine.includes(m))).toEqual([asksHere.memberId, declined.memberId]);
    expect(requests.data!.affiliationRequests[0].emailDomain).toBe('example.org');

    const there = await t.gql(CONFIRM, { m: asksThere.memberId }, admin.token);
    expect(there.errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await t.gql(DECLINE, { m: asksThere.memberId }, admin.token)).errors![0].extensions.code).toBe('FORBIDDEN');
    expect(await t.dataSource.query('SELECT status FROM affiliations WHERE member_id = $1', [asksThere.memberId])).toEqual([{ status: 'PENDING' }]);

    expect((await t.gql(CONFIRM, { m: asksHere.memberId, r: 'ADMIN' }, admin.token)).data!.confirmAffiliation).toMatchObject({
      status: 'CONFIRMED',
      role: 'ADMIN',
      organization: { id: id.department },
    });
    expect((await t.gql(DECLINE, { m: declined.memberId }, admin.token)).data).toEqual({ declineAffiliation: true });
    expect(await t.dataSource.query('SELECT 1 FROM affiliations WHERE member_id = $1', [declined.memberId])).toEqual([]);

    // An ordinary confirmed member decides nothing.
    const plain = await memberIn('CONFIRMED', id.department, 'dept-plain');
    const [another] = await members(t, 1, 'another');
    await t.gql(REQUEST, { o: id.department }, another.token);
    expect((await t.gql(CONFIRM, { m: another.memberId }, plain.token)).errors![0].extensions.code).toBe('FORBIDDEN');

    // The organisation's members, to its administrators and organizers; to nobody else.
    const LIST = 'query($id: ID!) { organization(id: $id) { affiliations(status: CONFIRMED) { member { id } role } } }';
    const listed = await t.gql(LIST, { id: id.department }, admin.token);
    expect(listed.data!.organization.affiliations).toEqual(
      expect.arrayContaining([
        { member: { id: admin.memberId }, role: 'ADMIN' },
        { member: { id: plain.memberId }, role: 'MEMBER' },
      ]),
    );
    expect((await t.gql(LIST, { id: id.department }, plain.token)).errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await t.gql(LIST, { id: id.department })).errors![0].extensions.code).toBe('UNAUTHENTICATED');

    expect((await t.gql(END, { m: plain.memberId }, admin.token)).data).toEqual({ endAffiliation: true });

    // Everything is in the audit log with who did it.
    const audit: { action: string; actor_id: string }[] = await t.dataSource.query(
      `SELECT action, actor_id FROM audit_log WHERE target_type = 'member' AND target_id = ANY($1) ORDER BY at, id`,
      [[asksHere.memberId, declined.memberId, plain.memberId]],
    );
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: 'affiliation.request', actor_id: asksHere.memberId },
        { action: 'affiliation.confirm', actor_id: admin.memberId },
        { action: 'affiliation.decline', actor_id: admin.memberId },
        { action: 'affiliation.end', actor_id: admin.memberId },
      ]),
    );
    const roleChange = await t.dataSource.query(`SELECT actor_id, before, after FROM audit_log WHERE action = 'affiliation.role' AND target_id = $1`, [
      admin.memberId,
    ]);
    expect(roleChange).toEqual([
      { actor_id: organizer.memberId, before: expect.objectContaining({ role: 'MEMBER' }), after: expect.objectContaining({ role: 'ADMIN' }) },
    ]);
  });

  it('tells the member by mail, in their language, when a request is confirmed or declined', async () => {
    const [vi, en] = await members(t, 2, 'mailed');
    await t.gql('mutation { updateProfile(input: { locale: en }) { id } }', {}, en.token);
    await t.gql(REQUEST, { o: id.department }, vi.token);
    await t.gql(REQUEST, { o: id.department }, en.token);
    await t.gql(CONFIRM, { m: vi.memberId }, organizer.token);
    await t.gql(DECLINE, { m: en.memberId }, organizer.token);
    await dispatcher.dispatchPending();
    const [confirmed] = await t.mail.waitFor('mailed1@example.org', 1);
    expect(confirmed.parsed.subject).toBe('Bạn đã được xác nhận là thành viên của Sở Khoa học và Công nghệ');
    expect(confirmed.parsed.text).toContain(`/organizations/${id.department}`);
    const [declined] = await t.mail.waitFor('mailed2@example.org', 1);
    expect(declined.parsed.subject).toBe('Your request to join Sở Khoa học và Công nghệ was declined');
  });

  it('organizers confirm many requests at once, all or none', async () => {
    const askers = await members(t, 3, 'bulk');
    for (const who of askers) await t.gql(REQUEST, { o: id.other }, who.token);
    const BULK = 'mutation($ids: [ID!]!) { confirmAffiliations(memberIds: $ids) { status member { id } } }';
    const [stranger] = await members(t, 1, 'no-request');
    const refused = await t.gql(BULK, { ids: [askers[0].memberId, stranger.memberId] }, organizer.token);
    expect(refused.errors![0].extensions.code).toBe('NOT_FOUND');
    expect(
      await t.dataSource.query(`SELECT count(*)::int AS n FROM affiliations WHERE member_id = ANY($1) AND status = 'CONFIRMED'`, [
        askers.map((a) => a.memberId),
      ]),
    ).toEqual([{ n: 0 }]);
    const done = await t.gql(BULK, { ids: askers.map((a) => a.memberId) }, organizer.token);
    expect(done.data!.confirmAffiliations).toHaveLength(3);
    expect(done.data!.confirmAffiliations.every((a: { status: string }) => a.status === 'CONFIRMED')).toBe(true);
    const bad = await t.gql(BULK, { ids: ['nope'] }, organizer.token);
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'memberIds[0]' });
  });

  it('counts in the targets only supports that were verified: unverified ones show, marked, until confirmed', async () => {
    const year = new Date().getUTCFullYear();
    const target = await t.gql(
      'mutation($i: ProgrammeTargetInput!) { setProgrammeTarget(input: $i) { id achieved } }',
      { i: { title: 'Dự án được hỗ trợ', metric: 'PROJECTS_SUPPORTED', goal: 800, startsOn: `${year}-01-01`, endsOn: `${year + 4}-12-31` } },
      (await members(t, 1, 'target-admin', 'ADMIN'))[0].token,
    );
    const targetId = target.data!.setProgrammeTarget.id;
    const achieved = async () =>
      (await t.gql<{ programmeTargets: { id: string; achieved: number }[] }>('{ programmeTargets { id achieved } }')).data!.programmeTargets.find(
        (p) => p.id === targetId,
      )!.achieved;
    const before = await achieved();

    // A support recorded on a claim nobody confirmed (as the migration leaves those of the past).
    const [recorder] = await members(t, 1, 'old-recorder');
    const [{ id: projectId }] = await t.dataSource.query(
      `INSERT INTO startup_projects (name, stage, contact_id) VALUES ('Dự án cũ', 'IDEA', $1) RETURNING id`,
      [recorder.memberId],
    );
    const [{ id: supportId }] = await t.dataSource.query(
      `INSERT INTO supports (project_id, provider_id, kind, started_on, recorded_by) VALUES ($1, $2, 'TRAINING', CURRENT_DATE, $3) RETURNING id`,
      [projectId, id.startup, recorder.memberId],
    );
    const shown = await t.gql('query($id: ID!) { startupProject(id: $id) { supports { id verified } } }', { id: projectId });
    expect(shown.data!.startupProject.supports).toEqual([{ id: supportId, verified: false }]);
    expect(await achieved()).toBe(before);

    const startupAdmin = await memberIn('CONFIRMED', id.startup, 'startup-admin');
    const waiting = await t.gql('{ unverifiedSupports { id } }', {}, startupAdmin.token);
    expect(waiting.data!.unverifiedSupports).toEqual([]); // not an administrator yet
    expect((await t.gql('mutation($id: ID!) { confirmSupport(id: $id) { id } }', { id: supportId }, startupAdmin.token)).errors![0].extensions.code).toBe(
      'FORBIDDEN',
    );
    await t.gql(CONFIRM, { m: startupAdmin.memberId, r: 'ADMIN' }, organizer.token);
    expect((await t.gql('{ unverifiedSupports { id } }', {}, startupAdmin.token)).data!.unverifiedSupports).toEqual([{ id: supportId }]);
    const confirmed = await t.gql('mutation($id: ID!) { confirmSupport(id: $id) { id verified } }', { id: supportId }, startupAdmin.token);
    expect(confirmed.data!.confirmSupport).toEqual({ id: supportId, verified: true });
    expect(await achieved()).toBe(before + 1);
  });

  it("includes the affiliation in the member's data export, and deleting the account ends it", async () => {
    const who = await memberIn('CONFIRMED', id.other, 'exported');
    const res = await request(t.app.getHttpServer()).get('/me/data.json').set('authorization', `Bearer ${who.token}`);
    expect(JSON.parse(res.text).profile.affiliation).toMatchObject({
      organizationId: id.other,
      organizationName: 'Sở Kế hoạch và Đầu tư',
      status: 'CONFIRMED',
      role: 'MEMBER',
    });
    const deleted = await t.gql('mutation { deleteMyAccount(confirmEmail: "exported1@example.org") }', {}, who.token);
    expect(deleted.errors).toBeUndefined();
    expect(await t.dataSource.query('SELECT 1 FROM affiliations WHERE member_id = $1', [who.memberId])).toEqual([]);
  });

  it('the migration turns the organisations profiles named into pending requests, and leaves members’ supports unverified', async () => {
    const database = await createTestDatabase();
    const dataSource = new DataSource({ ...buildDataSourceOptions(database.url, 2), logging: ['error'] });
    await dataSource.initialize();
    try {
      await dataSource.undoLastMigration({ transaction: 'each' });
      const [org] = await dataSource.query(`INSERT INTO organizations (name, kind) VALUES ('Sở Y tế', 'GOVERNMENT_AGENCY') RETURNING id`);
      const [member, staff, none] = await dataSource.query(
        `INSERT INTO members (email, name, role, organization_id) VALUES ('a@x.vn', 'A', 'MEMBER', $1), ('b@x.vn', 'B', 'ORGANIZER', $1), ('c@x.vn', 'C', 'MEMBER', NULL) RETURNING id`,
        [org.id],
      );
      const [project] = await dataSource.query(`INSERT INTO startup_projects (name, stage, contact_id) VALUES ('P', 'IDEA', $1) RETURNING id`, [none.id]);
      await dataSource.query(
        `INSERT INTO supports (project_id, provider_id, kind, started_on, recorded_by) VALUES ($1, $2, 'LEGAL', '2026-01-05', $3), ($1, $2, 'FUNDING', '2026-01-06', $4)`,
        [project.id, org.id, member.id, staff.id],
      );
      await dataSource.runMigrations({ transaction: 'each' });
      expect(await dataSource.query('SELECT member_id, organization_id, status, role FROM affiliations ORDER BY member_id')).toEqual(
        [
          { member_id: member.id, organization_id: org.id, status: 'PENDING', role: 'MEMBER' },
          { member_id: staff.id, organization_id: org.id, status: 'PENDING', role: 'MEMBER' },
        ].sort((a, b) => a.member_id.localeCompare(b.member_id)),
      );
      expect(await dataSource.query(`SELECT kind, verified_at IS NOT NULL AS verified FROM supports ORDER BY kind`)).toEqual([
        { kind: 'FUNDING', verified: true },
        { kind: 'LEGAL', verified: false },
      ]);
    } finally {
      await dataSource.destroy();
      await database.drop();
    }
  });
});
