import { Link } from 'react-router';
import { graphql } from '../../gql';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { QueryProblem } from '../../components/QueryProblem';
import { useI18n } from '../../lib/i18n/i18n-context';
import { MeetupCard } from './MeetupCard';
import { CalendarLinks, MyFeedDocument } from '../../components/CalendarLinks';
import { MyStandingRsvpsDocument } from '../../lib/standing-rsvps';
import { useQuery } from 'urql';
import type { Client } from '@urql/core';
import { readAccessToken } from '../../lib/auth-token';
import { IssueListItem } from '../../components/IssueListItem';
import { usePageQuery } from '../../lib/use-page-query';

const HomeDocument = graphql(`
  query Home {
    nextMeetup { ...MeetupDetails }
    issues(first: 3) {
      edges { node { ...IssueSummary } }
    }
  }
`);

/** The home page's queries, started before React renders it (see main.tsx). */
export function startHomeQueries(client: Client): void {
  void client.query(HomeDocument, {}).toPromise();
  if (readAccessToken() !== null) {
    void client.query(MyStandingRsvpsDocument, {}).toPromise();
    void client.query(MyFeedDocument, {}).toPromise();
  }
}

/** The next Saturday first; what is new below. */
export function HomePage() {
  const { t } = useI18n();
  // The token is known before the session's member is: these need not wait for it.
  const signedIn = readAccessToken() !== null;
  const [{ data, error, fetching }, retry] = usePageQuery({ query: HomeDocument });
  // Asked for at once, beside the meetup, rather than after it renders the parts that show them.
  useQuery({ query: MyStandingRsvpsDocument, pause: !signedIn });
  useQuery({ query: MyFeedDocument, pause: !signedIn });
  const meetup = data?.nextMeetup;
  return (
    <>
      <PageHeading title={t('home.title')} />
      {error && !data ? <QueryProblem error={error} retry={retry} /> : null}
      {fetching && !data ? <Loading /> : null}
      {data && !meetup ? <p>{t('home.noMeetup')}</p> : null}
      {meetup ? (
        <>
          <MeetupCard meetup={meetup} headingLevel={2} linkTitle />
          <CalendarLinks meetup={meetup} />
        </>
      ) : null}
      {data && data.issues.edges.length > 0 ? (
        <section aria-labelledby="whats-new">
          <h2 id="whats-new">{t('home.whatsNew')}</h2>
          <ul className="card-list">
            {data.issues.edges.map(({ node }) => (
              <IssueListItem key={node.id} issue={node} />
            ))}
          </ul>
          <p>
            <Link to="/issues">{t('home.allIssues')}</Link> · <Link to="/issues/new">{t('issues.raise')}</Link>
          </p>
        </section>
      ) : null}
    </>
  );
}
