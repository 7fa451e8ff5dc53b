import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { ProblemMessage } from '../../components/ProblemMessage';
import { useI18n } from '../../lib/i18n/i18n-context';

import { MyStandingRsvpsDocument } from '../../lib/standing-rsvps';

const SetStandingDocument = graphql(`
  mutation SetStandingRsvp($seriesId: ID!, $guests: Int!) {
    setStandingRsvp(seriesId: $seriesId, guests: $guests) { guests series { id } }
  }
`);

const CancelStandingDocument = graphql(`
  mutation CancelStandingRsvp($seriesId: ID!) {
    cancelStandingRsvp(seriesId: $seriesId)
  }
`);

/** "I come every Saturday": a checkbox that answers GOING for every future date of the series. */
export function StandingRsvpToggle({ seriesId, guests }: { seriesId: string; guests: number }) {
  const { t } = useI18n();
  // cache-first: the home page asked for it already, together with the meetup.
  const [{ data }, refetch] = useQuery({ query: MyStandingRsvpsDocument, requestPolicy: 'cache-first' });
  const [setResult, setStanding] = useMutation(SetStandingDocument);
  const [cancelResult, cancelStanding] = useMutation(CancelStandingDocument);
  const standing = data?.me?.standingRsvps?.some((s) => s.series.id === seriesId) ?? false;
  const busy = setResult.fetching || cancelResult.fetching;
  const toggle = async (on: boolean) => {
    if (on) await setStanding({ seriesId, guests }, { additionalTypenames: ['Meetup', 'Rsvp'] });
    else await cancelStanding({ seriesId }, { additionalTypenames: ['Meetup', 'Rsvp'] });
    refetch({ requestPolicy: 'network-only' });
  };
  if (!data?.me) return null;
  return (
    <div className="standing-rsvp">
      <label>
        <input type="checkbox" checked={standing} disabled={busy} onChange={(e) => void toggle(e.target.checked)} /> {t('rsvp.standing')}
      </label>
      <p className="muted">{t('rsvp.standingHint')}</p>
      <ProblemMessage error={setResult.error ?? cancelResult.error} />
    </div>
  );
}
