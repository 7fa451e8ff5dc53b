import { consultationsEn } from './consultations.en';
import { consultationsVi } from './consultations.vi';
import './consultations-messages';
import { ecosystemEn } from './ecosystem.en';
import { ecosystemVi } from './ecosystem.vi';
import './ecosystem-messages';
import { translator } from './translate';

/** Catalogues registered by the pages that use them, out of the first page's bundle. */
describe.each([
  ['ecosystem', ecosystemVi, ecosystemEn],
  ['consultations', consultationsVi, consultationsEn],
] as [string, Record<string, string>, Record<string, string>][])('the %s catalogue (loaded with its pages)', (_name, lazyVi, lazyEn) => {
  it('has every Vietnamese key in English, with the same placeholders, and English adds only plural forms', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(lazyVi)) {
      expect(text.trim()).not.toBe('');
      expect(placeholders(lazyEn[key])).toEqual(placeholders(text));
    }
    const extra = Object.keys(lazyEn).filter((key) => !(key in lazyVi));
    expect(extra.every((key) => key.endsWith('.one') && `${key.slice(0, -4)}.other` in lazyVi)).toBe(true);
  });
});

describe('the lazily loaded catalogues', () => {
  it('is found by the translators once registered', () => {
    expect(translator('vi').t('eco.targets.progress', { achieved: 3, goal: 800 })).toBe('Đạt 3 / 800');
    expect(translator('en').plural('eco.projects', 1)).toBe('1 project');
    expect(translator('en').t('organization.kind.COWORKING_SPACE')).toBe('Co-working space');
    expect(translator('vi').t('consultation.send')).toBe('Gửi ý kiến');
  });
});
