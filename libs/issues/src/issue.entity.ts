import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const ISSUE_KINDS = ['OBSTACLE', 'PROPOSAL', 'RECOMMENDATION', 'QUESTION'] as const;
export type IssueKind = (typeof ISSUE_KINDS)[number];

export const ISSUE_STATUSES = ['SUBMITTED', 'ON_AGENDA', 'DISCUSSED', 'ASSIGNED', 'RESOLVED', 'DECLINED', 'DUPLICATE'] as const;
export type IssueStatus = (typeof ISSUE_STATUSES)[number];

/** An obstacle, proposal, recommendation or question a member raises (vướng mắc, đề xuất, kiến nghị). */
@Entity({ name: 'issues' })
export class Issue {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'text' })
  kind: IssueKind;

  @Column({ type: 'text', default: 'SUBMITTED' })
  status: IssueStatus;

  /** Free tags, normalised (trimmed, lower-case, single spaces). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  topics: string[];

  @Column({ name: 'submitter_id', type: 'uuid' })
  submitterId: string;

  /** The submitter's organisation, when they raise it on its behalf. */
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ name: 'addressed_to_organization_id', type: 'uuid', nullable: true })
  addressedToOrganizationId: string | null;

  @Column({ name: 'duplicate_of_id', type: 'uuid', nullable: true })
  duplicateOfId: string | null;

  /** The organizers' official answer (with a decline, a duplicate, a resolution…). */
  @Column({ name: 'official_response', type: 'text', nullable: true })
  officialResponse: string | null;

  @Column({ name: 'support_count', type: 'integer', default: 0 })
  supportCount: number;

  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  @Column({ name: 'hidden_reason', type: 'text', nullable: true })
  hiddenReason: string | null;

  @Column({ name: 'hidden_by', type: 'uuid', nullable: true })
  hiddenBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** Statuses an issue can leave (DECLINED, DUPLICATE and RESOLVED end it). */
export const OPEN_STATUSES: readonly IssueStatus[] = ['SUBMITTED', 'ON_AGENDA', 'DISCUSSED', 'ASSIGNED'];
