import { webPages } from '@app/core';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { buildCalendar, meetupEvent } from '@app/calendar';
import { APP_CONFIG, AppConfig } from '@app/config';
import { OutgoingMail, renderRsvpMail } from '@app/mail';
import { agendaOfMeetup, findMeetup, firstReminderOffset } from '@app/meetups';
import { rsvpStanding } from '@app/rsvps';
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

  async compose(manager: EntityManager, row: Extract<OutboxRow, { kind: 'rsvp.confirmed' | 'rsvp.promoted' }>): Promise<OutgoingMail | null> {
    const member = await recipientFor(manager, row.member_id, row.kind === 'rsvp.promoted' ? 'waitlistPromotion' : 'rsvpConfirmation');
    const meetup = await findMeetup(manager, row.payload.meetupId);
    if (!member || !meetup) return null;

    // The answer may have changed since the message was written: say what is true now.
    const rsvp = await rsvpStanding(manager, meetup.id, member.id);
    if (!rsvp || rsvp.status === 'NOT_GOING' || meetup.status === 'CANCELLED') return null;
    if (row.kind === 'rsvp.promoted' && rsvp.status !== 'GOING') return null;

    const agenda = await agendaOfMeetup(manager, meetup.id);
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
    };
  }
}
