import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** The built entry points (`npm run build`); `npm run test:faults` builds them when needed. */
const DIST = join(__dirname, '..', '..', 'dist', 'apps');
export const API_MAIN = join(DIST, 'api', 'apps', 'api', 'src', 'main.js');
export const WORKER_MAIN = join(DIST, 'worker', 'apps', 'worker', 'src', 'main.js');
export const CLI_MAIN = join(DIST, 'cli', 'apps', 'cli', 'src', 'main.js');
export const SECRET = 'fault-tests-secret-fault-tests-secret-0123456789';

export interface StartedProcess {
  child: ChildProcess;
  output: () => string;
  /** Resolves with the exit code (or the signal) when the process ends. */
  exited: Promise<number | string>;
}

const started: StartedProcess[] = [];

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A built entry point in its own process, with only the environment given (and PATH, HOME, JWT_SECRET). */
export function startProcess(main: string, cwd: string, env: Record<string, string>, args: string[] = []): StartedProcess {
  let output = '';
  const child = spawn(process.execPath, [main, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: cwd, JWT_SECRET: SECRET, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')));
  const process_ = { child, output: () => output, exited };
  started.push(process_);
  return process_;
}

export function isRunning(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

/** Every process started here that still runs gets SIGKILL; for afterAll, whatever happened. */
export async function killAll(): Promise<void> {
  const running = started.filter((p) => isRunning(p.child));
  for (const p of running) p.child.kill('SIGKILL');
  await Promise.all(running.map((p) => p.exited));
}

/** Polls `probe` until it gives a value (errors count as "not yet"), or fails after `timeoutMs`. */
export async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000, everyMs = 200): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    const value = await probe().catch((error: unknown) => {
      lastError = error;
      return undefined;
    });
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${lastError ? ` (last error: ${String(lastError)})` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

export const health = (port: number) => fetch(`http://127.0.0.1:${port}/health`).then((r) => r.status);

export interface GqlAnswer {
  status: number;
  headers: Headers;
  body: { data?: any; errors?: { message: string; extensions: { code: string } }[] };
}

export const gql = (
  port: number,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
  headers: Record<string, string> = {},
): Promise<GqlAnswer> =>
  fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify({ query, variables }),
  }).then(async (r) => ({ status: r.status, headers: r.headers, body: (await r.json()) as GqlAnswer['body'] }));
