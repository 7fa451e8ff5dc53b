import { useState } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../gql/index';
import type { AssignmentSummaryFragment } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/i18n-context';
import { formatLocalDate } from '../../lib/format';
import { useSession } from '../../lib/session';
import { AssignmentStatusBadge } from '../../components/AssignmentStatusBadge';
import { ProgressReportForm } from './ProgressReportForm';

graphql(`
  fragment AssignmentSummary on Assignment {
    id
    title
    status
    overdue
    dueOn
    progressPercent
    leadOrganization { id name }
    coordinatingOrganizations { id name }
    issue { id title }
  }
`);

/** One assignment: who leads it, by when, how far it is, what it answers; its lead organisation reports on it here. */
export function AssignmentListItem({ assignment, onChanged }: { assignment: AssignmentSummaryFragment; onChanged?: () => void }) {
  const { t } = useI18n();
  const { member, isOrganizer } = useSession();
  const [reporting, setReporting] = useState(false);
  // The server decides; this only spares others a form they could not send.
  const mayReport = (isOrganizer || member?.organization?.id === assignment.leadOrganization.id) && assignment.status !== 'CANCELLED';
  return (
    <li className={`card${assignment.overdue ? ' card--overdue' : ''}`}>
      <p className="card__title">{assignment.title}</p>
      <p>
        <AssignmentStatusBadge status={assignment.status} overdue={assignment.overdue} />
      </p>
      <dl className="facts facts--compact">
        <div>
          <dt>{t('assignment.lead')}</dt>
          <dd>
            <Link to={`/organizations/${assignment.leadOrganization.id}`}>{assignment.leadOrganization.name}</Link>
          </dd>
        </div>
        {assignment.coordinatingOrganizations.length > 0 ? (
          <div>
            <dt>{t('assignment.coordinating')}</dt>
            <dd>
              {assignment.coordinatingOrganizations.map((o, i) => (
                <span key={o.id}>
                  {i > 0 ? ', ' : ''}
                  <Link to={`/organizations/${o.id}`}>{o.name}</Link>
                </span>
              ))}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t('assignment.dueOn')}</dt>
          <dd>{formatLocalDate(assignment.dueOn)}</dd>
        </div>
        <div>
          <dt>{t('assignment.progressLabel')}</dt>
          <dd>
            <progress max={100} value={assignment.progressPercent} aria-label={t('assignment.progress', { percent: assignment.progressPercent })} />{' '}
            {t('assignment.progress', { percent: assignment.progressPercent })}
          </dd>
        </div>
        {assignment.issue ? (
          <div>
            <dt>{t('assignment.issue')}</dt>
            <dd>
              <Link to={`/issues/${assignment.issue.id}`}>{assignment.issue.title}</Link>
            </dd>
          </div>
        ) : null}
      </dl>
      {mayReport ? (
        reporting ? (
          <ProgressReportForm
            assignmentId={assignment.id}
            status={assignment.status}
            percent={assignment.progressPercent}
            onReported={() => {
              setReporting(false);
              onChanged?.();
            }}
          />
        ) : (
          <p>
            <button
              type="button"
              className="button"
              onClick={() => setReporting(true)}
              aria-label={t('assignment.report.openNamed', { title: assignment.title })}
            >
              {t('assignment.report.open')}
            </button>
          </p>
        )
      ) : null}
    </li>
  );
}
