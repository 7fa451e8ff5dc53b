import { Link } from 'react-router';
import type { MeetupDetailsFragment } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/i18n-context';
import { IssueStatusBadge } from '../../components/IssueStatusBadge';

/** The points of one date in order; those that are issues link to them. */
export function AgendaList({ items, headingLevel }: { items: MeetupDetailsFragment['agenda']; headingLevel: 3 | 4 }) {
  const { t, plural } = useI18n();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <section className="agenda">
      <Heading>{t('agenda.title')}</Heading>
      {items.length === 0 ? (
        <p>{t('agenda.empty')}</p>
      ) : (
        <ol>
          {items.map((item) => (
            <li key={item.id}>
              {item.issue ? <Link to={`/issues/${item.issue.id}`}>{item.title}</Link> : item.title}
              {item.issue ? (
                <>
                  {' '}
                  <IssueStatusBadge status={item.issue.status} /> <span className="muted">{plural('issue.supports', item.issue.supportCount)}</span>
                </>
              ) : null}
              {item.presenter ? <span className="muted"> · {t('agenda.presenter', { name: item.presenter })}</span> : null}
              {item.durationMinutes ? <span className="muted"> · {plural('agenda.minutes', item.durationMinutes)}</span> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
