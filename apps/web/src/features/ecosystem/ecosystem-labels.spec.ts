import { groupBy, isOrganizationKind, parseSectors } from './ecosystem-labels';

describe('ecosystem labels', () => {
  it('parses sectors typed with commas', () => {
    expect(parseSectors(' du lịch, Nông nghiệp ,, ')).toEqual(['du lịch', 'Nông nghiệp']);
  });

  it('groups in the given order and leaves empty groups out', () => {
    const groups = groupBy([{ k: 'b' as const }, { k: 'a' as const }, { k: 'b' as const }], (x) => x.k, ['a', 'b', 'c'] as const);
    expect(groups.map((g) => [g.key, g.items.length])).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
  });

  it('knows the organisation kinds of the contract', () => {
    expect(isOrganizationKind('COWORKING_SPACE')).toBe(true);
    expect(isOrganizationKind('SPACESHIP')).toBe(false);
  });
});
