import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { Actor, Clock, DomainError, containsPattern, decodeCursor, encodeCursor, hasRole, inIdOrder, isUtcInstant, isUuid, requireId } from '@app/core';
import { pageOf, recordAudit, requirePageSize } from '@app/database';
import { AffiliationsService, OrganizationKind, organizationKind, organizationsExist } from '@app/organizations';
import { EcosystemMap, EcosystemMapReadModel } from './ecosystem-map.read-model';
import { StartupProjectsRepository, firstSupportOf } from './ecosystem.repository';
import { PROJECT_STAGES, ProjectStage, StartupProject } from './startup-project.entity';
import { Support } from './support.entity';
import { RecordSupportCommand, StartupProjectFields, localDateOf, normalizeSector, validateProjectFields, validateSupport } from './ecosystem-input';

export interface StartupProjectFilter {
  search?: string | null;
  stage?: ProjectStage | null;
  sector?: string | null;
  supportedById?: string | null;
}

export interface StartupProjectPage {
  items: StartupProject[];
  cursors: string[];
  totalCount: () => Promise<number>;
  hasNextPage: boolean;
}

/** Who supports which project, aggregated: one line per provider and project. */

export type { EcosystemLink, EcosystemMap } from './ecosystem-map.read-model';

const isCursorObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Startup projects, the support organisations give them, and the ecosystem map drawn from both.
 * Members register projects (and are their contact); organizers and members of the providing
 * organisation record support.
 */
