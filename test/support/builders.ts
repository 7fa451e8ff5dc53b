import type { TestApp } from './test-app';

/**
 * Test data through the public API, with defaults a test overrides only where it matters: a test
 * states what it is about, not how a series or an issue is made. Each builder fails loudly when
 * the API refuses (the message names the builder and the errors), so a broken fixture is never
 * mistaken for the behaviour under test.
 */

export interface Who {
  token: string;
  memberId: string;
}

async function ok<T>(t: TestApp, builder: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const result = await t.gql(query, variables, token);
  if (result.errors || !result.data) throw new Error(`${builder}: ${JSON.stringify(result.errors ?? result)}`);
  return result.data as T;
}

/** Members made straight in the database with real access tokens, by role. */
export async function members(t: TestApp, count: number, prefix: string, role: 'MEMBER' | 'ORGANIZER' | 'ADMIN' = 'MEMBER'): Promise<Who[]> {
  return t.createMembers(count, prefix, role);
}

export async function organizer(t: TestApp, prefix = 'organizer'): Promise<Who> {
  const [who] = await t.createMembers(1, prefix, 'ORGANIZER');
  return who;
}

export interface SeriesOverrides {
  title?: string;
  startsOn?: string;
  capacity?: number | null;
  venue?: string;
  visibility?: 'PUBLIC' | 'MEMBERS';
  reminderMinutesBefore?: number[];
  registrationQuestions?: string[];
  guestLimit?: number;
  rsvpCutoffMinutes?: number;
  [field: string]: unknown;
}

/** A weekly Saturday series (its dates are generated at once) and the ids of its first dates, soonest first. */
export async function series(t: TestApp, by: Who, overrides: SeriesOverrides = {}, dates = 6): Promise<{ seriesId: string; meetupIds: string[] }> {
  const input = { title: 'Gặp mặt thứ Bảy', startsOn: '2026-11-01', ...overrides };
  const created = await ok<{ createMeetupSeries: { id: string } }>(
    t,
    'series',
    'mutation($input: CreateMeetupSeriesInput!) { createMeetupSeries(input: $input) { id } }',
    { input },
    by.token,
  );
  const seriesId = created.createMeetupSeries.id;
  return { seriesId, meetupIds: await meetupsOf(t, seriesId, dates) };
}

/** The first `count` dates of a series, soonest first. */
export async function meetupsOf(t: TestApp, seriesId: string, count = 6): Promise<string[]> {
  const page = await ok<{ meetups: { edges: { node: { id: string } }[] } }>(
    t,
    'meetupsOf',
    'query($s: ID!, $n: Int!) { meetups(filter: { seriesId: $s }, first: $n) { edges { node { id } } } }',
    { s: seriesId, n: count },
  );
  return page.meetups.edges.map((e) => e.node.id);
}

export interface IssueOverrides {
  title?: string;
  description?: string;
  kind?: 'OBSTACLE' | 'PROPOSAL' | 'RECOMMENDATION' | 'QUESTION';
  topics?: string[];
  addressedToOrganizationId?: string;
}

/** An issue raised by `by`. */
export async function issue(t: TestApp, by: Who, overrides: IssueOverrides = {}): Promise<string> {
  const input = { title: 'Thủ tục hỗ trợ kinh phí quá dài', description: 'Gần một năm từ khi nộp hồ sơ.', kind: 'OBSTACLE', ...overrides };
  const data = await ok<{ submitIssue: { id: string } }>(
    t,
    'issue',
    'mutation($input: SubmitIssueInput!) { submitIssue(input: $input) { id } }',
    { input },
    by.token,
  );
  return data.submitIssue.id;
}

/** Puts an issue on a date's agenda (ON_AGENDA). */
export async function schedule(t: TestApp, by: Who, issueId: string, meetupId: string): Promise<string> {
  const data = await ok<{ scheduleIssue: { id: string } }>(
    t,
    'schedule',
    'mutation($i: ID!, $m: ID!) { scheduleIssue(issueId: $i, meetupId: $m) { id } }',
    { i: issueId, m: meetupId },
    by.token,
  );
  return data.scheduleIssue.id;
}

