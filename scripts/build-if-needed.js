#!/usr/bin/env node
// Builds dist/ when it is missing or older than any source file, so that `npm start`,
// `npm run seed` and friends work on a fresh clone and after a pull.
const { execSync } = require('node:child_process');
const { existsSync, readdirSync, statSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const stamp = join(root, 'dist', '.build-stamp');

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) latest = Math.max(latest, newest(path));
    else if (entry.name.endsWith('.ts') || entry.name.endsWith('.json')) latest = Math.max(latest, statSync(path).mtimeMs);
  }
  return latest;
}

const sources = Math.max(
  newest(join(root, 'apps')),
  newest(join(root, 'libs')),
  ...['tsconfig.json', 'nest-cli.json', 'package-lock.json'].map((f) => statSync(join(root, f)).mtimeMs),
);
if (existsSync(stamp) && statSync(stamp).mtimeMs >= sources) process.exit(0);

process.stdout.write('building (dist/ is missing or older than the sources)…\n');
execSync('npm run build', { cwd: root, stdio: 'inherit' });
writeFileSync(stamp, new Date().toISOString() + '\n');
