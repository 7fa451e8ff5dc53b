import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, Clock, DomainError, hasRole, requireId } from '@app/core';
import { enqueueOutbox, recordAudit } from '@app/database';
import { AFFILIATION_ROLES, AFFILIATION_STATUSES, Affiliation, AffiliationRole, AffiliationStatus } from './affiliation.entity';
import {
  affiliationOf,
  affiliationsOfMembers,
  affiliationsOfOrganization,
  confirmedMembersOf,
  confirmedOrganizationOf,
  deleteAffiliation,
  lockAffiliation,
  organizationsAdministeredBy,
  pendingAffiliations,
  writeConfirmation,
  writeRequest,
} from './affiliations.repository';
import { organizationName } from './organizations.repository';

/** How many requests the console lists at once. */
const PENDING_LIST_LIMIT = 500;

/**
 * Who speaks for an organisation. A member asks (from their profile); an organizer, or an
 * administrator of that organisation, confirms, declines or ends; the member is told by mail.
 * Every organisation-scoped power asks `assertSpeaksFor` first, so a request that nobody
 * confirmed gives no power anywhere. Every change is in the audit log.
 */
@Injectable()
export class AffiliationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * The member asks to speak for an organisation (null: leaves theirs). Asking for the
   * organisation they already have changes nothing; asking for another replaces the old tie
   * with a new request.
   */
  async request(actor: Actor, organizationId: string | null): Promise<Affiliation | null> {
    if (organizationId !== null) requireId('organizationId', organizationId);
    return this.dataSource.transaction(async (manager) => {
      const current = await lockAffiliation(manager, actor.memberId);
      if (organizationId === null) {
        if (current) await this.remove(manager, actor, current, 'affiliation.end', false);
        return null;
      }
      if (current?.organizationId === organizationId) return current;
      if ((await organizationName(manager, organizationId)) === null) throw DomainError.badInput('organizationId', 'no organisation has this id');
      await writeRequest(manager, actor.memberId, organizationId, this.clock.now());
      await recordAudit(manager, {
        actorId: actor.memberId,
        action: 'affiliation.request',
        targetType: 'member',
        targetId: actor.memberId,
        before: current ? { organizationId: current.organizationId, status: current.status, role: current.role } : undefined,
        after: { organizationId, status: 'PENDING' },
      });
      return affiliationOf(manager, actor.memberId);
    });
  }

  /**
   * Confirms a request (as MEMBER or ADMIN), or changes a confirmed member's role. Organizers, or
   * an administrator of that organisation. Only they name administrators.
   */
  async confirm(actor: Actor, memberId: string, role: AffiliationRole = 'MEMBER'): Promise<Affiliation> {
    requireId('memberId', memberId);
    if (!AFFILIATION_ROLES.includes(role)) throw DomainError.badInput('role', `must be one of ${AFFILIATION_ROLES.join(', ')}`);
    return this.dataSource.transaction((manager) => this.confirmIn(manager, actor, memberId, role));
  }

  /** Confirms many requests at once, all or none (organizers clearing the list of what was asked before). */
  async confirmMany(actor: Actor, memberIds: readonly string[]): Promise<Affiliation[]> {
    if (memberIds.length === 0) throw DomainError.badInput('memberIds', 'must name at least one member');
    if (memberIds.length > 200) throw DomainError.badInput('memberIds', 'must name at most 200 members');
    memberIds.forEach((id, i) => requireId(`memberIds[${i}]`, id));
    const unique = [...new Set(memberIds)].sort();
    return this.dataSource.transaction(async (manager) => {
      const confirmed: Affiliation[] = [];
      for (const memberId of unique) confirmed.push(await this.confirmIn(manager, actor, memberId, null));
      return confirmed;
    });
  }

  /** Declines a request that waits: the member is told; they may ask again. */
  async decline(actor: Actor, memberId: string): Promise<boolean> {
    requireId('memberId', memberId);
    return this.dataSource.transaction(async (manager) => {
      const current = await lockAffiliation(manager, memberId);
      if (!current) throw DomainError.notFound('Affiliation request of member', memberId);
      await this.assertManages(manager, actor, current.organizationId);
      if (current.status !== 'PENDING') throw DomainError.conflict('This affiliation is already confirmed: end it instead');
      await this.remove(manager, actor, current, 'affiliation.decline', true);
      return true;
    });
  }

  /** Ends an affiliation: the member themself, an organizer, or an administrator of the organisation. */
  async end(actor: Actor, memberId: string): Promise<boolean> {
    requireId('memberId', memberId);
    return this.dataSource.transaction(async (manager) => {
      const current = await lockAffiliation(manager, memberId);
      if (!current) throw DomainError.notFound('Affiliation of member', memberId);
      const own = memberId === actor.memberId;
      if (!own) await this.assertManages(manager, actor, current.organizationId);
      await this.remove(manager, actor, current, 'affiliation.end', !own);
      return true;
    });
  }

  /**
   * The one check of every organisation-scoped power: organizers may act for any organisation;
   * anyone else needs a confirmed affiliation with this one. `what` completes "… needs a confirmed
   * affiliation" in the refusal.
   */
  async assertSpeaksFor(manager: EntityManager, actor: Actor, organizationId: string, what: string): Promise<void> {
    if (hasRole(actor.role, 'ORGANIZER')) return;
    await this.assertConfirmedMember(manager, actor.memberId, organizationId, what);
  }

  /** Like `assertSpeaksFor`, without the organizers' exception (acts that are the organisation's own). */
  async assertConfirmedMember(manager: EntityManager, memberId: string, organizationId: string, what: string): Promise<void> {
    const affiliation = await affiliationOf(manager, memberId);
    if (affiliation?.organizationId === organizationId && affiliation.status === 'CONFIRMED') return;
    if (affiliation?.organizationId === organizationId) {
      throw DomainError.forbidden(`Your affiliation with this organisation awaits confirmation: ${what} needs a confirmed affiliation`);
    }
    throw DomainError.forbidden(`${what.charAt(0).toUpperCase()}${what.slice(1)} needs a confirmed affiliation with this organisation`);
  }

  /** Whether the member speaks for the organisation (a confirmed affiliation). */
  async speaksFor(manager: EntityManager, memberId: string, organizationId: string): Promise<boolean> {
    return (await confirmedOrganizationOf(manager, memberId)) === organizationId;
  }

  /** Organizers, or a confirmed administrator of the organisation. */
  async manages(manager: EntityManager, actor: Actor, organizationId: string): Promise<boolean> {
    if (hasRole(actor.role, 'ORGANIZER')) return true;
    return (await organizationsAdministeredBy(manager, actor.memberId)).includes(organizationId);
  }

  /** The organisations of which the member is a confirmed administrator. */
  administeredBy(manager: EntityManager, memberId: string): Promise<string[]> {
    return organizationsAdministeredBy(manager, memberId);
  }

  confirmedOrganizationOf(manager: EntityManager, memberId: string): Promise<string | null> {
    return confirmedOrganizationOf(manager, memberId);
  }

  confirmedMembersOf(manager: EntityManager, organizationId: string): Promise<string[]> {
    return confirmedMembersOf(manager, organizationId);
  }

  /** For DataLoaders: each member's affiliation (or null), in the order of `memberIds`. */
  async ofMembers(memberIds: readonly string[]): Promise<(Affiliation | null)[]> {
    const rows = await affiliationsOfMembers(this.dataSource.manager, memberIds);
    return memberIds.map((id) => rows.find((row) => row.memberId === id) ?? null);
  }

  /** An organisation's affiliations: organizers and the organisation's administrators only. */
  async ofOrganization(actor: Actor | null, organizationId: string, status: AffiliationStatus | null): Promise<Affiliation[]> {
    if (!actor) throw DomainError.unauthenticated();
    if (status !== null && !AFFILIATION_STATUSES.includes(status)) throw DomainError.badInput('status', `must be one of ${AFFILIATION_STATUSES.join(', ')}`);
    const manager = this.dataSource.manager;
    if (!(await this.manages(manager, actor, organizationId))) {
      throw DomainError.forbidden("Only organizers and this organisation's administrators see its members");
    }
    return affiliationsOfOrganization(manager, organizationId, status);
  }

  /** Requests waiting, oldest first: every organisation's for organizers, their own organisations' for administrators. */
  async pending(actor: Actor): Promise<Affiliation[]> {
    const manager = this.dataSource.manager;
    if (hasRole(actor.role, 'ORGANIZER')) return pendingAffiliations(manager, null, PENDING_LIST_LIMIT);
    const administered = await organizationsAdministeredBy(manager, actor.memberId);
    return administered.length === 0 ? [] : pendingAffiliations(manager, administered, PENDING_LIST_LIMIT);
  }

  /** A member deleting their account: their affiliation goes with their name (the audit log keeps that it ended). */
  async forgetMember(manager: EntityManager, memberId: string): Promise<void> {
    const current = await lockAffiliation(manager, memberId);
    if (current) await this.remove(manager, { memberId, role: 'MEMBER' }, current, 'affiliation.end', false);
  }

  /** What the member's data export lists. */
  exportOf(manager: EntityManager, memberId: string): Promise<Affiliation | null> {
    return affiliationOf(manager, memberId);
  }

  /** `role` null: confirm as MEMBER a request that waits, and leave a confirmed one as it is. */
  private async confirmIn(manager: EntityManager, actor: Actor, memberId: string, role: AffiliationRole | null): Promise<Affiliation> {
    const current = await lockAffiliation(manager, memberId);
    if (!current) throw DomainError.notFound('Affiliation request of member', memberId);
    await this.assertManages(manager, actor, current.organizationId);
    const nextRole = role ?? current.role;
    if (current.status === 'CONFIRMED' && current.role === nextRole) return current;
    await writeConfirmation(manager, memberId, nextRole, this.clock.now(), actor.memberId);
    const newlyConfirmed = current.status === 'PENDING';
    await recordAudit(manager, {
      actorId: actor.memberId,
      action: newlyConfirmed ? 'affiliation.confirm' : 'affiliation.role',
      targetType: 'member',
      targetId: memberId,
      before: { organizationId: current.organizationId, status: current.status, role: current.role },
      after: { organizationId: current.organizationId, status: 'CONFIRMED', role: nextRole },
    });
    if (newlyConfirmed || nextRole === 'ADMIN') {
      await enqueueOutbox(manager, [
        { kind: 'affiliation.decided', memberId, payload: { organizationId: current.organizationId, decision: 'CONFIRMED', role: nextRole } },
      ]);
    }
    return (await affiliationOf(manager, memberId))!;
  }

  private async assertManages(manager: EntityManager, actor: Actor, organizationId: string): Promise<void> {
    if (!(await this.manages(manager, actor, organizationId))) {
      throw DomainError.forbidden("Only organizers and this organisation's administrators decide who speaks for it");
    }
  }

  private async remove(
    manager: EntityManager,
    actor: Actor,
    current: Affiliation,
    action: 'affiliation.decline' | 'affiliation.end',
    tell: boolean,
  ): Promise<void> {
    await deleteAffiliation(manager, current.memberId);
    await recordAudit(manager, {
      actorId: actor.memberId,
      action,
      targetType: 'member',
      targetId: current.memberId,
      before: { organizationId: current.organizationId, status: current.status, role: current.role },
    });
    if (tell) {
      const decision = action === 'affiliation.decline' ? 'DECLINED' : 'ENDED';
      await enqueueOutbox(manager, [
        { kind: 'affiliation.decided', memberId: current.memberId, payload: { organizationId: current.organizationId, decision, role: null } },
      ]);
    }
  }
}
