import { useId, useState } from 'react';
import { graphql } from '../../gql';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { QueryProblem } from '../../components/QueryProblem';
import { useI18n } from '../../lib/i18n/i18n-context';
import { isAdminRole } from '../../lib/roles';
import { useSession } from '../../lib/session';
import { formatDateTime } from '../../lib/format';
import { usePageQuery } from '../../lib/use-page-query';
import { useDebounced } from '../../lib/use-debounced';
import { deliveryStatusKey, isFailedDelivery } from './moderation-rules';
import '../../components/console.css';

const DeliveryMeetupsDocument = graphql(`
  query DeliveryMeetups($now: DateTime!) {
    meetups(filter: { to: $now, newestFirst: true }, first: 50) {
      edges { node { id title startsAt timezone series { id organizers { id } } } }
    }
  }
`);

const DeliveryMembersDocument = graphql(`
  query DeliveryMembers($search: String!) {
    members(search: $search) { id name email }
  }
`);

const DeliveriesDocument = graphql(`
  query Deliveries($meetupId: ID, $memberId: ID) {
    deliveries(meetupId: $meetupId, memberId: $memberId) { id kind status attempts createdAt sentAt lastError member { id name } }
  }
`);

type Subject = { meetupId: string } | { memberId: string; name: string } | null;

/**
 * Mail deliveries: what went out for a date or to a person, and what failed. Organizers see the
 * dates of the series they organize; admins every date, and a person's mail across dates.
 */
export function DeliveriesPage() {
  const { t } = useI18n();
  const { member } = useSession();
  const admin = isAdminRole(member?.role);
  const [subject, setSubject] = useState<Subject>(null);
  return (
    <>
      <PageHeading title={t('organize.nav.deliveries')} />
      <p className="muted">{t(admin ? 'moderation.deliveries.intro' : 'moderation.deliveries.introOrganizer')}</p>
      <div className="moderation-filters">
        <MeetupChoice
          organizerId={admin ? null : (member?.id ?? '')}
          value={subject && 'meetupId' in subject ? subject.meetupId : ''}
          onChange={(meetupId) => setSubject(meetupId ? { meetupId } : null)}
        />
        {admin ? <MemberChoice onChoose={(memberId, name) => setSubject({ memberId, name })} /> : null}
      </div>
      {subject ? <DeliveryList subject={subject} /> : <p>{t(admin ? 'moderation.deliveries.choose' : 'moderation.deliveries.chooseMeetupOnly')}</p>}
    </>
  );
}

/** `organizerId` null: every date (admins); otherwise the dates of the series that member organizes. */
function MeetupChoice({ organizerId, value, onChange }: { organizerId: string | null; value: string; onChange: (meetupId: string) => void }) {
  const { t, locale } = useI18n();
  const id = useId();
  // Mail goes out before and after a date: the dates that have started, and the next one, are the ones asked about.
  const [now] = useState(() => new Date(Date.now() + 8 * 24 * 3600_000).toISOString());
  const [{ data, error }, retry] = usePageQuery({ query: DeliveryMeetupsDocument, variables: { now } });
  const dates = (data?.meetups.edges ?? []).filter(({ node }) => organizerId === null || node.series.organizers.some((o) => o.id === organizerId));
  return (
    <div className="field">
      <label htmlFor={id}>{t('moderation.deliveries.meetup')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('moderation.deliveries.chooseMeetup')}</option>
        {dates.map(({ node }) => (
          <option key={node.id} value={node.id}>
            {node.title} · {formatDateTime(node.startsAt, locale, node.timezone)}
          </option>
        ))}
      </select>
      {error && !data ? <QueryProblem error={error} retry={retry} /> : null}
    </div>
  );
}

function MemberChoice({ onChoose }: { onChoose: (memberId: string, name: string) => void }) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState('');
  const search = useDebounced(text.trim(), 250);
  const [{ data }] = usePageQuery({ query: DeliveryMembersDocument, variables: { search }, pause: search.length < 2 });
  const found = search.length >= 2 ? (data?.members ?? []).slice(0, 8) : [];
  return (
    <div className="field">
      <label htmlFor={id}>{t('moderation.deliveries.member')}</label>
      <input id={id} type="search" value={text} onChange={(e) => setText(e.target.value)} />
      {found.length > 0 ? (
        <ul className="moderation-candidates" aria-label={t('moderation.deliveries.members')}>
          {found.map((m) => (
            <li key={m.id}>
              <span>
                {m.name}
                {m.email ? ` · ${m.email}` : ''}
              </span>
              <button type="button" onClick={() => onChoose(m.id, m.name)} aria-label={t('moderation.deliveries.mailOf', { name: m.name })}>
                {t('moderation.deliveries.show')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function DeliveryList({ subject }: { subject: NonNullable<Subject> }) {
  const { t, plural, locale } = useI18n();
  const failedId = useId();
  const [failedOnly, setFailedOnly] = useState(false);
  const variables = 'meetupId' in subject ? { meetupId: subject.meetupId, memberId: null } : { meetupId: null, memberId: subject.memberId };
  const [{ data, error, fetching }, retry] = usePageQuery({ query: DeliveriesDocument, variables, requestPolicy: 'cache-and-network' });
  if (error && !data) return <QueryProblem error={error} retry={retry} />;
  if (!data) return fetching ? <Loading /> : null;
  const failed = data.deliveries.filter(isFailedDelivery);
  const shown = failedOnly ? failed : data.deliveries;
  return (
    <section aria-labelledby="delivery-list">
      <h2 id="delivery-list">{'name' in subject ? t('moderation.deliveries.titleMember', { name: subject.name }) : t('moderation.deliveries.titleMeetup')}</h2>
      <p role="status">
        {plural('moderation.deliveries.count', data.deliveries.length)} · {plural('moderation.deliveries.failedCount', failed.length)}
      </p>
      <div className="field field--checkbox">
        <input id={failedId} type="checkbox" checked={failedOnly} onChange={(e) => setFailedOnly(e.target.checked)} />
        <label htmlFor={failedId}>{t('moderation.deliveries.failedOnly')}</label>
      </div>
      {shown.length === 0 ? (
        <p>{t('moderation.deliveries.none')}</p>
      ) : (
        <div className="moderation-table-wrap">
          <table className="moderation-table moderation-table--cards" aria-busy={fetching}>
            <caption>{t('moderation.deliveries.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('moderation.deliveries.kind')}</th>
                <th scope="col">{t('moderation.deliveries.to')}</th>
                <th scope="col">{t('moderation.deliveries.status')}</th>
                <th scope="col">{t('moderation.deliveries.when')}</th>
                <th scope="col">{t('moderation.deliveries.error')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((d) => {
                const statusKey = deliveryStatusKey(d.status);
                return (
                  <tr key={d.id} className={isFailedDelivery(d) ? 'moderation-row--failed' : undefined}>
                    <td data-label={t('moderation.deliveries.kind')}>
                      <code>{d.kind}</code>
                    </td>
                    <td data-label={t('moderation.deliveries.to')}>{d.member?.name ?? ''}</td>
                    <td data-label={t('moderation.deliveries.status')}>
                      {statusKey ? t(statusKey) : d.status} {d.attempts > 1 ? `(${plural('moderation.deliveries.attempts', d.attempts)})` : ''}
                    </td>
                    <td data-label={t('moderation.deliveries.when')}>
                      <time dateTime={d.sentAt ?? d.createdAt}>{formatDateTime(d.sentAt ?? d.createdAt, locale)}</time>
                    </td>
                    <td data-label={t('moderation.deliveries.error')}>{d.lastError ? <span lang="en">{d.lastError}</span> : ''}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
