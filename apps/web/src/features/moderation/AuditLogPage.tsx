import { PageHeading } from '../../components/PageHeading';
import { useI18n } from '../../lib/i18n/i18n-context';

/** Placeholder of the organizer console: filled in by the moderation-and-people work. */
export function AuditLogPage() {
  const { t } = useI18n();
  return <PageHeading title={t('organize.nav.audit')} />;
}
