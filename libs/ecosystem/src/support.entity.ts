import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const SUPPORT_KINDS = ['MENTORING', 'TRAINING', 'FUNDING', 'WORKSPACE', 'LEGAL', 'MARKET_ACCESS', 'TECHNOLOGY', 'NETWORKING', 'OTHER'] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];

/** What an organisation gave a startup project, and when (dates are local calendar dates). */
@Entity({ name: 'supports' })
export class Support {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @Column({ name: 'provider_id', type: 'uuid' })
  providerId: string;

  @Column({ type: 'text' })
  kind: SupportKind;

  @Column({ name: 'started_on', type: 'date' })
  startedOn: string;

  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
