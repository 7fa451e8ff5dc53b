import { Link } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { MoreButton, useCursorPages } from '../../components/CursorPages';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { ProblemMessage } from '../../components/ProblemMessage';
import { QueryProblem } from '../../components/QueryProblem';
import { useI18n } from '../../lib/i18n/i18n-context';
import { formatDateTime } from '../../lib/format';
import { usePageQuery } from '../../lib/use-page-query';
import { issueStatusKey } from '../../lib/issue-labels';
import '../../components/console.css';

const HiddenIssuesDocument = graphql(`
  query HiddenIssues($after: String) {
    issues(filter: { hidden: true }, first: 20, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id title status createdAt hiddenReason submitter { id name } } }
    }
  }
`);

const AwaitingIssuesDocument = graphql(`
  query AwaitingIssues($after: String) {
    issues(filter: { status: SUBMITTED, hidden: false }, first: 20, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id title createdAt supportCount submitter { id name } } }
    }
  }
`);

const UnhideFromListDocument = graphql(`
  mutation UnhideIssueFromList($id: ID!) {
    unhideIssue(id: $id) { id hidden hiddenReason }
  }
`);

/** Moderation: what is hidden from members and why (to show again), and what waits for a decision. */
export function ModerationPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading title={t('moderation.title')} />
      <p className="muted">{t('moderation.intro')}</p>
      <HiddenIssues />
      <AwaitingIssues />
    </>
  );
}

function HiddenIssues() {
  const { t } = useI18n();
  const { pages, more } = useCursorPages();
  return (
    <section aria-labelledby="hidden-issues">
      <h2 id="hidden-issues">{t('moderation.hidden.title')}</h2>
      {pages.map((after, index) => (
        <HiddenIssuesPage key={after ?? 'first'} after={after} last={index === pages.length - 1} onMore={more} />
      ))}
    </section>
  );
}

function HiddenIssuesPage({ after, last, onMore }: { after: string | null; last: boolean; onMore: (cursor: string) => void }) {
  const { t, plural, locale } = useI18n();
  const [{ data, error, fetching }, retry] = usePageQuery({ query: HiddenIssuesDocument, variables: { after }, requestPolicy: 'cache-and-network' });
  const [unhideResult, unhide] = useMutation(UnhideFromListDocument);
  const refresh = () => retry({ requestPolicy: 'network-only' });
  return (
    <>
      {error && !data ? <QueryProblem error={error} retry={retry} /> : null}
      {!data && fetching ? <Loading /> : null}
      {data ? (
        <>
          {after === null ? <p role="status">{plural('moderation.hidden.count', data.issues.totalCount)}</p> : null}
          <ProblemMessage error={unhideResult.error} />
          <ul className="card-list">
            {data.issues.edges.map(({ node }) => (
              <li key={node.id} className="card">
                <p className="card__title">
                  <Link to={`/issues/${node.id}`}>{node.title}</Link>
                </p>
                <p className="muted">
                  {t('moderation.raisedBy', { name: node.submitter.name, date: formatDateTime(node.createdAt, locale) })} · {t(issueStatusKey(node.status))}
                </p>
                <p>{t('moderation.hidden.reason', { reason: node.hiddenReason ?? '' })}</p>
                <p>
                  <button
                    type="button"
                    disabled={unhideResult.fetching}
                    aria-label={t('moderation.hidden.unhideThis', { title: node.title })}
                    onClick={() => void unhide({ id: node.id }, { additionalTypenames: ['Issue'] }).then(refresh)}
                  >
                    {t('moderation.hide.unhide')}
                  </button>
                </p>
              </li>
            ))}
          </ul>
          <MoreButton pageInfo={data.issues.pageInfo} last={last} onMore={onMore} />
        </>
      ) : null}
    </>
  );
}

function AwaitingIssues() {
  const { t } = useI18n();
  const { pages, more } = useCursorPages();
  return (
    <section aria-labelledby="awaiting-issues">
      <h2 id="awaiting-issues">{t('moderation.awaiting.title')}</h2>
      <p className="muted">{t('moderation.awaiting.hint')}</p>
      {pages.map((after, index) => (
        <AwaitingIssuesPage key={after ?? 'first'} after={after} last={index === pages.length - 1} onMore={more} />
      ))}
    </section>
  );
}

function AwaitingIssuesPage({ after, last, onMore }: { after: string | null; last: boolean; onMore: (cursor: string) => void }) {
  const { t, plural, locale } = useI18n();
  const [{ data, error, fetching }, retry] = usePageQuery({ query: AwaitingIssuesDocument, variables: { after }, requestPolicy: 'cache-and-network' });
  return (
    <>
      {error && !data ? <QueryProblem error={error} retry={retry} /> : null}
      {!data && fetching ? <Loading /> : null}
      {data ? (
        <>
          {after === null ? <p>{plural('moderation.awaiting.count', data.issues.totalCount)}</p> : null}
          <ul className="card-list">
            {data.issues.edges.map(({ node }) => (
              <li key={node.id} className="card">
                <p className="card__title">
                  <Link to={`/issues/${node.id}`}>{node.title}</Link>
                </p>
                <p className="muted">
                  {t('moderation.raisedBy', { name: node.submitter.name, date: formatDateTime(node.createdAt, locale) })} ·{' '}
                  {plural('moderation.supports', node.supportCount)}
                </p>
              </li>
            ))}
          </ul>
          <MoreButton pageInfo={data.issues.pageInfo} last={last} onMore={onMore} />
        </>
      ) : null}
    </>
  );
}
