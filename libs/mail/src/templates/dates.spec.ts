process.env.TZ = 'America/New_York';
import { formatLocalDate, formatLocalDateTime } from './dates';

describe('Vietnamese and English date formats', () => {
  it('writes the seed meeting the Vietnamese way, in Huế time', () => {
    expect(formatLocalDate(new Date('2020-02-15T01:00:00Z'), 'Asia/Ho_Chi_Minh', 'vi')).toBe('Thứ Bảy, 15/02/2020');
    expect(formatLocalDateTime(new Date('2020-02-15T01:00:00Z'), 'Asia/Ho_Chi_Minh', 'vi')).toBe('08:00, Thứ Bảy, 15/02/2020');
    expect(formatLocalDateTime(new Date('2020-02-15T01:00:00Z'), 'Asia/Ho_Chi_Minh', 'en')).toBe('Saturday, 15 February 2020, 08:00');
    expect(formatLocalDate(new Date('2020-02-15T18:00:00Z'), 'Asia/Ho_Chi_Minh', 'vi')).toBe('Chủ Nhật, 16/02/2020');
  });
});
