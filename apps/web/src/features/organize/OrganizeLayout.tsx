import { NavLink, Outlet } from 'react-router';
import { Loading } from '../../components/Loading';
import { useSession } from '../../lib/session';
import { useI18n } from '../../lib/i18n/i18n-context';

/**
 * The organizer console: its own section navigation, and nothing for those who may not use it
 * (the server still decides every change; this only spares members controls they cannot use).
 */
export function OrganizeLayout() {
  const { t } = useI18n();
  const { isOrganizer, loading, member } = useSession();
  if (loading) return <Loading />;
  if (!isOrganizer) {
    return (
      <section>
        <h1>{t('organize.title')}</h1>
        <p role="alert">{t('organize.forbidden')}</p>
      </section>
    );
  }
  return (
    <div className="console">
      <nav aria-label={t('organize.nav.label')} className="console-nav">
        <ul>
          <li>
            <NavLink to="/organize" end>
              {t('organize.nav.dashboard')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/organize/series">{t('organize.nav.series')}</NavLink>
          </li>
          <li>
            <NavLink to="/organize/assignments">{t('organize.nav.followUp')}</NavLink>
          </li>
          <li>
            <NavLink to="/organize/moderation">{t('organize.nav.moderation')}</NavLink>
          </li>
          <li>
            <NavLink to="/organize/consultations/new">{t('organize.nav.consultations')}</NavLink>
          </li>
          <li>
            <NavLink to="/organize/organizations">{t('organize.nav.organizations')}</NavLink>
          </li>
          <li>
            <NavLink to="/organize/affiliations">{t('organize.nav.affiliations')}</NavLink>
          </li>
          <li>
            <NavLink to="/organize/deliveries">{t('organize.nav.deliveries')}</NavLink>
          </li>
          {member?.role === 'ADMIN' ? (
            <>
              <li>
                <NavLink to="/organize/people">{t('organize.nav.people')}</NavLink>
              </li>
              <li>
                <NavLink to="/organize/audit">{t('organize.nav.audit')}</NavLink>
              </li>
            </>
          ) : null}
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}
