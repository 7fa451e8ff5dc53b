import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { MinutesDetailsFragment } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/i18n-context';
import { formatDate } from '../../lib/format';

graphql(`
  fragment MinutesDetails on Minutes {
    id
    status
    version
    publishedAt
    summary
    htmlUrl
    attendees { id name }
    decisions { id position text issues { id title } }
  }
`);

/** Published minutes: the summary, the decisions with the issues they settle, who attended. */
export function MinutesView({ minutes }: { minutes: MinutesDetailsFragment }) {
  const { t, plural, locale } = useI18n();
  const printable = locale === 'en' ? `${minutes.htmlUrl}?lang=en` : minutes.htmlUrl;
  return (
    <section aria-labelledby="minutes" className="minutes">
      <h2 id="minutes">{t('minutes.title')}</h2>
      {minutes.publishedAt ? (
        <p className="muted">
          {t('minutes.published', { date: formatDate(minutes.publishedAt, locale) })}
          {minutes.version > 1 ? ` · ${t('minutes.version', { version: minutes.version })}` : ''}
        </p>
      ) : null}
      {minutes.summary ? <p className="minutes__summary">{minutes.summary}</p> : null}
      <h3>{t('minutes.decisions')}</h3>
      {minutes.decisions.length === 0 ? (
        <p>{t('minutes.noDecisions')}</p>
      ) : (
        <ol>
          {minutes.decisions.map((decision) => (
            <li key={decision.id}>
              {decision.text}
              {decision.issues.length > 0 ? (
                <ul className="inline-list">
                  {decision.issues.map((issue) => (
                    <li key={issue.id}>
                      <Link to={`/issues/${issue.id}`}>{issue.title}</Link>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {minutes.attendees.length > 0 ? <p className="muted">{plural('minutes.attendees', minutes.attendees.length)}</p> : null}
      <p>
        <a href={printable}>{t('minutes.printable')}</a>
      </p>
    </section>
  );
}
