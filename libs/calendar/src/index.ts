export * from './calendar-builder';
export * from './meetup-event';
