import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@app/core';
import type { Member } from '@app/members';
import { Attendance, AttendeesService, CheckInService } from '@app/rsvps';
import { CurrentActor, NoArgs } from '../graphql/current-actor.decorator';
import type { GraphqlContext } from '../graphql/graphql-context';
import { RequireRole } from '../graphql/roles.guard';
import { MemberModel } from '../members/member.model';
import { AttendanceModel, AttendeeModel } from './rsvp.model';

@Resolver(() => AttendanceModel)
export class CheckInResolver {
  constructor(
    private readonly checkIns: CheckInService,
    private readonly attendees: AttendeesService,
  ) {}

  @Mutation(() => AttendanceModel, { description: 'Organizers of the series check a member in (once; again returns the first check-in)' })
  @RequireRole('ORGANIZER')
  checkIn(
    @CurrentActor() actor: Actor,
    @Args('meetupId', { type: () => ID }) meetupId: string,
    @Args('memberId', { type: () => ID }) memberId: string,
  ): Promise<Attendance> {
    return this.checkIns.checkIn(actor, meetupId, memberId);
  }

  @Mutation(() => AttendanceModel, { description: 'A member checks in with the code shown at the venue' })
  checkInWithCode(@CurrentActor() actor: Actor, @Args('meetupId', { type: () => ID }) meetupId: string, @Args('code') code: string): Promise<Attendance> {
    return this.checkIns.checkInWithCode(actor, meetupId, code);
  }

  @Query(() => [AttendeeModel], { description: 'Organizers of the series: who is going, waiting, declined and checked in' })
  @RequireRole('ORGANIZER')
  async meetupAttendees(@CurrentActor() actor: Actor, @Args('meetupId', { type: () => ID }) meetupId: string): Promise<AttendeeModel[]> {
    const { attendees } = await this.attendees.list(actor, meetupId);
    return attendees.map((a) => ({ ...a, checkedIn: a.checkedInAt !== null })) as AttendeeModel[];
  }

  @ResolveField(() => MemberModel)
  async member(attendance: Attendance, _args: NoArgs, context: GraphqlContext): Promise<Member> {
    return (await context.loaders.member.load(attendance.memberId)) as Member;
  }
}
