import { join } from 'node:path';
import { EmbeddedPostgresServer } from '../../libs/database/src/embedded-postgres';
import { freePort } from '../../libs/testing/src/free-port';

/**
 * The database server for the run: the one DATABASE_URL names, or an embedded PostgreSQL.
 * Workers make their own database on it (see fixtures.ts).
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  if (process.env.DATABASE_URL) {
    process.env.BROWSER_TEST_DATABASE_SERVER = process.env.DATABASE_URL;
    return async () => undefined;
  }
  const embedded = new EmbeddedPostgresServer({
    dataDir: join(__dirname, '..', '..', 'var', 'browser-postgres'),
    port: await freePort(),
    database: 'postgres',
    log: () => undefined,
  });
  process.env.BROWSER_TEST_DATABASE_SERVER = await embedded.start();
  return async () => {
    await embedded.stop();
  };
}
