import { useParams } from 'react-router';
import { graphql } from '../../gql';
import { Loading } from '../../components/Loading';
import { NotFoundPage } from '../../components/NotFoundPage';
import { PageHeading } from '../../components/PageHeading';
import { QueryProblem } from '../../components/QueryProblem';
import { useI18n } from '../../lib/i18n/i18n-context';
import { formatMeetupDate } from '../../lib/format';
import { CalendarLinks } from '../../components/CalendarLinks';
import { MeetupCard } from './MeetupCard';
import { useSession } from '../../lib/session';
import { MinutesViewSlot, SelfCheckInSlot } from './slots';
import { usePageQuery } from '../../lib/use-page-query';

const MeetupPageDocument = graphql(`
  query MeetupPage($id: ID!) {
    meetup(id: $id) {
      ...MeetupDetails
      minutes { ...MinutesDetails }
    }
  }
`);

/** One date: its card, the calendar links, and the minutes once published. */
export function MeetupPage() {
  const { t, locale } = useI18n();
  const { signedIn } = useSession();
  const { id = '' } = useParams();
  const [{ data, error, fetching }, retry] = usePageQuery({ query: MeetupPageDocument, variables: { id } });
  if (error && !data) {
    return error.graphQLErrors[0]?.extensions?.field === 'id' ? <NotFoundPage /> : <QueryProblem error={error} retry={retry} />;
  }
  if (fetching && !data) return <Loading />;
  const meetup = data?.meetup;
  if (!meetup) return <NotFoundPage />;
  const ended = new Date(meetup.endsAt).getTime() < Date.now();
  // From two hours before it starts until it ends, members can check themselves in with the code.
  const onTheDay = meetup.status === 'SCHEDULED' && !ended && new Date(meetup.startsAt).getTime() - 2 * 3_600_000 < Date.now();
  // Who was there: the minutes' attendees once recorded, else those who said they would come.
  const attendance = meetup.minutes?.attendees.length || meetup.goingCount;
  return (
    <>
      <PageHeading title={`${meetup.title} · ${formatMeetupDate(meetup.startsAt, locale, meetup.timezone)}`}>
        {formatMeetupDate(meetup.startsAt, locale, meetup.timezone)}
      </PageHeading>
      <MeetupCard meetup={meetup} headingLevel={2} />
      {signedIn && onTheDay ? <SelfCheckInSlot.Render meetupId={meetup.id} /> : null}
      {ended && meetup.status !== 'CANCELLED' && attendance > 0 ? <p>{t('meetup.attendance', { count: attendance })}</p> : null}
      {meetup.minutes && meetup.minutes.status === 'PUBLISHED' ? (
        <MinutesViewSlot.Render minutes={meetup.minutes} />
      ) : ended ? (
        <p>{t('minutes.notYet')}</p>
      ) : null}
      {!ended && meetup.status !== 'CANCELLED' ? <CalendarLinks meetup={meetup} /> : null}
    </>
  );
}
