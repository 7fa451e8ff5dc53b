import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DataSource } from 'typeorm';

const MIGRATIONS_DIR = join(process.cwd(), 'libs/database/src/migrations');

function quote(sql: string): string {
  return '`' + sql.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
}

/**
 * Writes a migration with the SQL that brings the database to the entities (what
 * `typeorm migration:generate` does), for review and editing before it is committed.
 */
export async function generateMigration(dataSource: DataSource, name: string): Promise<string | null> {
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name)) throw new Error('the migration name must be letters and digits, e.g. AddMeetups');
  const sql = await dataSource.driver.createSchemaBuilder().log();
  if (sql.upQueries.length === 0) return null;
  const timestamp = Date.now();
  const className = `${name}${timestamp}`;
  const up = sql.upQueries.map((q) => `    await db.query(${quote(q.query)});`).join('\n');
  const down = [...sql.downQueries]
    .reverse()
    .map((q) => `    await db.query(${quote(q.query)});`)
    .join('\n');
  const file = join(MIGRATIONS_DIR, `${timestamp}-${name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}.ts`);
  await writeFile(
    file,
    `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(db: QueryRunner): Promise<void> {
${up}
  }

  async down(db: QueryRunner): Promise<void> {
${down}
  }
}
`,
  );
  return `${file}\nadd ${className} to MIGRATIONS in libs/database/src/migrations/index.ts, review it, then rebuild`;
}
