import { createHash } from 'node:crypto';
import type { PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/** Statement texts seen, with their names; past this many, statements run unnamed. */
const MAX_NAMED = 500;
const names = new Map<string, string>();

/**
 * Runs a frequent read as a named prepared statement, so PostgreSQL parses and plans it once per
 * connection instead of on every call: half the database time of the home page's statements
 * (docs/BENCHMARKS.md). The name is derived from the text, so the same text is the same statement
 * on every connection. Values are always parameters.
 *
 * Only for statements whose best plan does not depend on the values (a key, a list of ids): after
 * a few runs PostgreSQL may keep one generic plan for all values. For reads outside transactions
 * only: it runs on a pooled connection of its own.
 */
export async function queryPrepared<T = Record<string, unknown>>(dataSource: DataSource, text: string, values: unknown[]): Promise<T[]> {
  let name = names.get(text);
  if (name === undefined && names.size < MAX_NAMED) {
    name = `q_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    names.set(text, name);
  }
  if (name === undefined) return dataSource.query(text, values);
  // What TypeORM does for its own statements: the counting logger sees every statement.
  dataSource.logger.logQuery(text, values);
  // A connection of the pool TypeORM holds, through the driver's public API (as TypeORM's own
  // statements take one); released as pg's Pool.query releases it.
  const [client, release] = (await (dataSource.driver as PostgresDriver).obtainMasterConnection()) as [PoolClient, (error?: Error) => void];
  try {
    const result = await client.query({ name, text, values });
    release();
    return result.rows as T[];
  } catch (error) {
    release(error as Error);
    throw error;
  }
}
