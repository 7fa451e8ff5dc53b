import type { IssueStatus } from '../gql/graphql';
import { useI18n } from '../lib/i18n/i18n-context';
import { issueStatusKey } from '../lib/issue-labels';

export function IssueStatusBadge({ status }: { status: IssueStatus }) {
  const { t } = useI18n();
  return <span className={`badge badge--${status.toLowerCase()}`}>{t(issueStatusKey(status))}</span>;
}
