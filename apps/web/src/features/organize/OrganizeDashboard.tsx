import { useMemo } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { ConsoleMeetupFragment } from '../../gql/graphql';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { QueryProblem } from '../../components/QueryProblem';
import { useI18n } from '../../lib/i18n/i18n-context';
import { formatMeetupDate, formatTimeRange } from '../../lib/format';
import { usePageQuery } from '../../lib/use-page-query';

graphql(`
  fragment ConsoleMeetup on Meetup {
    id
    title
    startsAt
    endsAt
    timezone
    status
    goingCount
    waitlistCount
    capacity
    series { id title }
    minutes { id status }
  }
`);

const ConsoleUpcomingDocument = graphql(`
  query ConsoleUpcoming($now: DateTime!) {
    meetups(filter: { from: $now }, first: 6) { edges { node { ...ConsoleMeetup } } }
  }
`);

const ConsoleRecentDocument = graphql(`
  query ConsoleRecent($now: DateTime!) {
    meetups(filter: { to: $now, newestFirst: true, status: SCHEDULED }, first: 4) { edges { node { ...ConsoleMeetup } } }
  }
`);

/** The console's first page: the coming dates and the last ones, each with what an organizer does next. */
export function OrganizeDashboard() {
  const { t } = useI18n();
  const now = useMemo(() => new Date().toISOString(), []);
  const [upcoming, retryUpcoming] = usePageQuery({ query: ConsoleUpcomingDocument, variables: { now } });
  const [recent] = usePageQuery({ query: ConsoleRecentDocument, variables: { now } });
  return (
    <>
      <PageHeading title={t('organize.title')} />
      <p>
        <Link to="/organize/series" className="button">
          {t('series.new')}
        </Link>
      </p>
      <section aria-labelledby="console-upcoming">
        <h2 id="console-upcoming">{t('meetups.upcoming')}</h2>
        {upcoming.error && !upcoming.data ? <QueryProblem error={upcoming.error} retry={retryUpcoming} /> : null}
        {upcoming.fetching && !upcoming.data ? <Loading /> : null}
        <ul className="card-list">
          {(upcoming.data?.meetups.edges ?? []).map(({ node }) => (
            <ConsoleMeetupCard key={node.id} meetup={node} />
          ))}
        </ul>
      </section>
      <section aria-labelledby="console-recent">
        <h2 id="console-recent">{t('organize.recent')}</h2>
        <ul className="card-list">
          {(recent.data?.meetups.edges ?? [])
            .filter(({ node }) => node.endsAt < now)
            .map(({ node }) => (
              <ConsoleMeetupCard key={node.id} meetup={node} past />
            ))}
        </ul>
      </section>
    </>
  );
}

function ConsoleMeetupCard({ meetup, past }: { meetup: ConsoleMeetupFragment; past?: boolean }) {
  const { t, plural, locale } = useI18n();
  const date = formatMeetupDate(meetup.startsAt, locale, meetup.timezone);
  return (
    <li className="card">
      <p className="card__title">{date}</p>
      <p>
        {meetup.title} · {formatTimeRange(meetup.startsAt, meetup.endsAt, locale, meetup.timezone)}
        {meetup.status === 'CANCELLED' ? ` · ${t('meetup.cancelled')}` : ''}
      </p>
      <p className="muted">
        {plural('meetup.going', meetup.goingCount)}
        {meetup.waitlistCount > 0 ? ` · ${plural('meetup.full', meetup.waitlistCount)}` : ''}
        {past ? ` · ${meetup.minutes?.status === 'PUBLISHED' ? t('minutes.available') : t('organize.minutesToWrite')}` : ''}
      </p>
      {meetup.status !== 'CANCELLED' ? (
        <ul className="inline-list">
          <li>
            <Link to={`/organize/meetups/${meetup.id}/agenda`} aria-label={t('organize.agendaOf', { date })}>
              {t('organize.meetup.agenda')}
            </Link>
          </li>
          <li>
            <Link to={`/organize/meetups/${meetup.id}/door`} aria-label={t('organize.doorOf', { date })}>
              {t('organize.meetup.door')}
            </Link>
          </li>
          <li>
            <Link to={`/organize/meetups/${meetup.id}/minutes`} aria-label={t('organize.minutesOf', { date })}>
              {t('organize.meetup.minutes')}
            </Link>
          </li>
          <li>
            <Link to={`/organize/meetups/${meetup.id}/edit`} aria-label={t('organize.editOf', { date })}>
              {t('organize.meetup.edit')}
            </Link>
          </li>
        </ul>
      ) : null}
    </li>
  );
}
