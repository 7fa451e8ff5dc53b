export * from './rsvp.entity';
export * from './attendance.entity';
export * from './seats';
export * from './rsvps.service';
export * from './check-in.service';
export * from './attendees.read-model';
export * from './rsvps.module';
export * from './rsvps.repository';
