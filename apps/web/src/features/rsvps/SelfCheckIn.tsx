import { useId, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { ProblemMessage } from '../../components/ProblemMessage';
import { useI18n } from '../../lib/i18n/i18n-context';

const CheckInWithCodeDocument = graphql(`
  mutation CheckInWithCode($meetupId: ID!, $code: String!) {
    checkInWithCode(meetupId: $meetupId, code: $code) { id checkedInAt }
  }
`);

/** On the day, at the venue: the member types the code shown on the organizers' screen. */
export function SelfCheckIn({ meetupId }: { meetupId: string }) {
  const { t } = useI18n();
  const id = useId();
  const [code, setCode] = useState('');
  const [result, checkIn] = useMutation(CheckInWithCodeDocument);
  const send = async () => {
    await checkIn({ meetupId, code: code.trim() });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send();
  };
  if (result.data)
    return (
      <p role="status" className="rsvp-status rsvp-status--going">
        {t('checkIn.done')}
      </p>
    );
  return (
    <form onSubmit={submit} className="form self-check-in">
      <div className="field">
        <label htmlFor={id}>{t('checkIn.code')}</label>
        <input
          id={id}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          inputMode="numeric"
          pattern="[0-9]{6}"
          autoComplete="one-time-code"
          required
          maxLength={6}
        />
      </div>
      <ProblemMessage error={result.error} onRetry={() => void send()} />
      <p>
        <button type="submit" className="button">
          {t('checkIn.submit')}
        </button>
      </p>
    </form>
  );
}
