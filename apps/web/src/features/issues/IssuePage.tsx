import { useId, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { Loading } from '../../components/Loading';
import { NotFoundPage } from '../../components/NotFoundPage';
import { PageHeading } from '../../components/PageHeading';
import { ProblemMessage } from '../../components/ProblemMessage';
import { QueryProblem } from '../../components/QueryProblem';
import { useSession } from '../../lib/session';
import { useI18n } from '../../lib/i18n/i18n-context';
import { formatDateTime, formatLocalDate } from '../../lib/format';
import { issueKindKey } from '../../lib/issue-labels';
import { IssueStatusBadge } from '../../components/IssueStatusBadge';
import { IssueTimeline } from './IssueTimeline';
import { AssignmentStatusBadge } from '../../components/AssignmentStatusBadge';
import { usePageQuery } from '../../lib/use-page-query';
import { IssueModerationSlot } from './slots';

const IssuePageDocument = graphql(`
  query IssuePage($id: ID!) {
    issue(id: $id) {
      id
      title
      description
      kind
      status
      topics
      createdAt
      supportCount
      supportedByMe
      raisedCount
      officialResponse
      submitter { id name }
      organization { id name }
      addressedTo { id name }
      duplicateOf { id title }
      agendaItems { id meetup { id title startsAt timezone } }
      assignments { id title status overdue dueOn progressPercent leadOrganization { id name } }
      timeline { at type note meetupId actor { id name } }
      comments { id body createdAt editedAt hidden author { id name } onBehalfOf { id name } }
    }
  }
`);

const SupportDocument = graphql(`
  mutation SupportIssue($id: ID!) {
    supportIssue(id: $id) { id supportCount supportedByMe }
  }
`);

const WithdrawDocument = graphql(`
  mutation WithdrawIssueSupport($id: ID!) {
    withdrawIssueSupport(id: $id) { id supportCount supportedByMe }
  }
`);

const CommentDocument = graphql(`
  mutation AddIssueComment($issueId: ID!, $body: String!) {
    addIssueComment(issueId: $issueId, body: $body) { id }
  }
`);

/** One issue: what it asks, who supports it, the discussion, and every step to its resolution. */
export function IssuePage() {
  const { t, plural, locale } = useI18n();
  const { id = '' } = useParams();
  const { signedIn, member } = useSession();
  const [{ data, error, fetching }, retry] = usePageQuery({ query: IssuePageDocument, variables: { id } });
  const [supportResult, support] = useMutation(SupportDocument);
  const [withdrawResult, withdraw] = useMutation(WithdrawDocument);

  if (error && !data) {
    return error.graphQLErrors[0]?.extensions?.field === 'id' ? <NotFoundPage /> : <QueryProblem error={error} retry={retry} />;
  }
  if (fetching && !data) return <Loading />;
  const issue = data?.issue;
  if (!issue) return <NotFoundPage />;
  const mine = member?.id === issue.submitter.id;
  // After a change, the page asks again: a refetch that failed earlier left nothing for the cache to invalidate.
  const refresh = () => retry({ requestPolicy: 'network-only' });
  const busy = supportResult.fetching || withdrawResult.fetching;

  return (
    <article>
      <PageHeading title={issue.title} />
      <p>
        <span className="badge badge--kind">{t(issueKindKey(issue.kind))}</span> <IssueStatusBadge status={issue.status} />
      </p>
      <p className="muted">
        {t('issue.raisedBy', { name: issue.submitter.name, date: formatDateTime(issue.createdAt, locale) })}
        {issue.organization ? ` · ${issue.organization.name}` : ''}
        {issue.raisedCount > 1 ? ` · ${plural('issue.raisedTimes', issue.raisedCount)}` : ''}
      </p>
      {issue.addressedTo ? (
        <p>
          {t('issue.addressedTo')} <Link to={`/organizations/${issue.addressedTo.id}`}>{issue.addressedTo.name}</Link>
        </p>
      ) : null}
      <div className="issue-description">{issue.description}</div>
      {issue.topics.length > 0 ? (
        <p>
          {t('issue.topics')}{' '}
          {issue.topics.map((topic, i) => (
            <span key={topic}>
              {i > 0 ? ', ' : ''}
              <Link to={`/issues?topic=${encodeURIComponent(topic)}`}>{topic}</Link>
            </span>
          ))}
        </p>
      ) : null}
      {issue.duplicateOf ? (
        <p className="notice">
          {t('issue.duplicateOf')} <Link to={`/issues/${issue.duplicateOf.id}`}>{issue.duplicateOf.title}</Link>
        </p>
      ) : null}
      {issue.officialResponse ? (
        <section className="official-response" aria-labelledby="official-response">
          <h2 id="official-response">{t('issue.officialResponse')}</h2>
          <p>{issue.officialResponse}</p>
        </section>
      ) : null}

      <section className="support" aria-label={t('issue.supportLabel')}>
        <p role="status">{plural('issue.supports', issue.supportCount)}</p>
        {signedIn && !mine ? (
          issue.supportedByMe ? (
            <button type="button" className="button" disabled={busy} onClick={() => void withdraw({ id: issue.id }).then(refresh)}>
              {t('issue.withdraw')}
            </button>
          ) : (
            <button type="button" className="button button--primary" disabled={busy} onClick={() => void support({ id: issue.id }).then(refresh)}>
              {t('issue.support')}
            </button>
          )
        ) : null}
        {!signedIn ? <Link to="/sign-in">{t('issue.signInToSupport')}</Link> : null}
        <ProblemMessage error={supportResult.error ?? withdrawResult.error} />
      </section>

      {issue.agendaItems.length > 0 ? (
        <section aria-labelledby="on-agenda">
          <h2 id="on-agenda">{t('issue.onAgenda')}</h2>
          <ul>
            {issue.agendaItems.map((item) => (
              <li key={item.id}>
                <Link to={`/meetups/${item.meetup.id}`}>
                  {item.meetup.title} · {formatDateTime(item.meetup.startsAt, locale, item.meetup.timezone)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {issue.assignments.length > 0 ? (
        <section aria-labelledby="follow-up">
          <h2 id="follow-up">{t('issue.followUp')}</h2>
          <ul className="card-list">
            {issue.assignments.map((a) => (
              <li key={a.id} className="card">
                <p className="card__title">{a.title}</p>
                <p>
                  <AssignmentStatusBadge status={a.status} overdue={a.overdue} /> ·{' '}
                  <Link to={`/organizations/${a.leadOrganization.id}`}>{a.leadOrganization.name}</Link> ·{' '}
                  {t('assignment.due', { date: formatLocalDate(a.dueOn) })} · {t('assignment.progress', { percent: a.progressPercent })}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <IssueTimeline events={issue.timeline} />

      <section aria-labelledby="comments">
        <h2 id="comments">{plural('issue.comments', issue.comments.filter((c) => !c.hidden).length)}</h2>
        <ul className="comments">
          {issue.comments.map((comment) => (
            <li key={comment.id} className={comment.onBehalfOf ? 'comment comment--organization' : 'comment'}>
              <p className="muted">
                <strong>{comment.author.name}</strong>
                {comment.onBehalfOf ? (
                  <>
                    {' '}
                    <span className="badge">{t('issue.commentOnBehalfOf', { organization: comment.onBehalfOf.name })}</span>
                  </>
                ) : null}{' '}
                · <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt, locale)}</time>
                {comment.editedAt ? ` · ${t('issue.commentEdited')}` : ''}
              </p>
              <p>{comment.hidden ? <em>{t('issue.commentHidden')}</em> : comment.body}</p>
            </li>
          ))}
        </ul>
        {signedIn ? (
          <CommentForm issueId={issue.id} onPosted={refresh} />
        ) : (
          <p>
            <Link to="/sign-in">{t('issue.signInToComment')}</Link>
          </p>
        )}
      </section>
      <IssueModerationSlot.Render issueId={issue.id} />
    </article>
  );
}

function CommentForm({ issueId, onPosted }: { issueId: string; onPosted: () => void }) {
  const { t } = useI18n();
  const id = useId();
  const [body, setBody] = useState('');
  const [result, comment] = useMutation(CommentDocument);
  const send = async () => {
    const answer = await comment({ issueId, body: body.trim() }, { additionalTypenames: ['IssueComment', 'Issue'] });
    if (answer.data) {
      setBody('');
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
        <label htmlFor={id}>{t('issues.comments.body')}</label>
        <textarea id={id} value={body} onChange={(e) => setBody(e.target.value)} rows={3} required maxLength={5000} />
      </div>
      <ProblemMessage error={result.error} onRetry={() => void send()} />
      <p>
        <button type="submit" className="button" disabled={result.fetching || !body.trim()}>
          {result.fetching ? t('common.saving') : t('issues.comments.send')}
        </button>
      </p>
    </form>
  );
}
