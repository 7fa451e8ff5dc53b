import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A message the capturing transport kept, as it was given to it. */
export interface CapturedMail {
  /** The file name without extension (`<time>-<pid>-<sequence>`), shared by its .eml and .json. */
  name: string;
  capturedAt: string;
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  attachments: string[];
}

/** `2025-12-01T08-00-00-000Z-1234-7`: sortable by time, unique per process. */
export function capturedMailName(at: Date, pid: number, sequence: number): string {
  return `${at.toISOString().replace(/[:.]/g, '-')}-${pid}-${sequence}`;
}

const NAME = /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-(\d+)-(\d+)\.json$/;

/**
 * The newest captured messages first (at most `limit`), read from the capture directory.
 * Files that are not the transport's own, or that cannot be read, are left out.
 */
export async function readCapturedMail(directory: string, limit = 50): Promise<CapturedMail[]> {
  let names: string[];
  try {
    names = await readdir(directory);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const newestFirst = names
    .map((file) => ({ file, match: NAME.exec(file) }))
    .filter((entry): entry is { file: string; match: RegExpExecArray } => entry.match !== null)
    .sort((a, b) => b.match[1].localeCompare(a.match[1]) || Number(b.match[3]) - Number(a.match[3]) || Number(b.match[2]) - Number(a.match[2]))
    .slice(0, limit);
  const messages: CapturedMail[] = [];
  for (const { file } of newestFirst) {
    try {
      const parsed = JSON.parse(await readFile(join(directory, file), 'utf8')) as Partial<CapturedMail>;
      if (typeof parsed.html !== 'string' || typeof parsed.subject !== 'string' || typeof parsed.to !== 'string') continue;
      messages.push({
        name: file.slice(0, -'.json'.length),
        capturedAt: String(parsed.capturedAt ?? ''),
        from: String(parsed.from ?? ''),
        to: parsed.to,
        subject: parsed.subject,
        html: parsed.html,
        text: String(parsed.text ?? ''),
        attachments: Array.isArray(parsed.attachments) ? parsed.attachments.map(String) : [],
      });
    } catch {
      // Being written right now, or not ours: skipped.
    }
  }
  return messages;
}
