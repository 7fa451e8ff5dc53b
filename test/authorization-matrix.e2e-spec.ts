import { TestApp, startTestApp } from './support/test-app';
import { affiliate } from './support/builders';

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
    await affiliate(t, member, id.orgA);
    await affiliate(t, other, id.orgB);
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
    const item = async (title: string) =>
      (await t.gql('mutation($m: ID!, $t: String!) { addAgendaItem(meetupId: $m, input: { title: $t }) { id } }', { m: id.meetup, t: title }, organizer.token))
        .data!.addAgendaItem.id;
    id.agendaItem = await item('Khai mạc');
    id.removableItem = await item('Mục sẽ bỏ');
    id.consultationComment = (
      await t.gql('mutation($s: ID!) { commentOnSection(sectionId: $s, body: "Góp ý") { id } }', { s: id.section }, member.token)
    ).data!.commentOnSection.id;
  });
  afterAll(() => t.close());

  async function agendaOf(meetupId: string): Promise<string[]> {
    const rows: { id: string }[] = await t.dataSource.query('SELECT id FROM agenda_items WHERE meetup_id = $1 ORDER BY position', [meetupId]);
    return rows.map((r) => r.id);
  }

  /** A new member with a request to join organisation A, or a confirmed tie to it. */
  async function affiliated(status: 'PENDING' | 'CONFIRMED'): Promise<string> {
    const [who] = await t.createMembers(1, `joiner${Math.random().toString(36).slice(2, 8)}`);
    await affiliate(t, who, id.orgA, { status });
    return who.memberId;
  }

  /** A support given by organisation A that nobody has confirmed yet. */
  async function unverifiedSupport(): Promise<string> {
    const [row] = await t.dataSource.query(
      `INSERT INTO supports (project_id, provider_id, kind, started_on, recorded_by) VALUES ($1, $2, 'TRAINING', '2020-03-01', $3) RETURNING id`,
      [id.project, id.orgA, id.other],
    );
    return row.id;
  }

  async function freshTokens(): Promise<Partial<Record<Role, string>>> {
    const [admin] = await t.createMembers(1, `admin${Math.random().toString(36).slice(2, 8)}`, 'ADMIN');
    const [organizer] = await t.createMembers(1, `organizer${Math.random().toString(36).slice(2, 8)}`, 'ORGANIZER');
    const [member, other] = await t.createMembers(2, `person${Math.random().toString(36).slice(2, 8)}`);
    return { admin: admin.token, organizer: organizer.token, member: member.token, otherOrgMember: other.token };
  }

  /**
   * What a role's call came to: `denied` is UNAUTHENTICATED or FORBIDDEN; `allowed` is an answer,
   * or one of the codes the row expects once authorization let the call through (a CONFLICT when
   * the organizer before did it already…); any other code is reported as it is, and fails the row.
   */
  async function outcome(role: Role, row: Row, tokens: Partial<Record<Role, string>>): Promise<string> {
    const result = await t.gql(row.query, await row.variables(), tokens[role]);
    const code = result.errors?.[0]?.extensions.code as string | undefined;
    if (!result.errors) return 'allowed';
    if (code === 'FORBIDDEN' || code === 'UNAUTHENTICATED') return 'denied';
    if (code && row.tolerate?.includes(code)) return 'allowed';
    return `unexpected ${code ?? 'error without a code'}: ${result.errors[0].message}`;
  }

  interface Row {
    /** The mutation's name in the schema. */
    mutation: string;
    /** What the row tries, when the name alone does not say. */
    note?: string;
    query: string;
    variables: () => Record<string, unknown> | Promise<Record<string, unknown>>;
    allowed: Role[];
    /** Codes that count as allowed (authorization let the call through; the state refused it). */
    tolerate?: string[];
    /** Tokens of other members in the same roles, for a call that spends the caller's session. */
    tokens?: () => Promise<Partial<Record<Role, string>>>;
  }

  const row = (mutation: string, query: string, variables: Row['variables'], allowed: Role[], extra: Partial<Row> = {}): Row => ({
    mutation,
    query,
    variables,
    allowed,
    ...extra,
  });

  const mutations: Row[] = [
    row('requestSignIn', 'mutation { requestSignIn(email: "x@example.org") }', () => ({}), ROLES),
    row('updateProfile', 'mutation { updateProfile(input: { locale: vi }) { id } }', () => ({}), SIGNED_IN),
    row(
      'createOrganization',
      'mutation($n: String!) { createOrganization(input: { name: $n, kind: OTHER }) { id } }',
      () => ({ n: `Tổ chức ${Math.random()}` }),
      ORGANIZERS,
    ),
    row('setMemberRole', 'mutation($m: ID!) { setMemberRole(memberId: $m, role: MEMBER) { id } }', () => ({ m: id.target }), ['admin']),
    row('createMeetupSeries', 'mutation { createMeetupSeries(input: { title: "Mới", startsOn: "2026-11-01" }) { id } }', () => ({}), ORGANIZERS),
    row('updateMeetupSeries', 'mutation($s: ID!) { updateMeetupSeries(id: $s, input: { description: "x" }) { id } }', () => ({ s: id.series }), ORGANIZERS),
    row('updateMeetup', 'mutation($m: ID!) { updateMeetup(id: $m, input: { description: "x" }) { id } }', () => ({ m: id.meetup }), ORGANIZERS),
    row('cancelMeetup', 'mutation($m: ID!) { cancelMeetup(id: $m, reason: "x") { id } }', () => ({ m: id.meetup3 }), ORGANIZERS, { tolerate: ['CONFLICT'] }),
    row('addAgendaItem', 'mutation($m: ID!) { addAgendaItem(meetupId: $m, input: { title: "x" }) { id } }', () => ({ m: id.meetup }), ORGANIZERS),
    row('updateAgendaItem', 'mutation($a: ID!) { updateAgendaItem(id: $a, input: { title: "Sửa" }) { id } }', () => ({ a: id.agendaItem }), ORGANIZERS),
    row(
      'reorderAgenda',
      'mutation($m: ID!, $items: [ID!]!) { reorderAgenda(meetupId: $m, itemIds: $items) { id } }',
      async () => ({ m: id.meetup, items: (await agendaOf(id.meetup)).reverse() }),
      ORGANIZERS,
    ),
    row('removeAgendaItem', 'mutation($a: ID!) { removeAgendaItem(id: $a) { id } }', () => ({ a: id.removableItem }), ORGANIZERS, { tolerate: ['NOT_FOUND'] }),
    row('rsvp', 'mutation($m: ID!) { rsvp(meetupId: $m, response: GOING) { id } }', () => ({ m: id.meetup }), SIGNED_IN),
    row('setStandingRsvp', 'mutation($s: ID!) { setStandingRsvp(seriesId: $s) { guests } }', () => ({ s: id.series }), SIGNED_IN),
    row('cancelStandingRsvp', 'mutation($s: ID!) { cancelStandingRsvp(seriesId: $s) }', () => ({ s: id.series }), SIGNED_IN),
    row('checkIn', 'mutation($m: ID!, $w: ID!) { checkIn(meetupId: $m, memberId: $w) { id } }', () => ({ m: id.meetup, w: id.member }), ORGANIZERS),
    row('checkInWithCode', 'mutation($m: ID!) { checkInWithCode(meetupId: $m, code: "000000") { id } }', () => ({ m: id.meetup }), SIGNED_IN, {
      tolerate: ['CONFLICT'],
    }),
    row('submitIssue', 'mutation { submitIssue(input: { title: "Thêm một", description: "x", kind: QUESTION }) { id } }', () => ({}), SIGNED_IN),
    row(
      'updateIssue',
      'mutation($i: ID!) { updateIssue(id: $i, input: { description: "Sửa" }) { id } }',
      () => ({ i: id.issue2 }),
      ['member', 'organizer', 'admin'],
      { note: 'the submitter’s' },
    ),
    row('supportIssue', 'mutation($i: ID!) { supportIssue(id: $i) { id } }', () => ({ i: id.issue }), SIGNED_IN),
    row('withdrawIssueSupport', 'mutation($i: ID!) { withdrawIssueSupport(id: $i) { id } }', () => ({ i: id.issue }), SIGNED_IN),
    row('addIssueComment', 'mutation($i: ID!) { addIssueComment(issueId: $i, body: "x") { id } }', () => ({ i: id.issue }), SIGNED_IN),
    row('editIssueComment', 'mutation($c: ID!) { editIssueComment(id: $c, body: "y") { id } }', () => ({ c: id.comment }), ['member'], {
      note: 'the author’s',
    }),
    row('hideIssueComment', 'mutation($c: ID!) { hideIssueComment(id: $c, reason: "x") { id } }', () => ({ c: id.comment }), ORGANIZERS),
    row('scheduleIssue', 'mutation($i: ID!, $m: ID!) { scheduleIssue(issueId: $i, meetupId: $m) { id } }', () => ({ i: id.issue, m: id.meetup2 }), ORGANIZERS, {
      tolerate: ['CONFLICT'],
    }),
    row('setIssueStatus', 'mutation($i: ID!) { setIssueStatus(id: $i, status: DECLINED) { id } }', () => ({ i: id.issue2 }), ORGANIZERS, {
      tolerate: ['CONFLICT'],
    }),
    row('hideIssue', 'mutation($i: ID!) { hideIssue(id: $i, reason: "x") { id } }', () => ({ i: id.issue }), ORGANIZERS),
    row('unhideIssue', 'mutation($i: ID!) { unhideIssue(id: $i) { id } }', () => ({ i: id.issue }), ORGANIZERS),
    row('unhideIssueComment', 'mutation($c: ID!) { unhideIssueComment(id: $c) { id } }', () => ({ c: id.comment }), ORGANIZERS),
    row('saveMinutes', 'mutation($m: ID!) { saveMinutes(meetupId: $m, input: { summary: "x" }) { id } }', () => ({ m: id.meetup }), ORGANIZERS),
    row('publishMinutes', 'mutation($m: ID!) { publishMinutes(meetupId: $m) { id } }', () => ({ m: id.meetup }), ORGANIZERS, { tolerate: ['CONFLICT'] }),
    row(
      'amendMinutes',
      'mutation($m: ID!) { amendMinutes(meetupId: $m, input: { summary: "Sửa" }, reason: "Sửa lỗi") { id } }',
      () => ({ m: id.meetup }),
      ORGANIZERS,
    ),
    row(
      'createAssignment',
      'mutation($o: ID!) { createAssignment(input: { title: "x", leadOrganizationId: $o, dueOn: "2027-01-01" }) { id } }',
      () => ({ o: id.orgA }),
      ORGANIZERS,
    ),
    row(
      'reportAssignmentProgress',
      'mutation($a: ID!) { reportAssignmentProgress(id: $a, input: { note: "x" }) { id } }',
      () => ({ a: id.assignment }),
      ['member', 'organizer', 'admin'],
      { note: 'lead organisation' },
    ),
    row(
      'createConsultation',
      'mutation { createConsultation(input: { title: "x", document: "# A", opensAt: "2030-01-01T00:00:00Z", closesAt: "2030-02-01T00:00:00Z" }) { id } }',
      () => ({}),
      ORGANIZERS,
    ),
    row('commentOnSection', 'mutation($s: ID!) { commentOnSection(sectionId: $s, body: "x") { id } }', () => ({ s: id.section }), SIGNED_IN),
    row(
      'editConsultationComment',
      'mutation($c: ID!) { editConsultationComment(id: $c, body: "y") { id } }',
      () => ({ c: id.consultationComment }),
      ['member'],
      { note: 'the author’s' },
    ),
    row(
      'respondToComment',
      'mutation($c: ID!) { respondToComment(id: $c, response: "x", accepted: true) { id } }',
      () => ({ c: id.consultationComment }),
      ORGANIZERS,
    ),
    row(
      'hideConsultationComment',
      'mutation($c: ID!) { hideConsultationComment(id: $c, reason: "x") { id } }',
      () => ({ c: id.consultationComment }),
      ORGANIZERS,
    ),
    row('unhideConsultationComment', 'mutation($c: ID!) { unhideConsultationComment(id: $c) { id } }', () => ({ c: id.consultationComment }), ORGANIZERS),
    row(
      'updateOrganization',
      'mutation($o: ID!) { updateOrganization(id: $o, input: { description: "x" }) { id } }',
      () => ({ o: id.orgA }),
      ['member', 'organizer', 'admin'],
      { note: 'the member’s own' },
    ),
    row('registerStartupProject', 'mutation { registerStartupProject(input: { name: "Dự án", stage: IDEA }) { id } }', () => ({}), SIGNED_IN),
    row(
      'updateStartupProject',
      'mutation($p: ID!) { updateStartupProject(id: $p, input: { name: "Dự án của A", stage: MVP }) { id } }',
      () => ({ p: id.project }),
      ['member', 'organizer', 'admin'],
      { note: 'the contact’s' },
    ),
    row(
      'recordSupport',
      'mutation($p: ID!, $o: ID!) { recordSupport(input: { projectId: $p, providerId: $o, kind: MENTORING, startedOn: "2020-02-15" }) { id } }',
      () => ({ p: id.project, o: id.orgA }),
      ['member', 'organizer', 'admin'],
      { note: 'by organisation A' },
    ),
    row('confirmSupport', 'mutation($s: ID!) { confirmSupport(id: $s) { id } }', async () => ({ s: await unverifiedSupport() }), ORGANIZERS, {
      note: 'of organisation A, recorded on an unconfirmed claim (its administrators may too: affiliations spec)',
    }),
    row(
      'confirmAffiliation',
      'mutation($m: ID!) { confirmAffiliation(memberId: $m) { status } }',
      async () => ({ m: await affiliated('PENDING') }),
      ORGANIZERS,
      { note: 'a request to join A (its administrators may too: affiliations spec; the member of A is no administrator)' },
    ),
    row(
      'confirmAffiliations',
      'mutation($m: ID!) { confirmAffiliations(memberIds: [$m]) { status } }',
      async () => ({ m: await affiliated('PENDING') }),
      ORGANIZERS,
      { note: 'a request to join A' },
    ),
    row('declineAffiliation', 'mutation($m: ID!) { declineAffiliation(memberId: $m) }', async () => ({ m: await affiliated('PENDING') }), ORGANIZERS, {
      note: 'a request to join A',
    }),
    row('endAffiliation', 'mutation($m: ID!) { endAffiliation(memberId: $m) }', async () => ({ m: await affiliated('CONFIRMED') }), ORGANIZERS, {
      note: 'another confirmed member of A (ending one’s own is in the affiliations spec)',
    }),
    row(
      'setProgrammeTarget',
      'mutation { setProgrammeTarget(input: { title: "Mục tiêu", metric: PROJECTS_SUPPORTED, goal: 10, startsOn: "2017-01-01", endsOn: "2025-12-31" }) { id } }',
      () => ({}),
      ['admin'],
    ),
    row('regenerateCalendarToken', 'mutation { regenerateCalendarToken { id } }', () => ({}), SIGNED_IN),
    // Confirmed with an address that is nobody's: authorization lets every signed-in member through, and the input check then refuses.
    row(
      'setAssignmentDependencies',
      'mutation($a: ID!) { setAssignmentDependencies(id: $a, dependsOnIds: []) { id } }',
      () => ({ a: id.assignment }),
      ORGANIZERS,
    ),
    // Anyone may try a link; one nobody was sent is refused (UNAUTHENTICATED) whoever asks.
    row('signIn', 'mutation { signIn(token: "not-a-link-anybody-was-sent") { accessToken } }', () => ({}), [], { note: 'a link nobody was sent' }),
    // Spends the caller's sessions: members of each role of their own.
    row('signOutEverywhere', 'mutation { signOutEverywhere }', () => ({}), SIGNED_IN, { tokens: freshTokens }),
    row('deleteMyAccount', 'mutation { deleteMyAccount(confirmEmail: "nobody@example.org") }', () => ({}), SIGNED_IN, { tolerate: ['BAD_USER_INPUT'] }),
  ];

  it.each(mutations.map((r) => [r.note ? `${r.mutation} (${r.note})` : r.mutation, r] as const))('%s', async (_name, r) => {
    const tokens = r.tokens ? await r.tokens() : token;
    const results: Record<string, string> = {};
    for (const role of ROLES) results[role] = await outcome(role, r, tokens);
    expect(results).toEqual(Object.fromEntries(ROLES.map((role) => [role, r.allowed.includes(role) ? 'allowed' : 'denied'])));
  });

  it('covers every mutation of the schema', async () => {
    const schema = await t.gql('{ __schema { mutationType { fields { name } } } }', {});
    const names: string[] = schema.data!.__schema.mutationType.fields.map((f: { name: string }) => f.name).sort();
    expect([...new Set(mutations.map((r) => r.mutation))].sort()).toEqual(names);
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
