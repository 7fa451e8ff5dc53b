import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MeetupSeatsPort } from '@app/meetups';
import { Attendance } from './attendance.entity';
import { AttendeesService } from './attendees.read-model';
import { CheckInService } from './check-in.service';
import { RsvpSeatsAdapter } from './rsvp-seats.adapter';
import { Rsvp } from './rsvp.entity';
import { RsvpsService } from './rsvps.service';

/** Global so that the meetups module finds MeetupSeatsPort without importing this one. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([Rsvp, Attendance])],
  providers: [RsvpsService, CheckInService, AttendeesService, { provide: MeetupSeatsPort, useClass: RsvpSeatsAdapter }],
  exports: [RsvpsService, CheckInService, AttendeesService, MeetupSeatsPort],
})
export class RsvpsModule {}
