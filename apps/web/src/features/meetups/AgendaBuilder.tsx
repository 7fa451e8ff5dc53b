import { useId, useState, type DragEvent, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { ProblemMessage } from '../../components/ProblemMessage';
import { useI18n } from '../../lib/i18n/i18n-context';
import { IssueStatusBadge } from '../../components/IssueStatusBadge';
import { MeetupAdminFrame, type AdminMeetup } from '../../components/MeetupAdminFrame';
import { moveItem } from './agenda-order';

const BacklogDocument = graphql(`
  query AgendaBacklog {
    issues(filter: { status: SUBMITTED, hidden: false, mostSupported: true }, first: 20) {
      edges { node { id title kind supportCount } }
    }
  }
`);

const PreviousAgendaDocument = graphql(`
  query PreviousAgenda($seriesId: ID!, $before: DateTime!) {
    meetups(filter: { seriesId: $seriesId, to: $before, newestFirst: true, status: SCHEDULED }, first: 1) {
      edges { node { id startsAt agenda { id issue { id title status } } } }
    }
  }
`);

const ScheduleDocument = graphql(`
  mutation ScheduleIssue($issueId: ID!, $meetupId: ID!) {
    scheduleIssue(issueId: $issueId, meetupId: $meetupId) { id }
  }
`);

const AddItemDocument = graphql(`
  mutation AddAgendaItem($meetupId: ID!, $input: AgendaItemInput!) {
    addAgendaItem(meetupId: $meetupId, input: $input) { id }
  }
`);

const ReorderDocument = graphql(`
  mutation ReorderAgenda($meetupId: ID!, $itemIds: [ID!]!) {
    reorderAgenda(meetupId: $meetupId, itemIds: $itemIds) { id position }
  }
`);

const RemoveItemDocument = graphql(`
  mutation RemoveAgendaItem($id: ID!) {
    removeAgendaItem(id: $id) { id }
  }
`);

/** /organize/meetups/:id/agenda */
export function AgendaBuilderPage() {
  const { id = '' } = useParams();
  return <MeetupAdminFrame id={id}>{(meetup, refresh) => <AgendaBuilder meetup={meetup} refresh={refresh} />}</MeetupAdminFrame>;
}

/**
 * The agenda of one date: the backlog of open issues by support, free items with presenter and
 * duration, the order by drag and drop or with the Up/Down buttons, and what the last date did not reach.
 */
function AgendaBuilder({ meetup, refresh }: { meetup: AdminMeetup; refresh: () => void }) {
  const { t, plural } = useI18n();
  const [backlog, refetchBacklog] = useQuery({ query: BacklogDocument, requestPolicy: 'network-only' });
  const [previous] = useQuery({ query: PreviousAgendaDocument, variables: { seriesId: meetup.series.id, before: meetup.startsAt } });
  const [scheduled, schedule] = useMutation(ScheduleDocument);
  const [reordered, reorder] = useMutation(ReorderDocument);
  const [removed, remove] = useMutation(RemoveItemDocument);
  const [dragging, setDragging] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const items = meetup.agenda;
  const onAgenda = new Set(items.map((item) => item.issue?.id).filter(Boolean));
  const carryOver = (previous.data?.meetups.edges[0]?.node.agenda ?? [])
    .map((item) => item.issue)
    .filter((issue): issue is NonNullable<typeof issue> => Boolean(issue && issue.status === 'ON_AGENDA' && !onAgenda.has(issue.id)));

  const after = () => {
    refresh();
    refetchBacklog({ requestPolicy: 'network-only' });
  };
  const add = async (issueId: string) => {
    const answer = await schedule({ issueId, meetupId: meetup.id });
    if (answer.data) after();
  };
  const order = async (ids: string[], moved: string, position: number) => {
    const answer = await reorder({ meetupId: meetup.id, itemIds: ids });
    if (answer.data) {
      setAnnouncement(t('agenda.moved', { title: moved, position }));
      refresh();
    }
  };
  const move = (index: number, to: number) => {
    const ids = moveItem(
      items.map((item) => item.id),
      index,
      to,
    );
    void order(ids, items[index].title, to + 1);
  };
  const onDrop = (event: DragEvent, targetIndex: number) => {
    event.preventDefault();
    const from = items.findIndex((item) => item.id === dragging);
    setDragging(null);
    if (from >= 0 && from !== targetIndex) move(from, targetIndex);
  };

  return (
    <div className="agenda-builder">
      <section aria-labelledby="agenda-now">
        <h2 id="agenda-now">{t('agenda.title')}</h2>
        <p className="hint">{t('agenda.reorderHint')}</p>
        {items.length === 0 ? <p>{t('agenda.empty')}</p> : null}
        <ol className="agenda-items">
          {items.map((item, index) => (
            <li
              key={item.id}
              draggable
              onDragStart={() => setDragging(item.id)}
              onDragOver={(event) => event.preventDefault()}
              onDrop={(event) => onDrop(event, index)}
              className={dragging === item.id ? 'dragging' : undefined}
            >
              <span className="agenda-items__title">
                {item.issue ? <Link to={`/issues/${item.issue.id}`}>{item.title}</Link> : item.title}
                {item.presenter ? <span className="muted"> · {t('agenda.presenter', { name: item.presenter })}</span> : null}
                {item.durationMinutes ? <span className="muted"> · {plural('agenda.minutes', item.durationMinutes)}</span> : null}
              </span>
              <span className="button-row">
                <button
                  type="button"
                  disabled={index === 0 || reordered.fetching}
                  onClick={() => move(index, index - 1)}
                  aria-label={t('agenda.moveUp', { title: item.title })}
                >
                  ↑
                </button>
                <button
                  type="button"
                  disabled={index === items.length - 1 || reordered.fetching}
                  onClick={() => move(index, index + 1)}
                  aria-label={t('agenda.moveDown', { title: item.title })}
                >
                  ↓
                </button>
                <button
                  type="button"
                  disabled={removed.fetching}
                  onClick={() => void remove({ id: item.id }).then((a) => a.data && after())}
                  aria-label={t('agenda.remove', { title: item.title })}
                >
                  ✕
                </button>
              </span>
            </li>
          ))}
        </ol>
        <p role="status" className="visually-hidden">
          {announcement}
        </p>
        <ProblemMessage error={reordered.error ?? removed.error} />
      </section>

      {carryOver.length > 0 ? (
        <section aria-labelledby="carry-over" className="notice">
          <h2 id="carry-over">{t('agenda.carryOver')}</h2>
          <ul>
            {carryOver.map((issue) => (
              <li key={issue.id}>{issue.title}</li>
            ))}
          </ul>
          <button
            type="button"
            className="button"
            disabled={scheduled.fetching}
            onClick={() => void Promise.all(carryOver.map((issue) => schedule({ issueId: issue.id, meetupId: meetup.id }))).then(after)}
          >
            {plural('agenda.carryOverButton', carryOver.length)}
          </button>
        </section>
      ) : null}

      <section aria-labelledby="backlog">
        <h2 id="backlog">{t('agenda.backlog')}</h2>
        <ProblemMessage error={scheduled.error} />
        {backlog.data && backlog.data.issues.edges.length === 0 ? <p>{t('agenda.backlogEmpty')}</p> : null}
        <ul className="card-list">
          {(backlog.data?.issues.edges ?? []).map(({ node }) => (
            <li key={node.id} className="card">
              <Link to={`/issues/${node.id}`} className="card__title">
                {node.title}
              </Link>
              <p>
                <IssueStatusBadge status="SUBMITTED" /> <span className="muted">{plural('issue.supports', node.supportCount)}</span>
              </p>
              <button
                type="button"
                className="button"
                disabled={scheduled.fetching}
                onClick={() => void add(node.id)}
                aria-label={t('agenda.addIssue', { title: node.title })}
              >
                {t('agenda.add')}
              </button>
            </li>
          ))}
        </ul>
      </section>

      <FreeItemForm meetupId={meetup.id} onAdded={refresh} />
    </div>
  );
}

function FreeItemForm({ meetupId, onAdded }: { meetupId: string; onAdded: () => void }) {
  const { t } = useI18n();
  const id = useId();
  const [title, setTitle] = useState('');
  const [presenter, setPresenter] = useState('');
  const [duration, setDuration] = useState('');
  const [result, add] = useMutation(AddItemDocument);
  const send = async () => {
    const answer = await add({
      meetupId,
      input: { title: title.trim(), presenter: presenter.trim() || null, durationMinutes: duration ? Number(duration) : null },
    });
    if (answer.data) {
      setTitle('');
      setPresenter('');
      setDuration('');
      onAdded();
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send();
  };
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('agenda.freeItem')}</h2>
      <form onSubmit={submit} className="form">
        <div className="field">
          <label htmlFor={`${id}-title`}>{t('agenda.itemTitle')}</label>
          <input id={`${id}-title`} value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={200} />
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-presenter`}>{t('agenda.itemPresenter')}</label>
            <input id={`${id}-presenter`} value={presenter} onChange={(e) => setPresenter(e.target.value)} maxLength={120} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-duration`}>{t('agenda.itemDuration')}</label>
            <input id={`${id}-duration`} type="number" min={1} max={600} value={duration} onChange={(e) => setDuration(e.target.value)} />
          </div>
        </div>
        <ProblemMessage error={result.error} onRetry={() => void send()} />
        <p>
          <button type="submit" className="button" disabled={result.fetching}>
            {t('agenda.addItem')}
          </button>
        </p>
      </form>
    </section>
  );
}
