import { webPages } from '@app/core';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { buildCalendar, meetupEvent } from '@app/calendar';
import { APP_CONFIG, AppConfig } from '@app/config';
import { renderRsvpMail } from '@app/mail';
import { agendaAsShown } from '@app/issues';
import { agendaOfMeetup, findMeetup, firstReminderOffset } from '@app/meetups';
import { recordRsvpTold, rsvpStanding } from '@app/rsvps';
import type { ComposedMail } from './delivery.service';
import type { OutboxComposer, OutboxRow } from './outbox-dispatcher';
import { recipientFor } from './recipient';
import { UnsubscribeService } from './unsubscribe.service';
import { unsubscribeHeaders } from './unsubscribe-headers';

/** RSVP confirmations and waitlist promotions, each with the meetup's .ics attached. */
@Injectable()
export class RsvpMailComposer implements OutboxComposer<'rsvp.confirmed' | 'rsvp.promoted'> {
  readonly kinds = ['rsvp.confirmed', 'rsvp.promoted'] as const;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly unsubscribe: UnsubscribeService,
  ) {}

  async compose(manager: EntityManager, row: Extract<OutboxRow, { kind: 'rsvp.confirmed' | 'rsvp.promoted' }>): Promise<ComposedMail | null> {
    const member = await recipientFor(manager, row.member_id, row.kind === 'rsvp.promoted' ? 'waitlistPromotion' : 'rsvpConfirmation');
    const meetup = await findMeetup(manager, row.payload.meetupId);
    if (!member || !meetup) return null;

    // The answer may have changed since the message was written: say what is true now.
    const rsvp = await rsvpStanding(manager, meetup.id, member.id);
    if (!rsvp || rsvp.status === 'NOT_GOING' || meetup.status === 'CANCELLED') return null;
    if (row.kind === 'rsvp.promoted' && rsvp.status !== 'GOING') return null;
    // A confirmation says something new or nothing: an answer changed back to what the last mail said is not mailed again.
    if (row.kind === 'rsvp.confirmed' && rsvp.told?.status === rsvp.status && rsvp.told.guests === rsvp.guests) return null;

    // The attached calendar file leaves the app: a point copied from a hidden issue reads as the placeholder.
    const agenda = await agendaAsShown(manager, null, await agendaOfMeetup(manager, meetup.id), 'both');
    const alarm = await firstReminderOffset(manager, meetup.seriesId);
    const ics = buildCalendar({
      name: meetup.title,
      method: 'PUBLISH',
      events: [
        meetupEvent(meetup, {
          publicUrl: this.config.publicUrl,
          agenda,
          summaryPrefix: rsvp.status === 'WAITLISTED' ? '[Chờ / Waitlist] ' : '',
          // Someone GOING is reminded by their calendar too, at the series' first reminder offset.
          alarmMinutesBefore: rsvp.status === 'GOING' ? alarm : null,
        }),
      ],
    });
    const mail = renderRsvpMail(row.kind === 'rsvp.promoted' ? 'promoted' : 'confirmed', {
      locale: member.locale,
      name: member.name,
      meetupTitle: meetup.title,
      startsAt: meetup.startsAt,
      timezone: meetup.timezone,
      place: [meetup.venue, meetup.venueAddress].filter(Boolean).join(', ') || null,
      status: rsvp.status,
      guests: rsvp.guests,
      waitlistPosition: rsvp.position,
      meetupUrl: webPages.meetup(this.config.publicUrl, meetup.id),
    });
    const preference = row.kind === 'rsvp.promoted' ? 'waitlistPromotion' : 'rsvpConfirmation';
    return {
      to: member.email,
      ...mail,
      headers: unsubscribeHeaders(await this.unsubscribe.urlFor(manager, member.id, preference)),
      attachments: [{ filename: 'gap-mat.ics', content: ics, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }],
      afterSend: (sentManager) => recordRsvpTold(sentManager, meetup.id, member.id, { status: rsvp.status, guests: rsvp.guests }),
    };
  }
}
