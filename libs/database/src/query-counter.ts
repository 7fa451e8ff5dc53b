import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger as TypeOrmLogger } from 'typeorm';

/** SQL statements run within one request (when counting is on). */
export const requestQueries = new AsyncLocalStorage<{ count: number }>();

/**
 * A TypeORM logger that counts statements per request (to prove there are no N+1 queries) and
 * writes errors to the app log.
 */
export class CountingQueryLogger implements TypeOrmLogger {
  constructor(private readonly error: (message: string) => void) {}

  logQuery(): void {
    const store = requestQueries.getStore();
    if (store) store.count++;
  }

  logQueryError(error: string | Error, query: string): void {
    this.logQuery();
    this.error(`query failed: ${error instanceof Error ? error.message : error} — ${query.slice(0, 500)}`);
  }

  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
