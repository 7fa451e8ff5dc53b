import { useEffect, useId, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { IssueKind } from '../../gql/graphql';
import { PageHeading } from '../../components/PageHeading';
import { FieldProblem, ProblemMessage } from '../../components/ProblemMessage';
import { useSession } from '../../lib/session';
import { problemOf } from '../../lib/api-errors';
import { useI18n } from '../../lib/i18n/i18n-context';
import { ISSUE_KINDS, issueKindKey, parseTopics } from '../../lib/issue-labels';
import { useDebounced } from '../../lib/use-debounced';
import { IssueStatusBadge } from '../../components/IssueStatusBadge';

const SimilarIssuesDocument = graphql(`
  query SimilarIssues($title: String!, $description: String) {
    similarIssues(title: $title, description: $description) { id title status supportCount }
  }
`);

const OrganizationsDocument = graphql(`
  query OrganizationOptions {
    organizations { id name shortName }
  }
`);

const SubmitIssueDocument = graphql(`
  mutation SubmitIssue($input: SubmitIssueInput!) {
    submitIssue(input: $input) { id }
  }
`);

interface Draft {
  title: string;
  description: string;
  kind: IssueKind;
  topics: string;
  addressedTo: string;
}

const DRAFT_KEY = 'issueDraft';
const EMPTY: Draft = { title: '', description: '', kind: 'OBSTACLE', topics: '', addressedTo: '' };

function readDraft(): Draft {
  try {
    return { ...EMPTY, ...(JSON.parse(localStorage.getItem(DRAFT_KEY) ?? '{}') as Partial<Draft>) };
  } catch {
    return EMPTY;
  }
}

/** Raise an issue: similar ones shown while typing; the draft survives a lost connection or a closed tab. */
export function NewIssuePage() {
  const { t, plural } = useI18n();
  const { signedIn, loading } = useSession();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<Draft>(readDraft);
  const ids = { title: useId(), description: useId(), kind: useId(), topics: useId(), addressedTo: useId(), error: useId() };
  const title = useDebounced(draft.title.trim(), 400);
  const [similar] = useQuery({ query: SimilarIssuesDocument, variables: { title, description: null }, pause: title.length < 4 });
  const [organizations] = useQuery({ query: OrganizationsDocument });
  const [result, submit] = useMutation(SubmitIssueDocument);
  const problem = problemOf(result.error);

  useEffect(() => {
    try {
      localStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
    } catch {
      // no storage: the draft lives as long as the page
    }
  }, [draft]);

  if (!signedIn) {
    return (
      <>
        <PageHeading title={t('issues.new.title')} />
        {loading ? null : (
          <p>
            <Link to="/sign-in">{t('issues.new.signIn')}</Link>
          </p>
        )}
      </>
    );
  }

  const change = (field: keyof Draft) => (event: { target: { value: string } }) => setDraft({ ...draft, [field]: event.target.value });
  const errorId = (field: string) => `${ids.error}-${field}`;
  const invalid = (field: string) =>
    problem?.kind === 'BAD_USER_INPUT' && problem.field === field ? { 'aria-invalid': true as const, 'aria-describedby': errorId(field) } : {};
  const fieldProblem = (field: string) => <FieldProblem error={result.error} field={field} id={errorId(field)} />;

  const send = async () => {
    const answer = await submit({
      input: {
        title: draft.title.trim(),
        description: draft.description.trim(),
        kind: draft.kind,
        topics: parseTopics(draft.topics),
        ...(draft.addressedTo ? { addressedToOrganizationId: draft.addressedTo } : {}),
      },
    });
    const id = answer.data?.submitIssue.id;
    if (id) {
      localStorage.removeItem(DRAFT_KEY);
      navigate(`/issues/${id}`);
    }
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void send();
  };

  const similarIssues = title.length >= 4 ? (similar.data?.similarIssues ?? []) : [];
  return (
    <>
      <PageHeading title={t('issues.new.title')} />
      <p>{t('issues.new.intro')}</p>
      <form onSubmit={onSubmit} className="form">
        <div className="field">
          <label htmlFor={ids.title}>{t('issues.form.title')}</label>
          <input id={ids.title} value={draft.title} onChange={change('title')} required maxLength={200} {...invalid('title')} />
          {fieldProblem('title')}
        </div>
        {similarIssues.length > 0 ? (
          <section aria-live="polite" className="similar" aria-labelledby="similar-heading">
            <h2 id="similar-heading">{t('issues.new.similar')}</h2>
            <ul>
              {similarIssues.map((issue) => (
                <li key={issue.id}>
                  <Link to={`/issues/${issue.id}`}>{issue.title}</Link> <IssueStatusBadge status={issue.status} />{' '}
                  <span className="muted">{plural('issue.supports', issue.supportCount)}</span>
                </li>
              ))}
            </ul>
            <p className="muted">{t('issues.new.similarHint')}</p>
          </section>
        ) : null}
        <div className="field">
          <label htmlFor={ids.description}>{t('issues.form.description')}</label>
          <textarea
            id={ids.description}
            value={draft.description}
            onChange={change('description')}
            required
            rows={6}
            maxLength={10000}
            {...invalid('description')}
          />
          {fieldProblem('description')}
        </div>
        <div className="field">
          <label htmlFor={ids.kind}>{t('issues.form.kind')}</label>
          <select id={ids.kind} value={draft.kind} onChange={change('kind')}>
            {ISSUE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(issueKindKey(k))}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.topics}>{t('issues.form.topics')}</label>
          <input id={ids.topics} value={draft.topics} onChange={change('topics')} aria-describedby={`${ids.topics}-hint`} {...invalid('topics')} />
          <p id={`${ids.topics}-hint`} className="hint">
            {t('issues.form.topicsHint')}
          </p>
          {fieldProblem('topics')}
        </div>
        <div className="field">
          <label htmlFor={ids.addressedTo}>{t('issues.form.addressedTo')}</label>
          <select id={ids.addressedTo} value={draft.addressedTo} onChange={change('addressedTo')}>
            <option value="">{t('issues.form.addressedToNone')}</option>
            {(organizations.data?.organizations ?? []).map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <ProblemMessage error={result.error} onRetry={() => void send()} fieldsShown={['title', 'description', 'topics']} />
        <p>
          <button type="submit" className="button button--primary" disabled={result.fetching}>
            {result.fetching ? t('common.saving') : t('issues.new.submit')}
          </button>
        </p>
      </form>
    </>
  );
}
