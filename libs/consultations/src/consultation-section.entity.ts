import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One part of a consultation's draft (see splitDocument). */
@Entity({ name: 'consultation_sections' })
export class ConsultationSection {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'consultation_id', type: 'uuid' })
  consultationId: string;

  @Column({ type: 'int' })
  position: number;

  /** 0: the introduction before the first heading; 1–3: `#` to `###`. */
  @Column({ type: 'int' })
  level: number;

  @Column({ type: 'text' })
  heading: string;

  @Column({ type: 'text' })
  body: string;
}
