import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { enqueueOutbox } from '@app/database';
import { MeetupSeatsPort } from '@app/meetups';
import { peopleAnsweredYes } from './rsvps.repository';
import { RsvpsService } from './rsvps.service';

/** How the meetups feature reaches RSVPs without depending on them. */
@Injectable()
export class RsvpSeatsAdapter extends MeetupSeatsPort {
  constructor(private readonly rsvps: RsvpsService) {
    super();
  }

  capacityChanged(manager: EntityManager, meetupId: string, capacity: number | null): Promise<void> {
    return this.rsvps.capacityChanged(manager, meetupId, capacity);
  }

  datesCreated(manager: EntityManager, seriesId: string, meetupIds: string[]): Promise<void> {
    return this.rsvps.applyStandingToNewDates(manager, seriesId, meetupIds);
  }

  async meetupChanged(manager: EntityManager, meetupId: string, change: 'changed' | 'cancelled'): Promise<void> {
    const people = await peopleAnsweredYes(manager, meetupId);
    await enqueueOutbox(
      manager,
      people.map((memberId) => ({ kind: `meetup.${change}`, memberId, payload: { meetupId } })),
    );
  }
}
