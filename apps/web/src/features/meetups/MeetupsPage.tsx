import { useMemo } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { MeetupListItemFragment } from '../../gql/graphql';
import { MoreButton, useCursorPages } from '../../components/CursorPages';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { QueryProblem } from '../../components/QueryProblem';
import { useI18n } from '../../lib/i18n/i18n-context';
import { formatMeetupDate, formatTimeRange } from '../../lib/format';
import { rsvpStatusKey } from '../../lib/rsvp-status';
import { usePageQuery } from '../../lib/use-page-query';

graphql(`
  fragment MeetupListItem on Meetup {
    id
    title
    startsAt
    endsAt
    timezone
    status
    cancellationReason
    venue
    goingCount
    spotsLeft
    myRsvp { id status waitlistPosition }
    minutes { id status }
  }
`);

const UpcomingMeetupsDocument = graphql(`
  query UpcomingMeetups($now: DateTime!) {
    meetups(filter: { from: $now }, first: 13) { edges { node { ...MeetupListItem } } }
  }
`);

const PastMeetupsDocument = graphql(`
  query PastMeetups($now: DateTime!, $after: String) {
    meetups(filter: { to: $now, newestFirst: true }, first: 20, after: $after) {
      edges { node { ...MeetupListItem } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

/** Upcoming dates first, then past ones, most recent first; cancelled ones say why. */
export function MeetupsPage() {
  const { t } = useI18n();
  const now = useMemo(() => new Date().toISOString(), []);
  const { pages: pastPages, more: morePast } = useCursorPages();
  const [{ data, error, fetching }, retry] = usePageQuery({ query: UpcomingMeetupsDocument, variables: { now } });
  return (
    <>
      <PageHeading title={t('meetups.title')} />
      {error && !data ? <QueryProblem error={error} retry={retry} /> : null}
      {fetching && !data ? <Loading /> : null}
      {data ? (
        <>
          <section aria-labelledby="upcoming">
            <h2 id="upcoming">{t('meetups.upcoming')}</h2>
            {data.meetups.edges.length === 0 ? <p>{t('meetups.noneUpcoming')}</p> : null}
            <ul className="card-list">
              {data.meetups.edges.map(({ node }) => (
                <MeetupRow key={node.id} meetup={node} />
              ))}
            </ul>
          </section>
          <section aria-labelledby="past">
            <h2 id="past">{t('meetups.past')}</h2>
            {pastPages.map((after, index) => (
              <PastMeetups key={after ?? 'first'} now={now} after={after} last={index === pastPages.length - 1} onMore={morePast} />
            ))}
          </section>
        </>
      ) : null}
    </>
  );
}

function PastMeetups({ now, after, last, onMore }: { now: string; after: string | null; last: boolean; onMore: (cursor: string) => void }) {
  const { t } = useI18n();
  const [{ data, error }, retry] = usePageQuery({ query: PastMeetupsDocument, variables: { now, after } });
  if (error && !data) return <QueryProblem error={error} retry={retry} />;
  if (!data) return <Loading />;
  // A date under way right now is still "upcoming".
  const past = data.meetups.edges.filter(({ node }) => node.endsAt < now);
  const { pageInfo } = data.meetups;
  return (
    <>
      {after === null && past.length === 0 ? <p>{t('meetups.nonePast')}</p> : null}
      <ul className="card-list">
        {past.map(({ node }) => (
          <MeetupRow key={node.id} meetup={node} past />
        ))}
      </ul>
      <MoreButton pageInfo={pageInfo} last={last} onMore={onMore} />
    </>
  );
}

function MeetupRow({ meetup, past }: { meetup: MeetupListItemFragment; past?: boolean }) {
  const { t, plural, locale } = useI18n();
  const cancelled = meetup.status === 'CANCELLED';
  return (
    <li className={`card${cancelled ? ' card--cancelled' : ''}`}>
      <Link to={`/meetups/${meetup.id}`} className="card__title">
        {formatMeetupDate(meetup.startsAt, locale, meetup.timezone)}
      </Link>
      <p>
        {meetup.title} · {formatTimeRange(meetup.startsAt, meetup.endsAt, locale, meetup.timezone)}
        {meetup.venue ? ` · ${meetup.venue}` : ''}
      </p>
      {cancelled ? (
        <p className="notice notice--cancelled">
          <strong>{t('meetup.cancelled')}</strong>
          {meetup.cancellationReason ? ` ${t('meetup.cancelledReason', { reason: meetup.cancellationReason })}` : ''}
        </p>
      ) : (
        <p className="muted">
          {past ? plural('meetup.attended', meetup.goingCount) : plural('meetup.going', meetup.goingCount)}
          {meetup.myRsvp ? ` · ${t(rsvpStatusKey(meetup.myRsvp.status), { position: meetup.myRsvp.waitlistPosition ?? 0 })}` : ''}
          {meetup.minutes?.status === 'PUBLISHED' ? ` · ${t('minutes.available')}` : ''}
        </p>
      )}
    </li>
  );
}
