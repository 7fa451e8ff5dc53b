import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { graphql } from '../gql/index';
import type { MeetupAdminQuery } from '../gql/graphql';
import { Loading } from './Loading';
import { PageHeading } from './PageHeading';
import { QueryProblem } from './QueryProblem';
import { useI18n } from '../lib/i18n/i18n-context';
import { formatMeetupDate, formatTimeRange } from '../lib/format';
import { usePageQuery } from '../lib/use-page-query';

export const MeetupAdminDocument = graphql(`
  query MeetupAdmin($id: ID!) {
    meetup(id: $id) {
      id
      title
      description
      startsAt
      endsAt
      timezone
      status
      cancellationReason
      venue
      onlineUrl
      capacity
      goingCount
      waitlistCount
      checkInCode
      series { id title registrationQuestions }
      agenda { id position title presenter durationMinutes issue { id title status supportCount } }
    }
  }
`);

export type AdminMeetup = NonNullable<MeetupAdminQuery['meetup']>;

/** One date in the console: its heading, the four things an organizer does with it, and the section. */
export function MeetupAdminFrame({ id, children }: { id: string; children: (meetup: AdminMeetup, refresh: () => void) => ReactNode }) {
  const { t, locale } = useI18n();
  const [{ data, error, fetching }, retry] = usePageQuery({ query: MeetupAdminDocument, variables: { id } });
  if (error && !data) return <QueryProblem error={error} retry={retry} />;
  if (fetching && !data) return <Loading />;
  const meetup = data?.meetup;
  if (!meetup) return <p>{t('notFound.text')}</p>;
  const refresh = () => retry({ requestPolicy: 'network-only' });
  const date = formatMeetupDate(meetup.startsAt, locale, meetup.timezone);
  return (
    <>
      <PageHeading title={`${date} · ${meetup.title}`}>{date}</PageHeading>
      <p className="muted">
        {meetup.title} · {formatTimeRange(meetup.startsAt, meetup.endsAt, locale, meetup.timezone)}
        {meetup.venue ? ` · ${meetup.venue}` : ''}
        {meetup.status === 'CANCELLED' ? ` · ${t('meetup.cancelled')}` : ''}
      </p>
      <nav aria-label={t('organize.meetup.sections')} className="tabs">
        <ul>
          <li>
            <NavLink to={`/organize/meetups/${id}/agenda`}>{t('organize.meetup.agenda')}</NavLink>
          </li>
          <li>
            <NavLink to={`/organize/meetups/${id}/door`}>{t('organize.meetup.door')}</NavLink>
          </li>
          <li>
            <NavLink to={`/organize/meetups/${id}/minutes`}>{t('organize.meetup.minutes')}</NavLink>
          </li>
          <li>
            <NavLink to={`/organize/meetups/${id}/edit`}>{t('organize.meetup.edit')}</NavLink>
          </li>
          <li>
            <NavLink to={`/meetups/${id}`}>{t('organize.meetup.publicPage')}</NavLink>
          </li>
        </ul>
      </nav>
      {children(meetup, refresh)}
    </>
  );
}
