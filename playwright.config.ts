import { defineConfig } from '@playwright/test';

/**
 * Browser tests (`npm run test:browser`, part of `npm test`): Debian's Chromium drives the built
 * app, started per worker on a fresh database with the seed data and a real SMTP sink.
 */
export default defineConfig({
  testDir: 'test/browser',
  testMatch: '*.browser-spec.ts',
  globalSetup: './test/browser/global-setup.ts',
  outputDir: 'var/browser/results',
  workers: 1,
  fullyParallel: false,
  // A committed test.only would silence the rest: refused everywhere, not only in CI.
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // The JSON report is what scripts/test-browser.js reads to know that the tests ran.
  reporter: [['list'], ['json', { outputFile: 'var/browser/report.json' }]],
  use: {
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 390, height: 844 },
    // axe-core is injected into the page; the app's CSP would refuse it.
    bypassCSP: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
