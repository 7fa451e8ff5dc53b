import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type CheckInMethod = 'ORGANIZER' | 'SELF_CODE';

/** A member was there. Once per member and meetup. */
@Entity({ name: 'attendances' })
export class Attendance {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'meetup_id', type: 'uuid' })
  meetupId: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ name: 'checked_in_at', type: 'timestamptz' })
  checkedInAt: Date;

  @Column({ name: 'checked_in_by', type: 'uuid', nullable: true })
  checkedInBy: string | null;

  @Column({ type: 'text' })
  method: CheckInMethod;
}
