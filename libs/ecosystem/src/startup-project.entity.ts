import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const PROJECT_STAGES = ['IDEA', 'PROTOTYPE', 'MVP', 'EARLY_REVENUE', 'GROWTH'] as const;
export type ProjectStage = (typeof PROJECT_STAGES)[number];

/** A startup project (dự án khởi nghiệp) registered by a member, who is its contact. */
@Entity({ name: 'startup_projects' })
export class StartupProject {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @Column({ type: 'text' })
  stage: ProjectStage;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  sectors: string[];

  @Column({ name: 'team_size', type: 'integer', nullable: true })
  teamSize: number | null;

  /** The startup enterprise (an organisation of kind STARTUP) once incorporated. */
  @Column({ name: 'company_id', type: 'uuid', nullable: true })
  companyId: string | null;

  @Column({ name: 'contact_id', type: 'uuid', nullable: true })
  contactId: string | null;

  /** When the project began (before it was registered here); supports cannot start earlier. */
  @Column({ name: 'founded_on', type: 'date', nullable: true })
  foundedOn: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
