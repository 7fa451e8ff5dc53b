import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { Actor, containsPattern, DomainError, hasRole, inIdOrder, isUuid, requireId, requireText, Role, ROLES } from '@app/core';
import { EntityRows, recordAudit } from '@app/database';
import { AffiliationsService } from '@app/organizations';
import { LOCALES, Locale, Member, NOTIFICATION_KINDS, NotificationPreferences } from './member.entity';
import { findMemberPrepared, upsertMemberByEmail } from './members.repository';

export interface UpdateProfileCommand {
  name?: string | null;
  locale?: string | null;
  /**
   * Asks to speak for this organisation (a PENDING affiliation until the organisation or an
   * organizer confirms it); null leaves the organisation; undefined changes nothing.
   */
  organizationId?: string | null;
  notificationPreferences?: Partial<Record<keyof NotificationPreferences, boolean | null>> | null;
}

@Injectable()
export class MembersService {
  private readonly memberRows: EntityRows<Member>;

  constructor(
    @InjectRepository(Member) private readonly members: Repository<Member>,
    private readonly affiliations: AffiliationsService,
  ) {
    this.memberRows = new EntityRows(members.manager.connection, Member);
  }

  /** Runs for every authenticated request: one plain statement, no query building. */
  async findById(id: string): Promise<Member | null> {
    if (!isUuid(id)) return null;
    return findMemberPrepared(this.members.manager.connection, this.memberRows, id);
  }

  async getById(id: string): Promise<Member> {
    const member = await this.findById(id);
    if (!member) throw DomainError.notFound('Member', id);
    return member;
  }

  async findByEmail(email: string): Promise<Member | null> {
    return this.members.findOneBy({ email: email.toLowerCase() });
  }

  /** One query for many ids, in the order of `ids`. For DataLoaders. */
  async findByIds(ids: readonly string[]): Promise<(Member | null)[]> {
    return inIdOrder(ids, await this.members.findBy({ id: In([...ids]) }));
  }

  /**
   * The member behind a sign-in: created on first use, promoted to ADMIN when the address is
   * listed in ADMIN_EMAILS. One statement, so two sign-ins at once cannot create two members.
   */
  async upsertOnSignIn(manager: EntityManager, email: string, name: string, makeAdmin: boolean): Promise<Member> {
    const id = await upsertMemberByEmail(manager, email, name, makeAdmin ? 'ADMIN' : 'MEMBER');
    return manager.getRepository(Member).findOneByOrFail({ id });
  }

  async updateProfile(actor: Actor, command: UpdateProfileCommand): Promise<Member> {
    const member = await this.getById(actor.memberId);
    const changes: Partial<Member> = {};
    if (command.name !== undefined && command.name !== null) changes.name = requireText('name', command.name, { max: 100 });
    if (command.locale !== undefined && command.locale !== null) {
      if (!LOCALES.includes(command.locale as Locale)) throw DomainError.badInput('locale', `must be one of ${LOCALES.join(', ')}`);
      changes.locale = command.locale as Locale;
    }
    const preferenceChanges: Partial<NotificationPreferences> = {};
    for (const [kind, value] of Object.entries(command.notificationPreferences ?? {})) {
      if (!NOTIFICATION_KINDS.includes(kind as keyof NotificationPreferences)) {
        throw DomainError.badInput(`notificationPreferences.${kind}`, 'is not a notification kind');
      }
      if (value !== null && value !== undefined) preferenceChanges[kind as keyof NotificationPreferences] = value;
    }
    // Checked with the rest before anything is written: a bad organisation changes nothing.
    if (command.organizationId) requireId('organizationId', command.organizationId);
    if (command.organizationId !== undefined) await this.affiliations.request(actor, command.organizationId);
    if (Object.keys(changes).length === 0 && Object.keys(preferenceChanges).length === 0) return member;
    const query = this.members.createQueryBuilder().update(Member).set(changes).where('id = :id', { id: member.id });
    if (Object.keys(preferenceChanges).length > 0) {
      // Merged in SQL, so two concurrent changes of different kinds both stay.
      query.set({ ...changes, notificationPreferences: () => 'notification_preferences || CAST(:preferences AS jsonb)' });
      query.setParameter('preferences', JSON.stringify(preferenceChanges));
    }
    await query.execute();
    return this.getById(member.id);
  }

  /** Admins grant and take away the organizer and admin roles. */
  async setRole(actor: Actor, memberId: string, role: Role): Promise<Member> {
    if (!hasRole(actor.role, 'ADMIN')) throw DomainError.forbidden('Only admins can change roles');
    if (!ROLES.includes(role)) throw DomainError.badInput('role', `must be one of ${ROLES.join(', ')}`);
    if (!isUuid(memberId)) throw DomainError.badInput('memberId', 'must be a valid id');
    if (memberId === actor.memberId && role !== 'ADMIN') {
      throw DomainError.conflict('Admins cannot take away their own admin role; ask another admin');
    }
    return this.members.manager.transaction(async (manager) => {
      const member = await manager.getRepository(Member).findOne({ where: { id: memberId }, lock: { mode: 'pessimistic_write' } });
      if (!member || member.erasedAt) throw DomainError.notFound('Member', memberId);
      if (member.role !== role) {
        await manager.getRepository(Member).update({ id: member.id }, { role });
        await recordAudit(manager, {
          actorId: actor.memberId,
          action: 'member.role',
          targetType: 'member',
          targetId: member.id,
          before: { role: member.role },
          after: { role },
        });
      }
      return manager.getRepository(Member).findOneByOrFail({ id: member.id });
    });
  }

  /** Revokes every access token the member holds. */
  async revokeSessions(actor: Actor): Promise<void> {
    await this.members.increment({ id: actor.memberId }, 'sessionVersion', 1);
  }

  /** Language and notification preferences are the member's own business. */
  canSeePrivate(viewer: Actor | null, member: Member): boolean {
    return viewer?.memberId === member.id;
  }

  /** E-mail addresses are private: the member sees their own, organizers see everyone's. */
  canSeeEmail(viewer: Actor | null, member: Member): boolean {
    return !!viewer && (viewer.memberId === member.id || hasRole(viewer.role, 'ORGANIZER'));
  }

  /** Organizers look members up (to give roles, to check people in). */
  async search(actor: Actor, search: string | null | undefined, limit = 50): Promise<Member[]> {
    if (!hasRole(actor.role, 'ORGANIZER')) throw DomainError.forbidden('Only organizers can list members');
    const query = this.members
      .createQueryBuilder('m')
      .where('m.erased_at IS NULL')
      .orderBy('m.name', 'ASC')
      .limit(Math.min(Math.max(limit, 1), 200));
    const term = search?.trim();
    if (term) {
      if (term.length > 200) throw DomainError.badInput('search', 'must be at most 200 characters');
      query.andWhere(`immutable_unaccent(lower(m.name || ' ' || m.email)) LIKE immutable_unaccent(lower(:pattern))`, {
        pattern: containsPattern(term),
      });
    }
    return query.getMany();
  }
}
