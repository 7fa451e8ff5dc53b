import { EntityManager } from 'typeorm';

/**
 * Runs a statement with RETURNING and gives its rows. TypeORM answers UPDATE and DELETE with
 * `[rows, affectedCount]` but INSERT and SELECT with the rows alone; this hides the difference.
 */
export async function queryRows<T>(manager: EntityManager, sql: string, parameters: unknown[] = []): Promise<T[]> {
  const result: unknown = await manager.query(sql, parameters);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}