@Injectable()
export class StartupProjectsService {
  private readonly projects: StartupProjectsRepository;
  private readonly ecosystemMap: EcosystemMapReadModel;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly affiliations: AffiliationsService,
  ) {
    this.projects = new StartupProjectsRepository(dataSource);
    this.ecosystemMap = new EcosystemMapReadModel(dataSource);
  }

  async register(actor: Actor, input: StartupProjectFields & { name: string; stage: ProjectStage }): Promise<StartupProject> {
    const fields = validateProjectFields(input);
    if (fields.name === undefined) throw DomainError.badInput('name', 'is required');
    if (fields.stage === undefined) throw DomainError.badInput('stage', 'is required');
    return this.dataSource.transaction(async (manager) => {
      await this.checkCompany(manager, actor, fields.companyId);
      const now = this.clock.now();
      if (fields.foundedOn && fields.foundedOn > localDateOf(now)) throw DomainError.badInput('foundedOn', 'must not be in the future');
      const repository = manager.getRepository(StartupProject);
      const saved = await repository.save(
        repository.create({
          name: fields.name,
          summary: fields.summary ?? null,
          stage: fields.stage,
          sectors: fields.sectors ?? [],
          teamSize: fields.teamSize ?? null,
          companyId: fields.companyId ?? null,
          foundedOn: fields.foundedOn ?? null,
          contactId: actor.memberId,
          createdAt: now,
        }),
      );
      return repository.findOneByOrFail({ id: saved.id });
    });
  }

  /** Its contact or an organizer; fields not given stay, null clears. */
  async update(actor: Actor, id: string, input: StartupProjectFields): Promise<StartupProject> {
    requireId('id', id);
    const fields = validateProjectFields(input);
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(StartupProject);
      const project = await repository.createQueryBuilder('p').setLock('pessimistic_write').where('p.id = :id', { id }).getOne();
      if (!project) throw DomainError.notFound('Startup project', id);
      if (!hasRole(actor.role, 'ORGANIZER') && project.contactId !== actor.memberId) {
        throw DomainError.forbidden('Only the contact of this project and organizers can edit it');
      }
      if (fields.companyId !== undefined && fields.companyId !== project.companyId) await this.checkCompany(manager, actor, fields.companyId);
      if (fields.foundedOn) {
        if (fields.foundedOn > localDateOf(this.clock.now())) throw DomainError.badInput('foundedOn', 'must not be in the future');
        const earliest = await firstSupportOf(manager, id);
        if (earliest && earliest < fields.foundedOn) throw DomainError.badInput('foundedOn', `must not be after its first support (${earliest})`);
      }
      if (Object.keys(fields).length > 0) {
        await repository.update({ id }, { ...fields, sectors: fields.sectors ?? undefined });
        if (hasRole(actor.role, 'ORGANIZER') && project.contactId !== actor.memberId) {
          await recordAudit(manager, {
            actorId: actor.memberId,
            action: 'project.update',
            targetType: 'startup_project',
            targetId: id,
            after: fields as Record<string, unknown>,
          });
        }
      }
      return repository.findOneByOrFail({ id });
    });
  }

  /**
   * Organizers, or a member of the providing organisation. The support cannot start before the
   * project began (its `foundedOn`, else the day it was registered) nor in the future.
   */
  async recordSupport(actor: Actor, input: RecordSupportCommand): Promise<Support> {
    const fields = validateSupport(input);
    return this.dataSource.transaction(async (manager) => {
      if (!(await organizationsExist(manager, [fields.providerId]))) throw DomainError.badInput('providerId', 'no such organisation');
      await this.affiliations.assertSpeaksFor(manager, actor, fields.providerId, 'recording the support it gave');
      const project = await manager.getRepository(StartupProject).findOneBy({ id: fields.projectId });
      if (!project) throw DomainError.badInput('projectId', 'no such startup project');
      const began = project.foundedOn ?? localDateOf(project.createdAt);
      if (fields.startedOn < began) throw DomainError.badInput('startedOn', `must not be before the project began (${began})`);
      const today = localDateOf(this.clock.now());
      if (fields.startedOn > today) throw DomainError.badInput('startedOn', 'must not be in the future');
      const repository = manager.getRepository(Support);
      const now = this.clock.now();
      // Whoever passed the check above speaks for the provider: the record is verified as made.
      const saved = await repository.save(
        repository.create({ ...fields, recordedBy: actor.memberId, createdAt: now, verifiedAt: now, verifiedBy: actor.memberId }),
      );
      return repository.findOneByOrFail({ id: saved.id });
    });
  }

  /**
   * Confirms a support recorded on a claim nobody had confirmed: organizers, or an administrator
   * of the providing organisation. From then on the programme's targets count it.
   */
  async confirmSupport(actor: Actor, id: string): Promise<Support> {
    requireId('id', id);
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(Support);
      const support = await repository.createQueryBuilder('s').setLock('pessimistic_write').where('s.id = :id', { id }).getOne();
      if (!support) throw DomainError.notFound('Support', id);
      if (!(await this.affiliations.manages(manager, actor, support.providerId))) {
        throw DomainError.forbidden("Only organizers and the providing organisation's administrators confirm its supports");
      }
      if (support.verifiedAt) return support;
      const now = this.clock.now();
      await repository.update({ id }, { verifiedAt: now, verifiedBy: actor.memberId });
      await recordAudit(manager, { actorId: actor.memberId, action: 'support.confirm', targetType: 'support', targetId: id, at: now });
      return repository.findOneByOrFail({ id });
    });
  }

  /** Supports waiting for confirmation, oldest first: all for organizers, their organisations' for administrators. */
  async unverifiedSupports(actor: Actor): Promise<Support[]> {
    const manager = this.dataSource.manager;
    const providers = hasRole(actor.role, 'ORGANIZER') ? null : await this.affiliations.administeredBy(manager, actor.memberId);
    if (providers && providers.length === 0) return [];
    return manager.getRepository(Support).find({
      where: providers ? { verifiedAt: IsNull(), providerId: In(providers) } : { verifiedAt: IsNull() },
      order: { createdAt: 'ASC', id: 'ASC' },
      take: 500,
    });
  }

  async findById(id: string): Promise<StartupProject | null> {
    if (!isUuid(id)) return null;
    return this.dataSource.getRepository(StartupProject).findOneBy({ id });
  }

  async findByIds(ids: readonly string[]): Promise<(StartupProject | null)[]> {
    return inIdOrder(ids, await this.dataSource.getRepository(StartupProject).findBy({ id: In([...ids]) }));
  }

  /** Each project's supports, oldest first. */
  async supportsOf(projectIds: readonly string[]): Promise<Support[][]> {
    const rows = await this.dataSource
      .getRepository(Support)
      .find({ where: { projectId: In([...projectIds]) }, order: { startedOn: 'ASC', createdAt: 'ASC' } });
    return projectIds.map((id) => rows.filter((row) => row.projectId === id));
  }

  /** Each organisation's supports given, newest first. */
  async supportsGivenBy(organizationIds: readonly string[]): Promise<Support[][]> {
    const rows = await this.dataSource
      .getRepository(Support)
      .find({ where: { providerId: In([...organizationIds]) }, order: { startedOn: 'DESC', createdAt: 'DESC' } });
    return organizationIds.map((id) => rows.filter((row) => row.providerId === id));
  }

  /** Each organisation's projects: those it is the company of and those it supported, by name. */
  async projectsOf(organizationIds: readonly string[]): Promise<StartupProject[][]> {
    const rows = await this.projects.ofOrganizations(organizationIds);
    return organizationIds.map((id) => rows.filter((row) => row.ownerId === id).map((row) => row.project));
  }

  /** Newest first; `search` matches name and summary without accents or case ("ca phe" finds "Cà phê"). */
  async list(filter: StartupProjectFilter, first: number, after?: string | null): Promise<StartupProjectPage> {
    requirePageSize(first, 100);
    const search = filter.search?.trim();
    if (search && search.length > 200) throw DomainError.badInput('filter.search', 'must be at most 200 characters');
    if (filter.stage && !PROJECT_STAGES.includes(filter.stage)) throw DomainError.badInput('filter.stage', `must be one of ${PROJECT_STAGES.join(', ')}`);
    const criteria = {
      pattern: search ? containsPattern(search.normalize('NFC')) : null,
      stage: filter.stage ?? null,
      sector: normalizeSector('filter.sector', filter.sector),
      supportedById: filter.supportedById ? requireId('filter.supportedById', filter.supportedById) : null,
    };
    let cursor: { createdAt: string; id: string } | null = null;
    if (after) {
      const { c, i } = decodeCursor(after, isCursorObject);
      if (typeof c !== 'string' || !isUtcInstant(c) || typeof i !== 'string' || !isUuid(i))
        throw DomainError.badInput('after', 'is not a cursor returned by this query');
      cursor = { createdAt: c, id: i };
    }
    const { rows, count } = await this.projects.newest(criteria, first, cursor);
    const { rows: page, hasNextPage } = pageOf(rows, first);
    return {
      items: page.map((row) => row.project),
      cursors: page.map((row) => encodeCursor({ c: row.cursorAt, i: row.project.id })),
      totalCount: count,
      hasNextPage,
    };
  }

  /**
   * The map: organisations (of the given kinds; with a sector, those working in it or supporting
   * a project in it), projects (in the sector), and one link per provider and project with the
   * kinds of support and how many records.
   */
  /** Organisations and projects joined by the support between them (`EcosystemMapReadModel`). */
  map(sectorInput?: string | null, kinds?: readonly OrganizationKind[] | null): Promise<EcosystemMap> {
    return this.ecosystemMap.map(sectorInput, kinds);
  }

  /** A project's company must be a startup, and naming it speaks for it. */
  private async checkCompany(manager: EntityManager, actor: Actor, companyId: string | null | undefined): Promise<void> {
    if (!companyId) return;
    const kind = await organizationKind(manager, companyId);
    if (!kind) throw DomainError.badInput('companyId', 'no such organisation');
    if (kind !== 'STARTUP') throw DomainError.badInput('companyId', 'must be an organisation of kind STARTUP');
    await this.affiliations.assertSpeaksFor(manager, actor, companyId, 'registering a project as its company');
  }
}
