import { useId, useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { useClient, useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { MinutesEditorQuery } from '../../gql/graphql';
import { Loading } from '../../components/Loading';
import { ProblemMessage } from '../../components/ProblemMessage';
import { useI18n } from '../../lib/i18n/i18n-context';
import { formatDateTime } from '../../lib/format';
import { CreateAssignmentSlot } from './slots';
import { MeetupAdminFrame, type AdminMeetup } from '../../components/MeetupAdminFrame';
import { minutesChanges } from './minutes-diff';

const MinutesEditorDocument = graphql(`
  query MinutesEditor($id: ID!) {
    meetup(id: $id) {
      id
      minutes {
        id
        status
        version
        summary
        publishedAt
        decisions { id text issues { id } }
        attendees { id }
        itemNotes { agendaItemId note }
        versions { version publishedAt reason summary decisions { id text } }
      }
    }
    meetupAttendees(meetupId: $id) { memberId name checkedIn status }
  }
`);

const SaveMinutesDocument = graphql(`
  mutation SaveMinutes($meetupId: ID!, $input: MinutesInput!) {
    saveMinutes(meetupId: $meetupId, input: $input) { id status version }
  }
`);

const PublishMinutesDocument = graphql(`
  mutation PublishMinutes($meetupId: ID!) {
    publishMinutes(meetupId: $meetupId) { id status version publishedAt }
  }
`);

const AmendMinutesDocument = graphql(`
  mutation AmendMinutes($meetupId: ID!, $input: MinutesInput!, $reason: String!) {
    amendMinutes(meetupId: $meetupId, input: $input, reason: $reason) { id status version }
  }
`);

type Minutes = NonNullable<NonNullable<MinutesEditorQuery['meetup']>['minutes']>;
interface DecisionDraft {
  key: string;
  id?: string;
  text: string;
  issueIds: string[];
}

/** /organize/meetups/:id/minutes */
export function MinutesEditorPage() {
  const { id = '' } = useParams();
  return <MeetupAdminFrame id={id}>{(meetup) => <MinutesEditor meetup={meetup} />}</MeetupAdminFrame>;
}

let keys = 0;
const nextKey = () => `d${++keys}`;

/**
 * The minutes of one date: summary, decisions linked to the issues on the agenda, notes per
 * agenda item, attendees (from the check-ins); a draft until published, then amended with a reason.
 */
function MinutesEditor({ meetup }: { meetup: AdminMeetup }) {
  const { t, locale } = useI18n();
  const ids = { summary: useId(), reason: useId() };
  const client = useClient();
  const [{ data, error }, refetch] = useQuery({ query: MinutesEditorDocument, variables: { id: meetup.id }, requestPolicy: 'network-only' });
  const minutes = data?.meetup?.minutes ?? null;
  const [summary, setSummary] = useState('');
  const [decisions, setDecisions] = useState<DecisionDraft[]>([]);
  const [attendeeIds, setAttendeeIds] = useState<string[] | null>(null);
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const [loadedVersion, setLoadedVersion] = useState<string | null>(null);
  const [saved, save] = useMutation(SaveMinutesDocument);
  const [published, publish] = useMutation(PublishMinutesDocument);
  const [amended, amend] = useMutation(AmendMinutesDocument);

  // The form starts from what the server holds, once per version — set while rendering, so nothing
  // typed in between is overwritten by an answer that arrives late.
  const marker = data ? (minutes ? `${minutes.id}:${minutes.version}:${minutes.status}` : 'none') : null;
  if (data && marker !== loadedVersion) {
    setLoadedVersion(marker);
    setSummary(minutes?.summary ?? '');
    setDecisions((minutes?.decisions ?? []).map((d) => ({ key: nextKey(), id: d.id, text: d.text, issueIds: d.issues.map((i) => i.id) })));
    setAttendeeIds(minutes ? minutes.attendees.map((a) => a.id) : data.meetupAttendees.filter((a) => a.checkedIn).map((a) => a.memberId));
    setNotes(Object.fromEntries((minutes?.itemNotes ?? []).map((n) => [n.agendaItemId, n.note])));
  }

  const agendaIssues = meetup.agenda.filter((item) => item.issue).map((item) => item.issue!);
  const input = () => ({
    summary: summary.trim() || null,
    decisions: decisions.filter((d) => d.text.trim()).map((d) => ({ ...(d.id ? { id: d.id } : {}), text: d.text.trim(), issueIds: d.issueIds })),
    attendeeIds: attendeeIds ?? [],
    itemNotes: Object.entries(notes)
      .filter(([, note]) => note.trim())
      .map(([agendaItemId, note]) => ({ agendaItemId, note: note.trim() })),
  });
  // The server's new state is fetched before the change is announced: the form is reset from it
  // first, so nothing typed after the announcement can be replaced by it.
  const after = async (message: string) => {
    await client.query(MinutesEditorDocument, { id: meetup.id }, { requestPolicy: 'network-only' }).toPromise();
    setStatus(message);
  };
  const saveDraft = async () => {
    setStatus('');
    const answer = await save({ meetupId: meetup.id, input: input() });
    if (answer.data) await after(t('minutes.editor.saved'));
    return Boolean(answer.data);
  };
  const publishNow = async () => {
    setConfirming(false);
    if (!(await saveDraft())) return;
    const answer = await publish({ meetupId: meetup.id });
    if (answer.data) await after(t('minutes.editor.publishedNow'));
  };
  const amendNow = async () => {
    setStatus('');
    const answer = await amend({ meetupId: meetup.id, input: input(), reason: reason.trim() });
    if (answer.data) {
      setReason('');
      await after(t('minutes.editor.amendedNow'));
    }
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (minutes?.status === 'PUBLISHED') void amendNow();
    else void saveDraft();
  };
  const setDecision = (key: string, change: Partial<DecisionDraft>) => setDecisions(decisions.map((d) => (d.key === key ? { ...d, ...change } : d)));
  const isPublished = minutes?.status === 'PUBLISHED';

  if (!data) {
    // No form before the server's minutes are in: what was typed would be replaced by them.
    return error ? <ProblemMessage error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} /> : <Loading />;
  }
  return (
    <div className="minutes-editor">
      <p className="muted">
        {isPublished
          ? t('minutes.editor.statusPublished', { version: minutes!.version, date: formatDateTime(minutes!.publishedAt!, locale) })
          : minutes
            ? t('minutes.editor.statusDraft')
            : t('minutes.editor.statusNone')}
      </p>
      <form onSubmit={onSubmit} className="form">
        <div className="field">
          <label htmlFor={ids.summary}>{t('minutes.editor.summary')}</label>
          <textarea id={ids.summary} rows={6} value={summary} onChange={(e) => setSummary(e.target.value)} />
        </div>

        <fieldset className="decisions">
          <legend>{t('minutes.decisions')}</legend>
          {decisions.map((decision, index) => (
            <div key={decision.key} className="decision-draft">
              <div className="field">
                <label htmlFor={`${decision.key}-text`}>{t('minutes.editor.decision', { number: index + 1 })}</label>
                <textarea id={`${decision.key}-text`} rows={3} value={decision.text} onChange={(e) => setDecision(decision.key, { text: e.target.value })} />
              </div>
              {agendaIssues.length > 0 ? (
                <fieldset className="checkbox-list">
                  <legend>{t('minutes.editor.linkedIssues', { number: index + 1 })}</legend>
                  {agendaIssues.map((issue) => (
                    <label key={issue.id}>
                      <input
                        type="checkbox"
                        checked={decision.issueIds.includes(issue.id)}
                        onChange={(e) =>
                          setDecision(decision.key, {
                            issueIds: e.target.checked ? [...decision.issueIds, issue.id] : decision.issueIds.filter((i) => i !== issue.id),
                          })
                        }
                      />{' '}
                      {issue.title}
                    </label>
                  ))}
                </fieldset>
              ) : null}
              <button type="button" className="button" onClick={() => setDecisions(decisions.filter((d) => d.key !== decision.key))}>
                {t('minutes.editor.removeDecision', { number: index + 1 })}
              </button>
            </div>
          ))}
          <p>
            <button type="button" className="button" onClick={() => setDecisions([...decisions, { key: nextKey(), text: '', issueIds: [] }])}>
              {t('minutes.editor.addDecision')}
            </button>
          </p>
        </fieldset>

        {meetup.agenda.length > 0 ? (
          <fieldset>
            <legend>{t('minutes.editor.notes')}</legend>
            {meetup.agenda.map((item) => (
              <div key={item.id} className="field">
                <label htmlFor={`note-${item.id}`}>{item.title}</label>
                <textarea id={`note-${item.id}`} rows={2} value={notes[item.id] ?? ''} onChange={(e) => setNotes({ ...notes, [item.id]: e.target.value })} />
              </div>
            ))}
          </fieldset>
        ) : null}

        {data && data.meetupAttendees.length > 0 ? (
          <fieldset className="checkbox-list">
            <legend>{t('minutes.editor.attendees')}</legend>
            {data.meetupAttendees
              .filter((a) => a.checkedIn || a.status === 'GOING' || attendeeIds?.includes(a.memberId))
              .map((a) => (
                <label key={a.memberId}>
                  <input
                    type="checkbox"
                    checked={attendeeIds?.includes(a.memberId) ?? false}
                    onChange={(e) =>
                      setAttendeeIds(e.target.checked ? [...(attendeeIds ?? []), a.memberId] : (attendeeIds ?? []).filter((i) => i !== a.memberId))
                    }
                  />{' '}
                  {a.name}
                  {a.checkedIn ? <span className="muted"> · {t('door.checkedIn')}</span> : null}
                </label>
              ))}
          </fieldset>
        ) : null}

        {isPublished ? (
          <div className="field">
            <label htmlFor={ids.reason}>{t('minutes.editor.reason')}</label>
            <input id={ids.reason} value={reason} onChange={(e) => setReason(e.target.value)} required maxLength={500} />
          </div>
        ) : null}
        <ProblemMessage error={saved.error ?? published.error ?? amended.error} />
        <p role="status">{status}</p>
        <div className="button-row">
          <button type="submit" className="button" disabled={saved.fetching || amended.fetching}>
            {isPublished ? t('minutes.editor.amend') : t('minutes.editor.saveDraft')}
          </button>
          {!isPublished ? (
            <button type="button" className="button button--primary" disabled={published.fetching} onClick={() => setConfirming(true)}>
              {t('minutes.editor.publish')}
            </button>
          ) : null}
        </div>
        {confirming ? (
          <div role="alertdialog" aria-labelledby="publish-question" className="confirm">
            <p id="publish-question">{t('minutes.editor.publishConfirm')}</p>
            <div className="button-row">
              <button type="button" className="button button--primary" onClick={() => void publishNow()}>
                {t('minutes.editor.publishYes')}
              </button>
              <button type="button" className="button" onClick={() => setConfirming(false)}>
                {t('common.cancel')}
              </button>
            </div>
          </div>
        ) : null}
      </form>

      {isPublished && minutes ? <DecisionAssignments meetup={meetup} minutes={minutes} /> : null}
      {minutes && minutes.versions.length > 1 ? <VersionHistory minutes={minutes} /> : null}
    </div>
  );
}

/** Each decision of published minutes can become an assignment for an organisation. */
function DecisionAssignments({ meetup, minutes }: { meetup: AdminMeetup; minutes: Minutes }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="decision-assignments">
      <h2 id="decision-assignments">{t('minutes.editor.assignTitle')}</h2>
      {minutes.decisions.map((decision, index) => (
        <details key={decision.id} className="decision-assign">
          <summary>
            {t('minutes.editor.assignDecision', { number: index + 1 })}: {decision.text.slice(0, 120)}
          </summary>
          <CreateAssignmentSlot.Render meetupId={meetup.id} decisionId={decision.id} defaultTitle={decision.text} issueId={decision.issues[0]?.id ?? null} />
        </details>
      ))}
    </section>
  );
}

/** Every published version, and what each amendment changed. */
function VersionHistory({ minutes }: { minutes: Minutes }) {
  const { t, locale } = useI18n();
  return (
    <section aria-labelledby="versions">
      <h2 id="versions">{t('minutes.editor.versions')}</h2>
      <ol className="versions">
        {minutes.versions.map((version, index) => {
          const changes = index > 0 ? minutesChanges(minutes.versions[index - 1], version) : null;
          return (
            <li key={version.version}>
              <strong>{t('minutes.editor.versionLine', { version: version.version, date: formatDateTime(version.publishedAt, locale) })}</strong>
              {version.reason ? <p>{t('minutes.editor.versionReason', { reason: version.reason })}</p> : null}
              {changes ? (
                <ul>
                  {changes.summaryChanged ? <li>{t('minutes.editor.summaryChanged')}</li> : null}
                  {changes.added.map((text) => (
                    <li key={`+${text}`}>
                      <ins>{t('minutes.editor.decisionAdded', { text })}</ins>
                    </li>
                  ))}
                  {changes.removed.map((text) => (
                    <li key={`-${text}`}>
                      <del>{t('minutes.editor.decisionRemoved', { text })}</del>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
