import { graphql } from '../../gql';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { QueryProblem } from '../../components/QueryProblem';
import { formatLocalDate, formatNumber } from '../../lib/format';
import { useI18n } from '../../lib/i18n/i18n-context';
import { usePageQuery } from '../../lib/use-page-query';
import { metricKey } from './ecosystem-labels';
import './ecosystem.css';
import '../../lib/i18n/ecosystem-messages';

const ProgrammeTargetsDocument = graphql(`
  query ProgrammeTargetsPage {
    programmeTargets { id title metric goal startsOn endsOn achieved expectedByNow onTrack byYear { year achieved cumulative } }
  }
`);

const percent = (value: number, goal: number) => `${Math.min(100, Math.round((value / goal) * 1000) / 10)}%`;

/** Public: each target with a bar (reached, and where the days elapsed say it should be), on track in words, and the years. */
export function TargetsPage() {
  const { t, locale } = useI18n();
  const [{ data, error, fetching }, retry] = usePageQuery({ query: ProgrammeTargetsDocument });
  const n = (value: number) => formatNumber(value, locale);
  return (
    <>
      <PageHeading title={t('eco.targets.title')} />
      <p>{t('eco.targets.intro')}</p>
      {error && !data ? <QueryProblem error={error} retry={retry} /> : null}
      {fetching && !data ? <Loading /> : null}
      {data && data.programmeTargets.length === 0 ? <p>{t('eco.targets.none')}</p> : null}
      {data?.programmeTargets.map((target) => (
        <section key={target.id} className="eco-target" aria-labelledby={`target-${target.id}`}>
          <h2 id={`target-${target.id}`}>{target.title}</h2>
          <p className="muted">
            {t(metricKey(target.metric))} · {t('eco.targets.window', { from: formatLocalDate(target.startsOn), to: formatLocalDate(target.endsOn) })}
          </p>
          <p>{t('eco.targets.progress', { achieved: n(target.achieved), goal: n(target.goal) })}</p>
          <div className="eco-bar" aria-hidden="true">
            <div className="eco-bar__fill" style={{ width: percent(target.achieved, target.goal) }} />
            <div className="eco-bar__expected" style={{ left: percent(target.expectedByNow, target.goal) }} />
          </div>
          <p className={target.onTrack ? 'eco-status--on' : 'eco-status--behind'}>
            {target.onTrack ? t('eco.targets.onTrack') : t('eco.targets.behind', { expected: n(target.expectedByNow) })}
          </p>
          {target.byYear.length > 0 ? (
            <table className="eco-trend">
              <caption className="visually-hidden">{`${t('eco.targets.trend')}: ${target.title}`}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('eco.targets.year')}</th>
                  <th scope="col">{t('eco.targets.inYear')}</th>
                  <th scope="col">{t('eco.targets.cumulative')}</th>
                  <td aria-hidden="true" />
                </tr>
              </thead>
              <tbody>
                {target.byYear.map((year) => (
                  <tr key={year.year}>
                    <th scope="row">{year.year}</th>
                    <td>{n(year.achieved)}</td>
                    <td>{n(year.cumulative)}</td>
                    <td className="eco-trend__bar" aria-hidden="true">
                      <div className="eco-bar">
                        <div className="eco-bar__fill" style={{ width: percent(year.cumulative, target.goal) }} />
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </section>
      ))}
    </>
  );
}
