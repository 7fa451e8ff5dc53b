import { Link, useParams } from 'react-router';
import { graphql } from '../../gql';
import { Loading } from '../../components/Loading';
import { NotFoundPage } from '../../components/NotFoundPage';
import { PageHeading } from '../../components/PageHeading';
import { ProblemMessage } from '../../components/ProblemMessage';
import { QueryProblem } from '../../components/QueryProblem';
import { useI18n } from '../../lib/i18n/i18n-context';
import { formatNumber } from '../../lib/format';
import { IssueListItem } from '../../components/IssueListItem';
import { AssignmentListItemSlot, OrganizationProfileFormSlot } from './slots';
import { OrganizationMembers } from './Affiliations';
import { useSession } from '../../lib/session';
import { usePageQuery } from '../../lib/use-page-query';
import '../../lib/i18n/ecosystem-messages';

const OrganizationPageDocument = graphql(`
  query OrganizationPage($id: ID!) {
    organization(id: $id) {
      id name shortName kind website description sectors services address
      location { latitude longitude }
      projects { id name }
    }
    organizationScorecards { organization { id } open done doneOnTime overdue medianDaysToComplete }
  }
`);

const OrganizationAssignmentsDocument = graphql(`
  query OrganizationAssignments($filter: AssignmentFilter!) {
    assignments(filter: $filter, first: 20) {
      edges { node { ...AssignmentSummary } }
    }
  }
`);

const OrganizationIssuesDocument = graphql(`
  query OrganizationIssues($filter: IssueFilter!) {
    issues(filter: $filter, first: 20) {
      totalCount
      edges { node { ...IssueSummary } }
    }
  }
`);

