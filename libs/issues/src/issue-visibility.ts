import { Actor, hasRole } from '@app/core';
import type { Issue } from './issue.entity';
import type { IssueEvent } from './issue-timeline';

/**
 * The visibility policy of issues, decided here once and asked by every way to an issue, its
 * history and its copies (the GraphQL fields and their loaders, the agendas in pages, calendar
 * files, the embed, exports, the digest and the mails):
 *
 * - an issue hidden by moderation is seen by organizers (and admins) and by its submitter only;
 * - a moderation note (why it was hidden, on the issue and on its timeline, even after it is shown
 *   again) reaches the same people;
 * - a copy of a hidden issue's title (an agenda point) reads as a placeholder to everyone else;
 * - a timeline step taken at a meetup the viewer may not see keeps its type and time, not its
 *   text or the meetup;
 * - a comment hidden by moderation, and why, reach organizers only.
 */

/** What the policy needs of an issue. */
export type IssueVisibilityState = Pick<Issue, 'hiddenAt' | 'submitterId'>;

/** What a copy of a hidden issue's title reads as, by language; `both` for documents read in either (calendar files). */
export const HIDDEN_ISSUE_TITLE = { vi: '(đã ẩn)', en: '(hidden)', both: '(đã ẩn / hidden)' } as const;
export type HiddenTitleLanguage = keyof typeof HIDDEN_ISSUE_TITLE;

/** Timeline steps whose note is a moderation note. */
const MODERATION_EVENTS: ReadonlySet<string> = new Set(['HIDDEN', 'UNHIDDEN']);

/** Organizers and admins moderate issues and move them through their lifecycle. */
export function canModerateIssues(viewer: Actor | null): boolean {
  return !!viewer && hasRole(viewer.role, 'ORGANIZER');
}

/** Organizers see every issue; the submitter sees their own hidden issue; others do not. */
export function canSeeIssue(viewer: Actor | null, issue: IssueVisibilityState): boolean {
  return !issue.hiddenAt || canSeeModeration(viewer, issue);
}

/** Whether the viewer learns that (and why) an issue was hidden: organizers and its submitter. */
export function canSeeModeration(viewer: Actor | null, issue: Pick<Issue, 'submitterId'>): boolean {
  return !!viewer && (canModerateIssues(viewer) || viewer.memberId === issue.submitterId);
}

/**
 * The title of an agenda point as the viewer may read it. A point made from an issue carries a
 * copy of the issue's title; while the issue is hidden, whoever may not see the issue reads the
 * placeholder instead. `issue` null: the point names no issue, or its issue no longer exists.
 */
export function agendaTitleFor(
  viewer: Actor | null,
  item: { title: string; issueId: string | null },
  issue: IssueVisibilityState | null | undefined,
  language: HiddenTitleLanguage,
): string {
  if (!item.issueId || !issue) return item.title;
  return canSeeIssue(viewer, issue) ? item.title : HIDDEN_ISSUE_TITLE[language];
}

/** An issue's title where it is named elsewhere (a digest, an export, a mail): the placeholder when the viewer may not see the issue. */
export function issueTitleFor(viewer: Actor | null, issue: IssueVisibilityState & { title: string }, language: HiddenTitleLanguage): string {
  return canSeeIssue(viewer, issue) ? issue.title : HIDDEN_ISSUE_TITLE[language];
}

/**
 * One timeline step as the viewer may see it (the issue itself is visible to them): moderation
 * notes only for who may see moderation; a step taken at a meetup the viewer may not see (a
 * decision of members-only minutes) without its note and its meetup.
 */
export function timelineEventFor(
  viewer: Actor | null,
  issue: Pick<Issue, 'submitterId'>,
  event: IssueEvent,
  meetupVisible: (meetupId: string) => boolean,
): IssueEvent {
  if (MODERATION_EVENTS.has(event.type) && !canSeeModeration(viewer, issue)) return { ...event, note: null };
  const meetupId = typeof event.data.meetupId === 'string' ? event.data.meetupId : null;
  if (meetupId && !meetupVisible(meetupId)) return { ...event, note: null, data: {} };
  return event;
}

/** Comments hidden by moderation (and why) reach organizers only. */
export function canSeeHiddenComments(viewer: Actor | null): boolean {
  return canModerateIssues(viewer);
}
