import type { moderationVi } from './moderation.vi';

/** Moderation and people in English: every key of moderationVi (plus `.one` plural forms). */
export const moderationEn: Record<keyof typeof moderationVi, string> & Record<string, string> = {
  'moderation.title': 'Moderation',
};
