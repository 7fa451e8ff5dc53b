import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const TARGET_METRICS = ['PROJECTS_SUPPORTED', 'STARTUPS_SUPPORTED', 'MEETUPS_HELD', 'ISSUES_RESOLVED', 'ASSIGNMENTS_DONE_ON_TIME'] as const;
export type TargetMetric = (typeof TARGET_METRICS)[number];

/** A goal of the scheme (e.g. 800 projects supported from 2017 to 2025), measured from the data. */
@Entity({ name: 'programme_targets' })
export class ProgrammeTarget {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  metric: TargetMetric;

  @Column({ type: 'integer' })
  goal: number;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
