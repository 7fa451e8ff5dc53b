import { formatDate, formatDateTime, formatLocalDate, formatMeetupDate, formatTimeRange, webcalUrl } from './format';

describe('dates as members read them', () => {
  // 01:00 UTC is 08:00 in Huế; a phone in another zone still reads Huế time.
  const start = '2020-02-15T01:00:00.000Z';
  const end = '2020-02-15T04:00:00.000Z';

  it('writes the weekday and dd/mm/yyyy in both languages', () => {
    expect(formatMeetupDate(start, 'vi')).toBe('Thứ Bảy, 15/02/2020');
    expect(formatMeetupDate(start, 'en')).toBe('Saturday, 15/02/2020');
  });

  it('writes times in the meetup zone, 24-hour', () => {
    expect(formatTimeRange(start, end, 'vi')).toBe('08:00–11:00');
    expect(formatTimeRange(start, end, 'en')).toBe('08:00–11:00');
    expect(formatDateTime('2020-02-14T17:30:00.000Z', 'vi')).toBe('15/02/2020 00:30');
  });

  it('keeps local calendar dates (due dates) as they are', () => {
    expect(formatLocalDate('2020-03-10')).toBe('10/03/2020');
    expect(formatDate('2020-03-09T17:00:00.000Z', 'en')).toBe('10/03/2020');
  });

  it('turns a feed URL into a subscription link', () => {
    expect(webcalUrl('https://meetups.example/calendar/series/1.ics')).toBe('webcal://meetups.example/calendar/series/1.ics');
    expect(webcalUrl('http://localhost:3000/calendar/meetups.ics')).toBe('webcal://localhost:3000/calendar/meetups.ics');
  });
});
