import type { IssueKind, IssueStatus } from '../gql/graphql';
import type { MessageKey } from './i18n/messages.vi';

export const ISSUE_KINDS: readonly IssueKind[] = ['OBSTACLE', 'PROPOSAL', 'RECOMMENDATION', 'QUESTION'];
export const ISSUE_STATUSES: readonly IssueStatus[] = ['SUBMITTED', 'ON_AGENDA', 'DISCUSSED', 'ASSIGNED', 'RESOLVED', 'DECLINED', 'DUPLICATE'];

export function issueKindKey(kind: IssueKind): MessageKey {
  return `issue.kind.${kind}`;
}

export function issueStatusKey(status: IssueStatus): MessageKey {
  return `issue.status.${status}`;
}

const EVENT_TYPES = [
  'SUBMITTED',
  'EDITED',
  'SUPPORT_MILESTONE',
  'PLACED_ON_AGENDA',
  'STATUS_CHANGED',
  'DUPLICATE_MERGED',
  'DECISION',
  'ASSIGNMENT_CREATED',
  'PROGRESS_REPORTED',
  'RESOLUTION_PROPOSED',
  'RESOLVED',
  'HIDDEN',
  'UNHIDDEN',
] as const;
type EventType = (typeof EVENT_TYPES)[number];

/** A timeline step's label; types the app does not know yet read as a generic step. */
export function issueEventKey(type: string): MessageKey {
  return (EVENT_TYPES as readonly string[]).includes(type) ? `issue.event.${type as EventType}` : 'issue.event.OTHER';
}

/** "thủ tục, vốn" → ["thủ tục", "vốn"]: topics typed as a comma-separated list. */
export function parseTopics(text: string): string[] {
  const seen = new Set<string>();
  const topics: string[] = [];
  for (const raw of text.split(',')) {
    const topic = raw.trim().replace(/\s+/g, ' ');
    const key = topic.toLocaleLowerCase();
    if (topic && !seen.has(key)) {
      seen.add(key);
      topics.push(topic);
    }
  }
  return topics;
}
