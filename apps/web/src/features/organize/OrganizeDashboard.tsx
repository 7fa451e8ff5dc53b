import { PageHeading } from '../../components/PageHeading';
import { useI18n } from '../../lib/i18n/i18n-context';

/** The console's first page: the coming dates and what each still needs. */
export function OrganizeDashboard() {
  const { t } = useI18n();
  return <PageHeading title={t('organize.title')} />;
}
