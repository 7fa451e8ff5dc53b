import { DomainError } from '@app/core';

/** One part of a draft: the text under one heading (or before the first, level 0). */
export interface DocumentSection {
  /** 0 for the introduction (text before the first heading), else 1–3 for `#`, `##`, `###`. */
  level: number;
  /** '' for the introduction. */
  heading: string;
  body: string;
}

export const MAX_DOCUMENT_LENGTH = 200_000;
export const MAX_SECTIONS = 200;
export const MAX_HEADING_LENGTH = 300;

// CommonMark ATX heading of level 1–3: up to 3 spaces, 1–3 '#', then a space/tab or the end of the line.
const ATX_HEADING = /^ {0,3}(#{1,3})(?:[ \t]+(.*?))?[ \t]*$/;
// An opening or closing code fence: up to 3 spaces, then 3+ backticks or tildes.
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;

/**
 * Splits a Markdown draft into sections at its ATX headings of levels 1 to 3 (`#` to `###`):
 * - each such heading starts a section; `####` and deeper stay in the body of the section they are in;
 * - text before the first heading becomes an introduction section (level 0, heading ''), if it is not blank;
 * - lines inside fenced code blocks (``` or ~~~) are never headings;
 * - setext headings (underlined with === or ---) are not split at: they stay body text;
 * - a heading's optional closing '#'s are dropped; blank lines around a body are trimmed;
 * - a document with no text, or a heading with no words, is refused (BAD_USER_INPUT on `document`).
 */
export function splitDocument(document: string): DocumentSection[] {
  const text = document.normalize('NFC').replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw DomainError.badInput('document', 'must not be empty');
  if (text.length > MAX_DOCUMENT_LENGTH) throw DomainError.badInput('document', `must be at most ${MAX_DOCUMENT_LENGTH} characters`);
  const sections: { level: number; heading: string; lines: string[] }[] = [{ level: 0, heading: '', lines: [] }];
  let fence: { char: string; length: number } | null = null;
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const fenceMatch = FENCE.exec(line);
    if (fence) {
      // A closing fence: the same character, at least as long, nothing after it but spaces.
      if (fenceMatch && fenceMatch[1][0] === fence.char && fenceMatch[1].length >= fence.length && fenceMatch[2].trim() === '') fence = null;
      sections[sections.length - 1].lines.push(line);
      continue;
    }
    // A backtick fence's info string cannot contain a backtick (CommonMark); such a line is text.
    if (fenceMatch && !(fenceMatch[1][0] === '`' && fenceMatch[2].includes('`'))) {
      fence = { char: fenceMatch[1][0], length: fenceMatch[1].length };
      sections[sections.length - 1].lines.push(line);
      continue;
    }
    const heading = ATX_HEADING.exec(line);
    if (heading) {
      const title = (heading[2] ?? '').replace(/(^|[ \t]+)#+[ \t]*$/, '').trim();
      if (title === '') throw DomainError.badInput('document', `the heading on line ${index + 1} has no words`);
      if (title.length > MAX_HEADING_LENGTH)
        throw DomainError.badInput('document', `the heading on line ${index + 1} is longer than ${MAX_HEADING_LENGTH} characters`);
      sections.push({ level: heading[1].length, heading: title, lines: [] });
      continue;
    }
    sections[sections.length - 1].lines.push(line);
  }
  const result = sections
    .map((s) => ({ level: s.level, heading: s.heading, body: trimBlankLines(s.lines).join('\n') }))
    .filter((s) => s.level > 0 || s.body !== '');
  if (result.length === 0) throw DomainError.badInput('document', 'must not be empty');
  if (result.length > MAX_SECTIONS) throw DomainError.badInput('document', `must have at most ${MAX_SECTIONS} sections`);
  return result;
}

function trimBlankLines(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start].trim() === '') start++;
  while (end > start && lines[end - 1].trim() === '') end--;
  return lines.slice(start, end);
}
