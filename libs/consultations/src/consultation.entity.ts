import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const CONSULTATION_STATUSES = ['DRAFT', 'OPEN', 'CLOSED'] as const;
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];

/** A draft opened for comments between opensAt and closesAt. */
@Entity({ name: 'consultations' })
export class Consultation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  summary: string | null;

  /** The Markdown as the organizer gave it; the sections are what it was split into. */
  @Column({ type: 'text' })
  document: string;

  @Column({ name: 'opens_at', type: 'timestamptz' })
  opensAt: Date;

  @Column({ name: 'closes_at', type: 'timestamptz' })
  closesAt: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** DRAFT before opensAt, OPEN from opensAt until closesAt, CLOSED from closesAt on. */
export function consultationStatus(consultation: Pick<Consultation, 'opensAt' | 'closesAt'>, now: Date): ConsultationStatus {
  if (now.getTime() < consultation.opensAt.getTime()) return 'DRAFT';
  if (now.getTime() < consultation.closesAt.getTime()) return 'OPEN';
  return 'CLOSED';
}
