import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

interface ColumnMapping {
  property: string;
  column: string;
}

interface EntityMapping {
  columns: ColumnMapping[];
  primary: string;
}

const mappings = new WeakMap<object, EntityMapping>();

/** Column kinds TypeORM converts on its way from a row, which a plain copy would get wrong. */
const CONVERTED_TYPES = new Set<unknown>(['simple-json', 'simple-array', 'simple-enum']);

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
  private readonly primary: string;
  private readonly readers = new Map<string, (row: Record<string, unknown>) => T>();
  /** The column lists `select` made, by alias and prefix: the same text every call, built once. */
  private readonly selects = new Map<string, string>();

  constructor(
    dataSource: DataSource,
    private readonly entity: new () => T,
  ) {
    let mapping = mappings.get(entity);
    if (!mapping) {
      const metadata = dataSource.getMetadata(entity as EntityTarget<T>);
      // Refuse what a plain copy would map wrongly, rather than read it silently wrong.
      const unsupported = metadata.columns.filter(
        (c) => c.isVirtual || c.isVirtualProperty || c.embeddedMetadata || !c.isSelect || c.transformer || CONVERTED_TYPES.has(c.type),
      );
      if (unsupported.length > 0 || metadata.primaryColumns.length !== 1) {
        throw new Error(`EntityRows cannot map ${metadata.name}: ${unsupported.map((c) => c.propertyName).join(', ') || 'a composite primary key'}`);
      }
      mapping = {
        columns: metadata.columns.map((c) => ({ property: c.propertyName, column: c.databaseName })),
        primary: metadata.primaryColumns[0].databaseName,
      };
      mappings.set(entity, mapping);
    }
    this.columns = mapping.columns;
    this.primary = mapping.primary;
  }

  /** The select list `alias.column AS "prefixcolumn", …` of every column. */
  select(alias: string, prefix = ''): string {
    const key = `${alias}\u0000${prefix}`;
    let list = this.selects.get(key);
    if (list === undefined) {
      list = this.columns.map(({ column }) => `${alias}."${column}" AS "${prefix}${column}"`).join(', ');
      this.selects.set(key, list);
    }
    return list;
  }

  /** The entity in `row` (its columns under `prefix`), or null when its key is null (an outer join that found nothing). */
  read(row: Record<string, unknown>, prefix = ''): T | null {
    const key = row[prefix + this.primary];
    if (key === null || key === undefined) return null;
    let reader = this.readers.get(prefix);
    if (!reader) {
      reader = this.compile(prefix);
      this.readers.set(prefix, reader);
    }
    return reader(row);
  }

  /**
   * A reader with one assignment per column, written out once per prefix so each property
   * access is a fixed name V8 can optimise (a loop over names was 5 % of the home page query).
   * The names come from the entity metadata, quoted with JSON.stringify.
   */
  private compile(prefix: string): (row: Record<string, unknown>) => T {
    const assignments = this.columns.map(({ property, column }) => `e[${JSON.stringify(property)}] = row[${JSON.stringify(prefix + column)}];`).join('\n');
    const factory = new Function('Entity', `return function read(row) { const e = new Entity();\n${assignments}\nreturn e; };`) as (
      entity: new () => T,
    ) => (row: Record<string, unknown>) => T;
    return factory(this.entity);
  }
}
