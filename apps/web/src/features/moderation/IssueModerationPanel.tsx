import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { IssueStatus } from '../../gql/graphql';
import { FieldProblem, ProblemMessage } from '../../components/ProblemMessage';
import { useSession } from '../../lib/session';
import { useI18n } from '../../lib/i18n/i18n-context';
import { issueStatusKey } from '../../lib/issue-labels';
import { useDebounced } from '../../lib/use-debounced';
import { isOrganizerRole } from '../../lib/roles';
import '../../components/console.css';

const IssueModerationDocument = graphql(`
  query IssueModeration($id: ID!) {
    issue(id: $id) {
      id
      title
      status
      allowedNextStatuses
      hidden
      hiddenReason
      officialResponse
      comments { id body hidden hiddenReason author { id name } }
    }
  }
`);

const DuplicateCandidatesDocument = graphql(`
  query DuplicateCandidates($search: String!) {
    issues(filter: { search: $search }, first: 10) {
      edges { node { id title status } }
    }
  }
`);

const SetIssueStatusDocument = graphql(`
  mutation SetIssueStatus($id: ID!, $status: IssueStatus!, $note: String, $duplicateOfId: ID) {
    setIssueStatus(id: $id, status: $status, note: $note, duplicateOfId: $duplicateOfId) { id status allowedNextStatuses officialResponse duplicateOf { id title } }
  }
`);

const HideIssueDocument = graphql(`
  mutation HideIssue($id: ID!, $reason: String!) {
    hideIssue(id: $id, reason: $reason) { id hidden hiddenReason }
  }
`);

const UnhideIssueDocument = graphql(`
  mutation UnhideIssue($id: ID!) {
    unhideIssue(id: $id) { id hidden hiddenReason }
  }
`);

const HideCommentDocument = graphql(`
  mutation HideIssueComment($id: ID!, $reason: String) {
    hideIssueComment(id: $id, reason: $reason) { id hidden hiddenReason }
  }
`);

const UnhideCommentDocument = graphql(`
  mutation UnhideIssueComment($id: ID!) {
    unhideIssueComment(id: $id) { id hidden hiddenReason }
  }
`);

const REFRESH = { additionalTypenames: ['Issue', 'IssueComment', 'IssueEvent'] };

/**
 * Moderation of one issue, on its page, for organizers only (the server still decides): a status
 * change with a note that becomes the official response, marking it a duplicate of another,
 * hiding it with a reason or showing it again, and hiding comments.
 */
export function IssueModerationPanel({ issueId }: { issueId: string }) {
  const { member } = useSession();
  if (!isOrganizerRole(member?.role)) return null;
  return <ModerationControls issueId={issueId} />;
}

function ModerationControls({ issueId }: { issueId: string }) {
  const { t } = useI18n();
  const [{ data, error }] = useQuery({ query: IssueModerationDocument, variables: { id: issueId }, requestPolicy: 'cache-and-network' });
  const issue = data?.issue;
  return (
    <section className="moderation-panel" aria-labelledby="moderation-panel">
      <h2 id="moderation-panel">{t('moderation.panel.title')}</h2>
      <ProblemMessage error={error} />
      {issue ? (
        <>
          <StatusForm issueId={issue.id} status={issue.status} choices={issue.allowedNextStatuses} />
          <HideIssueForm issueId={issue.id} hidden={issue.hidden ?? false} reason={issue.hiddenReason ?? null} />
          <CommentModeration comments={issue.comments} />
        </>
      ) : null}
    </section>
  );
}

