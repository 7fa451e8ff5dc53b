import fc from 'fast-check';
import request from 'supertest';
import { TestApp, startTestApp } from './support/test-app';

/**
 * Generated hostile input against every mutation: long, empty and control-character strings,
 * emoji and Vietnamese, numbers out of range, bad dates and zones, unknown and malformed ids.
 * Every answer must be a structured error with a public code or a valid result — never a 500 or
 * an internal error — and a refused call must change no row.
 */
const PUBLIC_CODES = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT', 'TOO_MANY_REQUESTS'];

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'a\u0007b',
    '\r\n',
    '🚀🇻🇳',
    'Thủ tục đăng ký',
    'ĐĂNG KÝ',
    "'; DROP TABLE members; --",
    '<script>alert(1)</script>',
    '%_\\',
  ),
  fc.string({ minLength: 200, maxLength: 400 }),
  fc.constant('x'.repeat(25_000)),
);
const int = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.constantFrom(0, -1, 21, 101, 1441, 2 ** 31 - 1, -(2 ** 31)));
const date = fc.constantFrom('2026-02-30', '2026-13-01', '26-1-1', '', '2026-11-28', '0000-00-00', '2026-11-28T08:00');
const instant = fc.constantFrom('2026-11-28T01:00:00Z', 'not-a-date', '', '2026-11-28', '9999-12-31T23:59:59Z');
const zone = fc.constantFrom('Asia/Ho_Chi_Minh', 'Mars/Olympus', '', 'UTC', '../../etc/passwd');
const rrule = fc.constantFrom('FREQ=WEEKLY;BYDAY=SA', 'FREQ=SECONDLY', 'FREQ=WEEKLY;INTERVAL=abc', 'garbage', '', 'FREQ=MONTHLY;BYMONTHDAY=31');

const TABLES = [
  'members',
  'standing_rsvps',
  'outbox',
  'unsubscribe_tokens',
  'organizations',
  'meetup_series',
  'meetups',
  'agenda_items',
  'rsvps',
  'issues',
  'issue_comments',
  'issue_supports',
  'assignments',
  'minutes',
  'attendances',
];

