import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { Clock, webPages } from '@app/core';
import { OutgoingMail, formatLocalDateTime, renderNoticeMail } from '@app/mail';
import { findMeetup } from '@app/meetups';
import { rsvpStanding } from '@app/rsvps';
import { DueReminder, dueMeetupReminders } from './due-mail.read-model';
import { DeliveryService } from './delivery.service';
import { recipientFor } from './recipient';
import { RsvpLinksService } from './rsvp-links.service';
import { unsubscribeHeaders } from './unsubscribe-headers';
import { UnsubscribeService } from './unsubscribe.service';

/**
 * A reminder whose time passed while no worker ran is still sent this long after it was due
 * (never once the date has started); older ones are dropped rather than arrive out of place.
 */
export const REMINDER_CATCH_UP_MINUTES = 180;
/** The largest offset a series may set (14 days): dates further ahead have nothing due. */
const LOOK_AHEAD_MINUTES = 14 * 24 * 60;

export interface ReminderRunReport {
  due: number;
  sent: number;
  skipped: number;
  alreadySent: number;
  failed: number;
}

/** The delivery key: one reminder per date, offset, member — and start time, so a moved date is reminded at its new time. */
export function reminderKey(meetupId: string, offsetMinutes: number, memberId: string, startsAt: Date): string {
  return `reminder:${meetupId}:${offsetMinutes}:${memberId}:${Math.floor(startsAt.getTime() / 1000)}`;
}

/**
 * Reminders before each date to the members GOING, at the series' offsets
 * (`reminderMinutesBefore`). What is due is computed from each date's current start at every run,
 * so a moved date is reminded at its new time and a cancelled one not at all; the delivery key
 * (date, offset, member, start) makes a repeated or concurrent run send nothing twice. When a
 * later reminder is already due (a long outage), only that one goes.
 */
@Injectable()
export class MeetupRemindersService {
  private readonly logger = new Logger(MeetupRemindersService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly deliveries: DeliveryService,
    private readonly links: RsvpLinksService,
    private readonly unsubscribe: UnsubscribeService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(): Promise<ReminderRunReport> {
    const now = this.clock.now();
    const due = await dueMeetupReminders(this.dataSource.manager, now, REMINDER_CATCH_UP_MINUTES, LOOK_AHEAD_MINUTES);
    const report: ReminderRunReport = { due: due.length, sent: 0, skipped: 0, alreadySent: 0, failed: 0 };
    for (const reminder of due) {
      const outcome = await this.deliveries.deliverOnce({
        key: reminderKey(reminder.meetup_id, reminder.offset_minutes, reminder.member_id, reminder.starts_at),
        memberId: reminder.member_id,
        kind: 'meetup.reminder',
        meetupId: reminder.meetup_id,
        compose: (manager) => this.compose(manager, reminder),
      });
      if (outcome === 'SENT') report.sent++;
      else if (outcome === 'SKIPPED') report.skipped++;
      else if (outcome === 'ALREADY_DONE') report.alreadySent++;
      else report.failed++;
    }
    if (due.length > 0) this.logger.log(`meetup reminders: ${JSON.stringify(report)}`);
    return report;
  }

  /** Read again inside the delivery: the member may have declined, the date moved or been cancelled since. */
  private async compose(manager: EntityManager, reminder: DueReminder): Promise<OutgoingMail | null> {
    const member = await recipientFor(manager, reminder.member_id, 'meetupReminders');
    const meetup = await findMeetup(manager, reminder.meetup_id);
    if (!member || !meetup || meetup.status !== 'SCHEDULED' || meetup.startsAt.getTime() !== new Date(reminder.starts_at).getTime()) return null;
    const rsvp = await rsvpStanding(manager, meetup.id, member.id);
    if (rsvp?.status !== 'GOING') return null;

    const vi = member.locale === 'vi';
    const when = formatLocalDateTime(meetup.startsAt, meetup.timezone, member.locale);
    const place = [meetup.venue, meetup.venueAddress].filter(Boolean).join(', ');
    const cancelUrl = this.links.url({
      memberId: member.id,
      meetupId: meetup.id,
      response: 'NOT_GOING',
      expiresAt: Math.floor(meetup.endsAt.getTime() / 1000),
    });
    const mail = renderNoticeMail({
      locale: member.locale,
      name: member.name,
      subject: vi ? `Nhắc lịch: ${meetup.title} — ${when}` : `Reminder: ${meetup.title} — ${when}`,
      paragraphs: [
        vi ? `Bạn đã đăng ký tham dự "${meetup.title}" lúc ${when}.` : `You are going to "${meetup.title}" on ${when}.`,
        ...(place ? [(vi ? 'Địa điểm: ' : 'Place: ') + place] : []),
        ...(meetup.onlineUrl ? [(vi ? 'Trực tuyến: ' : 'Online: ') + meetup.onlineUrl] : []),
        vi
          ? 'Nếu không đến được nữa, hãy báo để nhường chỗ cho người đang chờ.'
          : 'If you cannot come after all, say so and your seat goes to someone waiting.',
      ],
      link: { label: vi ? 'Xem buổi gặp và chương trình' : 'See the meetup and its agenda', url: webPages.meetup(this.config.publicUrl, meetup.id) },
      moreLinks: [{ label: vi ? 'Tôi không đến được nữa' : 'I can’t come after all', url: cancelUrl }],
    });
    return {
      to: member.email,
      ...mail,
      headers: {
        ...unsubscribeHeaders(await this.unsubscribe.urlFor(manager, member.id, 'meetupReminders')),
        'X-Reminder-Minutes-Before': String(reminder.offset_minutes),
      },
    };
  }
}
