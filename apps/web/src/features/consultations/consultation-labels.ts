import type { MessageKey } from '../../lib/i18n/messages.vi';

export type ConsultationStatusValue = 'DRAFT' | 'OPEN' | 'CLOSED';

/** The words of a consultation's status. */
export function consultationStatusKey(status: ConsultationStatusValue): MessageKey {
  return `consultation.status.${status}`;
}

/** An answer in words (never colour alone): taken in, not taken in, or not answered yet. */
export function decisionKey(accepted: boolean | null | undefined): MessageKey {
  if (accepted === true) return 'consultation.accepted';
  if (accepted === false) return 'consultation.rejected';
  return 'consultation.unanswered';
}

/** The section's title as shown: the introduction (level 0) has no heading of its own. */
export function sectionTitle(section: { position: number; level: number; heading: string }, introduction: string): string {
  return `${section.position}. ${section.level === 0 ? introduction : section.heading}`;
}