/** An organisation, made by an organizer. */
export async function organization(t: TestApp, by: Who, overrides: { name?: string; shortName?: string; kind?: string } = {}): Promise<string> {
  const input = { name: `Tổ chức ${Math.random().toString(36).slice(2, 8)}`, kind: 'GOVERNMENT_AGENCY', ...overrides };
  const data = await ok<{ createOrganization: { id: string } }>(
    t,
    'organization',
    'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }',
    { i: input },
    by.token,
  );
  return data.createOrganization.id;
}

/**
 * Makes a member speak for an organisation: a CONFIRMED affiliation by default (straight in the
 * database: requests and confirmations have their own tests), or a PENDING request.
 */
export async function affiliate(
  t: { dataSource: TestApp['dataSource'] },
  who: Pick<Who, 'memberId'>,
  organizationId: string,
  options: { status?: 'PENDING' | 'CONFIRMED'; role?: 'MEMBER' | 'ADMIN' } = {},
): Promise<void> {
  const status = options.status ?? 'CONFIRMED';
  await t.dataSource.query(
    `INSERT INTO affiliations (member_id, organization_id, status, role, requested_at, confirmed_at)
     VALUES ($1, $2, $3, $4, now(), CASE WHEN $3 = 'CONFIRMED' THEN now() END)
     ON CONFLICT (member_id) DO UPDATE SET organization_id = EXCLUDED.organization_id, status = EXCLUDED.status, role = EXCLUDED.role,
       requested_at = EXCLUDED.requested_at, confirmed_at = EXCLUDED.confirmed_at`,
    [who.memberId, organizationId, status, options.role ?? 'MEMBER'],
  );
}

/** Minutes of a date with decisions (each linked to the issues given), saved and published. */
export async function publishedMinutes(
  t: TestApp,
  by: Who,
  meetupId: string,
  decisions: { text: string; issueIds?: string[] }[],
  summary = 'Trao đổi và kết luận.',
): Promise<{ decisionIds: string[] }> {
  await ok(
    t,
    'publishedMinutes (save)',
    'mutation($m: ID!, $input: MinutesInput!) { saveMinutes(meetupId: $m, input: $input) { id } }',
    { m: meetupId, input: { summary, decisions } },
    by.token,
  );
  await ok(t, 'publishedMinutes (publish)', 'mutation($m: ID!) { publishMinutes(meetupId: $m) { id } }', { m: meetupId }, by.token);
  const read = await ok<{ meetup: { minutes: { decisions: { id: string }[] } } }>(
    t,
    'publishedMinutes (read)',
    'query($m: ID!) { meetup(id: $m) { minutes { decisions { id } } } }',
    { m: meetupId },
    by.token,
  );
  return { decisionIds: read.meetup.minutes.decisions.map((d) => d.id) };
}

export interface AssignmentOverrides {
  title?: string;
  dueOn?: string;
  issueId?: string;
  decisionId?: string;
  assigneeId?: string;
  coordinatingOrganizationIds?: string[];
  dependsOnIds?: string[];
}

/** An assignment for a lead organisation, given by an organizer. */
export async function assignment(t: TestApp, by: Who, leadOrganizationId: string, overrides: AssignmentOverrides = {}): Promise<string> {
  const input = { title: 'Rà soát quy trình', dueOn: '2027-01-15', leadOrganizationId, ...overrides };
  const data = await ok<{ createAssignment: { id: string } }>(
    t,
    'assignment',
    'mutation($input: CreateAssignmentInput!) { createAssignment(input: $input) { id } }',
    { input },
    by.token,
  );
  return data.createAssignment.id;
}

/** An answer for one date. */
export async function rsvp(t: TestApp, who: Who, meetupId: string, response: 'GOING' | 'NOT_GOING' = 'GOING', guests = 0): Promise<{ status: string }> {
  const data = await ok<{ rsvp: { status: string } }>(
    t,
    'rsvp',
    'mutation($m: ID!, $r: RsvpResponse!, $g: Int) { rsvp(meetupId: $m, response: $r, guests: $g) { status } }',
    { m: meetupId, r: response, g: guests },
    who.token,
  );
  return data.rsvp;
}
