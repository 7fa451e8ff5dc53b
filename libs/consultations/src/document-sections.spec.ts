import { DomainError } from '@app/core';
import { splitDocument } from './document-sections';

function refusal(document: string): DomainError {
  try {
    splitDocument(document);
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('not refused');
}

describe('splitDocument', () => {
  it('splits at #, ## and ### headings, in order, with their levels', () => {
    expect(splitDocument('# Một\nA\n\n## Hai\nB\n### Ba\nC')).toEqual([
      { level: 1, heading: 'Một', body: 'A' },
      { level: 2, heading: 'Hai', body: 'B' },
      { level: 3, heading: 'Ba', body: 'C' },
    ]);
  });

  it('makes the text before the first heading an introduction (level 0, no heading); a blank one is dropped', () => {
    expect(splitDocument('Lời mở đầu.\n\n# Điều 1\nNội dung')).toEqual([
      { level: 0, heading: '', body: 'Lời mở đầu.' },
      { level: 1, heading: 'Điều 1', body: 'Nội dung' },
    ]);
    expect(splitDocument('\n\n  \n# Điều 1\nX')).toEqual([{ level: 1, heading: 'Điều 1', body: 'X' }]);
    expect(splitDocument('Chỉ có đoạn văn, không có tiêu đề.')).toEqual([{ level: 0, heading: '', body: 'Chỉ có đoạn văn, không có tiêu đề.' }]);
  });

  it('keeps #### and deeper, #hashtags and setext headings in the body', () => {
    expect(splitDocument('# A\n#### Chi tiết\n#hashtag\nTiêu đề\n===\nx')).toEqual([
      { level: 1, heading: 'A', body: '#### Chi tiết\n#hashtag\nTiêu đề\n===\nx' },
    ]);
  });

  it('never splits inside fenced code blocks (backticks or tildes, closed by a fence at least as long)', () => {
    const doc = '# A\n```md\n# not a heading\n```\n~~~~\n## nor this\n~~~\n### still code\n~~~~\n## B\ny';
    expect(splitDocument(doc)).toEqual([
      { level: 1, heading: 'A', body: '```md\n# not a heading\n```\n~~~~\n## nor this\n~~~\n### still code\n~~~~' },
      { level: 2, heading: 'B', body: 'y' },
    ]);
    // An unclosed fence runs to the end of the document.
    expect(splitDocument('# A\n```\n# x')).toEqual([{ level: 1, heading: 'A', body: '```\n# x' }]);
  });

  it('drops closing #s, allows up to 3 spaces of indent, reads CRLF, trims blank lines around a body', () => {
    expect(splitDocument('   ## Mục tiêu ##\r\n\r\nBody  \r\nline\r\n\r\n')).toEqual([{ level: 2, heading: 'Mục tiêu', body: 'Body  \nline' }]);
    expect(splitDocument('    # indented code\nx')).toEqual([{ level: 0, heading: '', body: '    # indented code\nx' }]);
  });

  it('keeps a heading with an empty body', () => {
    expect(splitDocument('# A\n# B\nx')).toEqual([
      { level: 1, heading: 'A', body: '' },
      { level: 1, heading: 'B', body: 'x' },
    ]);
  });

  it('refuses an empty document and a heading without words, naming document', () => {
    for (const doc of ['', '   \n\t\n']) {
      const error = refusal(doc);
      expect(error.details.field).toBe('document');
      expect(error.message).toMatch(/^document: must not be empty/);
    }
    expect(refusal('# A\nx\n##\ny').message).toBe('document: the heading on line 3 has no words');
    expect(refusal('# ###').message).toMatch(/line 1 has no words/);
  });
});
