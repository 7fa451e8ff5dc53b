#!/usr/bin/env node
// Builds what is missing or older than its sources, so that `npm start`, `npm test`,
// `npm run seed` and friends work on a fresh clone and after a pull: the server (dist/apps)
// and the web app (dist/web) each have their own stamp.
const { execSync } = require('node:child_process');
const { existsSync, readdirSync, statSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');

function newest(dir, extensions, skip = []) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (skip.includes(path)) continue;
    if (entry.isDirectory()) latest = Math.max(latest, newest(path, extensions, skip));
    else if (extensions.some((ext) => entry.name.endsWith(ext))) latest = Math.max(latest, statSync(path).mtimeMs);
  }
  return latest;
}

const files = (...names) => names.map((f) => statSync(join(root, f)).mtimeMs);
const web = join(root, 'apps', 'web');

const targets = [
  {
    name: 'the server',
    stamp: join(root, 'dist', '.build-stamp'),
    sources: () =>
      Math.max(
        newest(join(root, 'apps'), ['.ts', '.json'], [web]),
        newest(join(root, 'libs'), ['.ts', '.json']),
        ...files('tsconfig.json', 'nest-cli.json', 'package-lock.json'),
      ),
    command: 'npm run build:server',
  },
  {
    name: 'the web app',
    stamp: join(root, 'dist', '.web-build-stamp'),
    sources: () => Math.max(newest(web, ['.ts', '.tsx', '.css', '.html', '.json', '.mts', '.svg']), ...files('package-lock.json')),
    command: 'npm run build:web',
  },
];

for (const target of targets) {
  if (existsSync(target.stamp) && statSync(target.stamp).mtimeMs >= target.sources()) continue;
  process.stdout.write(`building ${target.name} (missing or older than its sources)…\n`);
  execSync(target.command, { cwd: root, stdio: 'inherit' });
  writeFileSync(target.stamp, new Date().toISOString() + '\n');
}
