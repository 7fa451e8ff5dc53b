import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from './data-source-options';

// An arbitrary constant: every process that migrates takes the same advisory lock.
const MIGRATION_LOCK = 7_310_415_020;

/**
 * Runs pending migrations, one process at a time: several api or worker processes that start
 * together wait for each other instead of racing to create the same tables.
 */
export async function runMigrations(dataSource: DataSource, url: string): Promise<string[]> {
  const lock = new Client({ connectionString: url });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lock.end();
  }
}

/** Opens a short-lived connection, applies pending migrations, and says which. */
export async function migrateDatabase(url: string, log: (message: string) => void): Promise<string[]> {
  const dataSource = new DataSource({ ...buildDataSourceOptions(url, 2), logging: ['error'] });
  await dataSource.initialize();
  try {
    const applied = await runMigrations(dataSource, url);
    log(applied.length ? `migrations applied: ${applied.join(', ')}` : 'database schema is up to date');
    return applied;
  } finally {
    await dataSource.destroy();
  }
}
