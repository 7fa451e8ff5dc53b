import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** One point of a meetup's agenda, in order (positions 1..n). */
@Entity({ name: 'agenda_items' })
export class AgendaItem {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'meetup_id', type: 'uuid' })
  meetupId: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  presenter: string | null;

  @Column({ name: 'duration_minutes', type: 'integer', nullable: true })
  durationMinutes: number | null;

  /** The issue discussed under this point, if any (the issues feature links it). */
  @Column({ name: 'issue_id', type: 'uuid', nullable: true })
  issueId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
