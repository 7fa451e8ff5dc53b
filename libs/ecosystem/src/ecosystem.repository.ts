import { DataSource, EntityManager } from 'typeorm';
import { EntityRows, ListQuery } from '@app/database';
import { ProjectStage, StartupProject } from './startup-project.entity';

/** Whether another programme target (than `exceptId`) already has this title, whatever its case. */
export async function targetTitleTaken(db: EntityManager, title: string, exceptId: string | null): Promise<boolean> {
  const rows: unknown[] = await db.query('SELECT id FROM programme_targets WHERE lower(title) = lower($1) AND ($2::uuid IS NULL OR id <> $2::uuid)', [
    title,
    exceptId,
  ]);
  return rows.length > 0;
}

/** The day a project's first support started (YYYY-MM-DD), or null when it has none. */
export async function firstSupportOf(db: EntityManager, projectId: string): Promise<string | null> {
  const [row]: { first: string | null }[] = await db.query('SELECT min(started_on)::text AS first FROM supports WHERE project_id = $1', [projectId]);
  return row?.first ?? null;
}

/** What a list of startup projects is narrowed to, checked by the service. */
export interface StartupProjectCriteria {
  /** A LIKE pattern over the folded name and summary. */
  pattern: string | null;
  stage: ProjectStage | null;
  sector: string | null;
  supportedById: string | null;
}

/** The statements that read startup projects in lists. */
export class StartupProjectsRepository {
  private readonly projectRows: EntityRows<StartupProject>;

  constructor(private readonly dataSource: DataSource) {
    this.projectRows = new EntityRows(dataSource, StartupProject);
  }

  /** Newest first, after the cursor (the instant to the microsecond, in UTC, and the id). */
  async newest(criteria: StartupProjectCriteria, first: number, after: { createdAt: string; id: string } | null) {
    const q = new ListQuery();
    if (criteria.pattern) q.filter(`p.search_folded LIKE immutable_unaccent(lower(${q.param(criteria.pattern)}))`);
    if (criteria.stage) q.filter(`p.stage = ${q.param(criteria.stage)}`);
    if (criteria.sector) q.filter(`p.sectors @> ARRAY[${q.param(criteria.sector)}]::text[]`);
    if (criteria.supportedById) q.filter(`EXISTS (SELECT 1 FROM supports s WHERE s.project_id = p.id AND s.provider_id = ${q.param(criteria.supportedById)})`);
    const counting = q.countSql('FROM startup_projects p');
    if (after) q.after(`(p.created_at, p.id) < (${q.param(after.createdAt)}::timestamptz, ${q.param(after.id)})`);
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT ${this.projectRows.select('p')}, to_char(p.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at
         FROM startup_projects p ${q.where}
        ORDER BY p.created_at DESC, p.id DESC LIMIT ${q.limit(first)}`,
      q.params,
    );
    return {
      rows: rows.map((row) => ({ project: this.projectRows.read(row) as StartupProject, cursorAt: row.cursor_at as string })),
      count: async () => (await this.dataSource.query(counting.sql, counting.params))[0].total as number,
    };
  }

  /** Each organisation's projects: those it is the company of and those it supported, by name. */
  async ofOrganizations(organizationIds: readonly string[]): Promise<{ ownerId: string; project: StartupProject }[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT DISTINCT o.id AS owner_id, ${this.projectRows.select('p')}
         FROM unnest($1::uuid[]) AS o(id)
         JOIN startup_projects p ON p.company_id = o.id OR EXISTS (SELECT 1 FROM supports s WHERE s.provider_id = o.id AND s.project_id = p.id)
        ORDER BY p.name, p.id`,
      [[...organizationIds]],
    );
    return rows.map((row) => ({ ownerId: row.owner_id as string, project: this.projectRows.read(row) as StartupProject }));
  }
}
