import { Column, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const ASSIGNMENT_STATUSES = ['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

/** Work still to do: counted as open, and overdue once its due date has passed (in Huế). */
export const ACTIVE_ASSIGNMENT_STATUSES: readonly AssignmentStatus[] = ['OPEN', 'IN_PROGRESS'];
/** Work that is over, done or not: it no longer blocks what depends on it. */
export const SETTLED_ASSIGNMENT_STATUSES: readonly AssignmentStatus[] = ['DONE', 'CANCELLED'];

/** A follow-up task given to an organisation (giao nhiệm vụ): lead (chủ trì), coordinating (phối hợp), a due date. */
@Entity({ name: 'assignments' })
export class Assignment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'lead_organization_id', type: 'uuid' })
  leadOrganizationId: string;

  @Column({ name: 'assignee_id', type: 'uuid', nullable: true })
  assigneeId: string | null;

  /** The last day, a local date in Asia/Ho_Chi_Minh (hạn). */
  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  @Column({ type: 'text', default: 'OPEN' })
  status: AssignmentStatus;

  @Column({ name: 'progress_percent', type: 'integer', default: 0 })
  progressPercent: number;

  @Column({ name: 'issue_id', type: 'uuid', nullable: true })
  issueId: string | null;

  @Column({ name: 'meetup_id', type: 'uuid', nullable: true })
  meetupId: string | null;

  @Column({ name: 'decision_id', type: 'uuid', nullable: true })
  decisionId: string | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  /** Bumped when the status changes (iCalendar SEQUENCE of the deadline event). */
  @Column({ type: 'integer', default: 0 })
  sequence: number;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

export interface AssignmentUpdate {
  id: string;
  assignmentId: string;
  authorId: string | null;
  note: string | null;
  status: AssignmentStatus;
  progressPercent: number;
  at: Date;
}

export interface OrganizationScorecard {
  organizationId: string;
  open: number;
  done: number;
  doneOnTime: number;
  overdue: number;
  medianDaysToComplete: number | null;
}

/** Due dates are local calendar dates in the province's zone. */
