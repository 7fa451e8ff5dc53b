import ical, { ICalAlarmType, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

export interface CalendarEvent {
  /** Stable for the life of the meetup or assignment: calendar apps match updates by it. */
  uid: string;
  summary: string;
  description?: string | null;
  location?: string | null;
  url?: string | null;
  status: 'CONFIRMED' | 'CANCELLED' | 'TENTATIVE';
  /** Increases when the time, place or status changes. */
  sequence: number;
  /** When the data last changed: DTSTAMP and LAST-MODIFIED come from it, never from "now". */
  lastModified: Date;
  /** A timed event (UTC instants)… */
  start?: Date;
  end?: Date;
  /** …or an all-day event on a local date, YYYY-MM-DD. */
  date?: string;
  /** A VALARM (DISPLAY) this many minutes before the start; none when absent. */
  alarmMinutesBefore?: number | null;
}

export interface CalendarDocument {
  name: string;
  description?: string | null;
  url?: string | null;
  /** For a single event sent by e-mail: PUBLISH, so clients offer to add it. */
  method?: 'PUBLISH';
  events: CalendarEvent[];
}

const STATUS: Record<CalendarEvent['status'], ICalEventStatus> = {
  CONFIRMED: ICalEventStatus.CONFIRMED,
  CANCELLED: ICalEventStatus.CANCELLED,
  TENTATIVE: ICalEventStatus.TENTATIVE,
};

function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/**
 * An RFC 5545 / 7986 calendar: CRLF lines folded at 75 octets, times as UTC instants (right in
 * every client, no VTIMEZONE needed), NAME and X-WR-CALNAME, REFRESH-INTERVAL and
 * X-PUBLISHED-TTL of one hour. The same data gives the same bytes.
 */
export function buildCalendar(document: CalendarDocument): string {
  const calendar = ical({
    name: document.name,
    description: document.description ?? null,
    url: document.url ?? null,
    prodId: { company: 'Vien Nghien cuu phat trien Thua Thien Hue', product: 'Gap mat thu Bay', language: 'VI' },
    ttl: 3600,
    method: document.method === 'PUBLISH' ? ICalCalendarMethod.PUBLISH : null,
  });
  for (const event of document.events) {
    const timing = event.date ? { allDay: true, start: event.date, end: nextDay(event.date) } : { start: event.start as Date, end: event.end as Date };
    const created = calendar.createEvent({
      id: event.uid,
      ...timing,
      summary: event.summary,
      description: event.description ?? null,
      location: event.location ?? null,
      url: event.url ?? null,
      status: STATUS[event.status],
      sequence: event.sequence,
      stamp: event.lastModified,
      lastModified: event.lastModified,
    });
    if (event.alarmMinutesBefore !== undefined && event.alarmMinutesBefore !== null) {
      created.createAlarm({ type: ICalAlarmType.display, triggerBefore: event.alarmMinutesBefore * 60, description: event.summary });
    }
  }
  // RFC 5545 ends every content line with CRLF, the last one (END:VCALENDAR) included.
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
