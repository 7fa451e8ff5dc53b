import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { freePort } from '../../libs/testing/src/free-port';
import { SCREENSHOTS, expectAccessible } from './fixtures';

const ROOT = join(__dirname, '..', '..');

interface FirstRun {
  baseUrl: string;
  output: () => string;
}

/**
 * A newcomer's `npm start`: the built app with no DATABASE_URL, no SMTP_URL, no ADMIN_EMAILS and
 * no NODE_ENV, on a fresh embedded PostgreSQL of its own (under a new VAR_DIR), opened at
 * http://localhost as the start-up log says.
 */
const test = base.extend<object, { firstRun: FirstRun }>({
  firstRun: [
    async ({}, use) => {
      const varDir = mkdtempSync(join(tmpdir(), 'meetups-first-run-'));
      // The embedded server runs as the `postgres` OS user (we run as root): it must reach VAR_DIR.
      chmodSync(varDir, 0o755);
      const port = await freePort();
      const app: ChildProcess = spawn(process.execPath, ['dist/apps/api/apps/api/src/main.js'], {
        cwd: ROOT,
        env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: String(port), EMBEDDED_POSTGRES_PORT: String(await freePort()), VAR_DIR: varDir },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      app.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      app.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const baseUrl = `http://localhost:${port}`;
      const deadline = Date.now() + 90_000;
      for (;;) {
        if (app.exitCode !== null) throw new Error(`the app exited with ${app.exitCode}:\n${output.slice(-4000)}`);
        if (Date.now() > deadline) throw new Error(`the app did not answer /health within 90 s:\n${output.slice(-4000)}`);
        const ok = await fetch(`http://127.0.0.1:${port}/health`).then(
          (res) => res.ok,
          () => false,
        );
        if (ok) break;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      await use({ baseUrl, output: () => output });
      app.kill('SIGTERM');
      await new Promise((resolve) => app.once('exit', resolve));
      // A server left behind by a failed step would hold the directory: stop it first.
      const pidFile = join(varDir, 'postgres', 'postmaster.pid');
      if (existsSync(pidFile)) {
        try {
          process.kill(Number(readFileSync(pidFile, 'utf8').split('\n')[0]), 'SIGINT');
        } catch {
          // already gone
        }
      }
      rmSync(varDir, { recursive: true, force: true });
    },
    { scope: 'worker', timeout: 150_000 },
  ],
  baseURL: async ({ firstRun }, use) => {
    await use(firstRun.baseUrl);
  },
});

/** Whether a log line contains `text`. */
function logged(output: string, text: string): boolean {
  return output.split('\n').some((line) => line.includes(text));
}

test.describe('a newcomer’s first minutes after npm start', () => {
  test('the home page shows the next Saturday with its agenda linked to issues, and /issues the examples', async ({ page, firstRun }) => {
    expect(logged(firstRun.output(), 'demo data loaded into the new database')).toBe(true);

    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Thứ Bảy tới' })).toBeVisible();
    const agenda = page.locator('section.agenda').first();
    await expect(agenda.getByRole('heading', { name: 'Chương trình' })).toBeVisible();
    const points = agenda.getByRole('link');
    await expect(points).toHaveCount(2);
    for (const point of await points.all()) {
      await expect(point).toHaveAttribute('href', /^\/issues\/[0-9a-f-]{36}$/);
      await expect(point).toHaveText(/\(ví dụ\)$/);
    }
    await expect(agenda.getByText('Đã đưa vào chương trình')).toHaveCount(2);
    await page.waitForLoadState('networkidle');
    await expectAccessible(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'first-run-home-phone.png'), fullPage: true });

    // An agenda point opens its issue, with supports, comments and its timeline.
    await points.first().click();
    await expect(page.getByRole('heading', { name: 'Quá trình xử lý' })).toBeVisible();
    await expect(page.getByText(/\d+ lượt ủng hộ/).first()).toBeVisible();

    await page.goto('/issues');
    await expect(page.getByRole('heading', { level: 1, name: 'Vướng mắc & đề xuất' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'kết quả' })).toHaveText('12 kết quả');
    for (const title of [
      'Dự án khởi nghiệp giai đoạn đầu khó tiếp cận vốn mồi (ví dụ)',
      'Đề xuất sớm vận hành Cổng thông tin khởi nghiệp của tỉnh (ví dụ)',
      'Thủ tục thành lập doanh nghiệp cho nhóm khởi nghiệp còn mất nhiều thời gian (ví dụ)',
    ]) {
      await expect(page.getByRole('link', { name: title })).toBeVisible();
    }

    // The resolved one tells its whole story.
    await page.getByRole('link', { name: 'Bản đồ hệ sinh thái chưa có các vườn ươm và không gian làm việc chung (ví dụ)' }).click();
    await expect(page.getByRole('heading', { name: 'Quá trình xử lý' })).toBeVisible();
    for (const step of ['Được đưa vào chương trình gặp mặt', 'Đã giải quyết']) await expect(page.getByText(step, { exact: true }).first()).toBeVisible();
    await page.screenshot({ path: join(SCREENSHOTS, 'first-run-resolved-issue-phone.png'), fullPage: true });
  });

  test('signs in as the development admin through /dev/mail and reaches /organize', async ({ browser, firstRun }) => {
    // The start-up log ends (before the requests' access lines) with where to go, whom to sign in as, where mail is.
    const log = firstRun.output().split('\n');
    const last = log.findIndex((line) => line.includes('mail is not sent out'));
    const lines = log.slice(last - 2, last + 1).map((line) => JSON.parse(line).msg);
    expect(lines).toEqual([
      `open ${firstRun.baseUrl}`,
      'sign in as admin@meetups.local to reach /organize (the development admin; ADMIN_EMAILS replaces it)',
      expect.stringContaining(`read it at ${firstRun.baseUrl}/dev/mail`),
    ]);

    // Under the pages' own Content-Security-Policies, as a person's browser runs them.
    const context = await browser.newContext({ bypassCSP: false, baseURL: firstRun.baseUrl });
    const page = await context.newPage();
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
    });
    await page.goto('/sign-in');
    await page.getByLabel('E-mail').fill('admin@meetups.local');
    await page.getByLabel('Họ và tên (nếu đăng nhập lần đầu)').fill('Quản trị viên');
    await page.getByRole('button', { name: 'Gửi liên kết đăng nhập' }).click();
    await expect(page.getByRole('status')).toContainText('Đã gửi liên kết đăng nhập đến admin@meetups.local');
    await page.getByRole('link', { name: /Đọc thư vừa gửi tại \/dev\/mail/ }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Thư đã ghi lại' })).toBeVisible();
    // The page lists what was captured (the demo's own mail too); the sign-in mail is there at once.
    const mail = page.getByRole('article').filter({ hasText: 'admin@meetups.local' });
    await expect(mail).toHaveCount(1);
    await expect(mail.getByRole('heading', { level: 2 })).toHaveText('Đăng nhập Gặp mặt thứ Bảy');
    const message = mail.frameLocator('iframe');
    await expect(message.getByText('Xin chào')).toBeVisible();
    await page.screenshot({ path: join(SCREENSHOTS, 'first-run-dev-mail-phone.png'), fullPage: true });
    await message.getByRole('link', { name: 'Đăng nhập' }).click();

    // The link opens in the window itself; one press finishes.
    await expect(page.getByRole('heading', { level: 1, name: 'Hoàn tất đăng nhập' })).toBeVisible();
    expect(page.url()).toMatch(new RegExp(`^${firstRun.baseUrl}/sign-in#token=`));
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Thứ Bảy tới' })).toBeVisible();
    await page.goto('/organize');
    await expect(page.getByRole('heading', { level: 1, name: 'Bảng điều hành' })).toBeVisible();
    expect(refused).toEqual([]);
    await context.close();
  });

  test('the mail page is accessible and shows each message in a frame without scripts', async ({ page, firstRun }) => {
    await fetch(`${firstRun.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { requestSignIn(email: "lan@startup.test", name: "Nguyễn Thị Lan") }' }),
    });
    await page.goto('/dev/mail');
    await expect(page.getByRole('heading', { level: 1, name: 'Thư đã ghi lại' })).toBeVisible();
    const mail = page.getByRole('article').filter({ hasText: 'lan@startup.test' });
    const frame = mail.locator('iframe');
    await expect(mail.frameLocator('iframe').getByRole('link', { name: 'Đăng nhập' })).toBeVisible();
    await expect(frame).toHaveAttribute('sandbox', /allow-top-navigation-by-user-activation/);
    expect(await frame.getAttribute('sandbox')).not.toMatch(/allow-scripts|allow-same-origin|allow-forms/);
    await expectAccessible(page);
  });
});
