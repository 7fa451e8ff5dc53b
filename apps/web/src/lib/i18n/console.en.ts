import type { consoleVi } from './console.vi';

/** The organizer console in English: every key of consoleVi (plus `.one` plural forms). */
export const consoleEn: Record<keyof typeof consoleVi, string> & Record<string, string> = {
  'nav.organize': 'Organize',
  'organize.title': 'Organizer console',
  'organize.nav.label': 'Console sections',
  'organize.nav.dashboard': 'Overview',
  'organize.nav.series': 'Series',
  'organize.nav.moderation': 'Moderation',
  'organize.nav.people': 'Members',
  'organize.nav.organizations': 'Organisations',
  'organize.nav.audit': 'Audit log',
  'organize.nav.deliveries': 'E-mail',
  'organize.forbidden': 'This page is for organizers.',
};
