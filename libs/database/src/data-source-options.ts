import { types } from 'pg';
import type { DataSourceOptions } from 'typeorm';
import { createTimestamptzParser } from './timestamp-parser';

// DATE values are calendar dates, not instants: keep them as 'YYYY-MM-DD' strings instead of
// letting node-postgres turn them into Dates at midnight of the server's own time zone.
const DATE_OID = 1082;
const DATE_ARRAY_OID = 1182;
const setParser = types.setTypeParser as (oid: number, parse: (value: string) => unknown) => void;
setParser(DATE_OID, (value) => value);
setParser(DATE_ARRAY_OID, (value) => (value === '{}' ? [] : value.slice(1, -1).split(',')));
// TIMESTAMPTZ through a faster reader of the usual form (see timestamp-parser.ts).
const TIMESTAMPTZ_OID = 1184;
setParser(TIMESTAMPTZ_OID, createTimestamptzParser(types.getTypeParser(TIMESTAMPTZ_OID, 'text') as (value: string) => unknown));

type PostgresConnectionOptions = Extract<DataSourceOptions, { type: 'postgres' }>;
import { MIGRATIONS } from './migrations';

/** The connection settings shared by the app and the migration commands. */
export function buildDataSourceOptions(url: string, poolSize: number, acquireTimeoutMs = 5_000): PostgresConnectionOptions {
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
      // Past this wait for a free connection pg-pool gives up; the api answers TOO_MANY_REQUESTS
      // with Retry-After (pool-busy.ts), not an internal error.
      connectionTimeoutMillis: acquireTimeoutMs,
      // A statement that hangs should not hold a connection for ever.
      statement_timeout: 30_000,
      application_name: 'hue-meetups',
    },
  };
}
