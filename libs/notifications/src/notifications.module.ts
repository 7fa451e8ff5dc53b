import { Module } from '@nestjs/common';
import { RsvpsModule } from '@app/rsvps';
import { AffiliationMailComposer } from './affiliation-mail.composer';
import { ConsultationResponseComposer } from './consultation-response.composer';
import { DeadlineRemindersService } from './deadline-reminders.service';
import { DeliveryService } from './delivery.service';
import { FollowUpMailComposer } from './follow-up-mail.composer';
import { DigestService } from './digest.service';
import { MeetupChangeComposer } from './meetup-change.composer';
import { MeetupRemindersService } from './meetup-reminders.service';
import { ProgressNewsService } from './progress-news.service';
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
    FollowUpMailComposer,
    ConsultationResponseComposer,
    AffiliationMailComposer,
    DeadlineRemindersService,
    UnsubscribeService,
    RsvpLinksService,
    DigestService,
    MeetupRemindersService,
    ProgressNewsService,
  ],
  exports: [
    DeliveryService,
    OutboxDispatcher,
    UnsubscribeService,
    RsvpLinksService,
    DigestService,
    DeadlineRemindersService,
    MeetupRemindersService,
    ProgressNewsService,
  ],
})
export class NotificationsModule {}
