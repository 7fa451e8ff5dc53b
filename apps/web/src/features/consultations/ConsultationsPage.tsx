import { Link } from 'react-router';
import { graphql } from '../../gql';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { QueryProblem } from '../../components/QueryProblem';
import { useSession } from '../../lib/session';
import '../../lib/i18n/consultations-messages';
import { useI18n } from '../../lib/i18n/i18n-context';
import { formatDateTime } from '../../lib/format';
import { usePageQuery } from '../../lib/use-page-query';
import { consultationStatusKey } from './consultation-labels';
import './consultations.css';

const ConsultationListDocument = graphql(`
  query ConsultationList {
    consultations { id title summary status opensAt closesAt commentCount }
  }
`);

/** The drafts open for comments (and those closed, with their answers); organizers also see drafts not open yet. */
export function ConsultationsPage() {
  const { t, plural, locale } = useI18n();
  const { isOrganizer } = useSession();
  const [{ data, error, fetching }, retry] = usePageQuery({ query: ConsultationListDocument });
  return (
    <>
      <PageHeading title={t('consultations.title')} />
      <p>{t('consultations.intro')}</p>
      {isOrganizer ? (
        <p>
          <Link to="/organize/consultations/new">{t('consultations.create')}</Link>
        </p>
      ) : null}
      {error && !data ? <QueryProblem error={error} retry={retry} /> : null}
      {fetching && !data ? <Loading /> : null}
      {data ? (
        data.consultations.length === 0 ? (
          <p>{t('consultations.empty')}</p>
        ) : (
          <ul className="card-list">
            {data.consultations.map((c) => (
              <li key={c.id} className="card">
                <p className="card__title">
                  <Link to={`/consultations/${c.id}`}>{c.title}</Link>
                </p>
                <p>
                  <span className={`badge badge--${c.status.toLowerCase()}`}>{t(consultationStatusKey(c.status))}</span> ·{' '}
                  {t('consultations.window', { from: formatDateTime(c.opensAt, locale), to: formatDateTime(c.closesAt, locale) })} ·{' '}
                  {plural('consultations.comments', c.commentCount)}
                </p>
                {c.summary ? <p className="muted">{c.summary}</p> : null}
              </li>
            ))}
          </ul>
        )
      ) : null}
    </>
  );
}
