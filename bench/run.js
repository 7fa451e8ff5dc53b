#!/usr/bin/env node
// npm run bench: seeds a realistic data set, starts the built api, and measures each case
// against a raw baseline measured in the same run. Prints a table with ratios.
'use strict';
const { spawn, fork } = require('node:child_process');
const { readFileSync, rmSync, mkdirSync } = require('node:fs');
const { createServer } = require('node:net');
const { join } = require('node:path');
const { performance } = require('node:perf_hooks');
const autocannon = require('autocannon');
const jwt = require('jsonwebtoken');
const { Client } = require('pg');
const { SMTPServer } = require('smtp-server');
const web = require('./web');
const { buildResults, writeResults } = require('./results');

const ROOT = join(__dirname, '..');
const DIST = join(ROOT, 'dist', 'apps', 'cli');
const API_MAIN = join(ROOT, 'dist', 'apps', 'api', 'apps', 'api', 'src', 'main.js');
const CLI_MAIN = join(DIST, 'apps', 'cli', 'src', 'main.js');
const SECRET = 'bench-secret-bench-secret-bench-secret-0123';
const DURATION = Number(process.env.BENCH_SECONDS || 10);
const WARMUP = Number(process.env.BENCH_WARMUP_SECONDS || 3);
// BENCH_SCALE=10 seeds ten times the data, same shapes (bench/seed.sql).
const SCALE = Number(process.env.BENCH_SCALE || 1);
if (!Number.isInteger(SCALE) || SCALE < 1 || SCALE > 100) throw new Error('BENCH_SCALE must be a whole number from 1 to 100');
const DIGEST_MEMBERS = Number(process.env.BENCH_DIGEST_MEMBERS || 10000);
const RESULTS_FILE = join(ROOT, 'var', 'bench', 'results.json');
// BENCH_CASES=home,search,feed,burst,web,digest runs only those cases (all by default).
const CASES = new Set((process.env.BENCH_CASES || 'home,search,feed,burst,web,digest').split(','));

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const log = (...args) => process.stderr.write(`${args.join(' ')}\n`);

async function waitFor(url, timeoutMs = 60000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(50);
  }
  throw new Error(`no answer from ${url}`);
}

function cannon(options) {
  return new Promise((resolve, reject) => autocannon({ connections: 20, pipelining: 1, ...options }, (err, res) => (err ? reject(err) : resolve(res))));
}

async function measure(name, options) {
  await cannon({ ...options, duration: WARMUP });
  const r = await cannon({ ...options, duration: DURATION });
  const bad = r.non2xx - (options.expect304 ? r.non2xx : 0);
  if (r.errors || (options.expect304 ? r['2xx'] > 0 : bad > 0)) log(`  ! ${name}: ${r.errors} errors, ${r.non2xx} non-2xx`);
  if (watchedPid) log(`  ${name}: ${Math.round(r.requests.average)} req/s; api peak memory so far ${peakMemoryMb(watchedPid)} MB`);
  return { name, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99 };
}

async function startDatabase() {
  if (process.env.DATABASE_URL) {
    const server = new URL(process.env.DATABASE_URL);
    server.pathname = '/postgres';
    const admin = new Client({ connectionString: server.toString() });
    await admin.connect();
    await admin.query('DROP DATABASE IF EXISTS meetups_bench WITH (FORCE)');
    await admin.query('CREATE DATABASE meetups_bench');
    await admin.end();
    server.pathname = '/meetups_bench';
    return { url: server.toString(), stop: async () => {} };
  }
  const { EmbeddedPostgresServer } = require(join(DIST, 'libs', 'database', 'src', 'embedded-postgres.js'));
  const dir = join(ROOT, 'var', 'bench-postgres');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(ROOT, 'var'), { recursive: true });
  const server = new EmbeddedPostgresServer({ dataDir: dir, port: await freePort(), database: 'meetups_bench', log: () => {} });
  const url = await server.start();
  return { url, stop: () => server.stop() };
}

