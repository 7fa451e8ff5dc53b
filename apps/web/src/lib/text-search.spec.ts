import { foldText, matchesQuery } from './text-search';

describe('matching names without accents', () => {
  it('folds Vietnamese letters', () => {
    expect(foldText('Nguyễn Thị Lan · Sở KH&ĐT')).toBe('nguyen thi lan · so kh&dt');
  });
  it('finds every word in any of the texts', () => {
    expect(matchesQuery('lan so', 'Nguyễn Thị Lan', 'Sở KH&CN')).toBe(true);
    expect(matchesQuery('nguyen minh', 'Nguyễn Thị Lan', null)).toBe(false);
    expect(matchesQuery('  ', 'anything')).toBe(true);
  });
});
