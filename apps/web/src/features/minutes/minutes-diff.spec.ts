import { minutesChanges } from './minutes-diff';

describe('changes between versions of minutes', () => {
  it('lists decisions added and removed, and whether the summary changed', () => {
    const v1 = { summary: 'Tóm tắt', decisions: [{ text: 'Giao Sở KH&CN' }, { text: 'Họp lại' }] };
    const v2 = { summary: 'Tóm tắt (sửa)', decisions: [{ text: 'Giao Sở KH&CN' }, { text: 'Giao Viện NCPT' }] };
    expect(minutesChanges(v1, v2)).toEqual({ summaryChanged: true, added: ['Giao Viện NCPT'], removed: ['Họp lại'] });
  });
  it('finds nothing when only spacing changed', () => {
    expect(minutesChanges({ summary: 'A ', decisions: [{ text: 'B' }] }, { summary: 'A', decisions: [{ text: ' B' }] })).toEqual({
      summaryChanged: false,
      added: [],
      removed: [],
    });
  });
});
