import { lazy, Suspense, useId } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { EcosystemMapPageQuery } from '../../gql/graphql';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { QueryProblem } from '../../components/QueryProblem';
import { useI18n } from '../../lib/i18n/i18n-context';
import { usePageQuery } from '../../lib/use-page-query';
import { ORGANIZATION_KINDS, groupBy, isOrganizationKind, kindKey, stageKey, supportKey } from './ecosystem-labels';
import './ecosystem.css';
import '../../lib/i18n/ecosystem-messages';

const EcosystemMapPageDocument = graphql(`
  query EcosystemMapPage($sector: String, $kinds: [OrganizationKind!]) {
    ecosystemMap(sector: $sector, kinds: $kinds) {
      organizations { id name shortName kind sectors address location { latitude longitude } }
      projects { id name stage sectors }
      links { provider { id } project { id } kinds supports }
    }
  }
`);

const EcosystemSectorsDocument = graphql(`
  query EcosystemSectors {
    ecosystemMap { organizations { id sectors } projects { id sectors } }
  }
`);

type MapData = EcosystemMapPageQuery['ecosystemMap'];
export type MapOrganization = MapData['organizations'][number];

// Leaflet and its stylesheet load only when the map view is opened.
const PositionsMap = lazy(() => import('./PositionsMap').then((m) => ({ default: m.PositionsMap })));

/**
 * The ecosystem map: actors grouped by kind, each with the projects it supports; filters by sector
 * and kind in the URL; a list (phones, screen readers) or a geographic view where positions exist.
 */
export function EcosystemPage() {
  const { t, plural } = useI18n();
  const [params, setParams] = useSearchParams();
  const sector = params.get('sector') ?? '';
  const kindParam = params.get('kind') ?? '';
  const kind = isOrganizationKind(kindParam) ? kindParam : '';
  const view = params.get('view') === 'map' ? 'map' : 'list';
  const ids = { sector: useId(), kind: useId() };
  const [{ data, error, fetching }, retry] = usePageQuery({
    query: EcosystemMapPageDocument,
    variables: { sector: sector || null, kinds: kind ? [kind] : null },
  });
  const [sectorsResult] = useQuery({ query: EcosystemSectorsDocument });
  const sectors = [
    ...new Set(
      [...(sectorsResult.data?.ecosystemMap.organizations ?? []), ...(sectorsResult.data?.ecosystemMap.projects ?? [])]
        .flatMap((x) => x.sectors)
        .concat(sector ? [sector] : []),
    ),
  ].sort((a, b) => a.localeCompare(b, 'vi'));

  const setParam = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const viewHref = (target: 'list' | 'map') => {
    const next = new URLSearchParams(params);
    if (target === 'map') next.set('view', 'map');
    else next.delete('view');
    const query = next.toString();
    return `/ecosystem${query ? `?${query}` : ''}`;
  };

  return (
    <>
      <PageHeading title={t('eco.title')} />
      <p>{t('eco.intro')}</p>
      <ul className="inline-list">
        <li>
          <Link to="/ecosystem/targets">{t('eco.targetsLink')}</Link>
        </li>
        <li>
          <Link to="/projects/new">{t('eco.register')}</Link>
        </li>
      </ul>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor={ids.sector}>{t('eco.filter.sector')}</label>
          <select id={ids.sector} value={sector} onChange={(e) => setParam('sector', e.target.value)}>
            <option value="">{t('eco.filter.any')}</option>
            {sectors.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.kind}>{t('eco.filter.kind')}</label>
          <select id={ids.kind} value={kind} onChange={(e) => setParam('kind', e.target.value)}>
            <option value="">{t('eco.filter.any')}</option>
            {ORGANIZATION_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(kindKey(k))}
              </option>
            ))}
          </select>
        </div>
      </form>
      <nav aria-label={t('eco.view.label')}>
        <ul className="eco-view">
          <li>
            <Link to={viewHref('list')} aria-current={view === 'list' ? 'page' : undefined}>
              {t('eco.view.list')}
            </Link>
          </li>
          {/* A full page load: the map view's page allows the map tiles (the app's CSP is per page). */}
          <li>
            <Link to={viewHref('map')} reloadDocument aria-current={view === 'map' ? 'page' : undefined}>
              {t('eco.view.map')}
            </Link>
          </li>
        </ul>
      </nav>
      {error && !data ? <QueryProblem error={error} retry={retry} /> : null}
      {fetching && !data ? <Loading /> : null}
      {data ? view === 'map' ? <MapView map={data.ecosystemMap} /> : <ListView map={data.ecosystemMap} /> : null}
      {data ? (
        <p className="muted">
          {plural('eco.actors', data.ecosystemMap.organizations.length)} · {plural('eco.projects', data.ecosystemMap.projects.length)} ·{' '}
          <a href="/open-data/organizations.csv">{t('eco.openData')}</a>
        </p>
      ) : null}
    </>
  );
}

