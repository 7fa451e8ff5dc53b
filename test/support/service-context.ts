import { Test, TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { AssignmentsModule } from '@app/assignments';
import { AppConfig, ConfigModule, loadConfig } from '@app/config';
import { Actor, CoreModule, FixedClock } from '@app/core';
import { DatabaseModule } from '@app/database';
import { EcosystemModule } from '@app/ecosystem';
import { IssuesModule } from '@app/issues';
import { MailModule } from '@app/mail';
import { MeetupsModule } from '@app/meetups';
import { MembersModule } from '@app/members';
import { MinutesModule } from '@app/minutes';
import { OrganizationsModule } from '@app/organizations';
import { RsvpsModule } from '@app/rsvps';
import { TestDatabase, createTestDatabase } from '@app/testing';

/**
 * The fast tier: the features' services and repositories on a real PostgreSQL (a fresh copy of
 * the migrated template), no HTTP and no GraphQL. Fixtures are written straight as rows: these
 * tests are about the rule under test, not about how the data got there.
 */
export interface ServiceContext {
  module: TestingModule;
  dataSource: DataSource;
  database: TestDatabase;
  clock: FixedClock;
  config: AppConfig;
  get<T>(type: abstract new (...args: never[]) => T): T;
  /** A member row with the given role, as an Actor. */
  member(role?: 'MEMBER' | 'ORGANIZER' | 'ADMIN', name?: string): Promise<Actor>;
  close(): Promise<void>;
}

export async function startServiceContext(now = '2026-11-26T03:00:00Z'): Promise<ServiceContext> {
  const database = await createTestDatabase();
  const clock = new FixedClock(new Date(now));
  const config = loadConfig({
    NODE_ENV: 'test',
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-signing',
    PUBLIC_URL: 'http://meetups.test',
    DATABASE_URL: database.url,
    LOG_LEVEL: 'warn',
  });
  const module = await Test.createTestingModule({
    imports: [
      ConfigModule.forRoot(config),
      CoreModule.forRoot(clock),
      DatabaseModule.forRoot({ url: database.url, poolSize: 50 }),
      MailModule.forRoot(config),
      OrganizationsModule,
      MembersModule,
      MeetupsModule,
      RsvpsModule,
      IssuesModule,
      MinutesModule,
      AssignmentsModule,
      EcosystemModule,
    ],
  }).compile();
  await module.init();
  const dataSource = module.get(DataSource);
  let members = 0;
  return {
    module,
    dataSource,
    database,
    clock,
    config,
    get: (type) => module.get(type as never),
    member: async (role = 'MEMBER', name) => {
      members++;
      const [row]: { id: string }[] = await dataSource.query('INSERT INTO members (email, name, role) VALUES ($1, $2, $3) RETURNING id', [
        `service${members}-${Math.random().toString(36).slice(2, 8)}@example.org`,
        name ?? `Thành viên ${members}`,
        role,
      ]);
      return { memberId: row.id, role };
    },
    close: async () => {
      await module.close();
      await database.drop();
    },
  };
}
