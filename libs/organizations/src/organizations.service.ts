import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { recordAudit } from '@app/database';
import {
  Actor,
  containsPattern,
  DomainError,
  hasRole,
  inIdOrder,
  isUuid,
  normalizeTags,
  optionalGeoPoint,
  optionalHttpUrl,
  optionalText,
  requireId,
  requireText,
} from '@app/core';
import { AffiliationsService } from './affiliations.service';
import { ORGANIZATION_KINDS, Organization, OrganizationKind } from './organization.entity';
import { organizationNameTaken } from './organizations.repository';

export interface CreateOrganizationCommand {
  name: string;
  shortName?: string | null;
  kind: OrganizationKind;
  website?: string | null;
}

/** An organisation's profile as an ecosystem actor; absent fields stay as they are, null clears. */
export interface UpdateOrganizationCommand {
  name?: string | null;
  shortName?: string | null;
  kind?: OrganizationKind | null;
  website?: string | null;
  description?: string | null;
  sectors?: string[] | null;
  services?: string[] | null;
  address?: string | null;
  location?: { latitude: number; longitude: number } | null;
}

@Injectable()
export class OrganizationsService {
  constructor(
    @InjectRepository(Organization) private readonly organizations: Repository<Organization>,
    private readonly affiliations: AffiliationsService,
  ) {}

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
      await recordAudit(manager, {
        actorId: actor.memberId,
        action: 'organization.create',
        targetType: 'organization',
        targetId: id,
        after: { name, shortName, kind: command.kind, website },
      });
      return manager.getRepository(Organization).findOneByOrFail({ id });
    });
  }

  /**
   * Organizers edit any organisation's profile; a member edits the profile of the organisation
   * that confirmed their affiliation. Everything is checked before anything changes.
   */
  async update(actor: Actor, id: string, command: UpdateOrganizationCommand): Promise<Organization> {
    requireId('id', id);
    const changes: Partial<Organization> = {};
    if (command.name !== undefined) changes.name = requireText('name', command.name ?? '', { max: 200 });
    if (command.shortName !== undefined) changes.shortName = optionalText('shortName', command.shortName, { max: 50 });
    if (command.kind !== undefined) {
      if (!command.kind || !ORGANIZATION_KINDS.includes(command.kind)) throw DomainError.badInput('kind', `must be one of ${ORGANIZATION_KINDS.join(', ')}`);
      changes.kind = command.kind;
    }
    if (command.website !== undefined) changes.website = optionalHttpUrl('website', command.website);
    if (command.description !== undefined) changes.description = optionalText('description', command.description, { max: 5000, multiline: true });
    if (command.sectors !== undefined) changes.sectors = normalizeTags('sectors', command.sectors ?? [], { max: 10, maxLength: 60 });
    if (command.services !== undefined) changes.services = normalizeTags('services', command.services ?? [], { max: 20, maxLength: 100 });
    if (command.address !== undefined) changes.address = optionalText('address', command.address, { max: 300 });
    if (command.location !== undefined) {
      const point = optionalGeoPoint('location', command.location);
      changes.latitude = point?.latitude ?? null;
      changes.longitude = point?.longitude ?? null;
    }
    return this.organizations.manager.transaction(async (manager) => {
      const repository = manager.getRepository(Organization);
      const existing = await repository.createQueryBuilder('o').setLock('pessimistic_write').where('o.id = :id', { id }).getOne();
      if (!existing) throw DomainError.notFound('Organisation', id);
      await this.affiliations.assertSpeaksFor(manager, actor, id, "editing the organisation's profile");
      if (changes.name !== undefined && changes.name.toLowerCase() !== existing.name.toLowerCase()) {
        if (await organizationNameTaken(manager, changes.name, id)) throw DomainError.conflict(`An organisation named "${changes.name}" already exists`);
      }
      if (Object.keys(changes).length > 0) {
        await repository.update({ id }, changes);
        await recordAudit(manager, {
          actorId: actor.memberId,
          action: 'organization.update',
          targetType: 'organization',
          targetId: id,
          after: changes as Record<string, unknown>,
        });
      }
      return repository.findOneByOrFail({ id });
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