function StatusForm({ issueId, status, choices }: { issueId: string; status: IssueStatus; choices: readonly IssueStatus[] }) {
  const { t } = useI18n();
  const ids = { status: useId(), note: useId(), search: useId(), statusError: useId(), duplicateError: useId() };
  const [next, setNext] = useState<IssueStatus | ''>('');
  const [note, setNote] = useState('');
  const [duplicateOf, setDuplicateOf] = useState<{ id: string; title: string } | null>(null);
  const [done, setDone] = useState(false);
  const [result, setStatus] = useMutation(SetIssueStatusDocument);
  if (choices.length === 0) {
    return (
      <div className="moderation-block">
        <h3>{t('moderation.status.title')}</h3>
        <p role="status">{done ? t('moderation.status.done') : ''}</p>
        <p>{t('moderation.status.final', { status: t(issueStatusKey(status)) })}</p>
      </div>
    );
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!next) return;
    setDone(false);
    const answer = await setStatus(
      { id: issueId, status: next, note: note.trim() || null, duplicateOfId: next === 'DUPLICATE' ? (duplicateOf?.id ?? null) : null },
      REFRESH,
    );
    if (answer.data) {
      setNext('');
      setNote('');
      setDuplicateOf(null);
      setDone(true);
    }
  };
  const needsOriginal = next === 'DUPLICATE' && !duplicateOf;
  return (
    <form className="moderation-block form" onSubmit={(e) => void submit(e)}>
      <h3>{t('moderation.status.title')}</h3>
      <p className="muted">{t('moderation.status.current', { status: t(issueStatusKey(status)) })}</p>
      <div className="field">
        <label htmlFor={ids.status}>{t('moderation.status.next')}</label>
        <select id={ids.status} value={next} onChange={(e) => setNext(e.target.value as IssueStatus | '')} required>
          <option value="">{t('moderation.status.choose')}</option>
          {choices.map((s) => (
            <option key={s} value={s}>
              {t(issueStatusKey(s))}
            </option>
          ))}
        </select>
        <FieldProblem error={result.error} field="status" id={ids.statusError} />
      </div>
      {next === 'DUPLICATE' ? <DuplicatePicker issueId={issueId} inputId={ids.search} chosen={duplicateOf} onChoose={setDuplicateOf} /> : null}
      <FieldProblem error={result.error} field="duplicateOfId" id={ids.duplicateError} />
      <div className="field">
        <label htmlFor={ids.note}>{t('moderation.status.note')}</label>
        <textarea id={ids.note} value={note} onChange={(e) => setNote(e.target.value)} rows={3} maxLength={5000} aria-describedby={`${ids.note}-hint`} />
        <p id={`${ids.note}-hint`} className="hint">
          {t('moderation.status.noteHint')}
        </p>
      </div>
      <ProblemMessage error={result.error} fieldsShown={['status', 'duplicateOfId']} />
      <p role="status">{done ? t('moderation.status.done') : ''}</p>
      <p>
        <button type="submit" className="button button--primary" disabled={!next || needsOriginal || result.fetching}>
          {result.fetching ? t('common.saving') : t('moderation.status.submit')}
        </button>
      </p>
    </form>
  );
}

