import { Suspense } from 'react';
import { NavLink, Outlet, useNavigation } from 'react-router';
import { useI18n } from '../lib/i18n/i18n-context';
import { LanguageSwitch } from '../features/members/LanguageSwitch';
import { useSession } from '../lib/session';
import { Loading } from '../components/Loading';

/** Header with the sections, the language switch, and the page below. */
export function Layout() {
  const { t } = useI18n();
  const { signedIn, isOrganizer } = useSession();
  const navigation = useNavigation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__top">
          <NavLink to="/" className="brand">
            {t('app.name')}
          </NavLink>
          <LanguageSwitch />
        </div>
        <nav aria-label={t('nav.label')}>
          <ul className="nav-list">
            <li>
              <NavLink to="/" end>
                {t('nav.home')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/meetups">{t('nav.meetups')}</NavLink>
            </li>
            <li>
              <NavLink to="/issues">{t('nav.issues')}</NavLink>
            </li>
            <li>
              <NavLink to="/assignments">{t('nav.assignments')}</NavLink>
            </li>
            <li>
              <NavLink to="/consultations">{t('nav.consultations')}</NavLink>
            </li>
            <li>
              <NavLink to="/ecosystem">{t('nav.ecosystem')}</NavLink>
            </li>
            {isOrganizer ? (
              <li>
                <NavLink to="/organize">{t('nav.organize')}</NavLink>
              </li>
            ) : null}
            <li>{signedIn ? <NavLink to="/me">{t('nav.me')}</NavLink> : <NavLink to="/sign-in">{t('nav.signIn')}</NavLink>}</li>
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1} aria-busy={navigation.state === 'loading'}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}
