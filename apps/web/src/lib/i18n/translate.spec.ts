import { en } from './messages.en';
import { vi } from './messages.vi';
import { translator } from './translate';

describe('message catalogues', () => {
  it('has every Vietnamese key in English, and English adds only plural forms', () => {
    const viKeys = Object.keys(vi);
    for (const key of viKeys) expect(typeof en[key]).toBe('string');
    const extra = Object.keys(en).filter((key) => !(key in vi));
    expect(extra.every((key) => key.endsWith('.one') && `${key.slice(0, -4)}.other` in vi)).toBe(true);
  });

  it('has no empty message and the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(vi)) {
      expect(text.trim()).not.toBe('');
      expect(placeholders(en[key])).toEqual(placeholders(text));
    }
  });
});

describe('translator', () => {
  it('fills placeholders, formatting numbers per language', () => {
    expect(translator('vi').t('meetup.attendance', { count: 1234 })).toBe('Số người tham dự: 1.234');
    expect(translator('en').t('meetup.attendance', { count: 1234 })).toBe('Attendance: 1,234');
  });

  it('picks the plural form of the language', () => {
    const envi = translator('vi');
    const enen = translator('en');
    expect(envi.plural('issue.supports', 1)).toBe('1 lượt ủng hộ');
    expect(envi.plural('issue.supports', 2)).toBe('2 lượt ủng hộ');
    expect(enen.plural('issue.supports', 1)).toBe('1 supporter');
    expect(enen.plural('issue.supports', 2)).toBe('2 supporters');
    expect(enen.plural('meetup.spotsLeft', 1, { capacity: 40 })).toBe('1 spot left (of 40)');
  });

  it('leaves an unknown placeholder visible rather than dropping words', () => {
    expect(translator('vi').t('meetup.cancelledReason', {})).toBe('Lý do: {reason}');
  });
});
