import { Link, useNavigate } from 'react-router';
import { useSession } from '../../lib/session';
import { PageHeading } from '../../components/PageHeading';
import { useI18n } from '../../lib/i18n/i18n-context';
import { EMPTY_PROJECT, ProjectForm } from './ProjectForm';
import './ecosystem.css';
import '../../lib/i18n/ecosystem-messages';

/** Any member registers a startup project and becomes its contact. */
export function NewProjectPage() {
  const { t } = useI18n();
  const { signedIn, loading } = useSession();
  const navigate = useNavigate();
  return (
    <>
      <PageHeading title={t('eco.form.registerTitle')} />
      {signedIn ? (
        <>
          <p>{t('eco.form.registerIntro')}</p>
          <ProjectForm initial={EMPTY_PROJECT} onSaved={(id) => navigate(`/projects/${id}`)} />
        </>
      ) : loading ? null : (
        <p>
          <Link to="/sign-in">{t('eco.form.signIn')}</Link>
        </p>
      )}
    </>
  );
}
