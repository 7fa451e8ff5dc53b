import { Module } from '@nestjs/common';
import { RsvpsModule } from '@app/rsvps';
import { DeliveryService } from './delivery.service';
import { DigestService } from './digest.service';
import { MeetupChangeComposer } from './meetup-change.composer';
import { MinutesMailComposer } from './minutes-mail.composer';
import { OutboxDispatcher } from './outbox-dispatcher';
import { RsvpLinksService } from './rsvp-links.service';
import { RsvpMailComposer } from './rsvp-mail.composer';
import { UnsubscribeService } from './unsubscribe.service';

@Module({
  imports: [RsvpsModule],
  providers: [
    DeliveryService,
    OutboxDispatcher,
    RsvpMailComposer,
    MinutesMailComposer,
    MeetupChangeComposer,
    UnsubscribeService,
    RsvpLinksService,
    DigestService,
  ],
  exports: [DeliveryService, OutboxDispatcher, UnsubscribeService, RsvpLinksService, DigestService],
})
export class NotificationsModule {}
