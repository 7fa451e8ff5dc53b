import { consultationStatusKey, decisionKey, sectionTitle } from './consultation-labels';

describe('consultation labels', () => {
  it('says an answer in words', () => {
    expect(decisionKey(true)).toBe('consultation.accepted');
    expect(decisionKey(false)).toBe('consultation.rejected');
    expect(decisionKey(null)).toBe('consultation.unanswered');
  });

  it('names the introduction, numbers the sections, and maps statuses', () => {
    expect(sectionTitle({ position: 1, level: 0, heading: '' }, 'Phần mở đầu')).toBe('1. Phần mở đầu');
    expect(sectionTitle({ position: 3, level: 2, heading: 'Mục tiêu' }, 'Phần mở đầu')).toBe('3. Mục tiêu');
    expect(consultationStatusKey('OPEN')).toBe('consultation.status.OPEN');
  });
});
