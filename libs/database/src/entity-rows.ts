import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

interface ColumnMapping {
  property: string;
  column: string;
}

const mappings = new WeakMap<object, ColumnMapping[]>();

/**
 * Entities from raw rows, for hot read paths that join several tables in one statement.
 *
 * TypeORM's QueryBuilder builds the SQL and hydrates through its metadata on every call (a good
 * share of a list query's CPU); this reads the same metadata once. Values arrive as node-postgres
 * parses them (timestamps as Dates, DATE as 'YYYY-MM-DD', jsonb parsed), which is what the
 * entities hold — none of them uses column transformers.
 */
export class EntityRows<T extends ObjectLiteral> {
  private readonly columns: ColumnMapping[];

  constructor(
    dataSource: DataSource,
    private readonly entity: new () => T,
  ) {
    const cached = mappings.get(entity);
    if (cached) {
      this.columns = cached;
    } else {
      const metadata = dataSource.getMetadata(entity as EntityTarget<T>);
      this.columns = metadata.columns.map((c) => ({ property: c.propertyName, column: c.databaseName }));
      mappings.set(entity, this.columns);
    }
  }

  /** The select list `alias.column AS "prefixcolumn", …` of every column. */
  select(alias: string, prefix = ''): string {
    return this.columns.map(({ column }) => `${alias}."${column}" AS "${prefix}${column}"`).join(', ');
  }

  /** The entity in `row` (its columns under `prefix`), or null when its id is null (an outer join that found nothing). */
  read(row: Record<string, unknown>, prefix = ''): T | null {
    if (row[`${prefix}id`] === null || row[`${prefix}id`] === undefined) return null;
    const entity = new this.entity() as Record<string, unknown>;
    for (const { property, column } of this.columns) entity[property] = row[`${prefix}${column}`];
    return entity as T;
  }
}
