import { Link } from 'react-router';
import { useI18n } from '../lib/i18n/i18n-context';
import { PageHeading } from './PageHeading';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <section>
      <PageHeading title={t('notFound.title')} />
      <p>{t('notFound.text')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </section>
  );
}