function startApi(env) {
  const started = performance.now();
  // GRAPHQL_JIT=false runs the api with graphql-js execution (to compare).
  // API_NODE_ARGS adds node flags, e.g. --cpu-prof or --max-old-space-size=256 (docs/BENCHMARKS.md).
  const child = spawn(process.execPath, [...(process.env.API_NODE_ARGS ? process.env.API_NODE_ARGS.split(' ') : []), API_MAIN], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'production',
      LOG_LEVEL: 'error',
      JWT_SECRET: SECRET,
      RUN_WORKER: 'false',
      DATABASE_POOL_SIZE: '10',
      ...(process.env.GRAPHQL_JIT ? { GRAPHQL_JIT: process.env.GRAPHQL_JIT } : {}),
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return { child, started };
}

/** The api whose peak memory is logged after each case. */
let watchedPid = null;
/** Run when the bench fails, so that no api, baseline or database outlives it. */
const cleanups = [];

const peakMemoryMb = (pid) => {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : null;
};

async function main() {
  const t0 = performance.now();
  log('database…');
  const database = await startDatabase();
  cleanups.push(() => database.stop());
  const { migrateDatabase } = require(join(DIST, 'libs', 'database', 'src', 'migrate.js'));
  await migrateDatabase(database.url, () => {});
  const db = new Client({ connectionString: database.url });
  await db.connect();
  cleanups.push(() => db.end());
  log(`seeding at scale ${SCALE}…`);
  const seedStart = performance.now();
  await db.query(`SET bench.scale = ${SCALE}`);
  await db.query(readFileSync(join(__dirname, 'seed.sql'), 'utf8'));
  // As autovacuum would leave a table some time after a bulk load: the dead row versions of the
  // seed's own updates gone, and the full-text index's pending list (every issue inserted, not yet
  // merged into the index, scanned linearly by every search) merged. Otherwise the first minutes
  // of searches measure the bulk load, not the steady state (docs/BENCHMARKS.md).
  await db.query('VACUUM ANALYZE');
  log(`  seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);
  const counts = (
    await db.query(`SELECT (SELECT count(*) FROM members) AS members, (SELECT count(*) FROM meetups) AS meetups, (SELECT count(*) FROM rsvps) AS rsvps,
    (SELECT count(*) FROM issues) AS issues, (SELECT count(*) FROM issue_supports) AS supports, (SELECT count(*) FROM assignments) AS assignments`)
  ).rows[0];
  const {
    rows: [viewer],
  } = await db.query(`SELECT id, session_version FROM members WHERE email = 'member42@bench.example'`);
  const token = jwt.sign({ sub: viewer.id, ver: viewer.session_version }, SECRET, { algorithm: 'HS256', expiresIn: 3600 });

  log('api…');
  const apiPort = await freePort();
  const api = startApi({ DATABASE_URL: database.url, PORT: String(apiPort) });
  cleanups.push(() => api.child.kill('SIGTERM'));
  await waitFor(`http://127.0.0.1:${apiPort}/health`);
  const startupMs = Math.round(performance.now() - api.started);
  watchedPid = api.child.pid;
  const apiUrl = `http://127.0.0.1:${apiPort}`;

  // The member's private feed, and its bytes for the static baseline.
  const me = await (
    await fetch(`${apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ me { calendarFeedUrl } }' }),
    })
  ).json();
  const feedPath = new URL(me.data.me.calendarFeedUrl).pathname;
  const feed = await fetch(`${apiUrl}${feedPath}`);
  const feedBody = Buffer.from(await feed.arrayBuffer());
  const feedEtag = feed.headers.get('etag');

  const basePort = await freePort();
  const baseline = fork(join(__dirname, 'baseline-server.js'), [], {
    env: { ...process.env, DATABASE_URL: database.url, PORT: String(basePort), STATIC_BODY_B64: feedBody.toString('base64') },
    stdio: 'inherit',
  });
  cleanups.push(() => baseline.kill('SIGTERM'));
  await new Promise((resolve) => baseline.once('message', resolve));
  const baseUrl = `http://127.0.0.1:${basePort}`;

  const HOME = `{ meetups(first: 20, filter: { from: "${new Date().toISOString()}" }) { edges { node { id title startsAt goingCount waitlistCount spotsLeft myRsvp { status } series { title } agenda { title position issue { title submitter { name } } } } } } }`;
  const gqlRequest = (query) => ({
    url: `${apiUrl}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  const rows = [];
  /** The rows results.json reports, by the issue's case names. */
  const cases = {};

  if (CASES.has('home')) {
    log('1. home page query…');
    const homeBase = await measure('raw baseline: node:http + pg, hand-written SQL', { url: `${baseUrl}/home?member=${viewer.id}` });
    const homePrepared = await measure('raw baseline, as a prepared statement', { url: `${baseUrl}/home?member=${viewer.id}&prepared=1` });
    const home = await measure('home page query (GraphQL)', gqlRequest(HOME));
    rows.push((cases.home = { ...home, baseline: homeBase, goal: '≥ 0.80 of baseline' }));
    rows.push(
      (cases['home-prepared'] = {
        ...home,
        name: 'home page query (GraphQL), against the prepared baseline',
        baseline: homePrepared,
        goal: '≥ 0.65 of baseline',
      }),
    );
  }
  let plan = '';
  if (CASES.has('search')) {
    log('2. issue search…');
    const issueCount = Number(counts.issues).toLocaleString('en');
    const search = await measure(
      `issue search "thu tuc" (${issueCount} issues), 20 clients`,
      gqlRequest('{ issues(first: 20, filter: { search: "thu tuc" }) { totalCount edges { node { id title supportCount } } } }'),
    );
    rows.push((cases['search-20'] = { ...search }));
    const searchAlone = await measure(`issue search "thu tuc" (${issueCount} issues), one client at a time`, {
      ...gqlRequest('{ issues(first: 20, filter: { search: "thu tuc" }) { totalCount edges { node { id title supportCount } } } }'),
      connections: 1,
    });
    rows.push((cases['search-one'] = { ...searchAlone, goal: 'p50 < 20 ms' }));
    // The statement the api runs for this search (IssuesService.searchStatement, first page), with its plan.
    const words = `plainto_tsquery('simple', immutable_unaccent(lower('thu tuc')))`;
    plan = (
      await db.query(`EXPLAIN ANALYZE WITH matches AS MATERIALIZED (
        SELECT i.id, i.created_at FROM issues i WHERE i.hidden_at IS NULL AND i.search_document @@ ${words}
      ), candidates AS (
        SELECT id, created_at FROM matches ORDER BY created_at DESC, id DESC LIMIT 200
      ), ordered AS (
        SELECT c.id, c.created_at, (ts_rank_cd(i.search_document, ${words}, 1) + word_similarity(immutable_unaccent(lower('thu tuc')), i.title_folded) * 0.1)::real AS rank
        FROM candidates c JOIN issues i ON i.id = c.id
      )
      SELECT o.id, o.rank, (SELECT count(*) FROM matches) AS total FROM ordered o ORDER BY o.rank DESC, o.created_at DESC, o.id DESC LIMIT 21`)
    ).rows
      .map((r) => r['QUERY PLAN'])
      .join('\n');
  }
  if (CASES.has('feed')) {
    log('3. private feed…');
    const staticBase = await measure('raw baseline: static file with ETag, 304', {
      url: `${baseUrl}/static.ics`,
      headers: { 'if-none-match': feedEtag },
      expect304: true,
    });
    const feed304 = await measure('private feed, If-None-Match → 304 (revalidated in memory, in front of express)', {
      url: `${apiUrl}${feedPath}`,
      headers: { 'if-none-match': feedEtag },
      expect304: true,
    });
    rows.push((cases['feed-304'] = { ...feed304, baseline: staticBase, goal: '≥ 0.50 of static' }));
    // The same through express and the database: an api with the in-memory revalidation off.
    const checkPort = await freePort();
    // Same PUBLIC_URL as the main api: the feed's bytes, and so its ETag, are the same.
    const checker = startApi({ DATABASE_URL: database.url, PORT: String(checkPort), FEED_REVALIDATE_SECONDS: '0', PUBLIC_URL: `http://localhost:${apiPort}` });
    cleanups.push(() => checker.child.kill('SIGTERM'));
    await waitFor(`http://127.0.0.1:${checkPort}/health`);
    const checked304 = await measure('private feed, If-None-Match → 304, checked against the database', {
      url: `http://127.0.0.1:${checkPort}${feedPath}`,
      headers: { 'if-none-match': feedEtag },
      expect304: true,
    });
    rows.push({ ...checked304, baseline: staticBase });
    checker.child.kill('SIGTERM');
    const publicFeed = await fetch(`${apiUrl}/calendar/meetups.ics`);
    const public304 = await measure('public feed, If-None-Match → 304 (revalidated in memory, in front of express)', {
      url: `${apiUrl}/calendar/meetups.ics`,
      headers: { 'if-none-match': publicFeed.headers.get('etag') },
      expect304: true,
    });
    rows.push((cases['public-feed-304'] = { ...public304, baseline: staticBase, goal: '≥ 0.50 of static' }));
    const feedCached = await measure('private feed 200 (cached bytes)', { url: `${apiUrl}${feedPath}` });
    rows.push({ ...feedCached });
    // Full builds: a second api with the feed cache off.
    const buildPort = await freePort();
    const builder = startApi({ DATABASE_URL: database.url, PORT: String(buildPort), FEED_CACHE_ENTRIES: '0' });
    cleanups.push(() => builder.child.kill('SIGTERM'));
    await waitFor(`http://127.0.0.1:${buildPort}/health`);
    const feedBuild = await measure('private feed 200 (full build every time)', { url: `http://127.0.0.1:${buildPort}${feedPath}` });
    rows.push({ ...feedBuild });
    builder.child.kill('SIGTERM');
  }
  if (CASES.has('burst')) {
    log('4. RSVP burst…');
    const {
      rows: [series],
    } = await db.query('SELECT id FROM meetup_series LIMIT 1');
    const {
      rows: [burstMeetup],
    } = await db.query(
      `INSERT INTO meetups (series_id, original_date, title, starts_at, ends_at, timezone, capacity) VALUES ($1, '2099-01-03', 'Burst', '2099-01-03T01:00:00Z', '2099-01-03T04:00:00Z', 'Asia/Ho_Chi_Minh', 100) RETURNING id`,
      [series.id],
    );
    const { rows: burstMembers } = await db.query(`SELECT id, session_version FROM members ORDER BY email LIMIT 1000`);
    // Tokens signed before the clock starts: the latencies are the api's, not the bench's signing.
    const burstTokens = burstMembers.map((m) => jwt.sign({ sub: m.id, ver: m.session_version }, SECRET, { algorithm: 'HS256', expiresIn: 3600 }));
    const latencies = [];
    const burstStart = performance.now();
    const answers = await Promise.all(
      burstTokens.map(async (memberToken) => {
        const started = performance.now();
        const r = await fetch(`${apiUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${memberToken}` },
          body: JSON.stringify({ query: `mutation { rsvp(meetupId: "${burstMeetup.id}", response: GOING) { status } }` }),
        })
          .then((res) => res.json())
          .catch((error) => ({ errors: [{ message: String(error) }] }));
        latencies.push(performance.now() - started);
        return r;
      }),
    );
    const burstSeconds = (performance.now() - burstStart) / 1000;
    latencies.sort((a, b) => a - b);
    const {
      rows: [burstCheck],
    } = await db.query(
      `SELECT count(*) FILTER (WHERE status = 'GOING')::int AS going, count(*) FILTER (WHERE status = 'WAITLISTED')::int AS waiting FROM rsvps WHERE meetup_id = $1`,
      [burstMeetup.id],
    );
    const burstErrors = answers.filter((a) => a.errors).length;
    const errorCodes = [...new Set(answers.flatMap((a) => (a.errors || []).map((e) => e.extensions?.code || e.message)))];
    if (errorCodes.length) log(`  ! burst errors: ${errorCodes.join(', ')}`);
    rows.push(
      (cases.burst = {
        name: `RSVP burst: 1,000 at once on 100 seats → ${burstCheck.going} GOING, ${burstCheck.waiting} waiting, ${burstErrors} errors`,
        rps: 1000 / burstSeconds,
        p50: latencies[499],
        p99: latencies[989],
        goal: 'exactly 100 GOING, p99 < 1 s',
        burst: { going: burstCheck.going, waitlisted: burstCheck.waiting, errors: burstErrors },
      }),
    );
  }

  let webLines = [];
  if (CASES.has('web')) {
    log('5. web app: first-page bytes, home page under 4× CPU and slow 4G…');
    const missing = web.unavailable();
    if (missing) {
      log(`  web case skipped: ${missing}`);
      webLines = [`web app: skipped, ${missing}`, ''];
    } else {
      // The home page shows the next meetup with the RSVP button to a signed-in member while it has not ended.
      const shell = await fetch(`${apiUrl}/`);
      if (!shell.ok) throw new Error(`the api answers ${shell.status} for / (is dist/web built? npm run build)`);
      const { data } = await (
        await fetch(`${apiUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: '{ me { id } nextMeetup { id endsAt } }' }),
        })
      ).json();
      if (!data?.me || !data.nextMeetup || new Date(data.nextMeetup.endsAt) < new Date())
        throw new Error(`no open next meetup for the bench member: ${JSON.stringify(data)}`);
      try {
        const result = await web.measureWeb({ baseUrl: apiUrl, token, log });
        webLines = [...web.formatWeb(result), ''];
      } catch (error) {
        // The other cases' numbers are still printed.
        log(`  ! web case failed: ${error.stack || error}`);
        webLines = [`web app: failed, ${String(error.message || error).split('\n')[0]}`, ''];
      }
    }
  }

  const peakMb = peakMemoryMb(api.child.pid);
  api.child.kill('SIGTERM');
  baseline.kill('SIGTERM');

  if (CASES.has('digest')) {
    log(`6. digest for ${DIGEST_MEMBERS.toLocaleString('en')} members…`);
    await db.query(
      `INSERT INTO members (email, name) SELECT 'reader' || i || '@bench.example', 'Người đọc ' || i FROM generate_series(1, $1::int - (SELECT count(*)::int FROM members)) AS i`,
      [DIGEST_MEMBERS],
    );
    let received = 0;
    const sink = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      disableReverseLookup: true,
      logger: false,
      onData(stream, _s, cb) {
        stream.on('data', () => {});
        stream.on('end', () => {
          received++;
          cb();
        });
      },
    });
    const smtpPort = await freePort();
    await new Promise((r) => sink.listen(smtpPort, '127.0.0.1', r));
    const digestStart = performance.now();
    await new Promise((resolve, reject) => {
      const cli = spawn(process.execPath, [CLI_MAIN, 'digest'], {
        cwd: ROOT,
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          DATABASE_URL: database.url,
          SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
          JWT_SECRET: SECRET,
          LOG_LEVEL: 'error',
          NODE_ENV: 'production',
        },
        stdio: 'inherit',
      });
      cli.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`digest exited ${code}`))));
    });
    const digestSeconds = (performance.now() - digestStart) / 1000;
    rows.push(
      (cases.digest = {
        name: `weekly digest: ${received.toLocaleString('en')} mails into a local SMTP sink in ${digestSeconds.toFixed(1)} s`,
        rps: received / digestSeconds,
        goal: '≥ 200 mails/s',
      }),
    );
    sink.close();
  }

  await db.end();
  await database.stop();

  writeResults(RESULTS_FILE, buildResults({ scale: SCALE, counts, peakRssMb: peakMb, startupMs, cases }));

  const fmt = (n, d = 0) => (n === undefined || n === null ? '' : Number(n).toFixed(d));
  const table = ['| case | req/s | p50 ms | p99 ms | baseline req/s | ratio | goal |', '|---|---:|---:|---:|---:|---:|---|'];
  for (const r of rows) {
    table.push(
      `| ${r.name} | ${fmt(r.rps)} | ${fmt(r.p50, 1)} | ${fmt(r.p99, 1)} | ${r.baseline ? fmt(r.baseline.rps) : ''} | ${r.baseline ? fmt(r.rps / r.baseline.rps, 2) : ''} | ${r.goal ?? ''} |`,
    );
  }
  const out = [
    `scale ${SCALE}; data: ${counts.members} members, ${counts.meetups} meetups, ${counts.rsvps} RSVPs, ${counts.issues} issues, ${counts.supports} supports, ${counts.assignments} assignments`,
    `api start-up to first healthy answer: ${startupMs} ms; api peak memory (VmHWM) under load: ${peakMb} MB (goal < 300 MB)`,
    '',
    ...(rows.length ? [...table, ''] : []),
    ...webLines,
    ...(plan ? ['issue search plan:', ...plan.split('\n').map((l) => `    ${l}`), ''] : []),
    `results: ${RESULTS_FILE}`,
    `total bench time: ${((performance.now() - t0) / 1000).toFixed(0)} s (${DURATION} s per case after ${WARMUP} s of warm-up)`,
  ];
  process.stdout.write(out.join('\n') + '\n');
}

main().catch(async (error) => {
  process.stderr.write(`bench failed: ${error.stack || error}\n`);
  for (const stop of cleanups.reverse())
    await Promise.resolve()
      .then(stop)
      .catch(() => {});
  process.exit(1);
});
