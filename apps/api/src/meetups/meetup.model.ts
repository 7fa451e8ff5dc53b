import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../graphql/connection';
import { MeetupStatusEnum, VisibilityEnum } from '../graphql/enums';
import { DateTimeScalar, LocalDateScalar } from '../graphql/scalars';
import { HUE_TIME_ZONE } from '@app/core';

@ObjectType('MeetupSeries')
export class MeetupSeriesModel {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field({ description: 'RFC 5545 RRULE, e.g. FREQ=WEEKLY;BYDAY=SA' }) recurrence: string;
  @Field() timezone: string;
  @Field({ description: 'Local start time, HH:MM' }) startTime: string;
  @Field(() => Int) durationMinutes: number;
  @Field(() => LocalDateScalar) startsOn: string;
  @Field(() => LocalDateScalar, { nullable: true }) endsOn: string | null;
  @Field(() => String, { nullable: true }) venue: string | null;
  @Field(() => String, { nullable: true }) venueAddress: string | null;
  @Field(() => String, { nullable: true }) onlineUrl: string | null;
  @Field(() => Int, { nullable: true }) capacity: number | null;
  @Field(() => VisibilityEnum) visibility: VisibilityEnum;
  @Field(() => [LocalDateScalar]) skipDates: string[];
  @Field(() => Int, { description: 'Guests a member may bring to one date' }) guestLimit: number;
  @Field(() => Int, { description: 'RSVPs close this many minutes before a date starts' }) rsvpCutoffMinutes: number;
  @Field(() => Int, { description: 'Weekly digest day: 1 Monday … 7 Sunday (default 4, Thursday)' }) digestWeekday: number;
  @Field({ description: 'Weekly digest hour, HH:00 in the series zone (default 17:00)' }) digestTime: string;
  @Field(() => [Int], { description: 'Reminders go to members GOING this many minutes before each date, earliest first (default [780, 60])' })
  reminderMinutesBefore: number[];
  @Field(() => [String], { description: 'Asked at RSVP (at most 5); answers come back in the same order' }) registrationQuestions: string[];
}

@ObjectType('Meetup')
export class MeetupModel {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => DateTimeScalar) startsAt: Date;
  @Field(() => DateTimeScalar) endsAt: Date;
  @Field() timezone: string;
  @Field(() => LocalDateScalar, { description: 'The date the series rule gave; kept when the meetup is moved' }) originalDate: string;
  @Field(() => MeetupStatusEnum) status: MeetupStatusEnum;
  @Field(() => String, { nullable: true }) cancellationReason: string | null;
  @Field(() => String, { nullable: true }) venue: string | null;
  @Field(() => String, { nullable: true }) venueAddress: string | null;
  @Field(() => String, { nullable: true }) onlineUrl: string | null;
  @Field(() => Int, { nullable: true }) capacity: number | null;
  @Field(() => Int, { description: 'Increases when the time, place or status changes (iCalendar SEQUENCE)' }) sequence: number;
}

@ObjectType('AgendaItem')
export class AgendaItemModel {
  @Field(() => ID) id: string;
  @Field(() => Int) position: number;
  @Field(() => String, { nullable: true }) presenter: string | null;
  @Field(() => Int, { nullable: true }) durationMinutes: number | null;
}

export const MeetupConnection = Connection(MeetupModel, 'Meetup');

@InputType()
export class MeetupFilter {
  @Field(() => ID, { nullable: true }) seriesId?: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Meetups that end at or after this instant' }) from?: Date | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Meetups that start before this instant' }) to?: Date | null;
  @Field(() => MeetupStatusEnum, { nullable: true }) status?: MeetupStatusEnum | null;
  @Field(() => Boolean, { nullable: true, description: 'Latest first, e.g. past meetups with the most recent at the top' }) newestFirst?: boolean | null;
}

