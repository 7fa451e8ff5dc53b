import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { TestApp, startTestApp } from './support/test-app';

/**
 * Logs that mean something: a refused request (the caller's mistake) is logged at info or warn
 * without a stack, whatever its code and whichever way it was refused; error level, with the
 * stack, is for what is broken on our side.
 */
interface LogLine {
  level: number;
  msg?: string;
  code?: string;
  context?: string;
  stack?: string;
  err?: { stack?: string };
  [key: string]: unknown;
}

const ERROR = 50;
const STACK = /\n\s+at \S/;

describe('logs', () => {
  let t: TestApp;
  const lines: LogLine[] = [];
  let member: string;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp({
      env: { LOG_LEVEL: 'info', SIGN_IN_LIMIT_PER_ADDRESS: '1' },
      logDestination: { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) },
    });
    [{ token: member }] = await t.createMembers(1, 'log-member');
    [{ token: admin }] = await t.createMembers(1, 'log-admin', 'ADMIN');
  });
  afterAll(() => t.close());

  /** The lines written while `act` ran. */
  async function logged(act: () => Promise<unknown>): Promise<LogLine[]> {
    const from = lines.length;
    await act();
    await new Promise((resolve) => setImmediate(resolve));
    return lines.slice(from);
  }

  const hasStack = (line: LogLine) => Boolean(line.stack || line.err?.stack || STACK.test(JSON.stringify(line).replace(/\\n/g, '\n')));

  const refusals: [string, string, () => Promise<{ errors?: { extensions: { code: string } }[] }>][] = [
    [
      'BAD_USER_INPUT',
      'a NUL character (refused before any resolver)',
      () => t.gql('query($s: String) { organizations(search: $s) { id } }', { s: 'a\u0000' }),
    ],
    ['BAD_USER_INPUT', 'a syntax error', () => t.gql('{ me { id ')],
    ['BAD_USER_INPUT', 'a variable of the wrong type', () => t.gql('query($f: Int!) { issues(first: $f) { edges { node { id } } } }', { f: 2 ** 31 })],
    [
      'BAD_USER_INPUT',
      'a service refusing a field',
      () => t.gql('mutation { submitIssue(input: { title: "", description: "x", kind: PROPOSAL }) { id } }', {}, member),
    ],
    ['UNAUTHENTICATED', 'a bad sign-in token', () => t.gql('mutation { signIn(token: "not-a-token") { accessToken } }')],
    ['UNAUTHENTICATED', 'a malformed Authorization header', () => t.gql('{ me { id } }', {}, 'garbage.token.here')],
    [
      'FORBIDDEN',
      'a member asking for an organizer action',
      () => t.gql('mutation { createOrganization(input: { name: "Sở", kind: STARTUP }) { id } }', {}, member),
    ],
    ['NOT_FOUND', 'an unknown id', () => t.gql('mutation($id: ID!) { supportIssue(id: $id) { id } }', { id: randomUUID() }, member)],
    [
      'CONFLICT',
      'a state that forbids the change',
      async () => {
        const issue = await t.gql('mutation { submitIssue(input: { title: "Vướng mắc", description: "x", kind: OBSTACLE }) { id } }', {}, admin);
        const id = issue.data!.submitIssue.id;
        return t.gql('mutation($id: ID!) { setIssueStatus(id: $id, status: RESOLVED) { id } }', { id }, admin);
      },
    ],
    [
      'TOO_MANY_REQUESTS',
      'a rate limit',
      async () => {
        await t.gql('mutation { requestSignIn(email: "limited@example.org") }');
        return t.gql('mutation { requestSignIn(email: "limited@example.org") }');
      },
    ],
  ];

  it.each(refusals)('%s (%s) is logged at info without a stack, and never at error level', async (code, _how, act) => {
    let answer: Awaited<ReturnType<(typeof refusals)[number][2]>> | undefined;
    const written = await logged(async () => {
      answer = await act();
    });
    expect(answer!.errors?.map((e) => e.extensions.code)).toContain(code);
    expect(written.filter((line) => line.level >= ERROR)).toEqual([]);
    expect(written.filter(hasStack)).toEqual([]);
    const line = written.find((l) => l.code === code);
    expect(line).toMatchObject({ level: 30, context: 'GraphQL', code });
  });

  it('refusals over plain HTTP are not logged at error level either', async () => {
    const http = t.app.getHttpServer();
    const written = await logged(async () => {
      expect((await request(http).get(`/meetups/${randomUUID()}/attendees.csv`)).status).toBe(401);
      expect((await request(http).get(`/meetups/${randomUUID()}/attendees.csv`).set('authorization', `Bearer ${member}`)).status).toBeGreaterThanOrEqual(403);
      expect((await request(http).get('/meetups/not-an-id/minutes.md')).status).toBeLessThan(500);
      expect((await request(http).get('/calendar/series/%FF.ics')).status).toBe(400);
      expect((await request(http).get('/unsubscribe/%00')).status).toBe(404);
    });
    expect(written.filter((line) => line.level >= ERROR)).toEqual([]);
    expect(written.filter(hasStack)).toEqual([]);
  });

  it('what is broken on our side is logged at error level with its stack, and answered without details', async () => {
    // A real failure, not a test-only resolver: the table the query reads is gone for a moment.
    await t.dataSource.query('ALTER TABLE organizations RENAME TO organizations_away');
    let answer: Awaited<ReturnType<TestApp['gql']>> | undefined;
    const written = await logged(async () => {
      answer = await t.gql('{ organizations { id } }', {}, member);
    }).finally(() => t.dataSource.query('ALTER TABLE organizations_away RENAME TO organizations'));
    expect(answer!.errors).toEqual([expect.objectContaining({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } })]);
    // Once with its stack (and the failed statement from the database layer); not once more by
    // Nest's default handler.
    const errors = written.filter((line) => line.level >= ERROR);
    expect(errors.map((line) => line.context)).toEqual(['Database', 'GraphQL']);
    const graphql = errors.find((line) => line.context === 'GraphQL')!;
    expect(hasStack(graphql)).toBe(true);
    expect(graphql.msg).toContain('relation "organizations" does not exist');
    // Over plain HTTP the same failure is Nest's default: a 500 without details, logged with its stack.
    await t.dataSource.query('ALTER TABLE minutes RENAME TO minutes_away');
    let status = 0;
    const httpWritten = await logged(async () => {
      const res = await request(t.app.getHttpServer()).get(`/meetups/${randomUUID()}/minutes.md`);
      status = res.status;
      expect(JSON.stringify(res.body)).not.toMatch(/minutes_away|does not exist|\bat /);
    }).finally(() => t.dataSource.query('ALTER TABLE minutes_away RENAME TO minutes'));
    expect(status).toBe(500);
    expect(httpWritten.filter((line) => line.level >= ERROR && hasStack(line))).not.toEqual([]);
    // And once the tables are back, so are the answers.
    expect((await t.gql('{ organizations { id } }', {}, member)).errors).toBeUndefined();
  });
});
