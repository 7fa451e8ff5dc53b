import { DataSource } from 'typeorm';
import { DomainError } from '@app/core';
import { EntityRows } from '@app/database';
import { ORGANIZATION_KINDS, Organization, OrganizationKind } from '@app/organizations';
import { normalizeSector } from './ecosystem-input';
import { StartupProject } from './startup-project.entity';

/** Who supports which project: the kinds of support and how many records. */
export interface EcosystemLink {
  providerId: string;
  projectId: string;
  kinds: string[];
  supports: number;
}

export interface EcosystemMap {
  organizations: Organization[];
  projects: StartupProject[];
  links: EcosystemLink[];
}

/**
 * A read model: the ecosystem map — organisations, startup projects and the supports between
 * them, filtered by sector and kind — read across the organisations feature's table and this
 * feature's. It reads and never writes.
 */
export class EcosystemMapReadModel {
  private readonly projectRows: EntityRows<StartupProject>;

  constructor(private readonly dataSource: DataSource) {
    this.projectRows = new EntityRows(dataSource, StartupProject);
  }

  async map(sectorInput?: string | null, kinds?: readonly OrganizationKind[] | null): Promise<EcosystemMap> {
    const sector = normalizeSector('sector', sectorInput);
    if (kinds) {
      if (kinds.length > ORGANIZATION_KINDS.length) throw DomainError.badInput('kinds', 'lists too many kinds');
      for (const kind of kinds) if (!ORGANIZATION_KINDS.includes(kind)) throw DomainError.badInput('kinds', `must be among ${ORGANIZATION_KINDS.join(', ')}`);
    }
    const kindList = kinds && kinds.length > 0 ? [...kinds] : null;
    const projects = await this.dataSource.query(
      `SELECT ${this.projectRows.select('p')} FROM startup_projects p WHERE ($1::text IS NULL OR p.sectors @> ARRAY[$1::text]) ORDER BY p.name, p.id LIMIT 2000`,
      [sector],
    );
    const organizations: Organization[] = await this.dataSource.manager
      .createQueryBuilder(Organization, 'o')
      .where('(CAST(:kinds AS text[]) IS NULL OR o.kind = ANY(CAST(:kinds AS text[])))', { kinds: kindList })
      .andWhere(
        `(CAST(:sector AS text) IS NULL OR o.sectors @> ARRAY[CAST(:sector AS text)]
          OR EXISTS (SELECT 1 FROM supports s JOIN startup_projects sp ON sp.id = s.project_id WHERE s.provider_id = o.id AND sp.sectors @> ARRAY[CAST(:sector AS text)]))`,
        { sector },
      )
      .orderBy('o.kind')
      .addOrderBy('o.name')
      .limit(1000)
      .getMany();
    const links: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT s.provider_id, s.project_id, array_agg(DISTINCT s.kind ORDER BY s.kind) AS kinds, count(*)::int AS supports
         FROM supports s
        WHERE s.provider_id = ANY($1::uuid[]) AND s.project_id = ANY($2::uuid[])
        GROUP BY s.provider_id, s.project_id
        ORDER BY s.provider_id, s.project_id`,
      [organizations.map((o) => o.id), projects.map((p: Record<string, unknown>) => p.id)],
    );
    return {
      organizations,
      projects: projects.map((row: Record<string, unknown>) => this.projectRows.read(row) as StartupProject),
      links: links.map((row) => ({
        providerId: row.provider_id as string,
        projectId: row.project_id as string,
        kinds: row.kinds as string[],
        supports: row.supports as number,
      })),
    };
  }
}
