import { Column, Entity, PrimaryColumn } from 'typeorm';

export const AFFILIATION_STATUSES = ['PENDING', 'CONFIRMED'] as const;
export type AffiliationStatus = (typeof AFFILIATION_STATUSES)[number];

export const AFFILIATION_ROLES = ['MEMBER', 'ADMIN'] as const;
export type AffiliationRole = (typeof AFFILIATION_ROLES)[number];

/**
 * A member's tie to one organisation. A request (PENDING) until an organizer or one of the
 * organisation's administrators confirms it; only a CONFIRMED affiliation lets the member speak
 * for the organisation. A declined or ended affiliation is deleted (the audit log keeps it).
 */
@Entity({ name: 'affiliations' })
export class Affiliation {
  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ type: 'text' })
  status: AffiliationStatus;

  @Column({ type: 'text' })
  role: AffiliationRole;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt: Date;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @Column({ name: 'confirmed_by', type: 'uuid', nullable: true })
  confirmedBy: string | null;
}
