import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../graphql/scalars';
import { CheckInMethodEnum, RsvpStatusEnum } from '../graphql/enums';

@ObjectType('Rsvp')
export class RsvpModel {
  @Field(() => ID) id: string;
  @Field(() => RsvpStatusEnum) status: RsvpStatusEnum;
  @Field(() => Int) guests: number;
  @Field({ description: 'Made by a standing RSVP for the series' }) fromStanding: boolean;
  @Field(() => [String], { description: "The member's answers to the series' registration questions (only ever their own)" }) answers: string[];
  @Field(() => DateTimeScalar) respondedAt: Date;
}

@ObjectType('Attendance')
export class AttendanceModel {
  @Field(() => ID) id: string;
  @Field(() => DateTimeScalar) checkedInAt: Date;
  @Field(() => CheckInMethodEnum) method: CheckInMethodEnum;
}

@ObjectType('StandingRsvp', { description: '"I come every Saturday": GOING on every date of the series unless declined' })
export class StandingRsvpModel {
  @Field(() => Int) guests: number;
  @Field(() => DateTimeScalar) createdAt: Date;
}

@ObjectType('Attendee', { description: "An organizer's view of one person for a meetup" })
export class AttendeeModel {
  @Field(() => ID) memberId: string;
  @Field() name: string;
  @Field(() => String, { nullable: true, description: 'null for a member who has since deleted their account' }) email: string | null;
  @Field(() => String, { nullable: true }) organizationName: string | null;
  @Field(() => RsvpStatusEnum, { nullable: true, description: 'null: checked in without an RSVP' }) status: RsvpStatusEnum | null;
  @Field(() => Int) guests: number;
  @Field(() => Int, { nullable: true }) waitlistPosition: number | null;
  @Field() checkedIn: boolean;
  @Field(() => DateTimeScalar, { nullable: true }) checkedInAt: Date | null;
  @Field(() => [String], { description: "Answers to the series' registration questions, in their order" }) answers: string[];
}
