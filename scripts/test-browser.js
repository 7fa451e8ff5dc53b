#!/usr/bin/env node
// The browser tests need Debian's Chromium. When they are required (BROWSER_TESTS=required, as
// .ci/run sets it, or CI set), a missing browser fails the run, and so does a run in which no test
// ran or any was skipped. On a developer's machine without Chromium they are reported as not run.
const { spawnSync } = require('node:child_process');
const { existsSync, readFileSync, rmSync } = require('node:fs');
const { dirname, join } = require('node:path');

const required = process.env.BROWSER_TESTS === 'required' || !!process.env.CI;
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const report = join(__dirname, '..', 'var', 'browser', 'report.json');

if (!existsSync(chromium)) {
  const how = 'install it with: apt-get install -y chromium fonts-noto-core (or set CHROMIUM_PATH)';
  if (required) {
    process.stderr.write(`browser tests: Chromium is missing at ${chromium}; ${how}\n`);
    process.exit(1);
  }
  process.stderr.write(`browser tests NOT RUN: Chromium is missing at ${chromium}; ${how}\n`);
  process.exit(0);
}
rmSync(report, { force: true });
const cli = join(dirname(require.resolve('@playwright/test/package.json')), 'cli.js');
const result = spawnSync(process.execPath, [cli, 'test', ...process.argv.slice(2)], { stdio: 'inherit' });
if (result.status !== 0) process.exit(result.status ?? 1);

// Exit 0 is not enough: the tests must have run.
let stats;
try {
  stats = JSON.parse(readFileSync(report, 'utf8')).stats;
} catch (error) {
  process.stderr.write(`browser tests: no report at ${report} (${error.message})\n`);
  process.exit(required ? 1 : 0);
}
const ran = (stats.expected ?? 0) + (stats.flaky ?? 0);
process.stdout.write(`browser tests: ${ran} passed, ${stats.unexpected ?? 0} failed, ${stats.skipped ?? 0} skipped\n`);
if (required && (ran === 0 || (stats.skipped ?? 0) > 0 || (stats.unexpected ?? 0) > 0)) {
  process.stderr.write('browser tests: required, and not every test ran and passed\n');
  process.exit(1);
}
