import { Link } from 'react-router';
import type { IssuePageQuery } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/i18n-context';
import { formatDateTime } from '../../lib/format';
import { issueEventKey } from '../../lib/issue-labels';

type TimelineEvent = NonNullable<IssuePageQuery['issue']>['timeline'][number];

/** Every step from submission to resolution, oldest first, with who took it. */
export function IssueTimeline({ events }: { events: TimelineEvent[] }) {
  const { t, locale } = useI18n();
  return (
    <section aria-labelledby="timeline">
      <h2 id="timeline">{t('issue.timeline')}</h2>
      <ol className="timeline">
        {events.map((event, index) => (
          <li key={`${event.at}-${index}`}>
            <time dateTime={event.at}>{formatDateTime(event.at, locale)}</time> <strong>{t(issueEventKey(event.type))}</strong>
            {event.actor ? ` · ${event.actor.name}` : ''}
            {event.note ? <p className="timeline__note">{event.note}</p> : null}
            {event.meetupId ? (
              <p>
                <Link to={`/meetups/${event.meetupId}`}>{t('issue.eventMeetup')}</Link>
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
