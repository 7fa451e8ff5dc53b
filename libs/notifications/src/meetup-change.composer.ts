import { webPages } from '@app/core';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { OutgoingMail, formatLocalDateTime, renderNoticeMail } from '@app/mail';
import { findMeetup } from '@app/meetups';
import type { OutboxComposer, OutboxRow } from './outbox-dispatcher';
import { recipientFor } from './recipient';
import { unsubscribeHeaders } from './unsubscribe-headers';
import { UnsubscribeService } from './unsubscribe.service';

/** A meetup someone is going to (or waiting for) moved, changed place, or was cancelled. */
@Injectable()
export class MeetupChangeComposer implements OutboxComposer<'meetup.changed' | 'meetup.cancelled'> {
  readonly kinds = ['meetup.changed', 'meetup.cancelled'] as const;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly unsubscribe: UnsubscribeService,
  ) {}

  async compose(manager: EntityManager, row: Extract<OutboxRow, { kind: 'meetup.changed' | 'meetup.cancelled' }>): Promise<OutgoingMail | null> {
    const member = await recipientFor(manager, row.member_id, 'meetupChanges');
    const meetup = await findMeetup(manager, row.payload.meetupId);
    if (!member || !meetup) return null;
    const vi = member.locale === 'vi';
    const when = formatLocalDateTime(meetup.startsAt, meetup.timezone, member.locale);
    const place = [meetup.venue, meetup.venueAddress].filter(Boolean).join(', ');
    const cancelled = row.kind === 'meetup.cancelled';
    const mail = renderNoticeMail({
      locale: member.locale,
      name: member.name,
      subject: cancelled ? (vi ? `Đã hủy: ${meetup.title}` : `Cancelled: ${meetup.title}`) : vi ? `Thay đổi: ${meetup.title}` : `Changed: ${meetup.title}`,
      paragraphs: cancelled
        ? [
            vi ? `Buổi gặp ${when} đã bị hủy.` : `The meetup of ${when} is cancelled.`,
            ...(meetup.cancellationReason ? [(vi ? 'Lý do: ' : 'Reason: ') + meetup.cancellationReason] : []),
          ]
        : [
            vi ? `Buổi gặp đã thay đổi. Thời gian: ${when}.` : `The meetup changed. When: ${when}.`,
            ...(place ? [(vi ? 'Địa điểm: ' : 'Where: ') + place] : []),
          ],
      link: { label: vi ? 'Xem buổi gặp mặt' : 'See the meetup', url: webPages.meetup(this.config.publicUrl, meetup.id) },
    });
    return { to: member.email, ...mail, headers: unsubscribeHeaders(await this.unsubscribe.urlFor(manager, member.id, 'meetupChanges')) };
  }
}
