import request from 'supertest';
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

  it('serves the page that the sign-in link opens', async () => {
    const res = await request(t.app.getHttpServer()).get('/sign-in');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.text).toContain('signIn(token: $t)');
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
