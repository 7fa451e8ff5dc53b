export * from './rsvp.entity';
export * from './attendance.entity';
export * from './seats';
export * from './rsvps.service';
export * from './check-in.service';
export * from './attendees.service';
export * from './rsvps.module';
