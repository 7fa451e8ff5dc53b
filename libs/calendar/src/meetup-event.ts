import type { AgendaItem, Meetup } from '@app/meetups';
import { meetupIcsUrl } from '@app/meetups';
import type { CalendarEvent } from './calendar-builder';

/** The UID of a meetup's event, stable for its whole life (moves included). */
export function meetupUid(meetupId: string, publicUrl: string): string {
  return `meetup-${meetupId}@${new URL(publicUrl).hostname}`;
}

export interface MeetupEventOptions {
  publicUrl: string;
  agenda?: AgendaItem[];
  /** e.g. "[Danh sách chờ] " for a member who is waitlisted. */
  summaryPrefix?: string;
  /** A display alarm this many minutes before the start (the series' first reminder), for someone GOING. */
  alarmMinutesBefore?: number | null;
}

/** One meetup as a calendar event: place, online link, agenda and a link back. */
export function meetupEvent(meetup: Meetup, options: MeetupEventOptions): CalendarEvent {
  const place = [meetup.venue, meetup.venueAddress].filter(Boolean).join(', ');
  const agenda = (options.agenda ?? []).map((item) => `${item.position}. ${item.title}${item.presenter ? ` (${item.presenter})` : ''}`);
  const description = [
    meetup.status === 'CANCELLED' && meetup.cancellationReason ? `ĐÃ HỦY / CANCELLED: ${meetup.cancellationReason}` : null,
    meetup.description,
    agenda.length ? `Chương trình / Agenda:\n${agenda.join('\n')}` : null,
    meetup.onlineUrl ? `Trực tuyến / Online: ${meetup.onlineUrl}` : null,
  ]
    .filter(Boolean)
    .join('\n\n');
  return {
    uid: meetupUid(meetup.id, options.publicUrl),
    summary: `${options.summaryPrefix ?? ''}${meetup.title}`,
    description: description || null,
    location: place || meetup.onlineUrl || null,
    url: meetupIcsUrl(options.publicUrl, meetup.id),
    status: meetup.status === 'CANCELLED' ? 'CANCELLED' : 'CONFIRMED',
    sequence: meetup.sequence,
    lastModified: meetup.updatedAt,
    start: meetup.startsAt,
    end: meetup.endsAt,
    alarmMinutesBefore: meetup.status === 'CANCELLED' ? null : (options.alarmMinutesBefore ?? null),
  };
}
