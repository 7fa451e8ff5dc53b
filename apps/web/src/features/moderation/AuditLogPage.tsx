import { useId, useState } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { QueryProblem } from '../../components/QueryProblem';
import { useSession } from '../../lib/session';
import { useI18n } from '../../lib/i18n/i18n-context';
import { formatDateTime } from '../../lib/format';
import { usePageQuery } from '../../lib/use-page-query';
import { isAdminRole } from '../../lib/roles';
import { auditActionKey, auditValues } from './moderation-rules';
import '../../components/console.css';

const AuditLogDocument = graphql(`
  query AuditLog($targetType: String) {
    auditLog(first: 50, targetType: $targetType) { id at action targetType targetId before after actor { id name } }
  }
`);

const TARGET_TYPES = ['issue', 'comment', 'member', 'organization', 'meetup', 'minutes', 'assignment'] as const;

/** The audit log (admins): who did what to which record, newest first. */
export function AuditLogPage() {
  const { t } = useI18n();
  const { member } = useSession();
  if (!isAdminRole(member?.role)) {
    return (
      <section>
        <PageHeading title={t('organize.nav.audit')} />
        <p role="alert">{t('moderation.adminsOnly')}</p>
      </section>
    );
  }
  return <AuditLog />;
}

function AuditLog() {
  const { t, locale } = useI18n();
  const typeId = useId();
  const [targetType, setTargetType] = useState('');
  const [{ data, error, fetching }, retry] = usePageQuery({
    query: AuditLogDocument,
    variables: { targetType: targetType || null },
    requestPolicy: 'cache-and-network',
  });
  return (
    <>
      <PageHeading title={t('organize.nav.audit')} />
      <p className="muted">{t('moderation.audit.intro')}</p>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor={typeId}>{t('moderation.audit.filter')}</label>
          <select id={typeId} value={targetType} onChange={(e) => setTargetType(e.target.value)}>
            <option value="">{t('moderation.audit.allTypes')}</option>
            {TARGET_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`moderation.audit.type.${type}`)}
              </option>
            ))}
          </select>
        </div>
      </form>
      {error && !data ? <QueryProblem error={error} retry={retry} /> : null}
      {!data && fetching ? <Loading /> : null}
      {data ? (
        data.auditLog.length === 0 ? (
          <p role="status">{t('moderation.audit.none')}</p>
        ) : (
          <div className="moderation-table-wrap">
            <table className="moderation-table moderation-table--cards" aria-busy={fetching}>
              <caption>{t('moderation.audit.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('moderation.audit.at')}</th>
                  <th scope="col">{t('moderation.audit.actor')}</th>
                  <th scope="col">{t('moderation.audit.action')}</th>
                  <th scope="col">{t('moderation.audit.target')}</th>
                  <th scope="col">{t('moderation.audit.change')}</th>
                </tr>
              </thead>
              <tbody>
                {data.auditLog.map((entry) => {
                  const actionKey = auditActionKey(entry.action);
                  const before = auditValues(entry.before);
                  const after = auditValues(entry.after);
                  return (
                    <tr key={entry.id}>
                      <td data-label={t('moderation.audit.at')}>
                        <time dateTime={entry.at}>{formatDateTime(entry.at, locale)}</time>
                      </td>
                      <td data-label={t('moderation.audit.actor')}>{entry.actor?.name ?? t('moderation.audit.system')}</td>
                      <td data-label={t('moderation.audit.action')}>{actionKey ? t(actionKey) : entry.action}</td>
                      <td data-label={t('moderation.audit.target')}>
                        <AuditTarget type={entry.targetType} id={entry.targetId} />
                      </td>
                      <td data-label={t('moderation.audit.change')}>
                        <span>
                          {before ? <span className="muted">{before} → </span> : null}
                          {after}
                        </span>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )
      ) : null}
    </>
  );
}

function AuditTarget({ type, id }: { type: string; id: string }) {
  const { t } = useI18n();
  const known = (TARGET_TYPES as readonly string[]).includes(type) ? t(`moderation.audit.type.${type as (typeof TARGET_TYPES)[number]}`) : type;
  const short = id.slice(0, 8);
  if (type === 'issue')
    return (
      <Link to={`/issues/${id}`}>
        {known} {short}
      </Link>
    );
  if (type === 'organization')
    return (
      <Link to={`/organizations/${id}`}>
        {known} {short}
      </Link>
    );
  if (type === 'meetup')
    return (
      <Link to={`/meetups/${id}`}>
        {known} {short}
      </Link>
    );
  return (
    <span>
      {known} <code>{short}</code>
    </span>
  );
}