describe('hostile input', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  let organizer: string;

  beforeAll(async () => {
    t = await startTestApp({ env: { MUTATION_LIMIT_PER_MINUTE: '100000', SIGN_IN_LIMIT_PER_ADDRESS: '100000', SIGN_IN_LIMIT_PER_CLIENT: '100000' } });
    const [admin] = await t.createMembers(1, 'admin', 'ADMIN');
    organizer = admin.token;
    ids.org = (
      await t.gql('mutation { createOrganization(input: { name: "Sở KH&CN", kind: GOVERNMENT_AGENCY }) { id } }', {}, organizer)
    ).data!.createOrganization.id;
    ids.series = (
      await t.gql('mutation { createMeetupSeries(input: { title: "Thứ Bảy", startsOn: "2026-11-01", capacity: 10 }) { id } }', {}, organizer)
    ).data!.createMeetupSeries.id;
    ids.meetup = (
      await t.gql('query($s: ID!) { meetups(filter: { seriesId: $s }, first: 1) { edges { node { id } } } }', { s: ids.series })
    ).data!.meetups.edges[0].node.id;
    ids.issue = (
      await t.gql('mutation { submitIssue(input: { title: "Vướng mắc", description: "x", kind: OBSTACLE }) { id } }', {}, organizer)
    ).data!.submitIssue.id;
    ids.assignment = (
      await t.gql(
        'mutation($o: ID!) { createAssignment(input: { title: "Việc", leadOrganizationId: $o, dueOn: "2027-01-01" }) { id } }',
        { o: ids.org },
        organizer,
      )
    ).data!.createAssignment.id;
  });
  afterAll(() => t.close());

  const id = (known: () => string) =>
    fc.oneof(
      fc.constant(null).map(() => known()),
      fc.constantFrom('00000000-0000-4000-8000-000000000000', 'abc', '', "1' OR '1'='1"),
    );

  async function fingerprint(): Promise<string> {
    const parts = await Promise.all(
      TABLES.map(async (table) =>
        JSON.stringify(
          await t.dataSource.query(`SELECT count(*)::int AS n, md5(coalesce(string_agg(x::text, ',' ORDER BY x::text), '')) AS h FROM ${table} x`),
        ),
      ),
    );
    return parts.join('|');
  }

  const cases: [string, string, fc.Arbitrary<Record<string, unknown>>][] = [
    [
      'submitIssue',
      'mutation($t: String!, $d: String!, $topics: [String!]) { submitIssue(input: { title: $t, description: $d, kind: PROPOSAL, topics: $topics }) { id } }',
      fc.record({ t: text, d: text, topics: fc.array(text, { maxLength: 12 }) }),
    ],
    ['updateIssue', 'mutation($id: ID!, $t: String) { updateIssue(id: $id, input: { title: $t }) { id } }', fc.record({ id: id(() => ids.issue), t: text })],
    [
      'createOrganization',
      'mutation($n: String!, $s: String, $w: String) { createOrganization(input: { name: $n, shortName: $s, kind: STARTUP, website: $w }) { id } }',
      fc.record({ n: text, s: text, w: text }),
    ],
    [
      'updateProfile',
      'mutation($n: String, $o: ID) { updateProfile(input: { name: $n, organizationId: $o }) { id } }',
      fc.record({ n: text, o: id(() => ids.org) }),
    ],
    [
      'createMeetupSeries',
      'mutation($t: String!, $s: Date!, $e: Date, $tz: String!, $r: String!, $d: Int!, $c: Int, $st: String!) { createMeetupSeries(input: { title: $t, startsOn: $s, endsOn: $e, timezone: $tz, recurrence: $r, durationMinutes: $d, capacity: $c, startTime: $st }) { id } }',
      fc.record({ t: text, s: date, e: fc.option(date), tz: zone, r: rrule, d: int, c: fc.option(int), st: fc.constantFrom('08:00', '25:00', '8am', '') }),
    ],
    [
      'updateMeetup',
      'mutation($id: ID!, $s: DateTime, $c: Int, $v: String) { updateMeetup(id: $id, input: { startsAt: $s, capacity: $c, venue: $v }) { id } }',
      fc.record({ id: id(() => ids.meetup), s: fc.option(instant), c: fc.option(int), v: fc.option(text) }),
    ],
    ['rsvp', 'mutation($m: ID!, $g: Int) { rsvp(meetupId: $m, response: GOING, guests: $g) { id } }', fc.record({ m: id(() => ids.meetup), g: int })],
    [
      'addAgendaItem',
      'mutation($m: ID!, $t: String!, $p: Int, $d: Int) { addAgendaItem(meetupId: $m, input: { title: $t, position: $p, durationMinutes: $d }) { id } }',
      fc.record({ m: id(() => ids.meetup), t: text, p: fc.option(int), d: fc.option(int) }),
    ],
    ['addIssueComment', 'mutation($i: ID!, $b: String!) { addIssueComment(issueId: $i, body: $b) { id } }', fc.record({ i: id(() => ids.issue), b: text })],
    [
      'createAssignment',
      'mutation($t: String!, $o: ID!, $d: Date!, $deps: [ID!]) { createAssignment(input: { title: $t, leadOrganizationId: $o, dueOn: $d, dependsOnIds: $deps }) { id } }',
      fc.record({
        t: text,
        o: id(() => ids.org),
        d: date,
        deps: fc.array(
          id(() => ids.assignment),
          { maxLength: 3 },
        ),
      }),
    ],
    [
      'reportAssignmentProgress',
      'mutation($id: ID!, $n: String, $p: Int) { reportAssignmentProgress(id: $id, input: { note: $n, progressPercent: $p }) { id } }',
      fc.record({ id: id(() => ids.assignment), n: fc.option(text), p: fc.option(int) }),
    ],
    [
      'saveMinutes',
      'mutation($m: ID!, $s: String, $d: String!, $a: [ID!]) { saveMinutes(meetupId: $m, input: { summary: $s, decisions: [{ text: $d }], attendeeIds: $a }) { id } }',
      fc.record({
        m: id(() => ids.meetup),
        s: fc.option(text),
        d: text,
        a: fc.array(
          id(() => ids.issue),
          { maxLength: 2 },
        ),
      }),
    ],
    [
      'requestSignIn',
      'mutation($e: String!, $n: String) { requestSignIn(email: $e, name: $n) }',
      fc.record({ e: fc.oneof(text, fc.emailAddress()), n: fc.option(text) }),
    ],
    // Never the admin's own address, so the account the other cases use survives.
    ['deleteMyAccount', 'mutation($e: String!) { deleteMyAccount(confirmEmail: $e) }', fc.record({ e: fc.oneof(text, fc.emailAddress()) })],
  ];

  it.each(cases)('%s answers structured errors or valid results, and a refusal changes nothing', async (_name, query, variables) => {
    await fc.assert(
      fc.asyncProperty(variables, async (vars) => {
        const before = await fingerprint();
        const result = await t.gql(query, vars, organizer);
        expect(result.status).toBeLessThan(500);
        if (result.errors) {
          for (const error of result.errors) expect(PUBLIC_CODES).toContain(error.extensions.code);
          expect(JSON.stringify(result.errors)).not.toMatch(/\bat .+\.(js|ts):\d+/);
          expect(await fingerprint()).toBe(before);
        } else {
          expect(result.data).not.toBeNull();
        }
      }),
      { numRuns: 25, seed: 20200215 },
    );
  });

  describe('strings PostgreSQL refuses, checked at the boundary', () => {
    const searches: [string, string, Record<string, unknown>][] = [
      ['issues(filter: {search})', 'query($s: String) { issues(filter: { search: $s }) { edges { node { id } } } }', {}],
      ['members(search)', 'query($s: String) { members(search: $s) { id } }', {}],
      ['organizations(search)', 'query($s: String) { organizations(search: $s) { id } }', {}],
      ['similarIssues(title)', 'query($s: String!) { similarIssues(title: $s) { id } }', {}],
    ];
    const bad: [string, string, RegExp][] = [
      ['a NUL character', 'a\u0000b', /NUL character/],
      ['a lone high surrogate', 'a\uD800b', /surrogate/],
      ['a lone low surrogate', '\uDC00', /surrogate/],
    ];

    it.each(searches.flatMap(([name, query]) => bad.map(([what, value, message]) => [name, what, query, value, message] as const)))(
      '%s with %s answers BAD_USER_INPUT naming the argument',
      async (_name, _what, query, value, message) => {
        const result = await t.gql(query, { s: value }, organizer);
        expect(result.status).toBe(400);
        expect(result.data).toBeNull();
        expect(result.errors).toHaveLength(1);
        expect(result.errors![0].extensions.code).toBe('BAD_USER_INPUT');
        expect(result.errors![0].extensions.field).toMatch(/^(search|title)$/);
        expect(result.errors![0].message).toMatch(message);
      },
    );

    it('checks string literals in the document and strings deep in input objects and lists', async () => {
      const literal = await t.gql('{ issues(filter: { search: "a\\u0000b" }) { edges { node { id } } } }', {}, organizer);
      expect(literal.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'search' });
      const nested = await t.gql(
        'mutation($i: SubmitIssueInput!) { submitIssue(input: $i) { id } }',
        { i: { title: 'Ổn', description: 'ok', kind: 'PROPOSAL', topics: ['a', 'b\u0000'] } },
        organizer,
      );
      expect(nested.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'topics' });
      const listed = await t.gql('mutation($m: ID!, $a: ID!) { reorderAgenda(meetupId: $m, itemIds: [$a]) { id } }', { m: ids.meetup, a: '\uDFFF' }, organizer);
      expect(listed.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'itemIds' });
    });

    it('keeps text that is merely unusual: tabs, emoji, surrogate pairs, Vietnamese', async () => {
      const result = await t.gql('query($s: String) { issues(filter: { search: $s }) { edges { node { id } } } }', { s: 'Thủ tục\t🚀🇻🇳' }, organizer);
      expect(result.errors).toBeUndefined();
    });

    it.each([['%00'], ['a%00b'], ['%ED%A0%80'], ['%FF'], ['%C0%80'], ['%uD800'], ['x'.repeat(5000)]])(
      'the REST routes answer %s without a 500',
      async (raw) => {
        const http = t.app.getHttpServer();
        const routes = [
          `/calendar/series/${raw}.ics`,
          `/calendar/meetups/${raw}.ics`,
          `/calendar/members/${raw}.ics`,
          `/calendar/organizations/${raw}.ics`,
          `/unsubscribe/${raw}`,
          `/rsvp-links/${raw}`,
          `/meetups/${raw}/minutes.md`,
          `/meetups/${raw}/minutes.html`,
          `/meetups/${ids.meetup}/minutes.md?lang=${raw}`,
          `/meetups/${raw}/attendees.csv`,
        ];
        for (const route of routes) {
          const got = await request(http).get(route).set('authorization', `Bearer ${organizer}`);
          expect({ route, status: got.status }).toEqual({ route, status: expect.any(Number) });
          expect([route, got.status < 500]).toEqual([route, true]);
        }
        for (const route of [`/unsubscribe/${raw}`, `/rsvp-links/${raw}`]) {
          const got = await request(http).post(route);
          expect([route, got.status < 500]).toEqual([route, true]);
        }
      },
    );
  });
});
