import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const ORGANIZATION_KINDS = [
  'GOVERNMENT_AGENCY',
  'RESEARCH_INSTITUTE',
  'STARTUP',
  'SUPPORT_ORGANIZATION',
  'UNIVERSITY',
  'INVESTOR',
  'OTHER',
  'INCUBATOR',
  'ACCELERATOR',
  'COWORKING_SPACE',
  'ENTERPRISE',
  'MEDIA',
  'COMMUNITY',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

@Entity({ name: 'organizations' })
export class Organization {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'short_name', type: 'text', nullable: true })
  shortName: string | null;

  @Column({ type: 'text' })
  kind: OrganizationKind;

  @Column({ type: 'text', nullable: true })
  website: string | null;

  /** The ecosystem profile: what it is and does, for the map (ecosystem lib). */
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  sectors: string[];

  /** Services offered to startups (mentoring, workspace, funding…), free text. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  services: string[];

  @Column({ type: 'text', nullable: true })
  address: string | null;

  /** Both or neither (a position on the map). */
  @Column({ type: 'double precision', nullable: true })
  latitude: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
