import { FixedClock } from '@app/core';
import request from 'supertest';
import { TestApp, startTestApp } from './support/test-app';

const REQUEST = 'mutation($e: String!, $n: String) { requestSignIn(email: $e, name: $n) }';
const SIGN_IN = 'mutation($t: String!) { signIn(token: $t) { accessToken member { id name email role } } }';
const ME = '{ me { id name email role locale } }';

function tokenOf(text: string | undefined): string {
  const token = /token=([A-Za-z0-9_-]+)/.exec(text ?? '')?.[1];
  if (!token) throw new Error('no token in mail');
  return token;
}

describe('passwordless sign-in', () => {
  let t: TestApp;
  const clock = new FixedClock(new Date('2026-03-07T01:00:00Z'));

  beforeAll(async () => {
    t = await startTestApp({ clock, env: { ADMIN_EMAILS: 'Vien.Truong@Example.org' } });
  });
  afterAll(() => t.close());

  it('e-mails a single-use link in Vietnamese and signs a new member in once', async () => {
    const requested = await t.gql(REQUEST, { e: '  Lan.Nguyen@Example.ORG ', n: 'Nguyễn Thị Lan' });
    expect(requested.data).toEqual({ requestSignIn: true });

    const [mail] = await t.mail.waitFor('lan.nguyen@example.org');
    expect(mail.parsed.subject).toBe('Đăng nhập Gặp mặt thứ Bảy');
    // The name in the request is unverified text: it is not repeated in the e-mail.
    expect(mail.parsed.text).toContain('Xin chào,');
    expect(mail.parsed.text).not.toContain('Nguyễn Thị Lan');
    expect(mail.parsed.text).toContain('http://meetups.test/sign-in#token=');
    expect(mail.parsed.html).toContain('Đăng nhập');
    const token = tokenOf(mail.parsed.text);

    // Only a hash of the token is stored.
    const stored = await t.dataSource.query('SELECT token_hash FROM sign_in_tokens WHERE email = $1', ['lan.nguyen@example.org']);
    expect(stored).toHaveLength(1);
    expect(stored[0].token_hash).not.toContain(token);
    expect(stored[0].token_hash).toMatch(/^[0-9a-f]{64}$/);

    const signedIn = await t.gql(SIGN_IN, { t: token });
    expect(signedIn.errors).toBeUndefined();
    const { accessToken, member } = signedIn.data!.signIn;
    expect(member).toMatchObject({ name: 'Nguyễn Thị Lan', email: 'lan.nguyen@example.org', role: 'MEMBER' });
    expect(await t.count('members')).toBe(1);

    const me = await t.gql(ME, {}, accessToken);
    expect(me.data!.me).toEqual({ id: member.id, name: 'Nguyễn Thị Lan', email: 'lan.nguyen@example.org', role: 'MEMBER', locale: 'vi' });

    const again = await t.gql(SIGN_IN, { t: token });
    expect(again.data).toBeNull();
    expect(again.errors![0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('answers the same for known and unknown addresses and reuses the member', async () => {
    const known = await t.gql(REQUEST, { e: 'lan.nguyen@example.org' });
    const unknown = await t.gql(REQUEST, { e: 'nobody-yet@example.org' });
    expect(known.data).toEqual(unknown.data);
    expect(known.status).toBe(unknown.status);
    const mails = await t.mail.waitFor('lan.nguyen@example.org', 2);
    const signedIn = await t.gql(SIGN_IN, { t: tokenOf(mails[1].parsed.text) });
    expect(signedIn.data!.signIn.member.email).toBe('lan.nguyen@example.org');
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM members WHERE email = 'lan.nguyen@example.org'`)).toEqual([{ n: 1 }]);
  });

  it('refuses a link after 15 minutes', async () => {
    await t.gql(REQUEST, { e: 'late@example.org' });
    const [mail] = await t.mail.waitFor('late@example.org');
    clock.advance(15 * 60 * 1000 + 1000);
    const result = await t.gql(SIGN_IN, { t: tokenOf(mail.parsed.text) });
    expect(result.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM members WHERE email = 'late@example.org'`)).toEqual([{ n: 0 }]);
  });

  it('accepts a link just inside 15 minutes', async () => {
    await t.gql(REQUEST, { e: 'ontime@example.org' });
    const [mail] = await t.mail.waitFor('ontime@example.org');
    clock.advance(14 * 60 * 1000 + 59 * 1000);
    const result = await t.gql(SIGN_IN, { t: tokenOf(mail.parsed.text) });
    expect(result.errors).toBeUndefined();
    expect(result.data!.signIn.member.email).toBe('ontime@example.org');
  });

  it('refuses a wrong or empty token and a forged access token', async () => {
    for (const token of ['not-a-real-token', '', 'x'.repeat(500)]) {
      const result = await t.gql(SIGN_IN, { t: token });
      expect(result.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    }
    const forged = await t.gql(ME, {}, 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl');
    expect(forged.errors![0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('makes ADMIN_EMAILS addresses ADMIN, whatever their case', async () => {
    const { token } = await t.signIn('vien.truong@example.org', 'Trưởng Viện');
    const me = await t.gql(ME, {}, token);
    expect(me.data!.me.role).toBe('ADMIN');
  });

  it('writes sign-in mails in English for members who chose English', async () => {
    const { token } = await t.signIn('john@example.org', 'John');
    const updated = await t.gql('mutation { updateProfile(input: { locale: en }) { id } }', {}, token);
    expect(updated.errors).toBeUndefined();
    await t.gql(REQUEST, { e: 'john@example.org' });
    const mails = await t.mail.waitFor('john@example.org', 2);
    expect(mails[1].parsed.subject).toBe('Sign in to Saturday Meetups');
    expect(mails[1].parsed.text).toContain('Hello John,');
  });

  it('revokes every access token with signOutEverywhere', async () => {
    const { token } = await t.signIn('leaving@example.org');
    expect((await t.gql(ME, {}, token)).data!.me.email).toBe('leaving@example.org');
    expect((await t.gql('mutation { signOutEverywhere }', {}, token)).data).toEqual({ signOutEverywhere: true });
    const after = await t.gql(ME, {}, token);
    expect(after.errors![0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a malformed e-mail naming the field, writing nothing', async () => {
    const before = await t.count('sign_in_tokens');
    for (const email of ['not-an-email', 'a@b', '', 'x'.repeat(250) + '@example.org', 'two@@example.org']) {
      const result = await t.gql(REQUEST, { e: email });
      expect(result.errors![0].extensions.code).toBe('BAD_USER_INPUT');
      expect(result.errors![0].message).toMatch(/^email/);
    }
    const longName = await t.gql(REQUEST, { e: 'ok@example.org', n: 'n'.repeat(101) });
    expect(longName.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(await t.count('sign_in_tokens')).toBe(before);
  });
});

describe('sign-in rate limits', () => {
  let t: TestApp;

  beforeAll(async () => {
    // A fixed clock in the middle of an hour: the limits count per clock hour, and a test running
    // across a full hour would otherwise start a fresh count halfway.
    t = await startTestApp({ env: { SIGN_IN_LIMIT_PER_ADDRESS: '3', SIGN_IN_LIMIT_PER_CLIENT: '5' }, clock: new FixedClock(new Date('2026-11-26T03:20:30Z')) });
  });
  afterAll(() => t.close());

  it('limits requests per address, with Retry-After', async () => {
    for (let i = 0; i < 3; i++) expect((await t.gql(REQUEST, { e: 'busy@example.org' })).data).toEqual({ requestSignIn: true });
    const refused = await t.gql(REQUEST, { e: 'busy@example.org' });
    expect(refused.errors![0].extensions.code).toBe('TOO_MANY_REQUESTS');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(3600);
    expect(t.mail.to('busy@example.org')).toHaveLength(3);
  });

  it('limits requests per client across addresses', async () => {
    // The client already made 4 requests above; one more is allowed, then it is refused.
    expect((await t.gql(REQUEST, { e: 'one@example.org' })).data).toEqual({ requestSignIn: true });
    const refused = await t.gql(REQUEST, { e: 'two@example.org' });
    expect(refused.errors![0].extensions.code).toBe('TOO_MANY_REQUESTS');
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM sign_in_tokens WHERE email = 'two@example.org'`)).toEqual([{ n: 0 }]);
  });
});

describe('the client address behind a reverse proxy (TRUST_PROXY)', () => {
  const clock = () => new FixedClock(new Date('2026-11-26T03:20:30Z'));
  const from = (t: TestApp, client: string, email: string) =>
    request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('x-forwarded-for', client)
      .send({ query: REQUEST, variables: { e: email } })
      .then((res) => (res.body.errors?.[0]?.extensions?.code as string | undefined) ?? 'OK');

  it('counts per client the address a trusted proxy names (loopback by default: these requests come from 127.0.0.1)', async () => {
    const t = await startTestApp({ env: { SIGN_IN_LIMIT_PER_CLIENT: '2' }, clock: clock() });
    try {
      expect(await from(t, '203.0.113.1', 'a1@example.org')).toBe('OK');
      expect(await from(t, '203.0.113.1', 'a2@example.org')).toBe('OK');
      expect(await from(t, '203.0.113.1', 'a3@example.org')).toBe('TOO_MANY_REQUESTS');
      // Another client behind the same proxy has its own count.
      expect(await from(t, '203.0.113.2', 'b1@example.org')).toBe('OK');
      const counted = await t.dataSource.query(`SELECT key, hits FROM rate_limit_counters WHERE key LIKE 'sign-in:client:%' ORDER BY key`);
      expect(counted).toEqual([
        { key: 'sign-in:client:203.0.113.1', hits: 3 },
        { key: 'sign-in:client:203.0.113.2', hits: 1 },
      ]);
    } finally {
      await t.close();
    }
  });

  it('ignores X-Forwarded-For from a peer it does not trust (TRUST_PROXY=false): one count for the peer', async () => {
    const t = await startTestApp({ env: { SIGN_IN_LIMIT_PER_CLIENT: '2', TRUST_PROXY: 'false' }, clock: clock() });
    try {
      expect(await from(t, '203.0.113.1', 'c1@example.org')).toBe('OK');
      expect(await from(t, '203.0.113.2', 'c2@example.org')).toBe('OK');
      expect(await from(t, '203.0.113.3', 'c3@example.org')).toBe('TOO_MANY_REQUESTS');
      const counted: { key: string }[] = await t.dataSource.query(`SELECT key FROM rate_limit_counters WHERE key LIKE 'sign-in:client:%'`);
      expect(counted.map((c) => c.key)).toEqual([expect.stringMatching(/^sign-in:client:(::ffff:)?127\.0\.0\.1$/)]);
    } finally {
      await t.close();
    }
  });
});
