import { useId, useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { FieldProblem, ProblemMessage } from '../../components/ProblemMessage';
import { useI18n } from '../../lib/i18n/i18n-context';
import { MeetupAdminFrame, type AdminMeetup } from '../../components/MeetupAdminFrame';
import { localInputToInstant, instantToLocalInput } from '../../lib/local-time';

const TellCountDocument = graphql(`
  query MeetupTellCount($meetupId: ID!) {
    meetupAttendees(meetupId: $meetupId) { memberId status }
  }
`);

const UpdateMeetupDocument = graphql(`
  mutation UpdateMeetup($id: ID!, $input: UpdateMeetupInput!) {
    updateMeetup(id: $id, input: $input) { id title startsAt endsAt venue capacity onlineUrl }
  }
`);

const CancelMeetupDocument = graphql(`
  mutation CancelMeetup($id: ID!, $reason: String) {
    cancelMeetup(id: $id, reason: $reason) { id status cancellationReason }
  }
`);

/** /organize/meetups/:id/edit */
export function MeetupEditPage() {
  const { id = '' } = useParams();
  return <MeetupAdminFrame id={id}>{(meetup, refresh) => <MeetupEdit meetup={meetup} refresh={refresh} />}</MeetupAdminFrame>;
}

/** Move or change one date, or cancel it with a reason — seeing first how many people will be told. */
function MeetupEdit({ meetup, refresh }: { meetup: AdminMeetup; refresh: () => void }) {
  const { t, plural } = useI18n();
  const id = useId();
  const [values, setValues] = useState({
    title: meetup.title,
    startsAt: instantToLocalInput(meetup.startsAt, meetup.timezone),
    endsAt: instantToLocalInput(meetup.endsAt, meetup.timezone),
    venue: meetup.venue ?? '',
    onlineUrl: meetup.onlineUrl ?? '',
    capacity: meetup.capacity === null || meetup.capacity === undefined ? '' : String(meetup.capacity),
  });
  const [reason, setReason] = useState('');
  const [confirmCancel, setConfirmCancel] = useState(false);
  const [status, setStatus] = useState('');
  const [tell] = useQuery({ query: TellCountDocument, variables: { meetupId: meetup.id }, requestPolicy: 'network-only' });
  const [updated, update] = useMutation(UpdateMeetupDocument);
  const [cancelled, cancel] = useMutation(CancelMeetupDocument);
  const told = (tell.data?.meetupAttendees ?? []).filter((a) => a.status === 'GOING' || a.status === 'WAITLISTED').length;
  const set = (key: keyof typeof values, value: string) => setValues({ ...values, [key]: value });
  const field = (name: string) => `${id}-${name}`;

  const save = async () => {
    setStatus('');
    const answer = await update({
      id: meetup.id,
      input: {
        title: values.title.trim(),
        startsAt: localInputToInstant(values.startsAt, meetup.timezone),
        endsAt: localInputToInstant(values.endsAt, meetup.timezone),
        venue: values.venue.trim() || null,
        onlineUrl: values.onlineUrl.trim() || null,
        capacity: values.capacity === '' ? null : Number(values.capacity),
      },
    });
    if (answer.data) {
      setStatus(t('common.saved'));
      refresh();
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };
  const cancelNow = async () => {
    setConfirmCancel(false);
    const answer = await cancel({ id: meetup.id, reason: reason.trim() || null });
    if (answer.data) refresh();
  };

  if (meetup.status === 'CANCELLED') {
    return (
      <p className="notice notice--cancelled">
        {t('meetup.cancelled')} {meetup.cancellationReason ? t('meetup.cancelledReason', { reason: meetup.cancellationReason }) : ''}
      </p>
    );
  }
  return (
    <>
      <p className="notice">{plural('organize.edit.willTell', told)}</p>
      <form onSubmit={submit} className="form">
        <div className="field">
          <label htmlFor={field('title')}>{t('series.form.title')}</label>
          <input id={field('title')} value={values.title} onChange={(e) => set('title', e.target.value)} required maxLength={200} />
          <FieldProblem error={updated.error} field="title" id={`${field('title')}-error`} />
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor={field('startsAt')}>{t('organize.edit.startsAt')}</label>
            <input id={field('startsAt')} type="datetime-local" value={values.startsAt} onChange={(e) => set('startsAt', e.target.value)} required />
            <FieldProblem error={updated.error} field="startsAt" id={`${field('startsAt')}-error`} />
          </div>
          <div className="field">
            <label htmlFor={field('endsAt')}>{t('organize.edit.endsAt')}</label>
            <input id={field('endsAt')} type="datetime-local" value={values.endsAt} onChange={(e) => set('endsAt', e.target.value)} required />
            <FieldProblem error={updated.error} field="endsAt" id={`${field('endsAt')}-error`} />
          </div>
        </div>
        <p className="hint">{t('organize.edit.zone', { zone: meetup.timezone })}</p>
        <div className="field">
          <label htmlFor={field('venue')}>{t('series.form.venue')}</label>
          <input id={field('venue')} value={values.venue} onChange={(e) => set('venue', e.target.value)} maxLength={200} />
        </div>
        <div className="field">
          <label htmlFor={field('onlineUrl')}>{t('series.form.onlineUrl')}</label>
          <input id={field('onlineUrl')} type="url" value={values.onlineUrl} onChange={(e) => set('onlineUrl', e.target.value)} />
          <FieldProblem error={updated.error} field="onlineUrl" id={`${field('onlineUrl')}-error`} />
        </div>
        <div className="field">
          <label htmlFor={field('capacity')}>{t('series.form.capacity')}</label>
          <input id={field('capacity')} type="number" min={1} value={values.capacity} onChange={(e) => set('capacity', e.target.value)} />
          <FieldProblem error={updated.error} field="capacity" id={`${field('capacity')}-error`} />
        </div>
        <ProblemMessage error={updated.error} onRetry={() => void save()} fieldsShown={['title', 'startsAt', 'endsAt', 'onlineUrl', 'capacity']} />
        <p role="status">{status}</p>
        <p>
          <button type="submit" className="button button--primary" disabled={updated.fetching}>
            {t('common.save')}
          </button>
        </p>
      </form>

      <section aria-labelledby={field('cancel')}>
        <h2 id={field('cancel')}>{t('organize.edit.cancelTitle')}</h2>
        <div className="field">
          <label htmlFor={field('reason')}>{t('organize.edit.reason')}</label>
          <input id={field('reason')} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} />
        </div>
        {confirmCancel ? (
          <div role="alertdialog" aria-labelledby={field('cancel-question')} className="confirm">
            <p id={field('cancel-question')}>{plural('organize.edit.cancelConfirm', told)}</p>
            <div className="button-row">
              <button type="button" className="button button--danger" onClick={() => void cancelNow()}>
                {t('organize.edit.cancelYes')}
              </button>
              <button type="button" className="button" onClick={() => setConfirmCancel(false)}>
                {t('common.cancel')}
              </button>
            </div>
          </div>
        ) : (
          <p>
            <button type="button" className="button button--danger" onClick={() => setConfirmCancel(true)}>
              {t('organize.edit.cancelMeetup')}
            </button>
          </p>
        )}
        <ProblemMessage error={cancelled.error} />
      </section>
    </>
  );
}
