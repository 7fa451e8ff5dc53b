import type { CombinedError } from '@urql/core';
import { problemMessageKey, problemOf, retryMinutes } from '../lib/api-errors';
import { useI18n } from '../lib/i18n/i18n-context';

/**
 * An API error as a sentence in the reader's language; a network failure offers to try again
 * (whatever was typed stays where it was).
 */
export function ProblemMessage({
  error,
  onRetry,
  fieldsShown = [],
}: {
  error: CombinedError | undefined | null;
  onRetry?: () => void;
  fieldsShown?: readonly string[];
}) {
  const { t, plural } = useI18n();
  const problem = problemOf(error);
  if (!problem) return null;
  // Said next to its field instead (FieldProblem).
  if (problem.kind === 'BAD_USER_INPUT' && problem.field && fieldsShown.includes(problem.field)) return null;
  const key = problemMessageKey(problem);
  const message =
    key === 'error.tooManyRequestsRetry'
      ? plural('error.retryInMinutes', retryMinutes(problem.retryAfterSeconds ?? 60))
      : key === 'error.badInputField'
        ? t(key, { field: fieldLabel(problem.field ?? '', t) })
        : t(key);
  return (
    <div role="alert" className="problem">
      <p>{message}</p>
      {problem.kind === 'BAD_USER_INPUT' && problem.detail ? (
        <p className="problem__detail" lang="en">
          {problem.detail}
        </p>
      ) : null}
      {onRetry && (problem.kind === 'network' || problem.kind === 'INTERNAL' || problem.kind === 'TOO_MANY_REQUESTS') ? (
        <button type="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}

/** A refused value, said next to the field it belongs to (the field points here with aria-describedby). */
export function FieldProblem({ error, field, id }: { error: CombinedError | undefined | null; field: string; id: string }) {
  const { t } = useI18n();
  const problem = problemOf(error);
  if (!problem || problem.kind !== 'BAD_USER_INPUT' || problem.field !== field) return null;
  return (
    <p id={id} role="alert" className="field-error">
      {t('error.badInputField', { field: fieldLabel(field, t) })}
      {problem.detail ? (
        <span className="problem__detail" lang="en">
          {' '}
          ({problem.detail})
        </span>
      ) : null}
    </p>
  );
}

type T = ReturnType<typeof useI18n>['t'];

/** The label of a field the server named, as the forms show it. */
function fieldLabel(field: string, t: T): string {
  const known: Record<string, Parameters<T>[0]> = {
    title: 'issues.form.title',
    description: 'issues.form.description',
    kind: 'issues.form.kind',
    topics: 'issues.form.topics',
    body: 'issues.comments.body',
    email: 'signIn.email',
    name: 'me.profile.name',
    guests: 'rsvp.guests',
    answers: 'rsvp.questions',
    reminderMinutesBefore: 'series.reminders',
    registrationQuestions: 'series.questions',
    // The ecosystem forms' fields (their words load with those pages).
    sectors: 'eco.form.sectors',
    teamSize: 'eco.form.teamSize',
    companyId: 'eco.form.company',
    foundedOn: 'eco.form.foundedOn',
    providerId: 'eco.record.provider',
    startedOn: 'eco.record.startedOn',
    endedOn: 'eco.record.endedOn',
    services: 'eco.org.services',
    latitude: 'eco.org.latitude',
    longitude: 'eco.org.longitude',
  };
  const key = known[field];
  return key ? t(key) : field;
}
