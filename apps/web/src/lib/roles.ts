import type { Role } from '../gql/graphql';
import type { MessageKey } from './i18n/messages.vi';

export const ROLES: readonly Role[] = ['MEMBER', 'ORGANIZER', 'ADMIN'];

/** Organizers and admins moderate; only admins change roles and read the audit log. */
export function isOrganizerRole(role: Role | null | undefined): boolean {
  return role === 'ORGANIZER' || role === 'ADMIN';
}

export function isAdminRole(role: Role | null | undefined): boolean {
  return role === 'ADMIN';
}

export function roleKey(role: Role): MessageKey {
  return `moderation.role.${role}`;
}
