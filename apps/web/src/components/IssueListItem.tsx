import { Link } from 'react-router';
import { graphql } from '../gql/index';
import type { IssueSummaryFragment } from '../gql/graphql';
import { useI18n } from '../lib/i18n/i18n-context';
import { formatDate } from '../lib/format';
import { issueKindKey } from '../lib/issue-labels';
import { IssueStatusBadge } from './IssueStatusBadge';

graphql(`
  fragment IssueSummary on Issue {
    id
    title
    kind
    status
    topics
    supportCount
    createdAt
    submitter { id name }
  }
`);

export function IssueListItem({ issue }: { issue: IssueSummaryFragment }) {
  const { t, plural, locale } = useI18n();
  return (
    <li className="card">
      <Link to={`/issues/${issue.id}`} className="card__title">
        {issue.title}
      </Link>
      <p>
        <span className="badge badge--kind">{t(issueKindKey(issue.kind))}</span> <IssueStatusBadge status={issue.status} />
      </p>
      <p className="muted">
        {plural('issue.supports', issue.supportCount)} · {t('issue.raisedBy', { name: issue.submitter.name, date: formatDate(issue.createdAt, locale) })}
        {issue.topics.length > 0 ? ` · ${issue.topics.join(', ')}` : ''}
      </p>
    </li>
  );
}
