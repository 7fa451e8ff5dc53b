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

  // The counts are kept on the meetup row (a trigger on rsvps): read with the meetup, answered
  // synchronously.
  @ResolveField(() => Int, { description: 'Seats taken: members GOING and their guests' })
  goingCount(meetup: Meetup): number {
    return meetup.goingCount;
  }

  @ResolveField(() => Int, { description: 'Members on the waitlist' })
  waitlistCount(meetup: Meetup): number {
    return meetup.waitlistCount;
  }

  @ResolveField(() => Int, { nullable: true, description: 'Seats still free; null when the capacity is unlimited' })
  spotsLeft(meetup: Meetup): number | null {
    return meetup.capacity === null ? null : Math.max(meetup.capacity - meetup.goingCount, 0);
  }

  @ResolveField(() => RsvpModel, { nullable: true, description: "The signed-in member's RSVP" })
  myRsvp(meetup: Meetup, _args: NoArgs, context: GraphqlContext): Promise<Rsvp | null> | null {
    return optionalActor(context) ? context.loaders.myRsvp.load(meetup.id) : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Organizers of the series: the code members enter to check themselves in' })
  async checkInCode(meetup: Meetup, _args: NoArgs, context: GraphqlContext): Promise<string | null> {
    const actor = optionalActor(context);
    return (await this.checkIns.canSeeCode(actor, meetup.seriesId)) ? this.checkIns.code(meetup.id) : null;
  }
}
