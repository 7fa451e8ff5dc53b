// The server's own zone must not matter: run these under a zone far from Asia/Ho_Chi_Minh.
process.env.TZ = 'America/New_York';

import { DomainError } from '@app/core';
import { localDateOf, localToInstant, occurrenceDates, requireRecurrence, requireTimeZone } from './recurrence';

describe('recurrence', () => {
  const weekly = { recurrence: 'FREQ=WEEKLY;BYDAY=SA', startsOn: '2020-02-15', endsOn: null, skipDates: [] };

  it(`yields Saturdays at 08:00 +07:00 whatever the server's time zone (TZ=${process.env.TZ})`, () => {
    const dates = occurrenceDates(weekly, '2026-11-26', '2026-12-31');
    expect(dates).toEqual(['2026-11-28', '2026-12-05', '2026-12-12', '2026-12-19', '2026-12-26']);
    const instants = dates.map((d) => localToInstant(d, '08:00', 'Asia/Ho_Chi_Minh').toISOString());
    expect(instants[0]).toBe('2026-11-28T01:00:00.000Z');
    expect(instants.every((i) => i.endsWith('T01:00:00.000Z'))).toBe(true);
    for (const date of dates) expect(new Date(`${date}T12:00:00Z`).getUTCDay()).toBe(6);
  });

  it('starts on the first date and stops at the last date', () => {
    expect(occurrenceDates({ ...weekly, endsOn: '2020-03-07' }, '2020-01-01', '2020-12-31')).toEqual(['2020-02-15', '2020-02-22', '2020-02-29', '2020-03-07']);
  });

  it('skips listed dates (Tết)', () => {
    const dates = occurrenceDates({ ...weekly, skipDates: ['2027-02-06', '2027-02-13'] }, '2027-01-30', '2027-02-20');
    expect(dates).toEqual(['2027-01-30', '2027-02-20']);
  });

  it('computes local dates and instants in the series zone', () => {
    expect(localDateOf(new Date('2026-11-27T18:30:00Z'), 'Asia/Ho_Chi_Minh')).toBe('2026-11-28');
    expect(localToInstant('2026-03-08', '08:00', 'America/New_York').toISOString()).toBe('2026-03-08T12:00:00.000Z');
  });

  it.each([
    '',
    'garbage',
    'FREQ=BOGUS',
    'FREQ=HOURLY',
    'FREQ=WEEKLY;BYHOUR=8',
    'DTSTART:20200215\nRRULE:FREQ=WEEKLY',
    'FREQ=WEEKLY;INTERVAL=0',
    'FREQ=WEEKLY;BYDAY=SA;INTERVAL=abc',
    'FREQ=WEEKLY;BYDAY=XX',
    'FREQ=WEEKLY;COUNT=x',
    'FREQ=YEARLY;BYMONTH=13',
    'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30',
  ])('refuses the rule %j', (rule) => {
    expect(() => requireRecurrence('recurrence', rule)).toThrow(DomainError);
  });

  it('accepts common rules and refuses unknown zones', () => {
    expect(requireRecurrence('recurrence', 'RRULE:freq=weekly;byday=SA')).toBe('FREQ=WEEKLY;BYDAY=SA');
    expect(requireRecurrence('recurrence', 'FREQ=MONTHLY;BYDAY=1SA')).toBe('FREQ=MONTHLY;BYDAY=1SA');
    expect(() => requireTimeZone('timezone', 'Mars/Olympus')).toThrow(/timezone/);
    expect(requireTimeZone('timezone', 'asia/ho_chi_minh')).toBe('Asia/Ho_Chi_Minh');
  });
});
