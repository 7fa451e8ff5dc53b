import { instantToLocalInput, localInputToInstant } from './local-time';

describe('wall-clock times in the meetup zone', () => {
  it('reads an instant as Huế wall-clock time', () => {
    expect(instantToLocalInput('2026-12-05T01:00:00.000Z', 'Asia/Ho_Chi_Minh')).toBe('2026-12-05T08:00');
  });
  it('turns Huế wall-clock time back into the instant', () => {
    expect(localInputToInstant('2026-12-05T08:00', 'Asia/Ho_Chi_Minh')).toBe('2026-12-05T01:00:00.000Z');
    expect(localInputToInstant('2026-12-05T23:30', 'Asia/Ho_Chi_Minh')).toBe('2026-12-05T16:30:00.000Z');
  });
  it('follows a zone with daylight saving time', () => {
    expect(localInputToInstant('2026-07-04T09:00', 'Europe/Paris')).toBe('2026-07-04T07:00:00.000Z');
    expect(localInputToInstant('2026-12-05T09:00', 'Europe/Paris')).toBe('2026-12-05T08:00:00.000Z');
  });
});
