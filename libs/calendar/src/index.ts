export * from './calendar-builder';
export * from './meetup-event';
export * from './assignment-event';
export * from './calendar-feeds.read-model';
export * from './calendar.module';
