import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCapturedMail } from '@app/mail';
import { createTestDatabase } from '@app/testing';

/**
 * `npm start` on a fresh machine: the built app with no DATABASE_URL starts its embedded
 * PostgreSQL under ./var, migrates, loads the demo data once, and answers; it survives being
 * killed with SIGKILL and shuts down in order on SIGTERM. In production there is no demo data,
 * no development mail page and no default admin.
 */
jest.setTimeout(180_000);

const ROOT = join(__dirname, '..');
const MAIN = join(ROOT, 'dist', 'apps', 'api', 'apps', 'api', 'src', 'main.js');
/** The built web app, so pages are answered from a checkout-less working directory too. */
const WEB_APP_DIR = join(ROOT, 'dist', 'web');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Every app this file started, so none outlives it (an open pipe would keep Jest running). */
const children: ChildProcess[] = [];

function start(cwd: string, env: Record<string, string>): Started {
  let output = '';
  const child = spawn(process.execPath, [MAIN], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? cwd, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function gql(port: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<any> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

/** What a start put in its database: organisations and issues anyone can see. */
async function contents(port: string): Promise<{ organizations: number; issues: number }> {
  const answer = await gql(port, '{ organizations { id } issues(first: 1) { totalCount } }');
  return { organizations: answer.data.organizations.length, issues: answer.data.issues.totalCount };
}

/** The messages of the log lines (JSON, one per line). */
function messages(output: string): string[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => String(JSON.parse(line).msg ?? ''));
}

/** A new directory like a fresh checkout's, readable by the `postgres` OS user (we run as root). */
function freshDirectory(): string {
  const dir = mkdtempSync(join(tmpdir(), 'meetups-embedded-'));
  chmodSync(dir, 0o755);
  return dir;
}

/** Stops a server a failed step left on `dir`'s data, then removes the directory. */
function removeDirectory(dir: string): void {
  const pidFile = join(dir, 'var', 'postgres', 'postmaster.pid');
  if (existsSync(pidFile)) {
    try {
      process.kill(Number(readFileSync(pidFile, 'utf8').split('\n')[0]), 'SIGKILL');
    } catch {
      // already gone
    }
  }
  rmSync(dir, { recursive: true, force: true });
}

async function waitForHealth(port: number, started: Started, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (started.child.exitCode !== null) throw new Error(`the app exited early:\n${started.output()}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/health`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no healthy answer within ${timeoutMs} ms:\n${started.output()}`);
}

describe('the embedded default (built app, no DATABASE_URL)', () => {
  const cwd = freshDirectory();
  const others: string[] = [];
  let env: Record<string, string>;

  beforeAll(async () => {
    if (!existsSync(MAIN)) throw new Error(`build first: ${MAIN} is missing (npm test builds it)`);
    env = { PORT: String(await freePort()), EMBEDDED_POSTGRES_PORT: String(await freePort()), LOG_LEVEL: 'info', WEB_APP_DIR };
  });

  afterAll(() => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    // If a step failed and left a server running, it is stopped before its files are removed.
    for (const dir of [cwd, ...others]) removeDirectory(dir);
  });

  it('starts with the demo data loaded once, answers /health and /graphql, recovers from SIGKILL, and stops on SIGTERM', async () => {
    const first = start(cwd, env);
    await waitForHealth(Number(env.PORT), first);
    const answer = await gql(env.PORT, '{ me { id } }');
    expect(answer).toEqual({ data: { me: null } });
    const loaded = await contents(env.PORT);
    expect(loaded).toEqual({ organizations: 7, issues: 12 });
    expect(existsSync(join(cwd, 'var', 'postgres', 'PG_VERSION'))).toBe(true);
    expect(first.output()).toContain('migrations applied');
    expect(first.output()).toContain(`mail is captured locally as .eml files in ${join(cwd, 'var', 'mail')}`);
    const log = messages(first.output());
    expect(log.filter((m) => m.startsWith('demo data loaded into the new database'))).toEqual([
      expect.stringMatching(/: 7 organisations, 1 meetup series, .*12 example issues, .* \(once; SEED=false skips it\)$/),
    ]);
    // The start-up log's last lines (what the worker and the requests log follows): where to go, whom to sign in as, where the mail is.
    const ready = log.findIndex((m) => m.startsWith('api listening on'));
    expect(
      log
        .slice(ready + 1)
        .filter((m) => !m.startsWith('Nest application'))
        .slice(0, 3),
    ).toEqual([
      `open http://localhost:${env.PORT}`,
      'sign in as admin@meetups.local to reach /organize (the development admin; ADMIN_EMAILS replaces it)',
      `mail is not sent out: read it at http://localhost:${env.PORT}/dev/mail (kept in ${join(cwd, 'var', 'mail')})`,
    ]);

    // Killed without a chance to stop its database: the server is orphaned.
    first.child.kill('SIGKILL');
    await first.exited;
    const second = start(cwd, env);
    await waitForHealth(Number(env.PORT), second);
    expect(second.output()).toContain('left running by a process that was killed');
    expect(second.output()).toContain('database schema is up to date');
    // A second start loads nothing twice.
    expect(second.output()).not.toContain('demo data');
    expect(await contents(env.PORT)).toEqual(loaded);

    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    expect(existsSync(join(cwd, 'var', 'postgres', 'postmaster.pid'))).toBe(false);
  });

  it('lets two processes start together on one data directory: one owns the server, the other borrows it', async () => {
    const otherPort = String(await freePort());
    const a = start(cwd, env);
    const b = start(cwd, { ...env, PORT: otherPort });
    await Promise.all([waitForHealth(Number(env.PORT), a), waitForHealth(Number(otherPort), b)]);
    const outputs = [a.output(), b.output()];
    const owns = (o: string) => /embedded PostgreSQL (created and )?started on/.test(o);
    expect(outputs.filter(owns).length).toBe(1);
    expect(outputs.filter((o) => o.includes('using the server of process')).length).toBe(1);
    const [owner, borrower] = owns(a.output()) ? [a, b] : [b, a];
    const ownerPort = owner === a ? env.PORT : otherPort;
    borrower.child.kill('SIGTERM');
    expect(await borrower.exited).toBe(0);
    expect((await fetch(`http://127.0.0.1:${ownerPort}/health`)).status).toBe(200);
    owner.child.kill('SIGTERM');
    expect(await owner.exited).toBe(0);
    expect(existsSync(join(cwd, 'var', 'postgres', 'postmaster.pid'))).toBe(false);
  });

  it('in production: no demo data, no /dev/mail, no default admin', async () => {
    const dir = freshDirectory();
    others.push(dir);
    const port = String(await freePort());
    const production = start(dir, {
      ...env,
      PORT: port,
      EMBEDDED_POSTGRES_PORT: String(await freePort()),
      NODE_ENV: 'production',
      JWT_SECRET: 'production-secret-production-secret-0123',
    });
    await waitForHealth(Number(port), production);
    const log = messages(production.output());
    expect(log).toContain('the new database is left empty (NODE_ENV=production); npm run seed loads the demo data');
    expect(await contents(port)).toEqual({ organizations: 0, issues: 0 });
    expect(log).toContain('no admin address: set ADMIN_EMAILS to the addresses that become ADMIN when they sign in');
    expect(log.join('\n')).not.toContain('/dev/mail');

    // The mail page does not exist: a browser gets the app's "page not found", a program a 404.
    const page = await fetch(`http://127.0.0.1:${port}/dev/mail`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(404);
    expect(await page.text()).not.toContain('Thư đã ghi lại');
    expect((await fetch(`http://127.0.0.1:${port}/dev/mail`)).status).toBe(404);
    const signInPage = await (await fetch(`http://127.0.0.1:${port}/sign-in`)).text();
    expect(signInPage).toContain('<div id="root">');
    expect(signInPage).not.toContain('dev-mail');

    // The development admin's address is an ordinary member here (mail is still kept under ./var/mail).
    await gql(port, 'mutation { requestSignIn(email: "admin@meetups.local", name: "Không phải quản trị") }');
    let token: string | undefined;
    for (let i = 0; i < 100 && !token; i++) {
      token = /token=([\w-]+)/.exec((await readCapturedMail(join(dir, 'var', 'mail')))[0]?.text ?? '')?.[1];
      if (!token) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const signedIn = await gql(port, 'mutation($t: String!) { signIn(token: $t) { accessToken member { role } } }', { t: token });
    expect(signedIn.data.signIn.member.role).toBe('MEMBER');

    production.child.kill('SIGTERM');
    expect(await production.exited).toBe(0);
  });

  it('leaves the new database empty with SEED=false, and never seeds a database DATABASE_URL names', async () => {
    const dir = freshDirectory();
    others.push(dir);
    const port = String(await freePort());
    const unseeded = start(dir, { ...env, PORT: port, EMBEDDED_POSTGRES_PORT: String(await freePort()), SEED: 'false' });
    await waitForHealth(Number(port), unseeded);
    expect(messages(unseeded.output())).toContain('the new database is left empty (SEED=false); npm run seed loads the demo data');
    expect(await contents(port)).toEqual({ organizations: 0, issues: 0 });
    unseeded.child.kill('SIGTERM');
    expect(await unseeded.exited).toBe(0);

    const database = await createTestDatabase();
    try {
      const external = start(dir, { ...env, PORT: port, DATABASE_URL: database.url });
      await waitForHealth(Number(port), external);
      expect(external.output()).toContain('database schema is up to date');
      expect(external.output()).not.toContain('demo data');
      expect(external.output()).not.toContain('the new database');
      expect(await contents(port)).toEqual({ organizations: 0, issues: 0 });
      external.child.kill('SIGTERM');
      expect(await external.exited).toBe(0);
    } finally {
      await database.drop();
    }
  });

  it('stops at start with one line naming a bad variable', async () => {
    const bad = start(cwd, { ...env, PORT: 'eighty' });
    expect(await bad.exited).toBe(1);
    expect(bad.output().trim()).toBe('Invalid configuration: PORT must be an integer from 0 to 65535 (got "eighty")');
  });
});
