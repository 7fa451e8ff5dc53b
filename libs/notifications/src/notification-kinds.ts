import type { NotificationPreferences } from '@app/members';

/** Each kind of e-mail and the preference that turns it off (and that its unsubscribe link turns off). */
export const PREFERENCE_OF_KIND: Record<string, keyof NotificationPreferences> = {
  'rsvp.confirmed': 'rsvpConfirmation',
  'rsvp.promoted': 'waitlistPromotion',
  'meetup.changed': 'meetupChanges',
  'meetup.cancelled': 'meetupChanges',
  'minutes.published': 'minutesPublished',
  'assignment.given': 'assignmentUpdates',
  'deadline.soon': 'deadlineReminders',
  'deadline.missed': 'deadlineReminders',
  'issue.status': 'issueUpdates',
  // An answer to one's own comment on a draft is news about what one raised, like an issue's status.
  'consultation.response': 'issueUpdates',
  digest: 'weeklyDigest',
  'meetup.reminder': 'meetupReminders',
  'issue.progress': 'issueUpdates',
};
