import type { OrganizationKind, ProjectStage, SupportKind, TargetMetric } from '../../gql/graphql';
import type { MessageKey } from '../../lib/i18n/messages.vi';

/** The order actors are grouped in on the map: public bodies, then support, then the startups themselves. */
export const ORGANIZATION_KINDS: readonly OrganizationKind[] = [
  'GOVERNMENT_AGENCY',
  'RESEARCH_INSTITUTE',
  'UNIVERSITY',
  'SUPPORT_ORGANIZATION',
  'INCUBATOR',
  'ACCELERATOR',
  'COWORKING_SPACE',
  'INVESTOR',
  'ENTERPRISE',
  'MEDIA',
  'COMMUNITY',
  'STARTUP',
  'OTHER',
];
export const PROJECT_STAGES: readonly ProjectStage[] = ['IDEA', 'PROTOTYPE', 'MVP', 'EARLY_REVENUE', 'GROWTH'];
export const SUPPORT_KINDS: readonly SupportKind[] = [
  'MENTORING',
  'TRAINING',
  'FUNDING',
  'WORKSPACE',
  'LEGAL',
  'MARKET_ACCESS',
  'TECHNOLOGY',
  'NETWORKING',
  'OTHER',
];

export const kindKey = (kind: OrganizationKind): MessageKey => `organization.kind.${kind}`;
export const stageKey = (stage: ProjectStage): MessageKey => `eco.stage.${stage}`;
export const supportKey = (kind: SupportKind): MessageKey => `eco.support.${kind}`;
export const metricKey = (metric: TargetMetric): MessageKey => `eco.metric.${metric}`;

export function isOrganizationKind(value: string): value is OrganizationKind {
  return (ORGANIZATION_KINDS as readonly string[]).includes(value);
}

/** "du lịch, Nông nghiệp ," → ["du lịch", "Nông nghiệp"] (the server folds case). */
export function parseSectors(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Items grouped by a key, in the order of `order`; empty groups left out. */
export function groupBy<T, K extends string>(items: readonly T[], keyOf: (item: T) => K, order: readonly K[]): { key: K; items: T[] }[] {
  return order.map((key) => ({ key, items: items.filter((item) => keyOf(item) === key) })).filter((group) => group.items.length > 0);
}
