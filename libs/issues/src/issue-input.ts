import { DomainError, optionalText, requireId, requireText } from '@app/core';
import { ISSUE_KINDS, IssueKind } from './issue.entity';

export interface IssueFields {
  title?: string;
  description?: string;
  kind?: IssueKind;
  topics?: string[];
  organizationId?: string | null;
  addressedToOrganizationId?: string | null;
}

/** Topics are free tags: trimmed, lower-case, single spaces, no leading #; at most 10 of 1–40 characters. */
export function normalizeTopics(topics: string[]): string[] {
  if (topics.length > 10) throw DomainError.badInput('topics', 'must list at most 10 topics');
  const out = new Set<string>();
  for (const raw of topics) {
    const topic = raw.normalize('NFC').trim().replace(/^#+/, '').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
    if (topic.length === 0) continue;
    if (topic.length > 40) throw DomainError.badInput('topics', 'each topic must be at most 40 characters');
    requireText('topics', topic, { max: 40 });
    out.add(topic);
  }
  return [...out];
}

export function validateIssueFields(input: IssueFields): IssueFields {
  const out: IssueFields = {};
  if (input.title !== undefined) out.title = requireText('title', input.title, { max: 200, min: 3 });
  if (input.description !== undefined) out.description = requireText('description', input.description, { max: 20000, multiline: true });
  if (input.kind !== undefined) {
    if (!ISSUE_KINDS.includes(input.kind)) throw DomainError.badInput('kind', `must be one of ${ISSUE_KINDS.join(', ')}`);
    out.kind = input.kind;
  }
  if (input.topics !== undefined) out.topics = normalizeTopics(input.topics);
  if (input.organizationId !== undefined) out.organizationId = input.organizationId === null ? null : requireId('organizationId', input.organizationId);
  if (input.addressedToOrganizationId !== undefined) {
    out.addressedToOrganizationId = input.addressedToOrganizationId === null ? null : requireId('addressedToOrganizationId', input.addressedToOrganizationId);
  }
  return out;
}

export function optionalNote(field: string, note: string | null | undefined): string | null {
  return optionalText(field, note, { max: 5000, multiline: true });
}
