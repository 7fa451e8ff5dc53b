import { useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import type { AssignmentStatus } from '../../gql/graphql';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { QueryProblem } from '../../components/QueryProblem';
import { useI18n } from '../../lib/i18n/i18n-context';
import { AssignmentListItem } from './AssignmentListItem';
import { usePageQuery } from '../../lib/use-page-query';

const AssignmentListDocument = graphql(`
  query AssignmentList($filter: AssignmentFilter, $after: String) {
    assignments(filter: $filter, first: 20, after: $after) {
      totalCount
      edges { node { ...AssignmentSummary } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const STATUSES: readonly AssignmentStatus[] = ['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED'];

/** Follow-up: the assignments by due date, with status and overdue flags. */
export function AssignmentsPage() {
  const { t, plural } = useI18n();
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') ?? '') as AssignmentStatus | '';
  const overdue = params.get('overdue') === '1';
  const [after, setAfter] = useState<string[]>([]);
  const ids = { status: useId(), overdue: useId() };
  const filter = { ...(status ? { status } : {}), ...(overdue ? { overdue: true } : {}) };
  const [{ data, error, fetching }, retry] = usePageQuery({ query: AssignmentListDocument, variables: { filter, after: after[after.length - 1] ?? null } });
  const setParam = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
    setAfter([]);
  };
  return (
    <>
      <PageHeading title={t('assignments.title')} />
      <p>{t('assignments.intro')}</p>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor={ids.status}>{t('assignments.filter.status')}</label>
          <select id={ids.status} value={status} onChange={(e) => setParam('status', e.target.value)}>
            <option value="">{t('issues.filter.any')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`assignment.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--checkbox">
          <input id={ids.overdue} type="checkbox" checked={overdue} onChange={(e) => setParam('overdue', e.target.checked ? '1' : '')} />
          <label htmlFor={ids.overdue}>{t('assignments.filter.overdue')}</label>
        </div>
      </form>
      {error && !data ? <QueryProblem error={error} retry={retry} /> : null}
      {fetching && !data ? <Loading /> : null}
      {data ? (
        <>
          <p role="status">{plural('assignments.count', data.assignments.totalCount)}</p>
          <ul className="card-list">
            {data.assignments.edges.map(({ node }) => (
              <AssignmentListItem key={node.id} assignment={node} onChanged={() => retry({ requestPolicy: 'network-only' })} />
            ))}
          </ul>
          <p className="button-row">
            {after.length > 0 ? (
              <button type="button" onClick={() => setAfter(after.slice(0, -1))}>
                {t('common.previous')}
              </button>
            ) : null}
            {data.assignments.pageInfo.hasNextPage && data.assignments.pageInfo.endCursor ? (
              <button type="button" onClick={() => setAfter([...after, data.assignments.pageInfo.endCursor!])}>
                {t('common.next')}
              </button>
            ) : null}
          </p>
        </>
      ) : null}
    </>
  );
}
