/** What changed between two published versions of minutes, as a reader would list it. */
export interface MinutesChanges {
  summaryChanged: boolean;
  added: string[];
  removed: string[];
}

export function minutesChanges(
  before: { summary?: string | null; decisions: { text: string }[] },
  after: { summary?: string | null; decisions: { text: string }[] },
): MinutesChanges {
  const beforeTexts = new Set(before.decisions.map((d) => d.text.trim()));
  const afterTexts = new Set(after.decisions.map((d) => d.text.trim()));
  return {
    summaryChanged: (before.summary ?? '').trim() !== (after.summary ?? '').trim(),
    added: [...afterTexts].filter((text) => !beforeTexts.has(text)),
    removed: [...beforeTexts].filter((text) => !afterTexts.has(text)),
  };
}
