import { useMemo } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { ProblemMessage } from '../../components/ProblemMessage';
import { QueryProblem } from '../../components/QueryProblem';
import { useSession } from '../../lib/session';
import { useI18n } from '../../lib/i18n/i18n-context';
import { formatMeetupDate } from '../../lib/format';
import { rsvpStatusKey } from '../../lib/rsvp-status';
import { IssueListItem } from '../../components/IssueListItem';
import { ProfileForm } from './ProfileForm';
import { NotificationSettings } from './NotificationSettings';
import { CalendarFeedSettings } from './CalendarFeedSettings';
import { MyDataSettings } from './MyDataSettings';
import { usePageQuery } from '../../lib/use-page-query';

const MePageDocument = graphql(`
  query MePage($now: DateTime!) {
    me {
      id
      name
      email
      role
      organization { id name }
      affiliation { status role organization { id name } }
      notificationPreferences {
        weeklyDigest rsvpConfirmation waitlistPromotion meetupChanges minutesPublished issueUpdates assignmentUpdates deadlineReminders meetupReminders
      }
      calendarFeedUrl
      calendarFeedWebcalUrl
      standingRsvps { guests series { id title } }
    }
    meetups(filter: { from: $now, status: SCHEDULED }, first: 13) {
      edges { node { id title startsAt timezone myRsvp { id status guests waitlistPosition } } }
    }
  }
`);

const MyIssuesDocument = graphql(`
  query MyIssues($filter: IssueFilter!) {
    issues(filter: $filter, first: 20) { totalCount edges { node { ...IssueSummary } } }
  }
`);

const SignOutEverywhereDocument = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere
  }
`);

/** The member's own page: answers, issues, profile, language, e-mails, calendar feed, sign-out. */
export function MePage() {
  const { t, locale } = useI18n();
  const { signedIn, loading, end } = useSession();
  const now = useMemo(() => new Date().toISOString(), []);
  const [{ data, error, fetching }, retry] = usePageQuery({ query: MePageDocument, variables: { now }, pause: !signedIn });
  const me = data?.me;
  const [submitted] = usePageQuery({ query: MyIssuesDocument, variables: { filter: { submitterId: me?.id ?? '' } }, pause: !me });
  const [supported] = usePageQuery({ query: MyIssuesDocument, variables: { filter: { supportedByMe: true } }, pause: !me });
  const [everywhere, signOutEverywhere] = useMutation(SignOutEverywhereDocument);

  if (!signedIn) {
    return (
      <>
        <PageHeading title={t('me.title')} />
        {loading ? (
          <Loading />
        ) : (
          <p>
            <Link to="/sign-in">{t('me.signIn')}</Link>
          </p>
        )}
      </>
    );
  }
  if (error && !data) return <QueryProblem error={error} retry={retry} />;
  if (fetching && !data) return <Loading />;
  if (!me) return null;
  const answered = (data?.meetups.edges ?? []).filter(({ node }) => node.myRsvp);

  return (
    <>
      <PageHeading title={t('me.title')} />
      <p>{t('me.signedInAs', { name: me.name, email: me.email ?? '' })}</p>

      <section aria-labelledby="my-rsvps">
        <h2 id="my-rsvps">{t('me.rsvps')}</h2>
        {answered.length === 0 ? (
          <p>{t('me.noRsvps')}</p>
        ) : (
          <ul className="card-list">
            {answered.map(({ node }) => (
              <li key={node.id} className="card">
                <Link to={`/meetups/${node.id}`} className="card__title">
                  {formatMeetupDate(node.startsAt, locale, node.timezone)}
                </Link>
                <p>
                  {node.title} · {t(rsvpStatusKey(node.myRsvp!.status), { position: node.myRsvp!.waitlistPosition ?? 0 })}
                </p>
              </li>
            ))}
          </ul>
        )}
        {(me.standingRsvps ?? []).map((s) => (
          <p key={s.series.id}>{t('me.standing', { series: s.series.title })}</p>
        ))}
      </section>

      <section aria-labelledby="my-issues">
        <h2 id="my-issues">{t('me.issues')}</h2>
        {submitted.data && submitted.data.issues.totalCount === 0 ? <p>{t('me.noIssues')}</p> : null}
        <ul className="card-list">
          {submitted.data?.issues.edges.map(({ node }) => (
            <IssueListItem key={node.id} issue={node} />
          ))}
        </ul>
        <h3>{t('me.supports')}</h3>
        {supported.data && supported.data.issues.totalCount === 0 ? <p>{t('me.noSupports')}</p> : null}
        <ul className="card-list">
          {supported.data?.issues.edges.map(({ node }) => (
            <IssueListItem key={node.id} issue={node} />
          ))}
        </ul>
      </section>

      <ProfileForm name={me.name} affiliation={me.affiliation ?? null} />
      {me.notificationPreferences ? <NotificationSettings preferences={me.notificationPreferences} /> : null}
      <CalendarFeedSettings url={me.calendarFeedUrl ?? null} webcalUrl={me.calendarFeedWebcalUrl ?? null} />

      <MyDataSettings />

      <section aria-labelledby="sign-out">
        <h2 id="sign-out">{t('me.signOutTitle')}</h2>
        <div className="button-row">
          <button type="button" className="button" onClick={end}>
            {t('me.signOut')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() =>
              void signOutEverywhere({}).then((answer) => {
                if (answer.data?.signOutEverywhere) end();
              })
            }
          >
            {t('me.signOutEverywhere')}
          </button>
        </div>
        <p className="hint">{t('me.signOutEverywhereHint')}</p>
        <ProblemMessage error={everywhere.error} />
      </section>
    </>
  );
}
