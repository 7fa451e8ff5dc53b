import request from 'supertest';
import { FixedClock } from '@app/core';
import { TestApp, startTestApp } from './support/test-app';

describe('HTTP surface', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers /health with 200 when the database answers', async () => {
    const res = await request(t.app.getHttpServer()).get('/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('gives each request an id, and keeps one the client sent', async () => {
    const generated = await request(t.app.getHttpServer()).get('/health');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const given = await request(t.app.getHttpServer()).get('/health').set('x-request-id', 'client-req-42');
    expect(given.headers['x-request-id']).toBe('client-req-42');
  });

  it('answers a GraphQL syntax error or unknown field with BAD_USER_INPUT', async () => {
    const syntax = await t.gql('{ me { id ');
    expect(syntax.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    // (Once answered 500: a second parse in a plugin hook escaped Apollo's handling.)
    expect(syntax.status).toBe(400);
    const unknown = await t.gql('{ nothingHere }');
    expect(unknown.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(unknown.errors![0].message).toContain('nothingHere');
  });

  it('refuses oversized request bodies without reaching a resolver', async () => {
    const res = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: 'mutation($e: String!) { requestSignIn(email: $e) }', variables: { e: 'x'.repeat(300_000) } });
    expect(res.status).toBe(413);
    expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.text).not.toMatch(/at .*\.js:\d+/);
    expect(await t.count('sign_in_tokens')).toBe(0);
  });

  it('blocks cross-site simple requests (CSRF prevention)', async () => {
    const res = await request(t.app.getHttpServer()).get('/graphql?query=%7Bme%7Bid%7D%7D');
    expect(res.status).toBe(400);
  });

  it('serves the web app where the sign-in link lands', async () => {
    const res = await request(t.app.getHttpServer()).get('/sign-in');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.text).toContain('<div id="root"></div>');
  });
});

describe('production mode', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ env: { NODE_ENV: 'production' } });
  });
  afterAll(() => t.close());

  it('turns introspection off and hides internal details', async () => {
    const introspection = await t.gql('{ __schema { types { name } } }');
    expect(introspection.data).toBeNull();
    expect(introspection.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const ok = await t.gql('{ organizations { id } }');
    expect(ok.data).toEqual({ organizations: [] });
  });
});

describe('GraphQL limits, before any resolver runs', () => {
  let t: TestApp;

  beforeAll(async () => {
    // A fixed clock in the middle of a minute: the mutation limit counts per clock minute.
    t = await startTestApp({ env: { MUTATION_LIMIT_PER_MINUTE: '5' }, clock: new FixedClock(new Date('2026-11-26T03:20:30Z')) });
  });
  afterAll(() => t.close());

  it('refuses deep, alias-heavy, token-heavy and batched requests', async () => {
    const deep = await t.gql('{ meetups { edges { node { agenda { issue { duplicateOf { submitter { organization { id } } } } } } } } }');
    expect(deep.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(deep.errors![0].message).toMatch(/depth/i);
    const aliases = await t.gql(`{ ${Array.from({ length: 20 }, (_, i) => `a${i}: me { id }`).join(' ')} }`);
    expect(aliases.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(aliases.errors![0].message).toMatch(/alias/i);
    const tokens = await t.gql(`{ organizations(search: "x") { ${'id '.repeat(1100)} } }`);
    expect(tokens.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(tokens.status).toBe(400);
    const batched = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]);
    expect(batched.status).toBe(400);
    expect(batched.text).not.toContain('"data"');
  });

  it('limits mutations per member and minute, with Retry-After', async () => {
    const [member] = await t.createMembers(1, 'busy');
    const UPDATE = 'mutation($n: String!) { updateProfile(input: { name: $n }) { name } }';
    for (let i = 0; i < 5; i++) expect((await t.gql(UPDATE, { n: `Tên ${i}` }, member.token)).errors).toBeUndefined();
    const refused = await t.gql(UPDATE, { n: 'Quá nhiều' }, member.token);
    expect(refused.errors![0].extensions.code).toBe('TOO_MANY_REQUESTS');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect((await t.dataSource.query('SELECT name FROM members WHERE id = $1', [member.memberId]))[0].name).toBe('Tên 4');
    expect((await t.gql('{ me { name } }', {}, member.token)).data!.me.name).toBe('Tên 4'); // queries are not limited
  });
});