@InputType()
export class CreateMeetupSeriesInput {
  @Field() title: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => ID, { nullable: true }) hostOrganizationId?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Organizers besides the creator' }) organizerIds?: string[] | null;
  @Field({ defaultValue: 'FREQ=WEEKLY;BYDAY=SA' }) recurrence: string;
  @Field({ defaultValue: HUE_TIME_ZONE }) timezone: string;
  @Field({ defaultValue: '08:00' }) startTime: string;
  @Field(() => Int, { defaultValue: 180 }) durationMinutes: number;
  @Field(() => LocalDateScalar) startsOn: string;
  @Field(() => LocalDateScalar, { nullable: true }) endsOn?: string | null;
  @Field(() => String, { nullable: true }) venue?: string | null;
  @Field(() => String, { nullable: true }) venueAddress?: string | null;
  @Field(() => String, { nullable: true }) onlineUrl?: string | null;
  @Field(() => Int, { nullable: true }) capacity?: number | null;
  @Field(() => VisibilityEnum, { defaultValue: VisibilityEnum.PUBLIC }) visibility: VisibilityEnum;
  @Field(() => [LocalDateScalar], { nullable: true, description: 'Dates without a meetup, e.g. the Tết holiday' }) skipDates?: string[] | null;
  @Field(() => Int, { defaultValue: 2 }) guestLimit: number;
  @Field(() => Int, { defaultValue: 0, description: 'RSVPs close this many minutes before a date starts' }) rsvpCutoffMinutes: number;
  @Field(() => Int, { defaultValue: 4, description: 'Weekly digest day: 1 Monday … 7 Sunday' }) digestWeekday: number;
  @Field({ defaultValue: '17:00', description: 'Weekly digest hour, HH:00 in the series zone' }) digestTime: string;
  @Field(() => [Int], { defaultValue: [780, 60], description: 'Minutes before each date that members GOING are reminded (at most 4, up to 14 days)' })
  reminderMinutesBefore: number[];
  @Field(() => [String], { defaultValue: [], description: 'Questions asked at RSVP (at most 5, 300 characters each)' }) registrationQuestions: string[];
}

@InputType()
export class UpdateMeetupSeriesInput {
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => ID, { nullable: true }) hostOrganizationId?: string | null;
  @Field(() => [ID], { nullable: true }) organizerIds?: string[] | null;
  @Field(() => String, { nullable: true }) recurrence?: string | null;
  @Field(() => String, { nullable: true }) timezone?: string | null;
  @Field(() => String, { nullable: true }) startTime?: string | null;
  @Field(() => Int, { nullable: true }) durationMinutes?: number | null;
  @Field(() => LocalDateScalar, { nullable: true }) startsOn?: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) endsOn?: string | null;
  @Field(() => String, { nullable: true }) venue?: string | null;
  @Field(() => String, { nullable: true }) venueAddress?: string | null;
  @Field(() => String, { nullable: true }) onlineUrl?: string | null;
  @Field(() => Int, { nullable: true }) capacity?: number | null;
  @Field(() => VisibilityEnum, { nullable: true }) visibility?: VisibilityEnum | null;
  @Field(() => [LocalDateScalar], { nullable: true }) skipDates?: string[] | null;
  @Field(() => Int, { nullable: true }) guestLimit?: number | null;
  @Field(() => Int, { nullable: true }) rsvpCutoffMinutes?: number | null;
  @Field(() => Int, { nullable: true }) digestWeekday?: number | null;
  @Field(() => String, { nullable: true }) digestTime?: string | null;
  @Field(() => [Int], { nullable: true }) reminderMinutesBefore?: number[] | null;
  @Field(() => [String], { nullable: true }) registrationQuestions?: string[] | null;
}

@InputType()
export class UpdateMeetupInput {
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Moves the meetup; it keeps its id, RSVPs and original date' }) startsAt?: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) endsAt?: Date | null;
  @Field(() => String, { nullable: true }) venue?: string | null;
  @Field(() => String, { nullable: true }) venueAddress?: string | null;
  @Field(() => String, { nullable: true }) onlineUrl?: string | null;
  @Field(() => Int, { nullable: true }) capacity?: number | null;
}

@InputType()
export class AgendaItemInput {
  @Field() title: string;
  @Field(() => String, { nullable: true }) presenter?: string | null;
  @Field(() => Int, { nullable: true }) durationMinutes?: number | null;
  @Field(() => Int, { nullable: true, description: '1-based; last when omitted' }) position?: number | null;
}

@InputType()
export class UpdateAgendaItemInput {
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) presenter?: string | null;
  @Field(() => Int, { nullable: true }) durationMinutes?: number | null;
}
