import { useId, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import type { IssueKind, IssueStatus } from '../../gql/graphql';
import { MoreButton } from '../../components/CursorPages';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { QueryProblem } from '../../components/QueryProblem';
import { useI18n } from '../../lib/i18n/i18n-context';
import { ISSUE_KINDS, ISSUE_STATUSES, issueKindKey, issueStatusKey } from '../../lib/issue-labels';
import { IssueListItem } from '../../components/IssueListItem';
import { useDebounced } from '../../lib/use-debounced';
import { usePageQuery } from '../../lib/use-page-query';

const IssueListDocument = graphql(`
  query IssueList($filter: IssueFilter, $after: String) {
    issues(filter: $filter, first: 20, after: $after) {
      totalCount
      edges { node { ...IssueSummary } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

/** Issues and proposals: search as you type (accents optional), filters kept in the URL. */
export function IssuesPage() {
  const { t, plural } = useI18n();
  const [params, setParams] = useSearchParams();
  const [query, setQuery] = useState(params.get('q') ?? '');
  const search = useDebounced(query.trim(), 250);
  const kind = (params.get('kind') ?? '') as IssueKind | '';
  const status = (params.get('status') ?? '') as IssueStatus | '';
  const topic = params.get('topic') ?? '';
  const [pages, setPages] = useState<(string | null)[]>([null]);
  const ids = { search: useId(), kind: useId(), status: useId(), topic: useId() };

  const filter = { ...(search ? { search } : {}), ...(kind ? { kind } : {}), ...(status ? { status } : {}), ...(topic ? { topic } : {}) };
  const setParam = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
    setPages([null]);
  };

  return (
    <>
      <PageHeading title={t('issues.title')} />
      <p>
        <Link to="/issues/new" className="button button--primary">
          {t('issues.raise')}
        </Link>
      </p>
      <form role="search" className="filters" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor={ids.search}>{t('issues.search')}</label>
          <input
            id={ids.search}
            type="search"
            value={query}
            placeholder={t('issues.searchPlaceholder')}
            onChange={(e) => {
              setQuery(e.target.value);
              setParam('q', e.target.value.trim());
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.kind}>{t('issues.filter.kind')}</label>
          <select id={ids.kind} value={kind} onChange={(e) => setParam('kind', e.target.value)}>
            <option value="">{t('issues.filter.any')}</option>
            {ISSUE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(issueKindKey(k))}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.status}>{t('issues.filter.status')}</label>
          <select id={ids.status} value={status} onChange={(e) => setParam('status', e.target.value)}>
            <option value="">{t('issues.filter.any')}</option>
            {ISSUE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(issueStatusKey(s))}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.topic}>{t('issues.filter.topic')}</label>
          <input id={ids.topic} value={topic} onChange={(e) => setParam('topic', e.target.value)} />
        </div>
      </form>
      {pages.map((after, index) => (
        <IssueResults
          key={after ?? 'first'}
          filter={filter}
          after={after}
          last={index === pages.length - 1}
          onMore={(cursor) => setPages([...pages, cursor])}
          plural={plural}
          showCount={index === 0}
        />
      ))}
    </>
  );
}

function IssueResults({
  filter,
  after,
  last,
  onMore,
  plural,
  showCount,
}: {
  filter: Record<string, string>;
  after: string | null;
  last: boolean;
  onMore: (cursor: string) => void;
  plural: ReturnType<typeof useI18n>['plural'];
  showCount: boolean;
}) {
  const { t } = useI18n();
  const [{ data, error, fetching }, retry] = usePageQuery({ query: IssueListDocument, variables: { filter, after } });
  if (error && !data) return <QueryProblem error={error} retry={retry} />;
  if (!data) return fetching ? <Loading /> : null;
  const { issues } = data;
  return (
    <>
      {showCount ? (
        <p role="status" className="result-count">
          {plural('issues.count', issues.totalCount)}
        </p>
      ) : null}
      {showCount && issues.totalCount === 0 ? <p>{t('issues.none')}</p> : null}
      <ul className="card-list" aria-busy={fetching}>
        {issues.edges.map(({ node }) => (
          <IssueListItem key={node.id} issue={node} />
        ))}
      </ul>
      <MoreButton pageInfo={issues.pageInfo} last={last} onMore={onMore} />
    </>
  );
}
