#!/usr/bin/env node
// The browser tests need Debian's Chromium. In CI a missing browser fails the run; on a
// developer's machine without it, the tests are reported as not run (with how to install it).
const { spawnSync } = require('node:child_process');
const { existsSync } = require('node:fs');

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(chromium)) {
  const how = 'install it with: apt-get install -y chromium fonts-noto-core (or set CHROMIUM_PATH)';
  if (process.env.CI) {
    process.stderr.write(`browser tests: Chromium is missing at ${chromium}; ${how}\n`);
    process.exit(1);
  }
  process.stderr.write(`browser tests NOT RUN: Chromium is missing at ${chromium}; ${how}\n`);
  process.exit(0);
}
const result = spawnSync(
  process.execPath,
  [require('node:path').join(require('node:path').dirname(require.resolve('@playwright/test/package.json')), 'cli.js'), 'test', ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