/** Find the original by words from its title; choose it from the results. */
function DuplicatePicker({
  issueId,
  inputId,
  chosen,
  onChoose,
}: {
  issueId: string;
  inputId: string;
  chosen: { id: string; title: string } | null;
  onChoose: (issue: { id: string; title: string } | null) => void;
}) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const search = useDebounced(text.trim(), 250);
  const [{ data, fetching }] = useQuery({ query: DuplicateCandidatesDocument, variables: { search }, pause: search.length < 2 });
  const candidates = (data?.issues.edges ?? []).map((e) => e.node).filter((node) => node.id !== issueId && node.status !== 'DUPLICATE');
  return (
    <fieldset className="moderation-picker">
      <legend>{t('moderation.duplicate.legend')}</legend>
      {chosen ? (
        <p>
          {t('moderation.duplicate.chosen', { title: chosen.title })}{' '}
          <button type="button" onClick={() => onChoose(null)}>
            {t('moderation.duplicate.change')}
          </button>
        </p>
      ) : (
        <>
          <div className="field">
            <label htmlFor={inputId}>{t('moderation.duplicate.search')}</label>
            <input id={inputId} type="search" value={text} onChange={(e) => setText(e.target.value)} />
          </div>
          {search.length >= 2 && !fetching && candidates.length === 0 ? <p>{t('moderation.duplicate.none')}</p> : null}
          {candidates.length > 0 ? (
            <ul className="moderation-candidates" aria-label={t('moderation.duplicate.results')}>
              {candidates.map((c) => (
                <li key={c.id}>
                  <span>{c.title}</span>{' '}
                  <button
                    type="button"
                    onClick={() => onChoose({ id: c.id, title: c.title })}
                    aria-label={t('moderation.duplicate.chooseThis', { title: c.title })}
                  >
                    {t('moderation.duplicate.choose')}
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </>
      )}
    </fieldset>
  );
}

function HideIssueForm({ issueId, hidden, reason }: { issueId: string; hidden: boolean; reason: string | null }) {
  const { t } = useI18n();
  const ids = { reason: useId(), error: useId() };
  const [text, setText] = useState('');
  const [hideResult, hide] = useMutation(HideIssueDocument);
  const [unhideResult, unhide] = useMutation(UnhideIssueDocument);
  const busy = hideResult.fetching || unhideResult.fetching;
  if (hidden) {
    return (
      <div className="moderation-block">
        <h3>{t('moderation.hide.title')}</h3>
        <p className="notice">{t('moderation.hide.isHidden', { reason: reason ?? '' })}</p>
        <ProblemMessage error={unhideResult.error} />
        <p>
          <button type="button" className="button" disabled={busy} onClick={() => void unhide({ id: issueId }, REFRESH)}>
            {t('moderation.hide.unhide')}
          </button>
        </p>
      </div>
    );
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await hide({ id: issueId, reason: text.trim() }, REFRESH);
    if (answer.data) setText('');
  };
  return (
    <form className="moderation-block form" onSubmit={(e) => void submit(e)}>
      <h3>{t('moderation.hide.title')}</h3>
      <div className="field">
        <label htmlFor={ids.reason}>{t('moderation.hide.reason')}</label>
        <input
          id={ids.reason}
          value={text}
          onChange={(e) => setText(e.target.value)}
          required
          maxLength={2000}
          aria-invalid={hideResult.error ? true : undefined}
          aria-describedby={hideResult.error ? ids.error : undefined}
        />
        <FieldProblem error={hideResult.error} field="reason" id={ids.error} />
      </div>
      <ProblemMessage error={hideResult.error} fieldsShown={['reason']} />
      <p>
        <button type="submit" className="button button--danger" disabled={busy || !text.trim()}>
          {t('moderation.hide.submit')}
        </button>
      </p>
    </form>
  );
}

type ModeratedComment = { id: string; body: string; hidden: boolean; hiddenReason?: string | null; author: { id: string; name: string } };

function CommentModeration({ comments }: { comments: ModeratedComment[] }) {
  const { t } = useI18n();
  return (
    <div className="moderation-block">
      <h3>{t('moderation.comments.title')}</h3>
      {comments.length === 0 ? <p>{t('moderation.comments.none')}</p> : null}
      <ul className="moderation-comments">
        {comments.map((comment) => (
          <CommentRow key={comment.id} comment={comment} />
        ))}
      </ul>
    </div>
  );
}

function CommentRow({ comment }: { comment: ModeratedComment }) {
  const { t } = useI18n();
  const reasonId = useId();
  const [reason, setReason] = useState('');
  const [hideResult, hide] = useMutation(HideCommentDocument);
  const [unhideResult, unhide] = useMutation(UnhideCommentDocument);
  const busy = hideResult.fetching || unhideResult.fetching;
  return (
    <li className={comment.hidden ? 'moderation-comment moderation-comment--hidden' : 'moderation-comment'}>
      <p>
        <strong>{comment.author.name}</strong>: {comment.body}
      </p>
      {comment.hidden ? (
        <>
          <p className="muted">
            {comment.hiddenReason ? t('moderation.comments.hiddenBecause', { reason: comment.hiddenReason }) : t('moderation.comments.hidden')}
          </p>
          <button
            type="button"
            disabled={busy}
            onClick={() => void unhide({ id: comment.id }, REFRESH)}
            aria-label={t('moderation.comments.unhideOf', { name: comment.author.name })}
          >
            {t('moderation.comments.unhide')}
          </button>
        </>
      ) : (
        <form
          className="moderation-inline"
          onSubmit={(e) => {
            e.preventDefault();
            void hide({ id: comment.id, reason: reason.trim() || null }, REFRESH).then((answer) => answer.data && setReason(''));
          }}
        >
          <label htmlFor={reasonId}>{t('moderation.comments.reasonFor', { name: comment.author.name })}</label>
          <input id={reasonId} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={2000} />
          <button type="submit" disabled={busy} aria-label={t('moderation.comments.hideOf', { name: comment.author.name })}>
            {t('moderation.comments.hide')}
          </button>
        </form>
      )}
      <ProblemMessage error={hideResult.error ?? unhideResult.error} />
    </li>
  );
}
