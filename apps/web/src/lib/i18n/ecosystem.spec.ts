import { ecosystemEn } from './ecosystem.en';
import { ecosystemVi } from './ecosystem.vi';
import './ecosystem-messages';
import { translator } from './translate';

describe('the ecosystem catalogue (loaded with its pages)', () => {
  it('has every Vietnamese key in English, with the same placeholders, and English adds only plural forms', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(ecosystemVi)) {
      expect(text.trim()).not.toBe('');
      expect(placeholders((ecosystemEn as Record<string, string>)[key])).toEqual(placeholders(text));
    }
    const extra = Object.keys(ecosystemEn).filter((key) => !(key in ecosystemVi));
    expect(extra.every((key) => key.endsWith('.one') && `${key.slice(0, -4)}.other` in ecosystemVi)).toBe(true);
  });

  it('is found by the translators once registered', () => {
    expect(translator('vi').t('eco.targets.progress', { achieved: 3, goal: 800 })).toBe('Đạt 3 / 800');
    expect(translator('en').plural('eco.projects', 1)).toBe('1 project');
    expect(translator('en').t('organization.kind.COWORKING_SPACE')).toBe('Co-working space');
  });
});
