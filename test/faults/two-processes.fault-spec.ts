import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jwt from 'jsonwebtoken';
import { Client } from 'pg';
import PgBoss from 'pg-boss';
import { ReceivedMail, SmtpSink, TestDatabase, createTestDatabase, rawHeader } from '@app/testing';
import { API_MAIN, CLI_MAIN, SECRET, StartedProcess, WORKER_MAIN, freePort, gql, health, isRunning, killAll, startProcess, until } from './processes';

/**
 * Two api processes (RUN_WORKER=false) and two workers on one PostgreSQL behave as one: seats,
 * sign-in limits, the outbox, the weekly digest and feed freshness hold across processes. The
 * deployment in docker/compose.yaml runs this shape behind a reverse proxy (README, "Deploy").
 */
const MEMBERS = 40;
const CAPACITY = 12;
const SIGN_IN_LIMIT = 6;
const CLIENT_LIMIT = 10;
const FEED_WINDOW_SECONDS = 2;
const PUBLIC_URL = 'http://meetups.test';

const RSVP = 'mutation($m: ID!, $g: Int!) { rsvp(meetupId: $m, response: GOING, guests: $g) { id status guests waitlistPosition } }';
const MY_RSVP = 'query($m: ID!) { meetup(id: $m) { goingCount waitlistCount spotsLeft myRsvp { id status guests waitlistPosition } } }';
const REQUEST_SIGN_IN = 'mutation($e: String!) { requestSignIn(email: $e) }';

interface Member {
  id: string;
  email: string;
  token: string;
  guests: number;
}

const deliveryKey = (mail: ReceivedMail) => rawHeader(mail, 'X-Delivery-Key');

/** Until Monday 00:00 in Asia/Ho_Chi_Minh (UTC+7, no daylight saving), when the digest week changes. */
function msToNextIsoWeek(now: Date): number {
  const local = new Date(now.getTime() + 7 * 3600_000);
  const daysSinceMonday = (local.getUTCDay() + 6) % 7;
  const monday = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() - daysSinceMonday + 7) - 7 * 3600_000;
  return monday - now.getTime();
}

