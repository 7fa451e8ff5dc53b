import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { ProblemMessage } from '../../components/ProblemMessage';
import { useI18n } from '../../lib/i18n/i18n-context';

const SavePreferencesDocument = graphql(`
  mutation SaveNotificationPreferences($preferences: NotificationPreferencesInput!) {
    updateProfile(input: { notificationPreferences: $preferences }) {
      id
      notificationPreferences {
        weeklyDigest rsvpConfirmation waitlistPromotion meetupChanges minutesPublished issueUpdates assignmentUpdates deadlineReminders meetupReminders
      }
    }
  }
`);

const NAMES = [
  'weeklyDigest',
  'rsvpConfirmation',
  'waitlistPromotion',
  'meetupChanges',
  'minutesPublished',
  'issueUpdates',
  'assignmentUpdates',
  'deadlineReminders',
  'meetupReminders',
] as const;
type PreferenceName = (typeof NAMES)[number];

/** Which e-mails the member wants; each box saves at once. */
export function NotificationSettings({ preferences }: { preferences: Record<PreferenceName, boolean> }) {
  const { t } = useI18n();
  const [result, save] = useMutation(SavePreferencesDocument);
  const [last, setLast] = useState<{ name: PreferenceName; on: boolean } | null>(null);
  const change = (name: PreferenceName, on: boolean) => {
    setLast({ name, on });
    void save({ preferences: { [name]: on } });
  };
  return (
    <section aria-labelledby="notifications">
      <h2 id="notifications">{t('me.notifications')}</h2>
      <fieldset className="checkbox-list">
        <legend>{t('me.notificationsLegend')}</legend>
        {NAMES.map((name) => (
          <label key={name}>
            <input type="checkbox" checked={preferences[name]} disabled={result.fetching} onChange={(e) => change(name, e.target.checked)} />{' '}
            {t(`me.notification.${name}`)}
          </label>
        ))}
      </fieldset>
      <ProblemMessage error={result.error} onRetry={last ? () => change(last.name, last.on) : undefined} />
    </section>
  );
}
