import { useId, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { ConsultationPageQuery } from '../../gql/graphql';
import { Loading } from '../../components/Loading';
import { NotFoundPage } from '../../components/NotFoundPage';
import { PageHeading } from '../../components/PageHeading';
import { ProblemMessage } from '../../components/ProblemMessage';
import { QueryProblem } from '../../components/QueryProblem';
import { useSession } from '../../lib/session';
import '../../lib/i18n/consultations-messages';
import { useI18n } from '../../lib/i18n/i18n-context';
import { formatDateTime } from '../../lib/format';
import { usePageQuery } from '../../lib/use-page-query';
import { consultationStatusKey, decisionKey, sectionTitle } from './consultation-labels';
import './consultations.css';

const ConsultationPageDocument = graphql(`
  query ConsultationPage($id: ID!) {
    consultation(id: $id) {
      id
      title
      summary
      status
      opensAt
      closesAt
      commentCount
      reportUrl
      reportHtmlUrl
      sections {
        id
        position
        level
        heading
        body
        commentCount
        comments { id body createdAt editedAt hidden editableByMe response respondedAt accepted author { id name } }
      }
    }
  }
`);

const CommentOnSectionDocument = graphql(`
  mutation CommentOnSection($sectionId: ID!, $body: String!) {
    commentOnSection(sectionId: $sectionId, body: $body) { id }
  }
`);

const EditConsultationCommentDocument = graphql(`
  mutation EditConsultationComment($id: ID!, $body: String!) {
    editConsultationComment(id: $id, body: $body) { id body editedAt }
  }
`);

const RespondToCommentDocument = graphql(`
  mutation RespondToComment($id: ID!, $response: String!, $accepted: Boolean!) {
    respondToComment(id: $id, response: $response, accepted: $accepted) { id response accepted respondedAt }
  }
`);

const HideConsultationCommentDocument = graphql(`
  mutation HideConsultationComment($id: ID!) {
    hideConsultationComment(id: $id) { id hidden }
  }
`);

const UnhideConsultationCommentDocument = graphql(`
  mutation UnhideConsultationComment($id: ID!) {
    unhideConsultationComment(id: $id) { id hidden }
  }
`);

type Consultation = NonNullable<ConsultationPageQuery['consultation']>;
type Section = Consultation['sections'][number];
type Comment = Section['comments'][number];

/** One draft, section by section: its text, the comments under each, and the organizers' answers. */
export function ConsultationPage() {
  const { t, locale } = useI18n();
  const { id = '' } = useParams();
  const [{ data, error, fetching }, retry] = usePageQuery({ query: ConsultationPageDocument, variables: { id } });

  if (error && !data) {
    return error.graphQLErrors[0]?.extensions?.field === 'id' ? <NotFoundPage /> : <QueryProblem error={error} retry={retry} />;
  }
  if (fetching && !data) return <Loading />;
  const consultation = data?.consultation;
  if (!consultation) return <NotFoundPage />;
  const refresh = () => retry({ requestPolicy: 'network-only' });
  const introduction = t('consultation.introduction');

  return (
    <article>
      <PageHeading title={consultation.title} />
      <p>
        <span className={`badge badge--${consultation.status.toLowerCase()}`}>{t(consultationStatusKey(consultation.status))}</span>{' '}
        {consultation.status === 'DRAFT'
          ? t('consultation.opens', { date: formatDateTime(consultation.opensAt, locale) })
          : t('consultation.closes', { date: formatDateTime(consultation.closesAt, locale) })}
      </p>
      {consultation.status === 'DRAFT' ? <p className="notice">{t('consultation.draftNote')}</p> : null}
      {consultation.status === 'CLOSED' ? <p className="notice">{t('consultation.closedNote')}</p> : null}
      {consultation.summary ? <p>{consultation.summary}</p> : null}
      <p className="consultation-actions">
        <a href={consultation.reportUrl}>{t('consultation.report')}</a>
        <a href={consultation.reportHtmlUrl}>{t('consultation.reportPrintable')}</a>
      </p>
      <nav aria-label={t('consultation.contents')}>
        <ol className="consultation-toc">
          {consultation.sections.map((section) => (
            <li key={section.id}>
              <a href={`#section-${section.position}`}>{section.level === 0 ? introduction : section.heading}</a>
            </li>
          ))}
        </ol>
      </nav>
      {consultation.sections.map((section) => (
        <ConsultationSectionView
          key={section.id}
          section={section}
          open={consultation.status === 'OPEN'}
          title={sectionTitle(section, introduction)}
          onChanged={refresh}
        />
      ))}
    </article>
  );
}

function ConsultationSectionView({ section, open, title, onChanged }: { section: Section; open: boolean; title: string; onChanged: () => void }) {
  const { t, plural } = useI18n();
  const { signedIn } = useSession();
  const headingId = `section-${section.position}`;
  return (
    <section className="consultation-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {section.body ? <div className="consultation-section__body">{section.body}</div> : null}
      <h3>{plural('consultation.sectionComments', section.commentCount)}</h3>
      {section.comments.length === 0 ? <p className="muted">{t('consultation.noComments')}</p> : null}
      <ul className="consultation-comments">
        {section.comments.map((comment) => (
          <CommentView key={comment.id} comment={comment} onChanged={onChanged} />
        ))}
      </ul>
      {open ? (
        signedIn ? (
          <CommentForm section={section} title={title} onPosted={onChanged} />
        ) : (
          <p>
            <Link to="/sign-in">{t('consultation.signIn')}</Link>
          </p>
        )
      ) : null}
    </section>
  );
}

function CommentView({ comment, onChanged }: { comment: Comment; onChanged: () => void }) {
  const { t, locale } = useI18n();
  const { isOrganizer } = useSession();
  const [editing, setEditing] = useState(false);
  const [answering, setAnswering] = useState(false);
  const [hideResult, hide] = useMutation(HideConsultationCommentDocument);
  const [unhideResult, unhide] = useMutation(UnhideConsultationCommentDocument);
  const name = comment.author.name;
  const decision = decisionKey(comment.accepted);
  return (
    <li className="consultation-comment">
      <p className="muted">
        <strong>{name}</strong> · <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt, locale)}</time>
        {comment.editedAt ? ` · ${t('consultation.edited')}` : ''}
        {comment.hidden ? ` · ${t('consultation.hiddenNote')}` : ''}
      </p>
      {editing ? (
        <EditForm
          comment={comment}
          onDone={() => {
            setEditing(false);
            onChanged();
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <p className="consultation-comment__body">{comment.body}</p>
      )}
      <div className="consultation-answer">
        <p>
          <span className={`badge badge--${comment.accepted === true ? 'accepted' : comment.accepted === false ? 'rejected' : 'unanswered'}`}>
            {t(decision)}
          </span>
        </p>
        {comment.response ? (
          <p>
            <strong>{t('consultation.answerHeading')}:</strong> {comment.response}
          </p>
        ) : null}
      </div>
      <div className="consultation-actions">
        {comment.editableByMe && !editing ? (
          <button type="button" className="button" onClick={() => setEditing(true)}>
            {t('consultation.edit')}
          </button>
        ) : null}
        {isOrganizer && !comment.hidden ? (
          <button
            type="button"
            className="button"
            aria-expanded={answering}
            onClick={() => setAnswering(!answering)}
            aria-label={t(comment.response ? 'consultation.changeAnswerFor' : 'consultation.answerFor', { name })}
          >
            {t(comment.response ? 'consultation.changeAnswer' : 'consultation.answer')}
          </button>
        ) : null}
        {isOrganizer ? (
          comment.hidden ? (
            <button
              type="button"
              className="button"
              disabled={unhideResult.fetching}
              aria-label={t('consultation.unhideFor', { name })}
              onClick={() => void unhide({ id: comment.id }).then((r) => r.data && onChanged())}
            >
              {t('consultation.unhide')}
            </button>
          ) : (
            <button
              type="button"
              className="button"
              disabled={hideResult.fetching}
              aria-label={t('consultation.hideFor', { name })}
              onClick={() => void hide({ id: comment.id }).then((r) => r.data && onChanged())}
            >
              {t('consultation.hide')}
            </button>
          )
        ) : null}
      </div>
      <ProblemMessage error={hideResult.error ?? unhideResult.error} />
      {answering ? (
        <AnswerForm
          comment={comment}
          onDone={() => {
            setAnswering(false);
            onChanged();
          }}
        />
      ) : null}
    </li>
  );
}

function CommentForm({ section, title, onPosted }: { section: Section; title: string; onPosted: () => void }) {
  const { t } = useI18n();
  const id = useId();
  const [body, setBody] = useState('');
  const [status, setStatus] = useState('');
  const [result, comment] = useMutation(CommentOnSectionDocument);
  const send = async () => {
    setStatus('');
    const answer = await comment({ sectionId: section.id, body: body.trim() }, { additionalTypenames: ['ConsultationComment', 'Consultation'] });
    if (answer.data) {
      setBody('');
      setStatus(t('consultation.sent'));
      onPosted();
    }
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void send();
  };
  return (
    <form onSubmit={onSubmit} className="form">
      <div className="field">
        <label htmlFor={id}>{t('consultation.commentLabel', { section: title })}</label>
        <textarea id={id} value={body} onChange={(e) => setBody(e.target.value)} rows={3} required maxLength={5000} />
      </div>
      <ProblemMessage error={result.error} onRetry={() => void send()} />
      <p role="status">{status}</p>
      <p>
        <button type="submit" className="button button--primary" disabled={result.fetching || !body.trim()}>
          {result.fetching ? t('common.saving') : t('consultation.send')}
        </button>
      </p>
    </form>
  );
}

function EditForm({ comment, onDone, onCancel }: { comment: Comment; onDone: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  const id = useId();
  const [body, setBody] = useState(comment.body);
  const [result, edit] = useMutation(EditConsultationCommentDocument);
  const save = async () => {
    const answer = await edit({ id: comment.id, body: body.trim() });
    if (answer.data) onDone();
  };
  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div className="field">
        <label htmlFor={id}>{t('consultation.editLabel')}</label>
        <textarea id={id} value={body} onChange={(e) => setBody(e.target.value)} rows={3} required maxLength={5000} aria-describedby={`${id}-hint`} />
        <p id={`${id}-hint`} className="hint">
          {t('consultation.editHint')}
        </p>
      </div>
      <ProblemMessage error={result.error} onRetry={() => void save()} />
      <p className="consultation-actions">
        <button type="submit" className="button button--primary" disabled={result.fetching || !body.trim()}>
          {t('consultation.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('consultation.cancel')}
        </button>
      </p>
    </form>
  );
}

function AnswerForm({ comment, onDone }: { comment: Comment; onDone: () => void }) {
  const { t } = useI18n();
  const id = useId();
  const [response, setResponse] = useState(comment.response ?? '');
  const [accepted, setAccepted] = useState<boolean | null>(comment.accepted ?? null);
  const [result, respond] = useMutation(RespondToCommentDocument);
  const save = async () => {
    if (accepted === null) return;
    const answer = await respond({ id: comment.id, response: response.trim(), accepted });
    if (answer.data) onDone();
  };
  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div className="field">
        <label htmlFor={id}>{t('consultation.answerText')}</label>
        <textarea id={id} value={response} onChange={(e) => setResponse(e.target.value)} rows={3} required maxLength={5000} />
      </div>
      <fieldset className="radio-row">
        <legend>{t('consultation.decision')}</legend>
        <label>
          <input type="radio" name={`${id}-decision`} checked={accepted === true} onChange={() => setAccepted(true)} required /> {t('consultation.accepted')}
        </label>
        <label>
          <input type="radio" name={`${id}-decision`} checked={accepted === false} onChange={() => setAccepted(false)} /> {t('consultation.rejected')}
        </label>
      </fieldset>
      <ProblemMessage error={result.error} onRetry={() => void save()} />
      <p>
        <button type="submit" className="button button--primary" disabled={result.fetching || !response.trim() || accepted === null}>
          {t('consultation.sendAnswer')}
        </button>
      </p>
    </form>
  );
}