describe('two api processes and two workers on one database', () => {
  let database: TestDatabase;
  let db: Client;
  const sink = new SmtpSink();
  const cwd = mkdtempSync(join(tmpdir(), 'meetups-procs-'));
  let apis: [number, number];
  let workers: StartedProcess[] = [];
  const processes: { name: string; process: StartedProcess }[] = [];
  let env: Record<string, string>;
  let organizer: Member;
  let members: Member[];
  let meetupId: string;

  /** The processes' own words, when something they do is not what a test expected. */
  const outputs = () =>
    processes.map(({ name, process }) => `--- ${name}${isRunning(process.child) ? '' : ' (exited)'}\n${process.output().slice(-3000)}`).join('\n');

  beforeAll(async () => {
    database = await createTestDatabase();
    await sink.start();
    db = new Client({ connectionString: database.url });
    await db.connect();
    apis = [await freePort(), await freePort()];
    env = {
      NODE_ENV: 'production',
      DATABASE_URL: database.url,
      SMTP_URL: sink.url,
      PUBLIC_URL,
      SIGN_IN_LIMIT_PER_ADDRESS: String(SIGN_IN_LIMIT),
      SIGN_IN_LIMIT_PER_CLIENT: String(CLIENT_LIMIT),
      FEED_REVALIDATE_SECONDS: String(FEED_WINDOW_SECONDS),
    };
    // A connection for each request of the burst on each api: they all wait for the meetup's row
    // lock in PostgreSQL (up to statement_timeout), not for a connection in the pool (up to 5 s,
    // which a machine this test shares may take for a queue of RSVPs on one meetup).
    const apiEnv = { ...env, RUN_WORKER: 'false', DATABASE_POOL_SIZE: String(MEMBERS / 2) };
    apis.forEach((port, i) => processes.push({ name: `api ${i + 1}`, process: startProcess(API_MAIN, cwd, { ...apiEnv, PORT: String(port) }) }));
    workers = [0, 1].map(() => startProcess(WORKER_MAIN, cwd, { ...env, LOG_LEVEL: 'info' }));
    workers.forEach((process, i) => processes.push({ name: `worker ${i + 1}`, process }));
    try {
      for (const port of apis) await until(`the api on ${port}`, async () => ((await health(port)) === 200 ? true : undefined), 90_000);
      for (const worker of workers) await until('a worker', async () => (worker.output().includes('job queue started') ? true : undefined), 90_000);
    } catch (error) {
      throw new Error(`${(error as Error).message}\n${outputs()}`, { cause: error });
    }

    const { rows } = await db.query<{ id: string; email: string; session_version: number }>(
      `INSERT INTO members (email, name, role)
       SELECT 'procs' || i || '@example.org', 'Người ' || i, CASE WHEN i = 0 THEN 'ORGANIZER' ELSE 'MEMBER' END
       FROM generate_series(0, $1::int) AS i ORDER BY i RETURNING id, email, session_version`,
      [MEMBERS],
    );
    const all = rows.map((m, i) => ({
      id: m.id,
      email: m.email,
      token: jwt.sign({ sub: m.id, ver: m.session_version }, SECRET, { algorithm: 'HS256', expiresIn: 3600 }),
      // Every tenth member brings a guest, who takes a seat too.
      guests: i > 0 && i % 10 === 0 ? 1 : 0,
    }));
    [organizer, ...members] = all;

    // The digest is due all week: Monday 00:00 in the series' zone has always passed.
    const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });
    const created = await gql(
      apis[0],
      'mutation($s: Date!, $c: Int!) { createMeetupSeries(input: { title: "Thứ Bảy hai tiến trình", startsOn: $s, capacity: $c, digestWeekday: 1, digestTime: "00:00", venue: "Phòng 1" }) { id } }',
      { s: today, c: CAPACITY },
      organizer.token,
    );
    expect(created.body.errors).toBeUndefined();
    // The next date that does not start while the test runs (RSVPs close when it starts).
    const {
      rows: [meetup],
    } = await db.query<{ id: string }>(`SELECT id FROM meetups WHERE series_id = $1 AND starts_at > now() + interval '1 hour' ORDER BY starts_at LIMIT 1`, [
      created.body.data.createMeetupSeries.id,
    ]);
    meetupId = meetup.id;
  }, 240_000);

  afterAll(async () => {
    await killAll();
    await db?.end();
    await sink.stop();
    await database?.drop();
    rmSync(cwd, { recursive: true, force: true });
  });

  it('a burst of RSVPs split across both apis fills exactly the seats and numbers the waitlist 1…k', async () => {
    // All at once, alternating between the two apis.
    const answers = await Promise.all(members.map((m, i) => gql(apis[i % 2], RSVP, { m: meetupId, g: m.guests }, m.token)));
    for (const answer of answers) expect(answer.body.errors).toBeUndefined();

    const { rows } = await db.query<{ id: string; member_id: string; status: string; guests: number }>(
      `SELECT id, member_id, status, guests FROM rsvps WHERE meetup_id = $1`,
      [meetupId],
    );
    expect(rows).toHaveLength(MEMBERS);
    const stored = new Map(rows.map((r) => [r.member_id, r]));
    members.forEach((m, i) =>
      expect(answers[i].body.data.rsvp).toMatchObject({ id: stored.get(m.id)!.id, status: stored.get(m.id)!.status, guests: m.guests }),
    );
    // The place each answer told its member: 1…k, each once, whichever api decided it.
    const told = answers.map((a) => a.body.data.rsvp.waitlistPosition as number | null);
    expect(told.filter((p) => p !== null).sort((a, b) => (a as number) - (b as number))).toEqual(
      Array.from({ length: rows.filter((r) => r.status === 'WAITLISTED').length }, (_, i) => i + 1),
    );

    const going = rows.filter((r) => r.status === 'GOING');
    const waitlisted = rows.filter((r) => r.status === 'WAITLISTED');
    expect(going.length + waitlisted.length).toBe(MEMBERS);
    // Seats count the member and their guests; members without guests are still waiting, so every seat is taken.
    expect(going.reduce((seats, r) => seats + 1 + r.guests, 0)).toBe(CAPACITY);
    const {
      rows: [counts],
    } = await db.query(`SELECT going_count, waitlist_count FROM meetups WHERE id = $1`, [meetupId]);
    expect(counts).toEqual({ going_count: CAPACITY, waitlist_count: waitlisted.length });

    // Through both apis: every member sees their own RSVP; the places in line are 1…k, once each,
    // in the order the database keeps the waitlist.
    const seen = await Promise.all(members.map((m, i) => gql(apis[(i + 1) % 2], MY_RSVP, { m: meetupId }, m.token)));
    const positions: { memberId: string; position: number }[] = [];
    seen.forEach((answer, i) => {
      expect(answer.body.errors).toBeUndefined();
      const { goingCount, waitlistCount, spotsLeft, myRsvp } = answer.body.data.meetup;
      expect({ goingCount, waitlistCount, spotsLeft }).toEqual({ goingCount: CAPACITY, waitlistCount: waitlisted.length, spotsLeft: 0 });
      const row = stored.get(members[i].id)!;
      expect(myRsvp.id).toBe(row.id);
      expect(myRsvp.status).toBe(row.status);
      if (row.status === 'GOING') expect(myRsvp.waitlistPosition).toBeNull();
      else {
        positions.push({ memberId: members[i].id, position: myRsvp.waitlistPosition });
        // What the mutation said is what the member reads afterwards.
        expect(myRsvp.waitlistPosition).toBe(answers[i].body.data.rsvp.waitlistPosition);
      }
    });
    expect(positions.map((p) => p.position).sort((a, b) => a - b)).toEqual(Array.from({ length: waitlisted.length }, (_, i) => i + 1));
    const { rows: line } = await db.query<{ member_id: string }>(
      `SELECT member_id FROM rsvps WHERE meetup_id = $1 AND status = 'WAITLISTED' ORDER BY waitlist_seq`,
      [meetupId],
    );
    expect(positions.sort((a, b) => a.position - b.position).map((p) => p.memberId)).toEqual(line.map((r) => r.member_id));
  });

  it('each RSVP confirmation is mailed once, whichever worker takes it', async () => {
    const outbox = async () =>
      (
        await db.query<{ id: string; member_id: string; processed: boolean; failed: boolean }>(
          `SELECT id, member_id, processed_at IS NOT NULL AS processed, failed_at IS NOT NULL AS failed FROM outbox WHERE kind = 'rsvp.confirmed' ORDER BY id`,
        )
      ).rows;
    const rows = await until(
      'the outbox to be delivered',
      async () => {
        const current = await outbox();
        return current.length === MEMBERS && current.every((r) => r.processed) ? current : undefined;
      },
      60_000,
    ).catch((error: Error) => {
      throw new Error(`${error.message}\n${outputs()}`);
    });
    expect(rows.filter((r) => r.failed)).toEqual([]);
    expect(new Set(rows.map((r) => r.member_id))).toEqual(new Set(members.map((m) => m.id)));

    const { rows: deliveries } = await db.query<{ key: string; member_id: string; status: string }>(
      `SELECT key, member_id, status FROM deliveries WHERE kind = 'rsvp.confirmed' ORDER BY key`,
    );
    expect(deliveries.map((d) => d.key).sort()).toEqual(rows.map((r) => `outbox:${r.id}`).sort());
    expect(deliveries.every((d) => d.status === 'SENT')).toBe(true);

    const emailOf = new Map(members.map((m) => [m.id, m.email]));
    for (const delivery of deliveries) {
      const received = sink.messages.filter((mail) => deliveryKey(mail) === delivery.key);
      expect({ key: delivery.key, to: received.map((mail) => mail.envelopeTo) }).toEqual({ key: delivery.key, to: [[emailOf.get(delivery.member_id)]] });
    }
  }, 120_000);

  it('the weekly digest goes out once per member with both workers running it at once, and `npm run digest` after them sends nothing', async () => {
    // A digest is per ISO week (Asia/Ho_Chi_Minh): keep the runs inside one.
    const toMonday = msToNextIsoWeek(new Date());
    if (toMonday < 60_000) await new Promise((resolve) => setTimeout(resolve, toMonday + 1_000));

    // Two runs of the scheduled job at once, one for each worker to take.
    const boss = new PgBoss({ connectionString: database.url, schema: 'pgboss', max: 1, supervise: false, schedule: false, migrate: false });
    await boss.start();
    const jobs = [await boss.send('weekly-digest', {}), await boss.send('weekly-digest', {})];
    await boss.stop({ graceful: false, wait: true });
    expect(jobs.every((id) => typeof id === 'string')).toBe(true);

    try {
      await until(
        'both digest jobs to complete',
        async () => {
          const { rows } = await db.query<{ state: string }>(`SELECT state FROM pgboss.job WHERE id = ANY($1::uuid[])`, [jobs]);
          return rows.length === 2 && rows.every((r) => r.state === 'completed') ? true : undefined;
        },
        60_000,
      );
      // Then the command line, as `npm run digest` runs it: the week is done.
      const cli = startProcess(CLI_MAIN, cwd, { ...env, LOG_LEVEL: 'info' }, ['digest']);
      processes.push({ name: 'npm run digest', process: cli });
      expect(await cli.exited).toBe(0);
      expect(cli.output()).toMatch(/digest: .*\\"sent\\":0,/);
    } catch (error) {
      throw new Error(`${(error as Error).message}\n${outputs()}`, { cause: error });
    }

    const everyone = [organizer, ...members];
    const { rows: deliveries } = await db.query<{ key: string; member_id: string; status: string }>(
      `SELECT key, member_id, status FROM deliveries WHERE kind = 'digest' ORDER BY key`,
    );
    expect(deliveries).toHaveLength(everyone.length);
    expect(new Set(deliveries.map((d) => d.member_id))).toEqual(new Set(everyone.map((m) => m.id)));
    expect(deliveries.every((d) => d.status === 'SENT' && d.key.startsWith(`digest:${d.member_id}:`))).toBe(true);

    for (const member of everyone) {
      const digests = sink.to(member.email).filter((mail) => deliveryKey(mail)?.startsWith('digest:'));
      expect({ member: member.email, keys: digests.map(deliveryKey) }).toEqual({
        member: member.email,
        keys: [`digest:${member.id}:${deliveries[0].key.split(':')[2]}`],
      });
    }
  }, 180_000);

  it('sign-in limits count requests to both apis together', async () => {
    // The limits count per clock hour: keep the requests inside one.
    const toNextHour = 3600_000 - (Date.now() % 3600_000);
    if (toNextHour < 15_000) await new Promise((resolve) => setTimeout(resolve, toNextHour + 100));

    // Per address: the limit spread over both apis, all at once…
    const address = 'shared-limit@example.org';
    const allowed = await Promise.all(Array.from({ length: SIGN_IN_LIMIT }, (_, i) => gql(apis[i % 2], REQUEST_SIGN_IN, { e: address })));
    for (const answer of allowed) expect(answer.body).toEqual({ data: { requestSignIn: true } });
    // …then the next request is refused by either.
    for (const port of apis) {
      const refused = await gql(port, REQUEST_SIGN_IN, { e: address });
      expect(refused.body.errors?.[0].extensions.code).toBe('TOO_MANY_REQUESTS');
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    const { rows: counted } = await db.query(`SELECT hits FROM rate_limit_counters WHERE key = $1`, [`sign-in:address:${address}`]);
    expect(counted).toEqual([{ hits: SIGN_IN_LIMIT + 2 }]);
    expect(sink.to(address)).toHaveLength(SIGN_IN_LIMIT);

    // Per client (as a proxy on this machine names it): the same across both apis.
    const client = { 'x-forwarded-for': '198.51.100.7' };
    const fromClient = await Promise.all(
      Array.from({ length: CLIENT_LIMIT }, (_, i) => gql(apis[i % 2], REQUEST_SIGN_IN, { e: `client-${i}@example.org` }, undefined, client)),
    );
    for (const answer of fromClient) expect(answer.body).toEqual({ data: { requestSignIn: true } });
    for (const port of apis) {
      const refused = await gql(port, REQUEST_SIGN_IN, { e: `client-more-${port}@example.org` }, undefined, client);
      expect(refused.body.errors?.[0].extensions.code).toBe('TOO_MANY_REQUESTS');
    }
    // Another client behind the same proxy is not held up.
    const other = await gql(apis[1], REQUEST_SIGN_IN, { e: 'client-other@example.org' }, undefined, { 'x-forwarded-for': '198.51.100.8' });
    expect(other.body).toEqual({ data: { requestSignIn: true } });
  });

  it('the mutation limit counts every aliased mutation of a flood sent to both apis together', async () => {
    // The limit counts per clock minute (120 by default; a comment costs 2): keep the flood inside one.
    const toNextMinute = 60_000 - (Date.now() % 60_000);
    if (toNextMinute < 20_000) await new Promise((resolve) => setTimeout(resolve, toNextMinute + 100));
    const {
      rows: [flooder],
    } = await db.query<{ id: string; session_version: number }>(
      `INSERT INTO members (email, name) VALUES ('flooder@example.org', 'Người gửi dồn') RETURNING id, session_version`,
    );
    const token = jwt.sign({ sub: flooder.id, ver: flooder.session_version }, SECRET, { algorithm: 'HS256', expiresIn: 3600 });
    const created = await gql(
      apis[0],
      'mutation { submitIssue(input: { title: "Bị gửi dồn", description: "Mô tả", kind: QUESTION }) { id } }',
      {},
      organizer.token,
    );
    const issueId = created.body.data.submitIssue.id;
    const flood = (document: number) =>
      `mutation($i: ID!) { ${Array.from({ length: 15 }, (_, k) => `c${k}: addIssueComment(issueId: $i, body: "Spam ${document}-${k}") { id }`).join(' ')} }`;
    // Ten documents of fifteen comments (30 each) at once, half to each api: four fit in 120.
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => gql(apis[i % 2], flood(i), { i: issueId }, token)));
    const admitted = answers.filter((answer) => !answer.body.errors);
    expect(admitted).toHaveLength(4);
    for (const refused of answers.filter((answer) => answer.body.errors)) expect(refused.body.errors?.[0].extensions.code).toBe('TOO_MANY_REQUESTS');
    const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM issue_comments WHERE issue_id = $1 AND author_id = $2', [
      issueId,
      flooder.id,
    ]);
    expect(rows).toEqual([{ n: 60 }]);
  });

  it('a feed changed through one api is answered fresh by the other within FEED_REVALIDATE_SECONDS', async () => {
    const path = `/calendar/meetups/${meetupId}.ics`;
    const feed = (port: number, etag?: string) => fetch(`http://127.0.0.1:${port}${path}`, { headers: etag ? { 'if-none-match': etag } : {} });
    const [a, b] = apis;

    const first = await feed(b);
    expect(first.status).toBe(200);
    const oldEtag = first.headers.get('etag')!;
    const oldBody = await first.text();
    expect(oldBody).toContain('LOCATION:Phòng 1');
    // The same bytes from either process, so a client's ETag is good on both.
    expect((await feed(a)).headers.get('etag')).toBe(oldEtag);
    expect((await feed(b, oldEtag)).status).toBe(304);
    // Api B has answered this feed from the database at the latest now.
    const lastAnsweredByB = Date.now();

    const changed = await gql(
      a,
      'mutation($id: ID!) { updateMeetup(id: $id, input: { title: "Thứ Bảy đổi phòng", venue: "Phòng 2" }) { title venue } }',
      { id: meetupId },
      organizer.token,
    );
    expect(changed.body).toEqual({ data: { updateMeetup: { title: 'Thứ Bảy đổi phòng', venue: 'Phòng 2' } } });

    // Api B may say "unchanged" from memory for at most FEED_REVALIDATE_SECONDS after it last
    // answered from the database; then it asks again and answers the new feed. (The deadline
    // only bounds the wait on a slow machine; the window is checked on when each request left.)
    const stale: number[] = [];
    const fresh = await until(
      'api B to answer the changed feed',
      async () => {
        const sentAt = Date.now();
        const answer = await feed(b, oldEtag);
        if (answer.status === 304) stale.push(sentAt);
        return answer.status === 200 ? { etag: answer.headers.get('etag')!, body: await answer.text() } : undefined;
      },
      FEED_WINDOW_SECONDS * 1000 + 15_000,
      100,
    );
    for (const sentAt of stale) expect(sentAt - lastAnsweredByB).toBeLessThanOrEqual(FEED_WINDOW_SECONDS * 1000);
    expect(fresh.etag).not.toBe(oldEtag);
    expect(fresh.body).toContain('SUMMARY:Thứ Bảy đổi phòng');
    expect(fresh.body).toContain('LOCATION:Phòng 2');
    expect(fresh.body).not.toContain('Phòng 1');

    // The new version is "unchanged" on both apis now.
    for (const port of [b, a]) {
      const again = await feed(port, fresh.etag);
      expect({ port, status: again.status, etag: again.headers.get('etag') }).toEqual({ port, status: 304, etag: fresh.etag });
    }
    expect(await (await feed(a)).text()).toBe(fresh.body);
  });

  it('no e-mail of the outbox or the digest went out twice, and the deliveries table lists exactly what arrived', async () => {
    // The change above told the members with a seat; wait for every outbox row, then compare.
    await until(
      'the outbox to be empty',
      async () => {
        const { rows } = await db.query(`SELECT count(*)::int AS n FROM outbox WHERE processed_at IS NULL AND failed_at IS NULL`);
        return rows[0].n === 0 ? true : undefined;
      },
      60_000,
    );
    const { rows: changes } = await db.query(`SELECT count(*)::int AS n FROM outbox WHERE kind = 'meetup.changed'`);
    expect(changes[0].n).toBeGreaterThan(0);
    const { rows: sent } = await db.query<{ key: string }>(`SELECT key FROM deliveries WHERE status = 'SENT' ORDER BY key`);
    const received = sink.messages
      .map(deliveryKey)
      .filter((key): key is string => key !== null)
      .sort();
    expect(received).toEqual(sent.map((d) => d.key));
    expect(new Set(received).size).toBe(received.length);
  }, 120_000);

  it('40 members answering GOING at once on 10 seats, split across both apis, are told places 1..30, each once, as they read them afterwards', async () => {
    const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });
    const created = await gql(
      apis[1],
      'mutation($s: Date!) { createMeetupSeries(input: { title: "Mười chỗ", startsOn: $s, capacity: 10, guestLimit: 0 }) { id } }',
      { s: today },
      organizer.token,
    );
    expect(created.body.errors).toBeUndefined();
    const {
      rows: [date],
    } = await db.query<{ id: string }>(`SELECT id FROM meetups WHERE series_id = $1 AND starts_at > now() + interval '1 hour' ORDER BY starts_at LIMIT 1`, [
      created.body.data.createMeetupSeries.id,
    ]);
    const answers = await Promise.all(members.map((m, i) => gql(apis[i % 2], RSVP, { m: date.id, g: 0 }, m.token)));
    for (const answer of answers) expect(answer.body.errors).toBeUndefined();
    const told = answers.map((a) => a.body.data.rsvp as { status: string; waitlistPosition: number | null });
    expect(told.filter((r) => r.status === 'GOING')).toHaveLength(10);
    expect(
      told
        .map((r) => r.waitlistPosition)
        .filter((p): p is number => p !== null)
        .sort((a, b) => a - b),
    ).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    const read = await Promise.all(members.map((m, i) => gql(apis[(i + 1) % 2], MY_RSVP, { m: date.id }, m.token)));
    read.forEach((answer, i) => expect(answer.body.data.meetup.myRsvp.waitlistPosition).toBe(told[i].waitlistPosition));
  });

  it('workers log JSON lines at LOG_LEVEL, like the api', () => {
    for (const worker of workers) {
      const lines = worker
        .output()
        .split('\n')
        .filter((line) => line !== '');
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
      expect(lines.map((line) => JSON.parse(line).msg)).toEqual(expect.arrayContaining([expect.stringMatching(/^digest \d{4}-W\d{2}: /)]));
    }
  });
});
