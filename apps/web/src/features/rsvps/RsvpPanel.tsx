import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { MeetupDetailsFragment, RsvpResponse } from '../../gql/graphql';
import { ProblemMessage } from '../../components/ProblemMessage';
import { useSession } from '../../lib/session';
import { useI18n } from '../../lib/i18n/i18n-context';
import { rsvpStatusKey } from '../../lib/rsvp-status';
import { StandingRsvpToggle } from './StandingRsvpToggle';

const RespondDocument = graphql(`
  mutation Respond($meetupId: ID!, $response: RsvpResponse!, $guests: Int!, $answers: [String!]) {
    rsvp(meetupId: $meetupId, response: $response, guests: $guests, answers: $answers) {
      id
      status
      guests
      waitlistPosition
      fromStanding
      answers
      meetup { id goingCount waitlistCount spotsLeft myRsvp { id status guests waitlistPosition fromStanding answers } }
    }
  }
`);

/** "Going / not going" in one tap, with guests; the answer and the waitlist place read out. */
export function RsvpPanel({ meetup }: { meetup: MeetupDetailsFragment }) {
  const { t } = useI18n();
  const { signedIn, loading } = useSession();
  const guestsId = useId();
  const questionId = useId();
  const questions = meetup.series.registrationQuestions;
  const [guests, setGuests] = useState(meetup.myRsvp?.guests ?? 0);
  const [answers, setAnswers] = useState<string[]>(() => questions.map((_, i) => meetup.myRsvp?.answers[i] ?? ''));
  const [pending, setPending] = useState<RsvpResponse | null>(null);
  const [result, respond] = useMutation(RespondDocument);
  const rsvp = meetup.myRsvp;
  const ended = new Date(meetup.endsAt).getTime() < Date.now();

  if (ended) return null;
  if (!signedIn) {
    return loading ? null : (
      <p className="rsvp-panel">
        <Link to="/sign-in" className="button">
          {t('rsvp.signInToAnswer')}
        </Link>
      </p>
    );
  }

  const answer = async (response: RsvpResponse) => {
    setPending(response);
    // Answers go with "going"; a decline leaves the earlier ones as they are.
    const given = response === 'GOING' && questions.length > 0 ? questions.map((_, i) => answers[i] ?? '') : null;
    await respond({ meetupId: meetup.id, response, guests: response === 'GOING' ? guests : 0, answers: given });
    setPending(null);
  };
  const status = rsvp ? t(rsvpStatusKey(rsvp.status), { position: rsvp.waitlistPosition ?? 0 }) : t('rsvp.none');
  const guestOptions = Array.from({ length: meetup.series.guestLimit + 1 }, (_, n) => n);

  return (
    <section className="rsvp-panel" aria-label={t('rsvp.label')}>
      <p role="status" className={`rsvp-status rsvp-status--${rsvp?.status.toLowerCase() ?? 'none'}`}>
        {status}
        {rsvp && rsvp.guests > 0 && rsvp.status !== 'NOT_GOING' ? ` ${t('rsvp.withGuests', { count: rsvp.guests })}` : ''}
      </p>
      {meetup.series.guestLimit > 0 ? (
        <p>
          <label htmlFor={guestsId}>{t('rsvp.guests')}</label>{' '}
          <select id={guestsId} value={guests} onChange={(e) => setGuests(Number(e.target.value))}>
            {guestOptions.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </p>
      ) : null}
      {questions.length > 0 ? (
        <fieldset className="rsvp-questions checkbox-list" aria-describedby={`${questionId}-hint`}>
          <legend>{t('rsvp.questions')}</legend>
          <p id={`${questionId}-hint`} className="hint">
            {t('rsvp.questionsHint')}
          </p>
          {questions.map((question, i) => (
            <p key={i} className="field">
              <label htmlFor={`${questionId}-${i}`}>{question}</label>
              <textarea
                id={`${questionId}-${i}`}
                rows={2}
                maxLength={1000}
                value={answers[i] ?? ''}
                onChange={(e) => setAnswers((current) => questions.map((_, j) => (j === i ? e.target.value : (current[j] ?? ''))))}
              />
            </p>
          ))}
        </fieldset>
      ) : null}
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          disabled={pending !== null}
          aria-pressed={rsvp?.status === 'GOING' || rsvp?.status === 'WAITLISTED'}
          onClick={() => void answer('GOING')}
        >
          {pending === 'GOING' ? t('common.saving') : t('rsvp.going')}
        </button>
        <button
          type="button"
          className="button"
          disabled={pending !== null}
          aria-pressed={rsvp?.status === 'NOT_GOING'}
          onClick={() => void answer('NOT_GOING')}
        >
          {pending === 'NOT_GOING' ? t('common.saving') : t('rsvp.notGoing')}
        </button>
      </div>
      <ProblemMessage error={result.error} onRetry={() => void answer(pending ?? 'GOING')} />
      <StandingRsvpToggle seriesId={meetup.series.id} guests={guests} />
    </section>
  );
}
