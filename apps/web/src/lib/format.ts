import { intlTag, type Locale } from './i18n/locale';

/** The meetups' own zone: times read as in Huế whatever the phone's zone. */
export const HUE_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** "Thứ Bảy, 15/02/2020" / "Saturday, 15/02/2020". */
export function formatMeetupDate(iso: string, locale: Locale, timeZone = HUE_TIME_ZONE): string {
  const date = new Date(iso);
  const weekday = new Intl.DateTimeFormat(intlTag(locale), { weekday: 'long', timeZone }).format(date);
  const day = formatDate(iso, locale, timeZone);
  return `${capitalize(weekday)}, ${day}`;
}

/** dd/mm/yyyy in both languages. */
export function formatDate(iso: string, locale: Locale, timeZone = HUE_TIME_ZONE): string {
  const parts = new Intl.DateTimeFormat(intlTag(locale), { day: '2-digit', month: '2-digit', year: 'numeric', timeZone }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('day')}/${get('month')}/${get('year')}`;
}

/** A local calendar date (YYYY-MM-DD, e.g. a due date) as dd/mm/yyyy, with no time zone shift. */
export function formatLocalDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

/** "08:00–11:00" in the meetup's zone, 24-hour. */
export function formatTimeRange(startIso: string, endIso: string, locale: Locale, timeZone = HUE_TIME_ZONE): string {
  const f = new Intl.DateTimeFormat(intlTag(locale), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });
  return `${f.format(new Date(startIso))}–${f.format(new Date(endIso))}`;
}

/** Date and time of an event in a timeline or a comment. */
export function formatDateTime(iso: string, locale: Locale, timeZone = HUE_TIME_ZONE): string {
  const f = new Intl.DateTimeFormat(intlTag(locale), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });
  return `${formatDate(iso, locale, timeZone)} ${f.format(new Date(iso))}`;
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlTag(locale)).format(value);
}

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** The same feed URL as a subscription that calendar apps open (webcal://). */
export function webcalUrl(url: string): string {
  return url.replace(/^https?:\/\//, 'webcal://');
}
