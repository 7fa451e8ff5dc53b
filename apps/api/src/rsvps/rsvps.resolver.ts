import { Args, ID, Int, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@app/core';
import type { Meetup, MeetupSeries } from '@app/meetups';
import type { Member } from '@app/members';
import { Rsvp, RsvpsService, StandingRsvp } from '@app/rsvps';
import { CurrentActor, NoArgs, reachable } from '../graphql/current-actor.decorator';
import { RsvpResponseEnum } from '../graphql/enums';
import type { GraphqlContext } from '../graphql/graphql-context';
import { MeetupModel, MeetupSeriesModel } from '../meetups/meetup.model';
import { MemberModel } from '../members/member.model';
import { RsvpModel, StandingRsvpModel } from './rsvp.model';

@Resolver(() => RsvpModel)
export class RsvpsResolver {
  constructor(private readonly rsvps: RsvpsService) {}

  @Mutation(() => RsvpModel, { description: 'Answer for one date: GOING takes 1 + guests seats, or joins the waitlist when they do not fit' })
  rsvp(
    @CurrentActor() actor: Actor,
    @Args('meetupId', { type: () => ID }) meetupId: string,
    @Args('response', { type: () => RsvpResponseEnum }) response: RsvpResponseEnum,
    @Args('guests', { type: () => Int, defaultValue: 0 }) guests: number,
    @Args('answers', { type: () => [String], nullable: true, description: "Answers to the series' registrationQuestions, in their order" })
    answers?: string[] | null,
  ): Promise<Rsvp> {
    return this.rsvps.respond(actor, meetupId, response, guests, answers);
  }

  @Mutation(() => StandingRsvpModel, { description: '"I come every Saturday": GOING on every future date of the series; single dates can still be declined' })
  setStandingRsvp(
    @CurrentActor() actor: Actor,
    @Args('seriesId', { type: () => ID }) seriesId: string,
    @Args('guests', { type: () => Int, defaultValue: 0 }) guests: number,
  ): Promise<StandingRsvp> {
    return this.rsvps.setStanding(actor, seriesId, guests);
  }

  @Mutation(() => Boolean, { description: 'Ends a standing RSVP; the future answers it made are withdrawn' })
  cancelStandingRsvp(@CurrentActor() actor: Actor, @Args('seriesId', { type: () => ID }) seriesId: string): Promise<boolean> {
    return this.rsvps.cancelStanding(actor, seriesId);
  }

  @ResolveField(() => MeetupModel)
  async meetup(rsvp: Rsvp, _args: NoArgs, context: GraphqlContext): Promise<Meetup> {
    return reachable(await context.loaders.meetup.load(rsvp.meetupId), 'Meetup', rsvp.meetupId);
  }

  @ResolveField(() => MemberModel)
  async member(rsvp: Rsvp, _args: NoArgs, context: GraphqlContext): Promise<Member> {
    return (await context.loaders.member.load(rsvp.memberId)) as Member;
  }

  @ResolveField(() => Int, { nullable: true, description: 'Place in line (1 = next), while WAITLISTED' })
  waitlistPosition(rsvp: Rsvp, _args: NoArgs, context: GraphqlContext): Promise<number | null> | null {
    if (rsvp.status !== 'WAITLISTED') return null;
    // The answer to an `rsvp` mutation carries the place its decision gave, read under the date's lock.
    if (rsvp.decidedWaitlistPosition !== undefined) return Promise.resolve(rsvp.decidedWaitlistPosition);
    return context.loaders.waitlistPosition.load(rsvp.id);
  }
}

@Resolver(() => StandingRsvpModel)
export class StandingRsvpResolver {
  @ResolveField(() => MeetupSeriesModel)
  async series(standing: StandingRsvp, _args: NoArgs, context: GraphqlContext): Promise<MeetupSeries> {
    return reachable(await context.loaders.series.load(standing.seriesId), 'Meetup series', standing.seriesId);
  }
}
