import type { DataSourceOptions } from 'typeorm';

type PostgresConnectionOptions = Extract<DataSourceOptions, { type: 'postgres' }>;
import { MIGRATIONS } from './migrations';

/** The connection settings shared by the app and the migration commands. */
export function buildDataSourceOptions(url: string, poolSize: number): PostgresConnectionOptions {
  return {
    type: 'postgres',
    url,
    synchronize: false,
    migrationsRun: false,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    // No CREATE EXTENSION "uuid-ossp" on connect: ids come from gen_random_uuid().
    installExtensions: false,
    uuidExtension: 'pgcrypto',
    extra: {
      max: poolSize,
      connectionTimeoutMillis: 5_000,
      // A statement that hangs should not hold a connection for ever.
      statement_timeout: 30_000,
      application_name: 'hue-meetups',
    },
  };
}
