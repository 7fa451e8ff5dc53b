import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { EmbeddedPostgresServer } from '../libs/database/src/embedded-postgres';
import { migrateDatabase } from '../libs/database/src/migrate';
import { createDatabase, withDatabase, writeTestDatabaseServer } from '../libs/testing/src/test-database';
import { freePort } from '../libs/testing/src/free-port';

declare global {
  var __TEST_DATABASE__: { serverUrl: string; template: string; embedded: EmbeddedPostgresServer | null } | undefined;
}

/**
 * One database server for the whole run: the one DATABASE_URL names, or an embedded PostgreSQL.
 * A migrated template database is made once; each test file copies it (createTestDatabase).
 */
export default async function globalSetup(): Promise<void> {
  let serverUrl = process.env.DATABASE_URL;
  let embedded: EmbeddedPostgresServer | null = null;
  if (!serverUrl) {
    embedded = new EmbeddedPostgresServer({
      dataDir: join(__dirname, '..', 'var', 'test-postgres'),
      port: await freePort(),
      database: 'postgres',
      log: () => undefined,
    });
    serverUrl = await embedded.start();
  }
  const template = `meetups_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  await createDatabase(serverUrl, template);
  await migrateDatabase(withDatabase(serverUrl, template), () => undefined);
  writeTestDatabaseServer({ serverUrl, template });
  globalThis.__TEST_DATABASE__ = { serverUrl, template, embedded };
}
