export * from './outbox-dispatcher';
export * from './rsvp-mail.composer';
export * from './notifications.module';
