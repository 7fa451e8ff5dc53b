import request from 'supertest';
import { FixedClock } from '@app/core';
import { affiliate, organization, series } from './support/builders';
import { TestApp, startTestApp } from './support/test-app';

type Who = { token: string; memberId: string };

const SAVE = `mutation($m: ID!, $input: MinutesInput!) { saveMinutes(meetupId: $m, input: $input) { id status version attendees { id } decisions { id text issues { id } } } }`;
const PUBLISH = `mutation($m: ID!) { publishMinutes(meetupId: $m) { status version publishedAt } }`;
const CREATE = `mutation($input: CreateAssignmentInput!) { createAssignment(input: $input) { id status overdue dueOn leadOrganization { id } coordinatingOrganizations { id } dependsOn { id } issue { id status } } }`;
const REPORT = `mutation($id: ID!, $input: AssignmentProgressInput!) { reportAssignmentProgress(id: $id, input: $input) { status progressPercent updates { note status author { id } } } }`;

describe('minutes and follow-up assignments', () => {
  // Thursday 26 Nov 2026, 10:00 in Huế.
  const clock = new FixedClock(new Date('2026-11-26T03:00:00Z'));
  let t: TestApp;
  let organizer: Who;
  let founder: Who;
  let deptStaff: Who;
  let otherOrgMember: Who;
  let dept: string;
  let institute: string;
  let meetups: string[];

  beforeAll(async () => {
    t = await startTestApp({ clock });
    [organizer] = await t.createMembers(1, 'organizer', 'ORGANIZER');
    [founder, deptStaff, otherOrgMember] = await t.createMembers(3, 'person');
    dept = await organization(t, organizer, { name: 'Sở Khoa học và Công nghệ', shortName: 'Sở KH&CN', kind: 'GOVERNMENT_AGENCY' });
    institute = await organization(t, organizer, { name: 'Viện Nghiên cứu phát triển', shortName: 'Viện NCPT', kind: 'RESEARCH_INSTITUTE' });
    await affiliate(t, deptStaff, dept);
    await affiliate(t, otherOrgMember, institute);
    ({ meetupIds: meetups } = await series(t, organizer, { venue: 'Viện NCPT' }, 3));
  });
  afterAll(() => t.close());

  it('runs the whole loop: issue → agenda → check-in → minutes → dependent assignments → progress → resolved, all on the timeline', async () => {
    const at = (iso: string) => clock.set(iso);
    at('2026-11-26T03:00:00Z');
    const issueId = (
      await t.gql(
        'mutation { submitIssue(input: { title: "Thủ tục xin hỗ trợ kinh phí quá dài", description: "Gần một năm từ khi nộp hồ sơ.", kind: OBSTACLE }) { id } }',
        {},
        founder.token,
      )
    ).data!.submitIssue.id;
    at('2026-11-26T04:00:00Z');
    expect(
      (await t.gql('mutation($i: ID!, $m: ID!) { scheduleIssue(issueId: $i, meetupId: $m) { id } }', { i: issueId, m: meetups[0] }, organizer.token)).errors,
    ).toBeUndefined();
    await t.gql('mutation($m: ID!) { rsvp(meetupId: $m, response: GOING) { status } }', { m: meetups[0] }, founder.token);

    at('2026-11-28T01:10:00Z'); // Saturday, during the meetup
    await t.gql('mutation($m: ID!, $who: ID!) { checkIn(meetupId: $m, memberId: $who) { id } }', { m: meetups[0], who: founder.memberId }, organizer.token);
    await t.gql('mutation($m: ID!, $who: ID!) { checkIn(meetupId: $m, memberId: $who) { id } }', { m: meetups[0], who: deptStaff.memberId }, organizer.token);

    at('2026-11-28T05:00:00Z');
    const draft = await t.gql(
      SAVE,
      {
        m: meetups[0],
        input: { summary: 'Trao đổi về thủ tục hỗ trợ kinh phí.', decisions: [{ text: 'Giao Sở KH&CN rút ngắn quy trình xét duyệt.', issueIds: [issueId] }] },
      },
      organizer.token,
    );
    expect(draft.errors).toBeUndefined();
    expect(draft.data!.saveMinutes.attendees.map((a: { id: string }) => a.id).sort()).toEqual([founder.memberId, deptStaff.memberId].sort());
    expect((await t.gql('query($id: ID!) { meetup(id: $id) { minutes { id } } }', { id: meetups[0] }, founder.token)).data!.meetup.minutes).toBeNull();

    expect((await t.gql(PUBLISH, { m: meetups[0] }, founder.token)).errors![0].extensions.code).toBe('FORBIDDEN');
    at('2026-11-28T06:00:00Z');
    expect((await t.gql(PUBLISH, { m: meetups[0] }, organizer.token)).data!.publishMinutes).toMatchObject({ status: 'PUBLISHED', version: 1 });
    expect((await t.gql('query($id: ID!) { issue(id: $id) { status } }', { id: issueId })).data!.issue.status).toBe('DISCUSSED');
    const decisionId = (await t.gql('query($id: ID!) { meetup(id: $id) { minutes { decisions { id } } } }', { id: meetups[0] })).data!.meetup.minutes
      .decisions[0].id;
    const notified = await t.dataSource.query(`SELECT member_id FROM outbox WHERE kind = 'minutes.published' ORDER BY member_id`);
    expect(notified.map((r: { member_id: string }) => r.member_id).sort()).toEqual([founder.memberId, deptStaff.memberId].sort());

    at('2026-11-28T07:00:00Z');
    const first = await t.gql(
      CREATE,
      {
        input: {
          title: 'Rà soát quy trình xét duyệt',
          leadOrganizationId: dept,
          coordinatingOrganizationIds: [institute],
          dueOn: '2026-12-15',
          issueId,
          decisionId,
        },
      },
      organizer.token,
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.createAssignment).toMatchObject({
      status: 'OPEN',
      overdue: false,
      leadOrganization: { id: dept },
      coordinatingOrganizations: [{ id: institute }],
      issue: { id: issueId, status: 'ASSIGNED' },
    });
    const firstId = first.data!.createAssignment.id;
    at('2026-11-28T07:01:00Z');
    const second = await t.gql(
      CREATE,
      { input: { title: 'Ban hành quy trình rút gọn', leadOrganizationId: dept, dueOn: '2027-01-15', issueId, dependsOnIds: [firstId] } },
      organizer.token,
    );
    const secondId = second.data!.createAssignment.id;
    expect(second.data!.createAssignment.dependsOn).toEqual([{ id: firstId }]);

    at('2026-12-01T02:00:00Z');
    const progress = await t.gql(REPORT, { id: firstId, input: { note: 'Đã họp với các phòng chuyên môn', progressPercent: 50 } }, deptStaff.token);
    expect(progress.data!.reportAssignmentProgress).toMatchObject({ status: 'IN_PROGRESS', progressPercent: 50 });
    expect((await t.gql(REPORT, { id: firstId, input: { note: 'x' } }, otherOrgMember.token)).errors![0].extensions.code).toBe('FORBIDDEN');
    const early = await t.gql(REPORT, { id: secondId, input: { status: 'DONE' } }, deptStaff.token);
    expect(early.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringContaining('Rà soát quy trình xét duyệt') });
    at('2026-12-10T02:00:00Z');
    await t.gql(REPORT, { id: firstId, input: { status: 'DONE', note: 'Hoàn thành rà soát' } }, deptStaff.token);
    at('2026-12-20T02:00:00Z');
    const done = await t.gql(REPORT, { id: secondId, input: { status: 'DONE', note: 'Quyết định đã ban hành' } }, deptStaff.token);
    expect(done.data!.reportAssignmentProgress).toMatchObject({ status: 'DONE', progressPercent: 100 });

    at('2026-12-21T02:00:00Z');
    const resolved = await t.gql(
      'mutation($id: ID!) { setIssueStatus(id: $id, status: RESOLVED, note: "Thời gian xét duyệt còn 30 ngày") { status } }',
      { id: issueId },
      organizer.token,
    );
    expect(resolved.data!.setIssueStatus.status).toBe('RESOLVED');

    const timeline = (await t.gql('query($id: ID!) { issue(id: $id) { assignments { id } timeline { type actor { id } } } }', { id: issueId })).data!.issue;
    expect(timeline.assignments.map((a: { id: string }) => a.id)).toEqual([firstId, secondId]);
    const O = { id: organizer.memberId };
    const D = { id: deptStaff.memberId };
    expect(timeline.timeline).toEqual([
      { type: 'SUBMITTED', actor: { id: founder.memberId } },
      { type: 'PLACED_ON_AGENDA', actor: O },
      { type: 'DECISION', actor: O },
      { type: 'STATUS_CHANGED', actor: O },
      { type: 'ASSIGNMENT_CREATED', actor: O },
      { type: 'ASSIGNMENT_CREATED', actor: O },
      { type: 'PROGRESS_REPORTED', actor: D },
      { type: 'PROGRESS_REPORTED', actor: D },
      { type: 'PROGRESS_REPORTED', actor: D },
      { type: 'RESOLUTION_PROPOSED', actor: null },
      { type: 'RESOLVED', actor: O },
    ]);

    // Every status change went through the issue's one gate: each has its audit entry, in order.
    const audit: { actor_id: string; before: { status: string }; after: { status: string } }[] = await t.dataSource.query(
      `SELECT actor_id, before, after FROM audit_log WHERE action = 'issue.status' AND target_id = $1 ORDER BY id`,
      [issueId],
    );
    expect(audit.map((a) => [a.actor_id, a.before.status, a.after.status])).toEqual([
      [organizer.memberId, 'SUBMITTED', 'ON_AGENDA'],
      [organizer.memberId, 'ON_AGENDA', 'DISCUSSED'],
      [organizer.memberId, 'DISCUSSED', 'ASSIGNED'],
      [organizer.memberId, 'ASSIGNED', 'RESOLVED'],
    ]);
    const events: { type: string; data: Record<string, unknown> }[] = await t.dataSource.query(
      `SELECT type, data FROM issue_events WHERE issue_id = $1 AND type IN ('STATUS_CHANGED', 'ASSIGNMENT_CREATED') ORDER BY at, id`,
      [issueId],
    );
    expect(events.map((e) => [e.type, e.data.from, e.data.to])).toEqual([
      ['STATUS_CHANGED', 'ON_AGENDA', 'DISCUSSED'],
      ['ASSIGNMENT_CREATED', 'DISCUSSED', 'ASSIGNED'],
      ['ASSIGNMENT_CREATED', 'ASSIGNED', 'ASSIGNED'],
    ]);
  });

  it('changes published minutes only by amendment, keeping every version', async () => {
    const edit = await t.gql(SAVE, { m: meetups[0], input: { summary: 'Sửa lén' } }, organizer.token);
    expect(edit.errors![0].extensions.code).toBe('CONFLICT');
    const AMEND = `mutation($m: ID!, $input: MinutesInput!, $r: String!) { amendMinutes(meetupId: $m, input: $input, reason: $r) { version summary } }`;
    expect((await t.gql(AMEND, { m: meetups[0], input: { summary: 'x' }, r: '' }, organizer.token)).errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    const amended = await t.gql(
      AMEND,
      { m: meetups[0], input: { summary: 'Trao đổi về thủ tục hỗ trợ kinh phí (đã bổ sung số liệu).' }, r: 'Bổ sung số liệu' },
      organizer.token,
    );
    expect(amended.data!.amendMinutes).toEqual({ version: 2, summary: 'Trao đổi về thủ tục hỗ trợ kinh phí (đã bổ sung số liệu).' });
    const removeUsed = await t.gql(AMEND, { m: meetups[0], input: { decisions: [] }, r: 'Bỏ kết luận' }, organizer.token);
    expect(removeUsed.errors![0].extensions.code).toBe('CONFLICT');
    const versions = await t.gql('query($id: ID!) { meetup(id: $id) { minutes { version versions { version reason summary decisions { text } } } } }', {
      id: meetups[0],
    });
    expect(versions.data!.meetup.minutes.versions).toEqual([
      { version: 1, reason: null, summary: 'Trao đổi về thủ tục hỗ trợ kinh phí.', decisions: [{ text: 'Giao Sở KH&CN rút ngắn quy trình xét duyệt.' }] },
      {
        version: 2,
        reason: 'Bổ sung số liệu',
        summary: 'Trao đổi về thủ tục hỗ trợ kinh phí (đã bổ sung số liệu).',
        decisions: [{ text: 'Giao Sở KH&CN rút ngắn quy trình xét duyệt.' }],
      },
    ]);
  });

  it('exports the minutes as Markdown and printable HTML with Vietnamese dates', async () => {
    const http = t.app.getHttpServer();
    const md = await request(http).get(`/meetups/${meetups[0]}/minutes.md`);
    expect(md.status).toBe(200);
    expect(md.headers['content-type']).toContain('text/markdown');
    expect(md.text).toContain('# Biên bản: Gặp mặt thứ Bảy');
    expect(md.text).toContain('08:00, Thứ Bảy, 28/11/2026');
    expect(md.text).toContain('## Kết luận');
    expect(md.text).toContain('Chủ trì: Sở KH&CN; Phối hợp: Viện NCPT; Hạn: Thứ Ba, 15/12/2026');
    const en = await request(http).get(`/meetups/${meetups[0]}/minutes.md?lang=en`);
    expect(en.text).toContain('Saturday, 28 November 2026, 08:00');
    const html = await request(http).get(`/meetups/${meetups[0]}/minutes.html`);
    expect(html.headers['content-type']).toContain('text/html');
    expect(html.text).toContain('<h2>Kết luận</h2>');
    expect(html.text).toContain('Sở KH&amp;CN');
    expect((await request(http).get(`/meetups/${meetups[1]}/minutes.md`)).status).toBe(404);
    // Minutes of a members-only series are not public.
    const privateSeries = (
      await t.gql('mutation { createMeetupSeries(input: { title: "Nội bộ", startsOn: "2026-11-01", visibility: MEMBERS }) { id } }', {}, organizer.token)
    ).data!.createMeetupSeries.id;
    const [{ id: privateMeetup }] = await t.dataSource.query('SELECT id FROM meetups WHERE series_id = $1 ORDER BY starts_at LIMIT 1', [privateSeries]);
    await t.gql(SAVE, { m: privateMeetup, input: { summary: 'Nội bộ' } }, organizer.token);
    await t.gql(PUBLISH, { m: privateMeetup }, organizer.token);
    expect((await request(http).get(`/meetups/${privateMeetup}/minutes.md`)).status).toBe(404);
    expect((await request(http).get(`/meetups/${privateMeetup}/minutes.md`).set('authorization', `Bearer ${founder.token}`)).status).toBe(200);
  });

  it('flips overdue at local midnight in Asia/Ho_Chi_Minh, not UTC', async () => {
    clock.set('2026-11-30T03:00:00Z');
    const created = await t.gql(
      CREATE,
      { input: { title: 'Báo cáo bản đồ hệ sinh thái', leadOrganizationId: institute, dueOn: '2026-12-01' } },
      organizer.token,
    );
    const id = created.data!.createAssignment.id;
    const overdue = async () => (await t.gql('query($id: ID!) { assignment(id: $id) { overdue } }', { id })).data!.assignment.overdue;
    clock.set('2026-12-01T16:59:59Z'); // 23:59:59 on 1 Dec in Huế
    expect(await overdue()).toBe(false);
    clock.set('2026-12-01T17:00:00Z'); // 00:00 on 2 Dec in Huế, still 1 Dec in UTC
    expect(await overdue()).toBe(true);
    const list = await t.gql('query($o: ID!) { assignments(filter: { organizationId: $o, overdue: true }) { totalCount edges { node { id } } } }', {
      o: institute,
    });
    expect(list.data!.assignments.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([id]);
    const followUps = await t.gql('query($id: ID!) { meetup(id: $id) { followUps { id overdue } } }', { id: meetups[1] });
    expect(followUps.data!.meetup.followUps).toContainEqual({ id, overdue: true });
  });

  it('refuses cycles of dependencies', async () => {
    const a = (await t.gql(CREATE, { input: { title: 'Bước A', leadOrganizationId: dept, dueOn: '2027-02-01' } }, organizer.token)).data!.createAssignment.id;
    const b = (await t.gql(CREATE, { input: { title: 'Bước B', leadOrganizationId: dept, dueOn: '2027-02-02', dependsOnIds: [a] } }, organizer.token)).data!
      .createAssignment.id;
    const c = (await t.gql(CREATE, { input: { title: 'Bước C', leadOrganizationId: dept, dueOn: '2027-02-03', dependsOnIds: [b] } }, organizer.token)).data!
      .createAssignment.id;
    const SET = 'mutation($id: ID!, $d: [ID!]!) { setAssignmentDependencies(id: $id, dependsOnIds: $d) { id } }';
    expect((await t.gql(SET, { id: a, d: [c] }, organizer.token)).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dependsOnIds' });
    expect((await t.gql(SET, { id: a, d: [a] }, organizer.token)).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dependsOnIds' });
    expect(await t.dataSource.query('SELECT count(*)::int AS n FROM assignment_dependencies WHERE assignment_id = $1', [a])).toEqual([{ n: 0 }]);
    expect((await t.gql(CREATE, { input: { title: 'x', leadOrganizationId: dept, dueOn: '2027-02-30' } }, organizer.token)).errors![0].extensions.code).toBe(
      'BAD_USER_INPUT',
    );
    // A cancelled step does not block the ones after it.
    await t.gql(REPORT, { id: a, input: { status: 'CANCELLED', note: 'Không cần nữa' } }, organizer.token);
    expect((await t.gql(REPORT, { id: b, input: { status: 'DONE' } }, organizer.token)).data!.reportAssignmentProgress.status).toBe('DONE');
    expect((await t.gql(CREATE, { input: { title: 'x', leadOrganizationId: dept, dueOn: '2027-02-03' } }, founder.token)).errors![0].extensions.code).toBe(
      'FORBIDDEN',
    );
  });

  it('scores organisations on a known set', async () => {
    const cards = (await t.gql('{ organizationScorecards { organization { id } open done doneOnTime overdue medianDaysToComplete } }')).data!
      .organizationScorecards;
    const deptCard = cards.find((c: { organization: { id: string } }) => c.organization.id === dept);
    // Dept: 3 done, all on time (11.79 days, 21.79 days, and step B done the moment it was made: 0),
    // median 11.8; 1 open (C); step A cancelled counts in neither.
    expect(deptCard).toEqual({ organization: { id: dept }, open: 1, done: 3, doneOnTime: 3, overdue: 0, medianDaysToComplete: 11.8 });
    const instituteCard = cards.find((c: { organization: { id: string } }) => c.organization.id === institute);
    expect(instituteCard).toMatchObject({ open: 1, done: 0, overdue: 1, medianDaysToComplete: null });
  });
  it('gives an assignment for an issue still on the agenda (ON_AGENDA → ASSIGNED) through the gate, and refuses one for a closed issue', async () => {
    const after = clock.now().toISOString();
    clock.set('2026-12-01T03:00:00Z');
    const issueId = (
      await t.gql(
        'mutation { submitIssue(input: { title: "Thiếu không gian làm việc chung", description: "Cần chỗ ngồi cho nhóm mới.", kind: PROPOSAL }) { id } }',
        {},
        founder.token,
      )
    ).data!.submitIssue.id;
    const before = (await t.gql('query($id: ID!) { issue(id: $id) { allowedNextStatuses } }', { id: issueId }, organizer.token)).data!.issue
      .allowedNextStatuses;
    expect(before).toEqual(['DECLINED', 'DUPLICATE']);
    expect((await t.gql('query($id: ID!) { issue(id: $id) { allowedNextStatuses } }', { id: issueId }, founder.token)).data!.issue.allowedNextStatuses).toEqual(
      [],
    );
    expect(
      (await t.gql('mutation($i: ID!, $m: ID!) { scheduleIssue(issueId: $i, meetupId: $m) { id } }', { i: issueId, m: meetups[2] }, organizer.token)).errors,
    ).toBeUndefined();
    const onAgenda = (await t.gql('query($id: ID!) { issue(id: $id) { status allowedNextStatuses } }', { id: issueId }, organizer.token)).data!.issue;
    expect(onAgenda).toEqual({ status: 'ON_AGENDA', allowedNextStatuses: ['SUBMITTED', 'DISCUSSED', 'ASSIGNED', 'DECLINED', 'DUPLICATE'] });

    const created = await t.gql(CREATE, { input: { title: 'Bố trí chỗ ngồi', leadOrganizationId: institute, dueOn: '2027-03-01', issueId } }, organizer.token);
    expect(created.errors).toBeUndefined();
    expect(created.data!.createAssignment.issue).toEqual({ id: issueId, status: 'ASSIGNED' });
    const [audit] = await t.dataSource.query(`SELECT before, after FROM audit_log WHERE action = 'issue.status' AND target_id = $1 ORDER BY id DESC LIMIT 1`, [
      issueId,
    ]);
    expect(audit).toMatchObject({ before: { status: 'ON_AGENDA' }, after: { status: 'ASSIGNED', assignmentId: created.data!.createAssignment.id } });

    await t.gql('mutation($id: ID!) { setIssueStatus(id: $id, status: DECLINED, note: "Đã có nơi khác lo") { status } }', { id: issueId }, organizer.token);
    const refused = await t.gql(CREATE, { input: { title: 'Thêm một bước', leadOrganizationId: institute, dueOn: '2027-03-01', issueId } }, organizer.token);
    expect(refused.errors![0].extensions.code).toBe('CONFLICT');
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM assignments WHERE issue_id = $1`, [issueId]);
    expect(n).toBe(1);
    clock.set(after);
  });
});
