import { ResolveField, Resolver } from '@nestjs/graphql';
import { Int } from '@nestjs/graphql';
import type { Meetup } from '@app/meetups';
import { CheckInService, Rsvp } from '@app/rsvps';
import { NoArgs, optionalActor } from '../graphql/current-actor.decorator';
import type { GraphqlContext } from '../graphql/graphql-context';
import { MeetupModel } from '../meetups/meetup.model';
import { RsvpModel } from './rsvp.model';

/** The RSVP side of a meetup: counts, the caller's own answer, and the organizers' check-in code. */
@Resolver(() => MeetupModel)
export class MeetupRsvpFieldsResolver {
  constructor(private readonly checkIns: CheckInService) {}

  @ResolveField(() => Int, { description: 'Seats taken: members GOING and their guests' })
  async goingCount(meetup: Meetup, _args: NoArgs, context: GraphqlContext): Promise<number> {
    return (await context.loaders.meetupRsvps.load(meetup.id)).going;
  }

  @ResolveField(() => Int, { description: 'Members on the waitlist' })
  async waitlistCount(meetup: Meetup, _args: NoArgs, context: GraphqlContext): Promise<number> {
    return (await context.loaders.meetupRsvps.load(meetup.id)).waitlisted;
  }

  @ResolveField(() => Int, { nullable: true, description: 'Seats still free; null when the capacity is unlimited' })
  async spotsLeft(meetup: Meetup, _args: NoArgs, context: GraphqlContext): Promise<number | null> {
    if (meetup.capacity === null) return null;
    return Math.max(meetup.capacity - (await context.loaders.meetupRsvps.load(meetup.id)).going, 0);
  }

  @ResolveField(() => RsvpModel, { nullable: true, description: "The signed-in member's RSVP" })
  async myRsvp(meetup: Meetup, _args: NoArgs, context: GraphqlContext): Promise<Rsvp | null> {
    const actor = optionalActor(context);
    return actor ? (await context.loaders.meetupRsvps.load(meetup.id)).mine : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Organizers of the series: the code members enter to check themselves in' })
  async checkInCode(meetup: Meetup, _args: NoArgs, context: GraphqlContext): Promise<string | null> {
    const actor = optionalActor(context);
    return (await this.checkIns.canSeeCode(actor, meetup.seriesId)) ? this.checkIns.code(meetup.id) : null;
  }
}
