import { useId, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { AssignmentStatus } from '../../gql/graphql';
import { FieldProblem, ProblemMessage } from '../../components/ProblemMessage';
import { useI18n } from '../../lib/i18n/i18n-context';

const ReportProgressDocument = graphql(`
  mutation ReportProgress($id: ID!, $input: AssignmentProgressInput!) {
    reportAssignmentProgress(id: $id, input: $input) { id status progressPercent overdue }
  }
`);

const STATUSES: readonly AssignmentStatus[] = ['OPEN', 'IN_PROGRESS', 'DONE'];

/** Members of the lead organisation (and organizers) report how far an assignment is. */
export function ProgressReportForm({
  assignmentId,
  status: initialStatus,
  percent: initialPercent,
  onReported,
}: {
  assignmentId: string;
  status: AssignmentStatus;
  percent: number;
  onReported: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [note, setNote] = useState('');
  const [percent, setPercent] = useState(initialPercent);
  const [status, setStatus] = useState<AssignmentStatus>(initialStatus === 'CANCELLED' ? 'OPEN' : initialStatus);
  const [result, report] = useMutation(ReportProgressDocument);
  const send = async () => {
    const answer = await report({ id: assignmentId, input: { note: note.trim() || null, progressPercent: status === 'DONE' ? 100 : percent, status } });
    if (answer.data) {
      setNote('');
      onReported();
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send();
  };
  return (
    <form onSubmit={submit} className="form progress-form">
      <div className="field">
        <label htmlFor={`${id}-note`}>{t('assignment.report.note')}</label>
        <textarea id={`${id}-note`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} maxLength={5000} />
        <FieldProblem error={result.error} field="note" id={`${id}-note-error`} />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-percent`}>{t('assignment.report.percent')}</label>
          <input id={`${id}-percent`} type="number" min={0} max={100} value={percent} onChange={(e) => setPercent(Number(e.target.value))} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-status`}>{t('assignments.filter.status')}</label>
          <select id={`${id}-status`} value={status} onChange={(e) => setStatus(e.target.value as AssignmentStatus)}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`assignment.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ProblemMessage error={result.error} onRetry={() => void send()} fieldsShown={['note']} />
      <p>
        <button type="submit" className="button button--primary" disabled={result.fetching}>
          {t('assignment.report.send')}
        </button>
      </p>
    </form>
  );
}
