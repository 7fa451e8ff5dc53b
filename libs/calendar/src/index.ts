export * from './calendar-builder';
export * from './meetup-event';
export * from './assignment-event';
export * from './calendar-feeds.service';
export * from './calendar.module';
