import type { AssignmentStatus } from '../gql/graphql';
import { useI18n } from '../lib/i18n/i18n-context';

export function AssignmentStatusBadge({ status, overdue }: { status: AssignmentStatus; overdue: boolean }) {
  const { t } = useI18n();
  return (
    <>
      <span className={`badge badge--${status.toLowerCase()}`}>{t(`assignment.status.${status}`)}</span>
      {overdue ? (
        <>
          {' '}
          <span className="badge badge--overdue">{t('assignment.overdue')}</span>
        </>
      ) : null}
    </>
  );
}