function ListView({ map }: { map: MapData }) {
  const { t } = useI18n();
  const projectById = new Map(map.projects.map((p) => [p.id, p]));
  const providerById = new Map(map.organizations.map((o) => [o.id, o]));
  const groups = groupBy(map.organizations, (o) => o.kind, ORGANIZATION_KINDS);
  return (
    <>
      <section aria-labelledby="eco-actors">
        <h2 id="eco-actors" className="visually-hidden">
          {t('eco.filter.kind')}
        </h2>
        {groups.length === 0 ? <p>{t('eco.noActors')}</p> : null}
        <div className="eco-groups">
          {groups.map((group) => (
            <section key={group.key} className="eco-group" aria-labelledby={`eco-kind-${group.key}`}>
              <h3 id={`eco-kind-${group.key}`}>{t(kindKey(group.key))}</h3>
              <ul className="card-list">
                {group.items.map((organization) => {
                  const links = map.links.filter((l) => l.provider.id === organization.id);
                  return (
                    <li key={organization.id} className="card eco-actor">
                      <p className="card__title">
                        <Link to={`/organizations/${organization.id}`}>{organization.name}</Link>
                      </p>
                      {organization.sectors.length > 0 ? (
                        <ul className="eco-tags" aria-label={t('eco.filter.sector')}>
                          {organization.sectors.map((s) => (
                            <li key={s}>{s}</li>
                          ))}
                        </ul>
                      ) : null}
                      {links.length > 0 ? (
                        <ul className="eco-links" aria-label={t('eco.supports')}>
                          {links.map((link) => (
                            <li key={link.project.id}>
                              <Link to={`/projects/${link.project.id}`}>{projectById.get(link.project.id)?.name}</Link>{' '}
                              <span className="muted">({link.kinds.map((k) => t(supportKey(k))).join(', ')})</span>
                            </li>
                          ))}
                        </ul>
                      ) : null}
                    </li>
                  );
                })}
              </ul>
            </section>
          ))}
        </div>
      </section>
      <section aria-labelledby="eco-projects">
        <h2 id="eco-projects">{t('eco.projectsTitle')}</h2>
        {map.projects.length === 0 ? <p>{t('eco.noProjects')}</p> : null}
        <ul className="card-list">
          {map.projects.map((project) => {
            const supporters = map.links
              .filter((l) => l.project.id === project.id)
              .map((l) => providerById.get(l.provider.id))
              .filter((o) => !!o);
            return (
              <li key={project.id} className="card eco-actor">
                <p className="card__title">
                  <Link to={`/projects/${project.id}`}>{project.name}</Link>
                </p>
                <p className="muted">
                  {t(stageKey(project.stage))}
                  {project.sectors.length ? ` · ${project.sectors.join(', ')}` : ''}
                </p>
                {supporters.length > 0 ? (
                  <p>
                    {t('eco.supports')}:{' '}
                    {supporters.map((o, i) => (
                      <span key={o.id}>
                        {i > 0 ? ', ' : ''}
                        <Link to={`/organizations/${o.id}`}>{o.shortName ?? o.name}</Link>
                      </span>
                    ))}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
      </section>
    </>
  );
}

function MapView({ map }: { map: MapData }) {
  const { t } = useI18n();
  const placed = map.organizations.filter((o) => o.location);
  return (
    <section aria-labelledby="eco-positions">
      {placed.length > 0 ? (
        <Suspense fallback={<p>{t('eco.map.loading')}</p>}>
          <PositionsMap organizations={placed} />
        </Suspense>
      ) : null}
      <h2 id="eco-positions">{t('eco.map.positions')}</h2>
      {placed.length === 0 ? <p>{t('eco.map.noPositions')}</p> : null}
      <ul className="card-list">
        {placed.map((o) => (
          <li key={o.id} className="card eco-actor">
            <p className="card__title">
              <Link to={`/organizations/${o.id}`}>{o.name}</Link>
            </p>
            <p className="muted">
              {t(kindKey(o.kind))}
              {o.address ? ` · ${o.address}` : ''}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
