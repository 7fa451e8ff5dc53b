import { join } from 'node:path';
import { createServer } from 'node:net';
import { EmbeddedPostgresServer } from '../../libs/database/src/embedded-postgres';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

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
