import type { Meetup } from './meetup.entity';

/** "Add to calendar" for one meetup. */
export function meetupIcsUrl(publicUrl: string, meetupId: string): string {
  return `${publicUrl}/calendar/meetups/${meetupId}.ics`;
}

export function seriesIcsUrl(publicUrl: string, seriesId: string): string {
  return `${publicUrl}/calendar/series/${seriesId}.ics`;
}

function googleInstant(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** A prefilled "add to Google Calendar" link (times in UTC, shown in the meetup's zone). */
export function googleCalendarUrl(publicUrl: string, meetup: Meetup): string {
  const place = [meetup.venue, meetup.venueAddress].filter(Boolean).join(', ');
  const details = [meetup.description, meetup.onlineUrl ? `Online: ${meetup.onlineUrl}` : null, meetupIcsUrl(publicUrl, meetup.id)]
    .filter(Boolean)
    .join('\n\n');
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    text: meetup.status === 'CANCELLED' ? `[CANCELLED] ${meetup.title}` : meetup.title,
    dates: `${googleInstant(meetup.startsAt)}/${googleInstant(meetup.endsAt)}`,
    ctz: meetup.timezone,
    details,
  });
  if (place) params.set('location', place);
  return `https://calendar.google.com/calendar/render?${params.toString()}`;
}
