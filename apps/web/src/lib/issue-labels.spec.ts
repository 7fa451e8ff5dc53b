import { issueEventKey, parseTopics } from './issue-labels';

describe('issue labels', () => {
  it('splits topics at commas, trims, and drops duplicates ignoring case', () => {
    expect(parseTopics(' thủ tục,  vốn  vay ,Thủ tục,, ')).toEqual(['thủ tục', 'vốn vay']);
    expect(parseTopics('')).toEqual([]);
  });
  it('reads unknown timeline steps as a generic update', () => {
    expect(issueEventKey('PLACED_ON_AGENDA')).toBe('issue.event.PLACED_ON_AGENDA');
    expect(issueEventKey('SOMETHING_NEW')).toBe('issue.event.OTHER');
  });
});
