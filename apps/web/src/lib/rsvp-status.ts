import type { RsvpStatus } from '../gql/graphql';
import type { MessageKey } from './i18n/messages.vi';

/** The sentence for the member's own answer ({position} fills the waitlist place). */
export function rsvpStatusKey(status: RsvpStatus): MessageKey {
  switch (status) {
    case 'GOING':
      return 'rsvp.status.going';
    case 'WAITLISTED':
      return 'rsvp.status.waitlisted';
    case 'NOT_GOING':
      return 'rsvp.status.notGoing';
  }
}
