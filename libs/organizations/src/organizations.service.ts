import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { recordAudit } from '@app/database';
import { Actor, containsPattern, DomainError, hasRole, inIdOrder, isUuid, optionalHttpUrl, optionalText, requireText } from '@app/core';
import { ORGANIZATION_KINDS, Organization, OrganizationKind } from './organization.entity';

export interface CreateOrganizationCommand {
  name: string;
  shortName?: string | null;
  kind: OrganizationKind;
  website?: string | null;
}

@Injectable()
export class OrganizationsService {
  constructor(@InjectRepository(Organization) private readonly organizations: Repository<Organization>) {}

  /** Organizers register organisations (departments, startups, universities…). */
  async create(actor: Actor, command: CreateOrganizationCommand): Promise<Organization> {
    if (!hasRole(actor.role, 'ORGANIZER')) throw DomainError.forbidden('Only organizers can create organisations');
    const name = requireText('name', command.name, { max: 200 });
    const shortName = optionalText('shortName', command.shortName, { max: 50 });
    if (!ORGANIZATION_KINDS.includes(command.kind)) {
      throw DomainError.badInput('kind', `must be one of ${ORGANIZATION_KINDS.join(', ')}`);
    }
    const website = optionalHttpUrl('website', command.website);
    return this.organizations.manager.transaction(async (manager) => {
      const inserted = await manager
        .getRepository(Organization)
        .createQueryBuilder()
        .insert()
        .values({ name, shortName, kind: command.kind, website })
        .orIgnore()
        .returning('*')
        .execute();
      if (inserted.identifiers.length === 0 || !inserted.identifiers[0]) {
        throw DomainError.conflict(`An organisation named "${name}" already exists`);
      }
      const id = inserted.identifiers[0].id as string;
      // Registering an organisation is an organizer's act like any other: the audit log has it.
      await recordAudit(manager, { actorId: actor.memberId, action: 'organization.create', targetType: 'organization', targetId: id, after: { name, shortName, kind: command.kind, website } });
      return manager.getRepository(Organization).findOneByOrFail({ id });
    });
  }

  /** Everyone may list organisations; `search` matches name or short name, ignoring case and accents. */
  async list(search?: string | null): Promise<Organization[]> {
    const query = this.organizations.createQueryBuilder('o').orderBy('o.name', 'ASC').limit(500);
    const term = search?.trim();
    if (term) {
      if (term.length > 200) throw DomainError.badInput('search', 'must be at most 200 characters');
      query.where(`immutable_unaccent(lower(o.name || ' ' || coalesce(o.short_name, ''))) LIKE immutable_unaccent(lower(:pattern))`, {
        pattern: containsPattern(term),
      });
    }
    return query.getMany();
  }

  async findById(id: string): Promise<Organization | null> {
    if (!isUuid(id)) return null;
    return this.organizations.findOneBy({ id });
  }

  /** One query for many ids; results in the order of `ids` (null where missing). For DataLoaders. */
  async findByIds(ids: readonly string[]): Promise<(Organization | null)[]> {
    return inIdOrder(ids, await this.organizations.findBy({ id: In([...ids]) }));
  }
}
