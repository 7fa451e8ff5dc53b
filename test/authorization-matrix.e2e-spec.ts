import { TestApp, startTestApp } from './support/test-app';

type Role = 'anonymous' | 'member' | 'otherOrgMember' | 'organizer' | 'admin';
const ROLES: Role[] = ['anonymous', 'member', 'otherOrgMember', 'organizer', 'admin'];
const SIGNED_IN: Role[] = ['member', 'otherOrgMember', 'organizer', 'admin'];
const ORGANIZERS: Role[] = ['organizer', 'admin'];

/**
 * Every mutation and private field, called as anonymous, a member, a member of another
 * organisation, an organizer (of the series) and an admin. "Allowed" means authorization let the
 * call through (it may still fail for another reason, such as a state CONFLICT); "denied" means
 * UNAUTHENTICATED or FORBIDDEN.
 */
describe('authorization matrix', () => {
  let t: TestApp;
  const token: Partial<Record<Role, string>> = {};
  const id: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    const [admin] = await t.createMembers(1, 'admin', 'ADMIN');
    const [organizer] = await t.createMembers(1, 'organizer', 'ORGANIZER');
    const [member, other, target] = await t.createMembers(3, 'person');
    Object.assign(token, { admin: admin.token, organizer: organizer.token, member: member.token, otherOrgMember: other.token });
    Object.assign(id, { admin: admin.memberId, organizer: organizer.memberId, member: member.memberId, other: other.memberId, target: target.memberId });
    const org = async (name: string) =>
      (await t.gql('mutation($n: String!) { createOrganization(input: { name: $n, kind: STARTUP }) { id } }', { n: name }, organizer.token)).data!
        .createOrganization.id;
    id.orgA = await org('Công ty A');
    id.orgB = await org('Công ty B');
    await t.dataSource.query('UPDATE members SET organization_id = $2 WHERE id = $1', [member.memberId, id.orgA]);
    await t.dataSource.query('UPDATE members SET organization_id = $2 WHERE id = $1', [other.memberId, id.orgB]);
    id.series = (
      await t.gql('mutation { createMeetupSeries(input: { title: "Thứ Bảy", startsOn: "2026-11-01" }) { id } }', {}, organizer.token)
    ).data!.createMeetupSeries.id;
    const dates = (await t.gql('query($s: ID!) { meetups(filter: { seriesId: $s }, first: 6) { edges { node { id } } } }', { s: id.series })).data!.meetups
      .edges;
    [id.meetup, id.meetup2, id.meetup3] = dates.map((e: { node: { id: string } }) => e.node.id);
    id.issue = (
      await t.gql('mutation { submitIssue(input: { title: "Vướng mắc của A", description: "Mô tả", kind: OBSTACLE }) { id } }', {}, member.token)
    ).data!.submitIssue.id;
    id.issue2 = (
      await t.gql('mutation { submitIssue(input: { title: "Vướng mắc thứ hai", description: "Mô tả", kind: OBSTACLE }) { id } }', {}, member.token)
    ).data!.submitIssue.id;
    id.comment = (
      await t.gql('mutation($i: ID!) { addIssueComment(issueId: $i, body: "Ý kiến") { id } }', { i: id.issue }, member.token)
    ).data!.addIssueComment.id;
    id.project = (
      await t.gql('mutation { registerStartupProject(input: { name: "Dự án của A", stage: IDEA }) { id } }', {}, member.token)
    ).data!.registerStartupProject.id;
    await t.dataSource.query(`UPDATE startup_projects SET founded_on = '2020-01-01' WHERE id = $1`, [id.project]);
    id.assignment = (
      await t.gql(
        'mutation($o: ID!) { createAssignment(input: { title: "Việc của A", leadOrganizationId: $o, dueOn: "2027-01-01" }) { id } }',
        { o: id.orgA },
        organizer.token,
      )
    ).data!.createAssignment.id;
    const consultation = await t.gql(
      'mutation($o: DateTime!, $c: DateTime!) { createConsultation(input: { title: "Dự thảo", document: "# Mục 1\\nNội dung", opensAt: $o, closesAt: $c }) { id sections { id } } }',
      { o: new Date(Date.now() - 86400_000).toISOString(), c: new Date(Date.now() + 30 * 86400_000).toISOString() },
      organizer.token,
    );
    id.section = consultation.data!.createConsultation.sections[0].id;
    id.consultationComment = (
      await t.gql('mutation($s: ID!) { commentOnSection(sectionId: $s, body: "Góp ý") { id } }', { s: id.section }, member.token)
    ).data!.commentOnSection.id;
  });
  afterAll(() => t.close());

  async function outcome(role: Role, query: string, variables: () => Record<string, unknown>): Promise<'allowed' | 'denied'> {
    const result = await t.gql(query, variables(), token[role]);
    const code = result.errors?.[0]?.extensions.code;
    return code === 'FORBIDDEN' || code === 'UNAUTHENTICATED' ? 'denied' : 'allowed';
  }

  const mutations: [string, string, () => Record<string, unknown>, Role[]][] = [
    ['requestSignIn', 'mutation { requestSignIn(email: "x@example.org") }', () => ({}), ROLES],
    ['updateProfile', 'mutation { updateProfile(input: { locale: vi }) { id } }', () => ({}), SIGNED_IN],
    [
      'createOrganization',
      'mutation($n: String!) { createOrganization(input: { name: $n, kind: OTHER }) { id } }',
      () => ({ n: `Tổ chức ${Math.random()}` }),
      ORGANIZERS,
    ],
    ['setMemberRole', 'mutation($m: ID!) { setMemberRole(memberId: $m, role: MEMBER) { id } }', () => ({ m: id.target }), ['admin']],
    ['createMeetupSeries', 'mutation { createMeetupSeries(input: { title: "Mới", startsOn: "2026-11-01" }) { id } }', () => ({}), ORGANIZERS],
    ['updateMeetupSeries', 'mutation($s: ID!) { updateMeetupSeries(id: $s, input: { description: "x" }) { id } }', () => ({ s: id.series }), ORGANIZERS],
    ['updateMeetup', 'mutation($m: ID!) { updateMeetup(id: $m, input: { description: "x" }) { id } }', () => ({ m: id.meetup }), ORGANIZERS],
    ['cancelMeetup', 'mutation($m: ID!) { cancelMeetup(id: $m, reason: "x") { id } }', () => ({ m: id.meetup3 }), ORGANIZERS],
    ['addAgendaItem', 'mutation($m: ID!) { addAgendaItem(meetupId: $m, input: { title: "x" }) { id } }', () => ({ m: id.meetup }), ORGANIZERS],
    ['rsvp', 'mutation($m: ID!) { rsvp(meetupId: $m, response: GOING) { id } }', () => ({ m: id.meetup }), SIGNED_IN],
    ['setStandingRsvp', 'mutation($s: ID!) { setStandingRsvp(seriesId: $s) { guests } }', () => ({ s: id.series }), SIGNED_IN],
    ['checkIn', 'mutation($m: ID!, $w: ID!) { checkIn(meetupId: $m, memberId: $w) { id } }', () => ({ m: id.meetup, w: id.member }), ORGANIZERS],
    ['checkInWithCode', 'mutation($m: ID!) { checkInWithCode(meetupId: $m, code: "000000") { id } }', () => ({ m: id.meetup }), SIGNED_IN],
    ['submitIssue', 'mutation { submitIssue(input: { title: "Thêm một", description: "x", kind: QUESTION }) { id } }', () => ({}), SIGNED_IN],
    [
      'updateIssue (the submitter’s)',
      'mutation($i: ID!) { updateIssue(id: $i, input: { description: "Sửa" }) { id } }',
      () => ({ i: id.issue2 }),
      ['member', 'organizer', 'admin'],
    ],
    ['supportIssue', 'mutation($i: ID!) { supportIssue(id: $i) { id } }', () => ({ i: id.issue }), SIGNED_IN],
    ['addIssueComment', 'mutation($i: ID!) { addIssueComment(issueId: $i, body: "x") { id } }', () => ({ i: id.issue }), SIGNED_IN],
    ['editIssueComment (the author’s)', 'mutation($c: ID!) { editIssueComment(id: $c, body: "y") { id } }', () => ({ c: id.comment }), ['member']],
    ['hideIssueComment', 'mutation($c: ID!) { hideIssueComment(id: $c, reason: "x") { id } }', () => ({ c: id.comment }), ORGANIZERS],
    ['scheduleIssue', 'mutation($i: ID!, $m: ID!) { scheduleIssue(issueId: $i, meetupId: $m) { id } }', () => ({ i: id.issue, m: id.meetup2 }), ORGANIZERS],
    ['setIssueStatus', 'mutation($i: ID!) { setIssueStatus(id: $i, status: DECLINED) { id } }', () => ({ i: id.issue2 }), ORGANIZERS],
    ['hideIssue', 'mutation($i: ID!) { hideIssue(id: $i, reason: "x") { id } }', () => ({ i: id.issue }), ORGANIZERS],
    ['unhideIssueComment', 'mutation($c: ID!) { unhideIssueComment(id: $c) { id } }', () => ({ c: id.comment }), ORGANIZERS],
    ['saveMinutes', 'mutation($m: ID!) { saveMinutes(meetupId: $m, input: { summary: "x" }) { id } }', () => ({ m: id.meetup }), ORGANIZERS],
    ['publishMinutes', 'mutation($m: ID!) { publishMinutes(meetupId: $m) { id } }', () => ({ m: id.meetup }), ORGANIZERS],
    [
      'createAssignment',
      'mutation($o: ID!) { createAssignment(input: { title: "x", leadOrganizationId: $o, dueOn: "2027-01-01" }) { id } }',
      () => ({ o: id.orgA }),
      ORGANIZERS,
    ],
    [
      'reportAssignmentProgress (lead organisation)',
      'mutation($a: ID!) { reportAssignmentProgress(id: $a, input: { note: "x" }) { id } }',
      () => ({ a: id.assignment }),
      ['member', 'organizer', 'admin'],
    ],
    [
      'createConsultation',
      'mutation { createConsultation(input: { title: "x", document: "# A", opensAt: "2030-01-01T00:00:00Z", closesAt: "2030-02-01T00:00:00Z" }) { id } }',
      () => ({}),
      ORGANIZERS,
    ],
    ['commentOnSection', 'mutation($s: ID!) { commentOnSection(sectionId: $s, body: "x") { id } }', () => ({ s: id.section }), SIGNED_IN],
    [
      'editConsultationComment (the author’s)',
      'mutation($c: ID!) { editConsultationComment(id: $c, body: "y") { id } }',
      () => ({ c: id.consultationComment }),
      ['member'],
    ],
    [
      'respondToComment',
      'mutation($c: ID!) { respondToComment(id: $c, response: "x", accepted: true) { id } }',
      () => ({ c: id.consultationComment }),
      ORGANIZERS,
    ],
    ['hideConsultationComment', 'mutation($c: ID!) { hideConsultationComment(id: $c, reason: "x") { id } }', () => ({ c: id.consultationComment }), ORGANIZERS],
    ['unhideConsultationComment', 'mutation($c: ID!) { unhideConsultationComment(id: $c) { id } }', () => ({ c: id.consultationComment }), ORGANIZERS],
    [
      'updateOrganization (the member’s own)',
      'mutation($o: ID!) { updateOrganization(id: $o, input: { description: "x" }) { id } }',
      () => ({ o: id.orgA }),
      ['member', 'organizer', 'admin'],
    ],
    ['registerStartupProject', 'mutation { registerStartupProject(input: { name: "Dự án", stage: IDEA }) { id } }', () => ({}), SIGNED_IN],
    [
      'updateStartupProject (the contact’s)',
      'mutation($p: ID!) { updateStartupProject(id: $p, input: { name: "Dự án của A", stage: MVP }) { id } }',
      () => ({ p: id.project }),
      ['member', 'organizer', 'admin'],
    ],
    [
      'recordSupport (by organisation A)',
      'mutation($p: ID!, $o: ID!) { recordSupport(input: { projectId: $p, providerId: $o, kind: MENTORING, startedOn: "2020-02-15" }) { id } }',
      () => ({ p: id.project, o: id.orgA }),
      ['member', 'organizer', 'admin'],
    ],
    [
      'setProgrammeTarget',
      'mutation { setProgrammeTarget(input: { title: "Mục tiêu", metric: PROJECTS_SUPPORTED, goal: 10, startsOn: "2017-01-01", endsOn: "2025-12-31" }) { id } }',
      () => ({}),
      ['admin'],
    ],
    ['regenerateCalendarToken', 'mutation { regenerateCalendarToken { id } }', () => ({}), SIGNED_IN],
    // Confirmed with an address that is nobody's: authorization lets every signed-in member through, and the input check then refuses.
    ['deleteMyAccount', 'mutation { deleteMyAccount(confirmEmail: "nobody@example.org") }', () => ({}), SIGNED_IN],
  ];

  it.each(mutations)('%s', async (_name, query, variables, allowed) => {
    const results: Record<string, string> = {};
    for (const role of ROLES) results[role] = await outcome(role, query, variables);
    expect(results).toEqual(Object.fromEntries(ROLES.map((role) => [role, allowed.includes(role) ? 'allowed' : 'denied'])));
  });

  it('private fields: e-mail, preferences, feeds, attendees, check-in code, deliveries, audit log', async () => {
    const see = async (role: Role, query: string, variables: Record<string, unknown>, pick: (data: Record<string, any>) => unknown) => {
      const result = await t.gql(query, variables, token[role]);
      return result.data ? pick(result.data) : (result.errors![0].extensions.code as string);
    };
    const matrix = async (query: string, variables: Record<string, unknown>, pick: (data: Record<string, any>) => unknown) =>
      Object.fromEntries(await Promise.all(ROLES.map(async (role) => [role, await see(role, query, variables, pick)])));

    // A member's e-mail through an RSVP's member (only the member themself and organizers).
    const emails = await matrix('{ members { id email } }', {}, (d) => d.members.find((m: { id: string }) => m.id === id.member)?.email ?? null);
    expect(emails).toEqual({
      anonymous: 'UNAUTHENTICATED',
      member: 'FORBIDDEN',
      otherOrgMember: 'FORBIDDEN',
      organizer: 'person1@example.org',
      admin: 'person1@example.org',
    });
    const own = await matrix('{ me { email notificationPreferences { weeklyDigest } calendarFeedUrl } }', {}, (d) =>
      d.me ? [d.me.email !== null, d.me.notificationPreferences !== null, d.me.calendarFeedUrl !== null] : null,
    );
    expect(own).toEqual({
      anonymous: null,
      member: [true, true, true],
      otherOrgMember: [true, true, true],
      organizer: [true, true, true],
      admin: [true, true, true],
    });
    const submitter = await matrix('query($i: ID!) { issue(id: $i) { submitter { email locale } } }', { i: id.issue2 }, (d) => d.issue?.submitter ?? null);
    expect(submitter).toEqual({
      anonymous: { email: null, locale: null },
      member: { email: 'person1@example.org', locale: 'vi' },
      otherOrgMember: { email: null, locale: null },
      organizer: { email: 'person1@example.org', locale: null },
      admin: { email: 'person1@example.org', locale: null },
    });
    const attendees = await matrix('query($m: ID!) { meetupAttendees(meetupId: $m) { memberId } }', { m: id.meetup }, () => 'seen');
    expect(attendees).toEqual({ anonymous: 'UNAUTHENTICATED', member: 'FORBIDDEN', otherOrgMember: 'FORBIDDEN', organizer: 'seen', admin: 'seen' });
    const code = await matrix('query($m: ID!) { meetup(id: $m) { checkInCode } }', { m: id.meetup }, (d) => (d.meetup.checkInCode ? 'code' : null));
    expect(code).toEqual({ anonymous: null, member: null, otherOrgMember: null, organizer: 'code', admin: 'code' });
    const deliveries = await matrix('query($m: ID!) { deliveries(memberId: $m) { id } }', { m: id.member }, () => 'seen');
    expect(deliveries).toEqual({ anonymous: 'UNAUTHENTICATED', member: 'FORBIDDEN', otherOrgMember: 'FORBIDDEN', organizer: 'seen', admin: 'seen' });
    const audit = await matrix('{ auditLog { id } }', {}, () => 'seen');
    expect(audit).toEqual({ anonymous: 'UNAUTHENTICATED', member: 'FORBIDDEN', otherOrgMember: 'FORBIDDEN', organizer: 'FORBIDDEN', admin: 'seen' });
  });
});
