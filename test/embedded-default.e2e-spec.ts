import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * `npm start` on a fresh machine: the built app with no DATABASE_URL starts its embedded
 * PostgreSQL under ./var, migrates, and answers; it survives being killed with SIGKILL and
 * shuts down in order on SIGTERM.
 */
jest.setTimeout(120_000);

const MAIN = join(__dirname, '..', 'dist', 'apps', 'api', 'apps', 'api', 'src', 'main.js');

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

async function waitForHealth(port: number, started: Started, timeoutMs = 60_000): Promise<void> {
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
  const cwd = mkdtempSync(join(tmpdir(), 'meetups-embedded-'));
  // Like a checkout: readable by others, so the `postgres` OS user (we run as root) reaches ./var.
  chmodSync(cwd, 0o755);
  let env: Record<string, string>;

  beforeAll(async () => {
    if (!existsSync(MAIN)) throw new Error(`build first: ${MAIN} is missing (npm test builds it)`);
    env = { PORT: String(await freePort()), EMBEDDED_POSTGRES_PORT: String(await freePort()), LOG_LEVEL: 'info' };
  });

  afterAll(() => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    // If a step failed and left a server running, stop it before removing its files.
    const pidFile = join(cwd, 'var', 'postgres', 'postmaster.pid');
    if (existsSync(pidFile)) {
      try {
        process.kill(Number(readFileSync(pidFile, 'utf8').split('\n')[0]), 'SIGKILL');
      } catch {
        // already gone
      }
    }
    rmSync(cwd, { recursive: true, force: true });
  });

  it('starts, answers /health and /graphql, recovers from SIGKILL, and stops on SIGTERM', async () => {
    const first = start(cwd, env);
    await waitForHealth(Number(env.PORT), first);
    const answer = await fetch(`http://127.0.0.1:${env.PORT}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { id } organizations { id } }' }),
    });
    expect(await answer.json()).toEqual({ data: { me: null, organizations: [] } });
    expect(existsSync(join(cwd, 'var', 'postgres', 'PG_VERSION'))).toBe(true);
    expect(first.output()).toContain('migrations applied');
    expect(first.output()).toContain(`mail is captured locally as .eml files in ${join(cwd, 'var', 'mail')}`);

    // Killed without a chance to stop its database: the server is orphaned.
    first.child.kill('SIGKILL');
    await first.exited;
    const second = start(cwd, env);
    await waitForHealth(Number(env.PORT), second);
    expect(second.output()).toContain('left running by a process that was killed');
    expect(second.output()).toContain('database schema is up to date');

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

  it('stops at start with one line naming a bad variable', async () => {
    const bad = start(cwd, { ...env, PORT: 'eighty' });
    expect(await bad.exited).toBe(1);
    expect(bad.output().trim()).toBe('Invalid configuration: PORT must be an integer from 0 to 65535 (got "eighty")');
  });
});
