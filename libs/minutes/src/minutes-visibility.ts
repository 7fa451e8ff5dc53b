import type { MeetupAccess } from '@app/meetups';
import type { Minutes } from './minutes.entity';

/**
 * The visibility policy of minutes, decided here once: published minutes (with their decisions,
 * versions and attendees) are seen by whoever may see their meetup; a draft only by the
 * managers of its series. Decisions follow their minutes. Every way to minutes asks this
 * function: `Meetup.minutes` and its loader, `Assignment.decision`, the exports and the feed.
 */
export function canSeeMinutes(minutes: Pick<Minutes, 'status'>, access: Pick<MeetupAccess, 'visible' | 'manages'> | undefined): boolean {
  if (!access?.visible) return false;
  return minutes.status === 'PUBLISHED' || access.manages;
}
