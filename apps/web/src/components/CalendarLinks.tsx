import { useQuery } from 'urql';
import { graphql } from '../gql/index';
import type { MeetupDetailsFragment } from '../gql/graphql';
import { CopyButton } from './CopyButton';
import { useI18n } from '../lib/i18n/i18n-context';
import { webcalUrl } from '../lib/format';

export const MyFeedDocument = graphql(`
  query MyCalendarFeed {
    me { id calendarFeedUrl calendarFeedWebcalUrl }
  }
`);

/** Add this date to a calendar; subscribe to the series and to the member's private feed. */
export function CalendarLinks({ meetup }: { meetup: MeetupDetailsFragment }) {
  const { t } = useI18n();
  const [{ data }] = useQuery({ query: MyFeedDocument, requestPolicy: 'cache-first' });
  const seriesWebcal = webcalUrl(meetup.series.icsUrl);
  const feed = data?.me?.calendarFeedWebcalUrl;
  return (
    <section className="calendar-links" aria-labelledby="calendar-links">
      <h2 id="calendar-links">{t('calendar.title')}</h2>
      <ul className="link-list">
        <li>
          <a href={meetup.icsUrl} download>
            {t('calendar.addThisDate')}
          </a>
        </li>
        <li>
          <a href={meetup.googleCalendarUrl} rel="noopener noreferrer" target="_blank">
            {t('calendar.addToGoogle')}
          </a>
        </li>
        <li>
          <a href={seriesWebcal}>{t('calendar.subscribeSeries')}</a> <CopyButton text={seriesWebcal} label={t('calendar.copySeries')} />
        </li>
        {feed ? (
          <li>
            <a href={feed}>{t('calendar.subscribeMine')}</a> <CopyButton text={feed} label={t('calendar.copyMine')} />
          </li>
        ) : null}
      </ul>
    </section>
  );
}