/** An organisation: its profile as an ecosystem actor, the issues addressed to it, its scorecard and the deadlines it leads or coordinates. */
export function OrganizationPage() {
  const { t, locale } = useI18n();
  const { id = '' } = useParams();
  const { member, isOrganizer } = useSession();
  const [{ data, error, fetching }, retry] = usePageQuery({ query: OrganizationPageDocument, variables: { id } });
  const [assignments, refetchAssignments] = usePageQuery({ query: OrganizationAssignmentsDocument, variables: { filter: { organizationId: id } } });
  const [issues] = usePageQuery({ query: OrganizationIssuesDocument, variables: { filter: { addressedToOrganizationId: id } } });
  if (error && !data) {
    return error.graphQLErrors[0]?.extensions?.field === 'id' ? <NotFoundPage /> : <QueryProblem error={error} retry={retry} />;
  }
  if (fetching && !data) return <Loading />;
  const organization = data?.organization;
  if (!data || !organization) return <NotFoundPage />;
  const changed = () => {
    retry({ requestPolicy: 'network-only' });
    refetchAssignments({ requestPolicy: 'network-only' });
  };
  // The organisation's own administrators decide who speaks for it (as organizers do everywhere).
  const administers =
    member?.affiliation?.status === 'CONFIRMED' && member.affiliation.role === 'ADMIN' && member.affiliation.organization.id === organization.id;
  const card = data.organizationScorecards.find((c) => c.organization.id === organization.id);
  const edges = assignments.data?.assignments.edges ?? [];
  const open = edges.filter(({ node }) => node.status === 'OPEN' || node.status === 'IN_PROGRESS');
  const closed = edges.filter(({ node }) => node.status === 'DONE' || node.status === 'CANCELLED');
  return (
    <>
      <PageHeading title={organization.name} />
      <p className="muted">
        {t(`organization.kind.${organization.kind}`)}
        {organization.shortName ? ` · ${organization.shortName}` : ''}
        {organization.website ? (
          <>
            {' '}
            ·{' '}
            <a href={organization.website} rel="noopener noreferrer">
              {t('organization.website')}
            </a>
          </>
        ) : null}
      </p>
      {organization.description || organization.sectors.length || organization.services.length || organization.address ? (
        <section aria-labelledby="profile">
          <h2 id="profile">{t('eco.org.profile')}</h2>
          {organization.description ? <p className="issue-description">{organization.description}</p> : null}
          <dl className="facts">
            {organization.sectors.length ? (
              <div>
                <dt>{t('eco.project.sectors')}</dt>
                <dd>{organization.sectors.join(', ')}</dd>
              </div>
            ) : null}
            {organization.services.length ? (
              <div>
                <dt>{t('eco.org.services')}</dt>
                <dd>{organization.services.join(', ')}</dd>
              </div>
            ) : null}
            {organization.address ? (
              <div>
                <dt>{t('eco.org.address')}</dt>
                <dd>{organization.address}</dd>
              </div>
            ) : null}
          </dl>
        </section>
      ) : null}
      {organization.projects.length > 0 ? (
        <section aria-labelledby="projects">
          <h2 id="projects">{t('eco.org.projects')}</h2>
          <ul className="link-list">
            {organization.projects.map((p) => (
              <li key={p.id}>
                <Link to={`/projects/${p.id}`}>{p.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {isOrganizer || administers ? <OrganizationMembers organizationId={organization.id} /> : null}
      {isOrganizer || member?.organization?.id === organization.id ? (
        <details>
          <summary>{t('eco.org.edit')}</summary>
          <OrganizationProfileFormSlot.Render organization={organization} onSaved={() => retry({ requestPolicy: 'network-only' })} />
        </details>
      ) : null}
      <section aria-labelledby="addressed-issues">
        <h2 id="addressed-issues">{t('eco.org.issues')}</h2>
        {issues.error && !issues.data ? <ProblemMessage error={issues.error} /> : null}
        {issues.data && issues.data.issues.edges.length === 0 ? <p>{t('eco.org.noIssues')}</p> : null}
        <ul className="card-list">
          {(issues.data?.issues.edges ?? []).map(({ node }) => (
            <IssueListItem key={node.id} issue={node} />
          ))}
        </ul>
      </section>
      <section aria-labelledby="scorecard">
        <h2 id="scorecard">{t('organization.scorecard')}</h2>
        {card ? (
          <dl className="scorecard">
            <div>
              <dt>{t('scorecard.open')}</dt>
              <dd>{formatNumber(card.open, locale)}</dd>
            </div>
            <div>
              <dt>{t('scorecard.done')}</dt>
              <dd>{formatNumber(card.done, locale)}</dd>
            </div>
            <div>
              <dt>{t('scorecard.doneOnTime')}</dt>
              <dd>{formatNumber(card.doneOnTime, locale)}</dd>
            </div>
            <div>
              <dt>{t('scorecard.overdue')}</dt>
              <dd>{formatNumber(card.overdue, locale)}</dd>
            </div>
            <div>
              <dt>{t('scorecard.medianDays')}</dt>
              <dd>
                {card.medianDaysToComplete === null || card.medianDaysToComplete === undefined
                  ? '—'
                  : formatNumber(Math.round(card.medianDaysToComplete * 10) / 10, locale)}
              </dd>
            </div>
          </dl>
        ) : (
          <p>{t('organization.noAssignments')}</p>
        )}
      </section>
      <section aria-labelledby="deadlines">
        <h2 id="deadlines">{t('organization.deadlines')}</h2>
        {assignments.error && !assignments.data ? <ProblemMessage error={assignments.error} /> : null}
        {assignments.data && open.length === 0 ? <p>{t('organization.noOpen')}</p> : null}
        <ul className="card-list">
          {open.map(({ node }) => (
            <AssignmentListItemSlot.Render key={node.id} assignment={node} onChanged={changed} />
          ))}
        </ul>
      </section>
      {closed.length > 0 ? (
        <section aria-labelledby="completed">
          <h2 id="completed">{t('organization.completed')}</h2>
          <ul className="card-list">
            {closed.map(({ node }) => (
              <AssignmentListItemSlot.Render key={node.id} assignment={node} onChanged={changed} />
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
