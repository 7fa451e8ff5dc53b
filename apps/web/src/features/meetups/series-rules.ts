/** The recurrence an organizer picks, and the RFC 5545 rule the server keeps. */
export type RecurrencePreset = 'weekly' | 'biweekly' | 'monthlyFirst' | 'custom';

export const RECURRENCE_PRESETS: Record<Exclude<RecurrencePreset, 'custom'>, string> = {
  weekly: 'FREQ=WEEKLY;BYDAY=SA',
  biweekly: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=SA',
  monthlyFirst: 'FREQ=MONTHLY;BYDAY=1SA',
};

/** Which preset a stored rule is (any other rule is custom). */
export function presetOf(rule: string): RecurrencePreset {
  const normalized = rule
    .trim()
    .toUpperCase()
    .replace(/^RRULE:/, '');
  for (const [preset, presetRule] of Object.entries(RECURRENCE_PRESETS)) {
    if (sameRule(normalized, presetRule)) return preset as RecurrencePreset;
  }
  return 'custom';
}

/** The rule to send for a preset, or the custom text as typed. */
export function ruleFor(preset: RecurrencePreset, custom: string): string {
  return preset === 'custom' ? custom.trim() : RECURRENCE_PRESETS[preset];
}

function sameRule(a: string, b: string): boolean {
  const parts = (rule: string) => rule.split(';').filter(Boolean).sort().join(';');
  return parts(a) === parts(b);
}
