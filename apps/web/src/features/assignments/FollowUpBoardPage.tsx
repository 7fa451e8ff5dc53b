import { Link } from 'react-router';
import { graphql } from '../../gql';
import { MoreButton, useCursorPages } from '../../components/CursorPages';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { QueryProblem } from '../../components/QueryProblem';
import { useI18n } from '../../lib/i18n/i18n-context';
import { formatNumber } from '../../lib/format';
import { usePageQuery } from '../../lib/use-page-query';
import { AssignmentListItem } from './AssignmentListItem';

const OverdueBoardDocument = graphql(`
  query OverdueBoard($after: String) {
    assignments(filter: { overdue: true }, first: 20, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...AssignmentSummary } }
    }
  }
`);

const ScorecardsDocument = graphql(`
  query Scorecards {
    organizationScorecards { organization { id name } open done doneOnTime overdue medianDaysToComplete }
  }
`);

/** /organize/assignments: what is overdue, oldest deadline first, and every organisation's scorecard. */
export function FollowUpBoardPage() {
  const { t, locale } = useI18n();
  const { pages, more } = useCursorPages();
  const [cards, retryCards] = usePageQuery({ query: ScorecardsDocument });
  const refreshCards = () => retryCards({ requestPolicy: 'network-only' });
  return (
    <>
      <PageHeading title={t('followUp.title')} />
      <section aria-labelledby="overdue-board">
        <h2 id="overdue-board">{t('followUp.overdue')}</h2>
        {pages.map((after, index) => (
          <OverduePage key={after ?? 'first'} after={after} last={index === pages.length - 1} onMore={more} onChanged={refreshCards} />
        ))}
      </section>
      <section aria-labelledby="scorecards">
        <h2 id="scorecards">{t('followUp.scorecards')}</h2>
        {cards.error && !cards.data ? <QueryProblem error={cards.error} retry={retryCards} /> : null}
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t('followUp.scorecards')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('followUp.organization')}</th>
                <th scope="col">{t('scorecard.open')}</th>
                <th scope="col">{t('scorecard.overdue')}</th>
                <th scope="col">{t('scorecard.done')}</th>
                <th scope="col">{t('scorecard.doneOnTime')}</th>
                <th scope="col">{t('scorecard.medianDays')}</th>
              </tr>
            </thead>
            <tbody>
              {(cards.data?.organizationScorecards ?? []).map((card) => (
                <tr key={card.organization.id}>
                  <th scope="row">
                    <Link to={`/organizations/${card.organization.id}`}>{card.organization.name}</Link>
                  </th>
                  <td>{formatNumber(card.open, locale)}</td>
                  <td>{formatNumber(card.overdue, locale)}</td>
                  <td>{formatNumber(card.done, locale)}</td>
                  <td>{formatNumber(card.doneOnTime, locale)}</td>
                  <td>
                    {card.medianDaysToComplete === null || card.medianDaysToComplete === undefined
                      ? '—'
                      : formatNumber(Math.round(card.medianDaysToComplete * 10) / 10, locale)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}

function OverduePage({ after, last, onMore, onChanged }: { after: string | null; last: boolean; onMore: (cursor: string) => void; onChanged: () => void }) {
  const { plural } = useI18n();
  const [overdue, retry] = usePageQuery({ query: OverdueBoardDocument, variables: { after } });
  const refresh = () => {
    retry({ requestPolicy: 'network-only' });
    onChanged();
  };
  if (overdue.error && !overdue.data) return <QueryProblem error={overdue.error} retry={retry} />;
  if (!overdue.data) return overdue.fetching ? <Loading /> : null;
  const { assignments } = overdue.data;
  return (
    <>
      {after === null ? <p role="status">{plural('assignments.count', assignments.totalCount)}</p> : null}
      <ul className="card-list">
        {assignments.edges.map(({ node }) => (
          <AssignmentListItem key={node.id} assignment={node} onChanged={refresh} />
        ))}
      </ul>
      <MoreButton pageInfo={assignments.pageInfo} last={last} onMore={onMore} />
    </>
  );
}
