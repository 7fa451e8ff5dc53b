import { DateTime } from 'luxon';

const VI_WEEKDAYS = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật'];

/** "Thứ Bảy, 15/02/2020" (vi) or "Saturday, 15 February 2020" (en), in `timezone`. */
export function formatLocalDate(instant: Date | string, timezone: string, locale: 'vi' | 'en'): string {
  const local = typeof instant === 'string' ? DateTime.fromISO(instant, { zone: timezone }) : DateTime.fromJSDate(instant, { zone: timezone });
  if (locale === 'vi') return `${VI_WEEKDAYS[local.weekday - 1]}, ${local.toFormat('dd/MM/yyyy')}`;
  return local.setLocale('en-GB').toFormat('cccc, d LLLL yyyy');
}

/** "08:00, Thứ Bảy, 15/02/2020" (vi) or "Saturday, 15 February 2020, 08:00" (en). */
export function formatLocalDateTime(instant: Date, timezone: string, locale: 'vi' | 'en'): string {
  const time = DateTime.fromJSDate(instant, { zone: timezone }).toFormat('HH:mm');
  const date = formatLocalDate(instant, timezone, locale);
  return locale === 'vi' ? `${time}, ${date}` : `${date}, ${time}`;
}
