import { useEffect, useId, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { ProblemMessage } from '../../components/ProblemMessage';
import { readAccessToken } from '../../lib/auth-token';
import { useI18n } from '../../lib/i18n/i18n-context';
import { downloadWithToken, matchesQuery } from '../../lib/text-search';
import { useDebounced } from '../../lib/use-debounced';
import { MeetupAdminFrame, type AdminMeetup } from '../../components/MeetupAdminFrame';
import { rsvpStatusKey } from '../../lib/rsvp-status';

const AttendeesDocument = graphql(`
  query DoorAttendees($meetupId: ID!) {
    meetupAttendees(meetupId: $meetupId) { memberId name organizationName status guests waitlistPosition checkedIn answers }
  }
`);

const MemberSearchDocument = graphql(`
  query WalkInSearch($search: String!) {
    members(search: $search) { id name organization { id name } }
  }
`);

const CheckInDocument = graphql(`
  mutation CheckIn($meetupId: ID!, $memberId: ID!) {
    checkIn(meetupId: $meetupId, memberId: $memberId) { id checkedInAt }
  }
`);

/** /organize/meetups/:id/door */
export function DoorPage() {
  const { id = '' } = useParams();
  return <MeetupAdminFrame id={id}>{(meetup) => <Door meetup={meetup} />}</MeetupAdminFrame>;
}

/** At the door on Saturday morning: find a person, check them in with one tap, walk-ins, the self check-in code, the list as CSV. */
function Door({ meetup }: { meetup: AdminMeetup }) {
  const { t, plural } = useI18n();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const [showCode, setShowCode] = useState(false);
  const [exportFailed, setExportFailed] = useState(false);
  const [{ data, error }, refetch] = useQuery({ query: AttendeesDocument, variables: { meetupId: meetup.id }, requestPolicy: 'network-only' });
  const [checked, checkIn] = useMutation(CheckInDocument);
  const attendees = data?.meetupAttendees ?? [];
  const shown = attendees.filter((a) => a.status !== 'NOT_GOING' || a.checkedIn).filter((a) => matchesQuery(query, a.name, a.organizationName));
  const present = attendees.filter((a) => a.checkedIn);
  const presentGuests = present.reduce((sum, a) => sum + a.guests, 0);
  const going = attendees.filter((a) => a.status === 'GOING');

  const checkInMember = async (memberId: string) => {
    const answer = await checkIn({ meetupId: meetup.id, memberId });
    if (answer.data) refetch({ requestPolicy: 'network-only' });
  };
  const exportCsv = async () => {
    setExportFailed(false);
    try {
      await downloadWithToken(`/meetups/${meetup.id}/attendees.csv`, readAccessToken(), `attendees-${meetup.startsAt.slice(0, 10)}.csv`);
    } catch {
      setExportFailed(true);
    }
  };

  return (
    <div className="door">
      <p role="status" className="door__count">
        {t('door.count', { present: present.length, guests: presentGuests, going: going.length })}
      </p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => setShowCode(true)} disabled={!meetup.checkInCode}>
          {t('door.showCode')}
        </button>
        <button type="button" className="button" onClick={() => void exportCsv()}>
          {t('door.exportCsv')}
        </button>
      </div>
      {exportFailed ? (
        <p role="alert" className="problem">
          {t('error.network')}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor={searchId}>{t('door.search')}</label>
        <input id={searchId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
      </div>
      {error && !data ? <ProblemMessage error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} /> : null}
      <ProblemMessage error={checked.error} />
      <ul className="attendee-list">
        {shown.map((a) => (
          <li key={a.memberId} className={a.checkedIn ? 'attendee attendee--in' : 'attendee'}>
            <span>
              <strong>{a.name}</strong>
              {a.organizationName ? <span className="muted"> · {a.organizationName}</span> : null}
              <br />
              <span className="muted">
                {a.status ? t(rsvpStatusKey(a.status), { position: a.waitlistPosition ?? 0 }) : t('door.walkIn')}
                {a.guests > 0 ? ` · ${plural('door.guests', a.guests)}` : ''}
              </span>
              <AttendeeAnswers questions={meetup.series.registrationQuestions} answers={a.answers} />
            </span>
            {a.checkedIn ? (
              <span className="badge badge--done">{t('door.checkedIn')}</span>
            ) : (
              <button
                type="button"
                className="button button--primary"
                disabled={checked.fetching}
                onClick={() => void checkInMember(a.memberId)}
                aria-label={t('door.checkInNamed', { name: a.name })}
              >
                {t('door.checkIn')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {query.trim().length >= 2 ? (
        <WalkIns query={query} known={new Set(attendees.map((a) => a.memberId))} onCheckIn={checkInMember} busy={checked.fetching} />
      ) : null}
      {showCode && meetup.checkInCode ? <CheckInCode code={meetup.checkInCode} onClose={() => setShowCode(false)} /> : null}
    </div>
  );
}

/** What the person answered to the series' questions at RSVP (organizers only see this page). */
function AttendeeAnswers({ questions, answers }: { questions: string[]; answers: string[] }) {
  const { t } = useI18n();
  const given = questions.map((question, i) => ({ question, answer: answers[i] ?? '' })).filter((qa) => qa.answer !== '');
  if (given.length === 0) return null;
  return (
    <dl className="attendee__answers" aria-label={t('door.answers')}>
      {given.map(({ question, answer }) => (
        <div key={question}>
          <dt>{question}</dt>
          <dd>{answer}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Members who did not RSVP, found by name or e-mail, checked in as walk-ins. */
function WalkIns({ query, known, onCheckIn, busy }: { query: string; known: Set<string>; onCheckIn: (id: string) => Promise<void>; busy: boolean }) {
  const { t } = useI18n();
  const search = useDebounced(query.trim(), 300);
  const [{ data }] = useQuery({ query: MemberSearchDocument, variables: { search }, pause: search.length < 2 });
  const others = (data?.members ?? []).filter((m) => !known.has(m.id));
  if (others.length === 0) return null;
  return (
    <section aria-labelledby="walk-ins">
      <h2 id="walk-ins">{t('door.walkIns')}</h2>
      <ul className="attendee-list">
        {others.map((m) => (
          <li key={m.id} className="attendee">
            <span>
              <strong>{m.name}</strong>
              {m.organization ? <span className="muted"> · {m.organization.name}</span> : null}
            </span>
            <button type="button" className="button" disabled={busy} onClick={() => void onCheckIn(m.id)} aria-label={t('door.checkInNamed', { name: m.name })}>
              {t('door.checkIn')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The code members type on their phones, as large as the screen allows. */
function CheckInCode({ code, onClose }: { code: string; onClose: () => void }) {
  const { t } = useI18n();
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    close.current?.focus();
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div role="dialog" aria-modal="true" aria-labelledby="check-in-code-title" className="fullscreen-code">
      <h2 id="check-in-code-title">{t('door.codeTitle')}</h2>
      <p className="fullscreen-code__code" aria-label={t('door.codeLabel', { code: code.split('').join(' ') })}>
        {code}
      </p>
      <p>{t('door.codeHint')}</p>
      <button ref={close} type="button" className="button" onClick={onClose}>
        {t('common.close')}
      </button>
    </div>
  );
}
