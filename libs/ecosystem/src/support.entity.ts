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

  /**
   * When an organizer or the providing organisation confirmed the record. Records made by people
   * who spoke for the organisation are verified as they are made; older ones recorded on an
   * unconfirmed claim wait, shown as unverified and left out of the programme's targets.
   */
  @Column({ name: 'verified_at', type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  @Column({ name: 'verified_by', type: 'uuid', nullable: true })
  verifiedBy: string | null;
}
