import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export interface ItemNote {
  agendaItemId: string;
  note: string;
}

/** The record of one meetup: a draft, then published versions (biên bản). */
@Entity({ name: 'minutes' })
export class Minutes {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'meetup_id', type: 'uuid' })
  meetupId: string;

  @Column({ type: 'text', default: 'DRAFT' })
  status: 'DRAFT' | 'PUBLISHED';

  /** 0 while a draft; 1 when published; +1 per amendment. */
  @Column({ type: 'integer', default: 0 })
  version: number;

  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @Column({ name: 'attendee_ids', type: 'uuid', array: true, default: () => "'{}'" })
  attendeeIds: string[];

  @Column({ name: 'item_notes', type: 'jsonb', default: () => "'[]'::jsonb" })
  itemNotes: ItemNote[];

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A conclusion (kết luận), optionally about issues; assignments can come from it. */
@Entity({ name: 'decisions' })
export class Decision {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'minutes_id', type: 'uuid' })
  minutesId: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  text: string;

  @Column({ name: 'issue_ids', type: 'uuid', array: true, default: () => "'{}'" })
  issueIds: string[];

  /** Set when an amendment removed it; it stays readable in earlier versions. */
  @Column({ name: 'removed_in_version', type: 'integer', nullable: true })
  removedInVersion: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A published version as it was: what readers saw, never changed afterwards. */
export interface MinutesVersion {
  minutesId: string;
  version: number;
  summary: string | null;
  decisions: { id: string; position: number; text: string; issueIds: string[] }[];
  attendeeIds: string[];
  itemNotes: ItemNote[];
  reason: string | null;
  publishedAt: Date;
  publishedBy: string | null;
}
