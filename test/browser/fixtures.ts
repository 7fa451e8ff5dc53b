import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { SmtpSink } from '../../libs/testing/src/smtp-sink';
import { createDatabase, dropDatabase, withDatabase } from '../../libs/testing/src/test-database';
import { freePort } from '../../libs/testing/src/free-port';

const ROOT = join(__dirname, '..', '..');
export const ADMIN_EMAIL = 'admin@browser.test';
export const SCREENSHOTS = join(ROOT, 'var', 'browser', 'screenshots');

export interface GraphqlAnswer<T> {
  data?: T;
  errors?: { message: string; extensions: Record<string, unknown> }[];
}

export interface Site {
  baseUrl: string;
  mail: SmtpSink;
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphqlAnswer<T>>;
  /** Signs a member in through the e-mailed link, as the app would, and returns the access token. */
  tokenFor(email: string, name: string): Promise<string>;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited ${code}: ${stderr}`))));
  });
}

async function waitForHealth(baseUrl: string, app: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (app.exitCode !== null) throw new Error(`the app exited with ${app.exitCode}: ${output()}`);
    try {
      const res = await fetch(`${baseUrl}/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the app did not answer /health within 30 s: ${output()}`);
}

/** The sign-in token in the e-mailed link (`…/sign-in#token=…`). */
export function signInLink(text: string): string {
  const link = /(https?:\/\/\S+\/sign-in#token=[\w-]+)/.exec(text)?.[1];
  if (!link) throw new Error(`no sign-in link in: ${text}`);
  return link;
}

/**
 * One app per worker: a fresh database on the run's server, `npm run seed`'s data, the built
 * api (dist/) with its worker, and a real SMTP sink for the mail it sends.
 */
export const test = base.extend<{ signedIn: (context: BrowserContext, token: string) => Promise<void> }, { site: Site }>({
  site: [
    async ({}, use) => {
      const serverUrl = process.env.BROWSER_TEST_DATABASE_SERVER;
      if (!serverUrl) throw new Error('BROWSER_TEST_DATABASE_SERVER is not set: run through playwright.config.ts');
      const name = `meetups_browser_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
      await createDatabase(serverUrl, name);
      const mail = await new SmtpSink().start();
      const port = await freePort();
      const baseUrl = `http://127.0.0.1:${port}`;
      const varDir = join(ROOT, 'var', 'browser', name);
      mkdirSync(varDir, { recursive: true });
      const env: NodeJS.ProcessEnv = {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        DATABASE_URL: withDatabase(serverUrl, name),
        SMTP_URL: mail.url,
        PORT: String(port),
        PUBLIC_URL: baseUrl,
        ADMIN_EMAILS: ADMIN_EMAIL,
        JWT_SECRET: 'browser-tests-secret-browser-tests-secret',
        VAR_DIR: varDir,
        LOG_LEVEL: 'warn',
        SIGN_IN_LIMIT_PER_ADDRESS: '100',
        SIGN_IN_LIMIT_PER_CLIENT: '1000',
        MUTATION_LIMIT_PER_MINUTE: '1000',
      };
      await run(process.execPath, ['dist/apps/cli/apps/cli/src/main.js', 'seed'], env);
      const app = spawn(process.execPath, ['dist/apps/api/apps/api/src/main.js'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      app.stdout!.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
      app.stderr!.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
      await waitForHealth(baseUrl, app, () => output);

      const gql = async <T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GraphqlAnswer<T>> => {
        const res = await fetch(`${baseUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ query, variables }),
        });
        return (await res.json()) as GraphqlAnswer<T>;
      };
      const tokenFor: Site['tokenFor'] = async (email, memberName) => {
        const before = mail.to(email).length;
        await gql('mutation($e: String!, $n: String) { requestSignIn(email: $e, name: $n) }', { e: email, n: memberName });
        const messages = await mail.waitFor(email, before + 1);
        const link = signInLink(messages[messages.length - 1].parsed.text ?? '');
        const token = new URL(link).hash.replace('#token=', '');
        const answer = await gql<{ signIn: { accessToken: string } }>('mutation($t: String!) { signIn(token: $t) { accessToken } }', { t: token });
        if (!answer.data) throw new Error(`signIn failed: ${JSON.stringify(answer.errors)}`);
        return answer.data.signIn.accessToken;
      };

      await use({ baseUrl, mail, gql, tokenFor });

      app.kill('SIGTERM');
      await new Promise((resolve) => app.once('exit', resolve));
      await mail.stop();
      await dropDatabase(serverUrl, name).catch(() => undefined);
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  baseURL: async ({ site }, use) => {
    await use(site.baseUrl);
  },
  signedIn: async ({}, use) => {
    await use(async (context, token) => {
      await context.addInitScript((value) => window.localStorage.setItem('accessToken', value), token);
    });
  },
});

export { expect };

/** axe-core in the page: no serious or critical violation (WCAG 2 A/AA and best practice). */
export async function expectAccessible(page: Page): Promise<void> {
  await page.addScriptTag({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
  const violations = await page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: {
          run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help} — ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      );
  });
  expect(violations, violations.join('\n')).toEqual([]);
}

/** The Saturday at least `days` days from now, as YYYY-MM-DD. */
export function saturdayInDays(days: number): string {
  const day = new Date(Date.now() + days * 86_400_000);
  day.setUTCDate(day.getUTCDate() + ((6 - day.getUTCDay() + 7) % 7));
  return day.toISOString().slice(0, 10);
}
