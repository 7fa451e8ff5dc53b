import type { NestExpressApplication } from '@nestjs/platform-express';
import type { DestinationStream } from 'pino';
import request from 'supertest';
import { DataSource, In } from 'typeorm';
import { AppConfig, loadConfig } from '@app/config';
import { Clock, FixedClock, SystemClock } from '@app/core';
import { AccessTokens } from '@app/auth';
import { SmtpMailTransport } from '@app/mail';
import { Member } from '@app/members';
import { SmtpSink, TestDatabase, createTestDatabase } from '@app/testing';
import { createApiApp } from '../../apps/api/src/create-api-app';

export interface GraphqlResponse<T = Record<string, any>> {
  status: number;
  data: T | null;
  errors?: { message: string; path?: string[]; extensions: { code: string; field?: string; retryAfter?: number } }[];
  headers: Record<string, string>;
}

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  database: TestDatabase;
  dataSource: DataSource;
  mail: SmtpSink;
  clock: Clock;
  /** Runs one GraphQL operation over HTTP, as a client would. */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphqlResponse<T>>;
  /** Signs in through the e-mailed link and returns the access token and member id. */
  signIn(email: string, name?: string): Promise<{ token: string; memberId: string }>;
  /** Members made straight in the database, with real access tokens (for tests that need many). */
  createMembers(count: number, prefix: string, role?: string): Promise<{ token: string; memberId: string }[]>;
  /** Counts rows of a table (for "nothing was written" checks). */
  count(table: string): Promise<number>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  env?: Record<string, string>;
  clock?: FixedClock;
  /** Where the app's JSON log lines go (standard output by default). */
  logDestination?: DestinationStream;
}

/** The whole api on a fresh database and a real SMTP server, driven over HTTP. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const mail = await new SmtpSink().start();
  const config = loadConfig({
    NODE_ENV: 'test',
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-signing',
    PUBLIC_URL: 'http://meetups.test',
    DATABASE_URL: database.url,
    SMTP_URL: mail.url,
    RUN_WORKER: 'false',
    LOG_LEVEL: 'warn',
    // Tests change data and refetch at once; the in-memory revalidation has its own test.
    FEED_REVALIDATE_SECONDS: '0',
    ...options.env,
  });
  const clock = options.clock ?? new SystemClock();
  const app = await createApiApp({
    config,
    databaseUrl: database.url,
    clock,
    mailTransport: new SmtpMailTransport(mail.url, config.mail.from),
    logDestination: options.logDestination,
  });
  await app.init();
  const http = app.getHttpServer();

  const gql: TestApp['gql'] = async (query, variables, token) => {
    const req = request(http).post('/graphql').set('content-type', 'application/json');
    if (token) req.set('authorization', `Bearer ${token}`);
    const res = await req.send({ query, variables });
    return { status: res.status, data: res.body.data ?? null, errors: res.body.errors, headers: res.headers as Record<string, string> };
  };

  const signIn: TestApp['signIn'] = async (email, name) => {
    const before = mail.to(email).length;
    const requested = await gql('mutation($e: String!, $n: String) { requestSignIn(email: $e, name: $n) }', { e: email, n: name ?? null });
    if (requested.errors) throw new Error(`requestSignIn failed: ${JSON.stringify(requested.errors)}`);
    const [message] = (await mail.waitFor(email, before + 1)).slice(-1);
    const token = /token=([A-Za-z0-9_-]+)/.exec(message.parsed.text ?? '')?.[1];
    if (!token) throw new Error('no sign-in token in the e-mail');
    const result = await gql<{ signIn: { accessToken: string; member: { id: string } } }>(
      'mutation($t: String!) { signIn(token: $t) { accessToken member { id } } }',
      { t: token },
    );
    if (!result.data) throw new Error(`signIn failed: ${JSON.stringify(result.errors)}`);
    return { token: result.data.signIn.accessToken, memberId: result.data.signIn.member.id };
  };

  const dataSource = app.get(DataSource);
  return {
    app,
    config,
    database,
    dataSource,
    mail,
    clock,
    gql,
    signIn,
    createMembers: async (count, prefix, role = 'MEMBER') => {
      const rows: { id: string }[] = await dataSource.query(
        `INSERT INTO members (email, name, role) SELECT $1 || i || '@example.org', 'Thành viên ' || i, $2 FROM generate_series(1, $3) AS i RETURNING id`,
        [prefix, role, count],
      );
      const members = await dataSource.getRepository(Member).find({ where: { id: In(rows.map((r) => r.id)) }, order: { email: 'ASC' } });
      const tokens = app.get(AccessTokens);
      return members.map((m) => ({ token: tokens.issue(m), memberId: m.id }));
    },
    count: async (table) => Number((await dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n),
    close: async () => {
      await app.close();
      await mail.stop();
      await database.drop();
    },
  };
}
