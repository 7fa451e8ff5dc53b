import { join } from 'node:path';
import type { AppConfig } from '@app/config';
import { redact } from '@app/config';
import { EmbeddedPostgresServer } from './embedded-postgres';

export interface OpenDatabase {
  url: string;
  /** Stops the embedded server when this process started one; otherwise nothing. */
  close(): Promise<void>;
  description: string;
  /** True when this process created the embedded database just now; never for DATABASE_URL. */
  created: boolean;
}

/**
 * The database a process should use: DATABASE_URL when set, else the embedded PostgreSQL
 * under VAR_DIR (started here, kept across restarts).
 */
export async function openDatabase(config: AppConfig, log: (message: string) => void): Promise<OpenDatabase> {
  if (config.database.url) {
    return { url: config.database.url, close: async () => undefined, description: `PostgreSQL at ${redact(config.database.url)}`, created: false };
  }
  const server = new EmbeddedPostgresServer({
    dataDir: join(config.varDir, 'postgres'),
    port: config.database.embeddedPort,
    database: 'meetups',
    log,
  });
  const url = await server.start();
  return { url, close: () => server.stop(), description: `embedded PostgreSQL at ${redact(url)}`, created: server.createdDatabase };
}
