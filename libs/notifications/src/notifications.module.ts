import { Module } from '@nestjs/common';
import { OutboxDispatcher } from './outbox-dispatcher';
import { RsvpMailComposer } from './rsvp-mail.composer';

@Module({
  providers: [OutboxDispatcher, RsvpMailComposer],
  exports: [OutboxDispatcher],
})
export class NotificationsModule {}
