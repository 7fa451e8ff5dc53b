import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { CopyButton } from '../../components/CopyButton';
import { ProblemMessage } from '../../components/ProblemMessage';
import { useI18n } from '../../lib/i18n/i18n-context';

const RegenerateDocument = graphql(`
  mutation RegenerateCalendarToken {
    regenerateCalendarToken { id calendarFeedUrl calendarFeedWebcalUrl }
  }
`);

/** The member's private feed: subscribe, copy, or replace it when the URL was shared by mistake. */
export function CalendarFeedSettings({ url, webcalUrl }: { url: string | null; webcalUrl: string | null }) {
  const { t } = useI18n();
  const [result, regenerate] = useMutation(RegenerateDocument);
  const [confirming, setConfirming] = useState(false);
  const [replaced, setReplaced] = useState(false);
  return (
    <section aria-labelledby="calendar-feed">
      <h2 id="calendar-feed">{t('me.calendarFeed')}</h2>
      <p>{t('me.calendarFeedIntro')}</p>
      {webcalUrl && url ? (
        <>
          <p>
            <a href={webcalUrl}>{t('calendar.subscribeMine')}</a>
          </p>
          <p className="feed-url">
            <code>{url}</code>
          </p>
          <p>
            <CopyButton text={url} label={t('calendar.copyMine')} />
          </p>
        </>
      ) : null}
      {confirming ? (
        <div role="alertdialog" aria-labelledby="regenerate-question" className="confirm">
          <p id="regenerate-question">{t('me.regenerateConfirm')}</p>
          <div className="button-row">
            <button
              type="button"
              className="button button--primary"
              onClick={() =>
                void regenerate({}).then((answer) => {
                  setConfirming(false);
                  if (answer.data) setReplaced(true);
                })
              }
            >
              {t('me.regenerateYes')}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <p>
          <button
            type="button"
            className="button"
            onClick={() => {
              setReplaced(false);
              setConfirming(true);
            }}
          >
            {t('me.regenerate')}
          </button>
        </p>
      )}
      <p role="status">{replaced ? t('me.regenerated') : ''}</p>
      <ProblemMessage error={result.error} />
    </section>
  );
}
