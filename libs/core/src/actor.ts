/** Who is calling a service: enough to authorise without another query. */
export type Role = 'MEMBER' | 'ORGANIZER' | 'ADMIN';

export const ROLES: readonly Role[] = ['MEMBER', 'ORGANIZER', 'ADMIN'];

export interface Actor {
  memberId: string;
  role: Role;
}

const RANK: Record<Role, number> = { MEMBER: 0, ORGANIZER: 1, ADMIN: 2 };

/** True when the role is at least `required` (ADMIN ⊇ ORGANIZER ⊇ MEMBER). */
export function hasRole(role: Role, required: Role): boolean {
  return RANK[role] >= RANK[required];
}
