import { DateTime, IANAZone } from 'luxon';
import { Frequency, RRule } from 'rrule';
import { DomainError } from '@app/core';

/** A calendar date without a time zone, `YYYY-MM-DD`. */
export type LocalDate = string;

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DATE_ONLY_FREQUENCIES = [Frequency.YEARLY, Frequency.MONTHLY, Frequency.WEEKLY, Frequency.DAILY];
const FORBIDDEN_PARTS = /(^|;)\s*(DTSTART|BYHOUR|BYMINUTE|BYSECOND)\s*=/i;
/** Every part an allowed rule may have, with the shape of its value (rrule itself checks none). */
const PART_SHAPES: Record<string, RegExp> = {
  FREQ: /^(DAILY|WEEKLY|MONTHLY|YEARLY)$/,
  INTERVAL: /^\d{1,2}$/,
  COUNT: /^\d{1,4}$/,
  UNTIL: /^\d{8}(T\d{6}Z?)?$/,
  WKST: /^(MO|TU|WE|TH|FR|SA|SU)$/,
  BYDAY: /^([+-]?[1-5]?(MO|TU|WE|TH|FR|SA|SU))(,[+-]?[1-5]?(MO|TU|WE|TH|FR|SA|SU))*$/,
  BYMONTH: /^(1[0-2]|[1-9])(,(1[0-2]|[1-9]))*$/,
  BYMONTHDAY: /^-?(3[01]|[12]\d|[1-9])(,-?(3[01]|[12]\d|[1-9]))*$/,
  BYSETPOS: /^-?([1-9]|[1-5]\d|6[0-6])(,-?([1-9]|[1-5]\d|6[0-6]))*$/,
  BYWEEKNO: /^-?([1-9]|[1-4]\d|5[0-3])(,-?([1-9]|[1-4]\d|5[0-3]))*$/,
  BYYEARDAY: /^-?(\d{1,3})(,-?\d{1,3})*$/,
};

export function isLocalDate(value: string): boolean {
  return LOCAL_DATE.test(value) && DateTime.fromISO(value, { zone: 'utc' }).isValid;
}

export function requireLocalDate(field: string, value: string): LocalDate {
  if (!isLocalDate(value)) throw DomainError.badInput(field, 'must be a date written YYYY-MM-DD');
  return value;
}

/** An IANA zone, returned in its canonical spelling (asia/ho_chi_minh → Asia/Ho_Chi_Minh). */
export function requireTimeZone(field: string, value: string): string {
  if (value.length > 64 || !IANAZone.isValidZone(value)) throw DomainError.badInput(field, `"${value}" is not an IANA time zone such as Asia/Ho_Chi_Minh`);
  const known = (Intl as unknown as { supportedValuesOf(key: string): string[] }).supportedValuesOf('timeZone');
  if (known.includes(value)) return value;
  return known.find((zone) => zone.toLowerCase() === value.toLowerCase()) ?? fixCase(value);
}

/** Area/City_Name casing for zones the runtime lists under another name (Asia/Ho_Chi_Minh). */
function fixCase(zone: string): string {
  return zone
    .split('/')
    .map((part) => part.replace(/[A-Za-z]+/g, (word) => (/^(UTC|GMT|[A-Z]{2,5}\d*)$/.test(word) ? word : word[0].toUpperCase() + word.slice(1).toLowerCase())))
    .join('/');
}

export function requireLocalTime(field: string, value: string): string {
  if (!LOCAL_TIME.test(value)) throw DomainError.badInput(field, 'must be a time written HH:MM (24-hour)');
  return value;
}

/**
 * Checks an RFC 5545 RRULE (without DTSTART: the series' first date is the start). Only rules
 * that yield at most one meetup per day are allowed (no hourly rules, no BYHOUR).
 */
export function requireRecurrence(field: string, value: string): string {
  const rule = value.trim().replace(/^RRULE:/i, '');
  if (rule.length === 0 || rule.length > 500 || /[\r\n]/.test(rule)) throw DomainError.badInput(field, 'must be an RRULE such as FREQ=WEEKLY;BYDAY=SA');
  if (FORBIDDEN_PARTS.test(rule)) throw DomainError.badInput(field, 'must not set DTSTART or a time of day; use startsOn and startTime');
  const upper = rule.toUpperCase();
  for (const part of upper.split(';')) {
    const [name, value, extra] = part.split('=');
    const shape = PART_SHAPES[name?.trim()];
    if (!shape || value === undefined || extra !== undefined || !shape.test(value.trim())) {
      throw DomainError.badInput(field, `has an unknown or malformed part "${part}"; use e.g. FREQ=WEEKLY;BYDAY=SA`);
    }
  }
  let options;
  try {
    options = RRule.parseString(upper);
  } catch (error) {
    throw DomainError.badInput(field, `is not a valid RRULE (${(error as Error).message})`);
  }
  if (options.freq === undefined || !DATE_ONLY_FREQUENCIES.includes(options.freq)) {
    throw DomainError.badInput(field, 'must have FREQ=DAILY, WEEKLY, MONTHLY or YEARLY');
  }
  if (options.interval !== undefined && (options.interval < 1 || options.interval > 52)) {
    throw DomainError.badInput(field, 'INTERVAL must be from 1 to 52');
  }
  // A rule must give a date within two years of any start; a bounded sample proves it without
  // letting a pathological rule run on.
  try {
    const sample = new RRule({ ...options, dtstart: new Date(Date.UTC(2020, 0, 1)) }).all((date, i) => i < 1 && date < new Date(Date.UTC(2022, 0, 1)));
    if (sample.length === 0) throw new Error('no date');
  } catch {
    throw DomainError.badInput(field, 'gives no dates; check BYDAY, BYMONTH and BYMONTHDAY');
  }
  return upper;
}

function toFloating(date: LocalDate): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

function fromFloating(date: Date): LocalDate {
  return date.toISOString().slice(0, 10);
}

export interface ScheduleRule {
  recurrence: string;
  startsOn: LocalDate;
  endsOn: LocalDate | null;
  skipDates: LocalDate[];
}

/**
 * The dates of a series between `from` and `to` (inclusive), as local calendar dates.
 * The rule runs on "floating" dates (UTC midnight standing for a local date), so the result
 * never depends on the server's time zone.
 */
export function occurrenceDates(schedule: ScheduleRule, from: LocalDate, to: LocalDate): LocalDate[] {
  const start = from > schedule.startsOn ? from : schedule.startsOn;
  const end = schedule.endsOn && schedule.endsOn < to ? schedule.endsOn : to;
  if (start > end) return [];
  const rule = new RRule({ ...RRule.parseString(schedule.recurrence), dtstart: toFloating(schedule.startsOn) });
  const skip = new Set(schedule.skipDates);
  return rule
    .between(toFloating(start), toFloating(end), true)
    .map(fromFloating)
    .filter((date) => !skip.has(date));
}

/** The instant at which `time` o'clock on `date` happens in `timezone`. */
export function localToInstant(date: LocalDate, time: string, timezone: string): Date {
  const [hour, minute] = time.split(':').map(Number);
  const [year, month, day] = date.split('-').map(Number);
  const local = DateTime.fromObject({ year, month, day, hour, minute }, { zone: timezone });
  return local.toJSDate();
}

/** Today's date in `timezone`. */
export function localDateOf(instant: Date, timezone: string): LocalDate {
  return DateTime.fromJSDate(instant, { zone: timezone }).toISODate() as LocalDate;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return DateTime.fromISO(date, { zone: 'utc' }).plus({ days }).toISODate() as LocalDate;
}
