import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { ProblemMessage } from '../../components/ProblemMessage';
import { QueryProblem } from '../../components/QueryProblem';
import { formatDate, formatLocalDate } from '../../lib/format';
import { useI18n } from '../../lib/i18n/i18n-context';
import { usePageQuery } from '../../lib/use-page-query';
import '../../components/console.css';
import '../../lib/i18n/ecosystem-messages';

const AffiliationRequestsDocument = graphql(`
  query AffiliationRequests {
    affiliationRequests { requestedAt emailDomain member { id name } organization { id name } }
    unverifiedSupports { id kind startedOn provider { id name } project { id name } }
  }
`);

const OrganizationAffiliationsDocument = graphql(`
  query OrganizationAffiliations($id: ID!) {
    organization(id: $id) {
      id
      affiliations { status role requestedAt emailDomain member { id name } }
    }
  }
`);

const ConfirmAffiliationDocument = graphql(`
  mutation ConfirmAffiliation($memberId: ID!, $role: AffiliationRole) {
    confirmAffiliation(memberId: $memberId, role: $role) { status role member { id } }
  }
`);

const ConfirmAffiliationsDocument = graphql(`
  mutation ConfirmAffiliations($memberIds: [ID!]!) {
    confirmAffiliations(memberIds: $memberIds) { status member { id } }
  }
`);

const DeclineAffiliationDocument = graphql(`
  mutation DeclineAffiliation($memberId: ID!) {
    declineAffiliation(memberId: $memberId)
  }
`);

const EndAffiliationDocument = graphql(`
  mutation EndAffiliation($memberId: ID!) {
    endAffiliation(memberId: $memberId)
  }
`);

const ConfirmSupportDocument = graphql(`
  mutation ConfirmSupport($id: ID!) {
    confirmSupport(id: $id) { id verified }
  }
`);

/** The decisions on one request or membership, and what the last one answered. */
function useAffiliationActions(onChanged: () => void) {
  const [confirmed, confirm] = useMutation(ConfirmAffiliationDocument);
  const [declined, decline] = useMutation(DeclineAffiliationDocument);
  const [ended, end] = useMutation(EndAffiliationDocument);
  const then = (answer: { error?: unknown }) => {
    if (!answer.error) onChanged();
  };
  return {
    busy: confirmed.fetching || declined.fetching || ended.fetching,
    error: confirmed.error ?? declined.error ?? ended.error,
    confirm: (memberId: string, role: 'MEMBER' | 'ADMIN' = 'MEMBER') => void confirm({ memberId, role }).then(then),
    decline: (memberId: string) => void decline({ memberId }).then(then),
    end: (memberId: string) => void end({ memberId }).then(then),
  };
}

/**
 * The console's list of requests to speak for an organisation, oldest first, with what helps to
 * decide (name, the domain of the e-mail address, when they asked); many can be confirmed at once.
 * Below it, supports recorded on claims nobody confirmed, waiting to count in the targets.
 */
export function AffiliationRequestsPage() {
  const { t, plural, locale } = useI18n();
  const [{ data, error, fetching }, retry] = usePageQuery({ query: AffiliationRequestsDocument });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [confirmedCount, setConfirmedCount] = useState<number | null>(null);
  const refresh = () => retry({ requestPolicy: 'network-only' });
  const actions = useAffiliationActions(refresh);
  const [bulk, confirmMany] = useMutation(ConfirmAffiliationsDocument);
  const [supportResult, confirmSupport] = useMutation(ConfirmSupportDocument);
  if (error && !data) return <QueryProblem error={error} retry={retry} />;
  if (!data) return <Loading />;
  const requests = data.affiliationRequests;
  const toggle = (memberId: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(memberId)) next.delete(memberId);
      else next.add(memberId);
      return next;
    });
  const allSelected = requests.length > 0 && requests.every((r) => selected.has(r.member.id));
  const confirmSelected = async () => {
    const memberIds = requests.map((r) => r.member.id).filter((id) => selected.has(id));
    const answer = await confirmMany({ memberIds });
    if (answer.data) {
      setConfirmedCount(answer.data.confirmAffiliations.length);
      setSelected(new Set());
      refresh();
    }
  };
  return (
    <>
      <PageHeading title={t('affiliations.title')} />
      <p>{t('affiliations.intro')}</p>
      <section aria-labelledby="affiliation-requests">
        <h2 id="affiliation-requests">{t('organize.nav.affiliations')}</h2>
        <p role="status">
          {confirmedCount !== null ? `${plural('affiliations.done', confirmedCount)} ` : ''}
          {requests.length === 0 ? t('affiliations.none') : plural('affiliations.count', requests.length)}
        </p>
        <ProblemMessage error={bulk.error ?? actions.error} />
        {requests.length > 0 ? (
          <div className="button-row">
            <label className="field--checkbox">
              <input type="checkbox" checked={allSelected} onChange={() => setSelected(allSelected ? new Set() : new Set(requests.map((r) => r.member.id)))} />{' '}
              {t('affiliations.selectAll')}
            </label>{' '}
            <button type="button" className="button button--primary" disabled={selected.size === 0 || bulk.fetching} onClick={() => void confirmSelected()}>
              {selected.size === 0 ? t('affiliations.confirmSelectedNone') : plural('affiliations.confirmSelected', selected.size)}
            </button>
          </div>
        ) : null}
        <ul className="card-list" aria-busy={fetching}>
          {requests.map((request) => (
            <li key={request.member.id} className="card">
              <p className="card__title">
                <label className="field--checkbox">
                  <input
                    type="checkbox"
                    checked={selected.has(request.member.id)}
                    onChange={() => toggle(request.member.id)}
                    aria-label={t('affiliations.select', { name: request.member.name })}
                  />{' '}
                  {request.member.name}
                </label>{' '}
                → <Link to={`/organizations/${request.organization.id}`}>{request.organization.name}</Link>
              </p>
              <p className="muted">
                {request.emailDomain ? `${t('affiliations.domain', { domain: request.emailDomain })} · ` : ''}
                {t('affiliations.asked', { when: formatDate(request.requestedAt, locale) })}
              </p>
              <p className="button-row">
                <button type="button" className="button" disabled={actions.busy} onClick={() => actions.confirm(request.member.id)}>
                  {t('affiliations.confirm', { name: request.member.name })}
                </button>{' '}
                <button type="button" className="button button--quiet" disabled={actions.busy} onClick={() => actions.decline(request.member.id)}>
                  {t('affiliations.decline', { name: request.member.name })}
                </button>
              </p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="unverified-supports">
        <h2 id="unverified-supports">{t('affiliations.unverifiedSupports')}</h2>
        <p className="hint">{t('eco.support.unverifiedHint')}</p>
        <ProblemMessage error={supportResult.error} />
        {data.unverifiedSupports.length === 0 ? <p>{t('affiliations.unverifiedSupportsNone')}</p> : null}
        <ul className="card-list">
          {data.unverifiedSupports.map((support) => (
            <li key={support.id} className="card">
              <p className="card__title">
                <Link to={`/organizations/${support.provider.id}`}>{support.provider.name}</Link> →{' '}
                <Link to={`/projects/${support.project.id}`}>{support.project.name}</Link>
              </p>
              <p className="muted">
                {t(`eco.support.${support.kind}`)} · {formatLocalDate(support.startedOn)}
              </p>
              <p className="button-row">
                <button
                  type="button"
                  className="button"
                  disabled={supportResult.fetching}
                  onClick={() => void confirmSupport({ id: support.id }).then((answer) => answer.data && refresh())}
                >
                  {t('eco.support.confirm')}
                </button>
              </p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

/**
 * On an organisation's page, for organizers and the organisation's administrators: who speaks for
 * it and who asked to, with the decisions each allows.
 */
export function OrganizationMembers({ organizationId }: { organizationId: string }) {
  const { t, locale } = useI18n();
  const [{ data, error }, retry] = usePageQuery({ query: OrganizationAffiliationsDocument, variables: { id: organizationId } });
  const actions = useAffiliationActions(() => retry({ requestPolicy: 'network-only' }));
  if (error && !data) return <ProblemMessage error={error} />;
  const affiliations = data?.organization?.affiliations ?? [];
  const pending = affiliations.filter((a) => a.status === 'PENDING');
  const confirmed = affiliations.filter((a) => a.status === 'CONFIRMED');
  return (
    <section aria-labelledby="organization-members">
      <h2 id="organization-members">{t('affiliations.members')}</h2>
      <ProblemMessage error={actions.error} />
      {data && confirmed.length === 0 ? <p>{t('affiliations.membersNone')}</p> : null}
      <ul className="card-list">
        {confirmed.map((a) => (
          <li key={a.member.id} className="card">
            <p className="card__title">
              {a.member.name} <span className="badge">{t(`affiliations.role.${a.role}`)}</span>
            </p>
            <p className="button-row">
              {a.role === 'MEMBER' ? (
                <button type="button" className="button button--quiet" disabled={actions.busy} onClick={() => actions.confirm(a.member.id, 'ADMIN')}>
                  {t('affiliations.makeAdmin', { name: a.member.name })}
                </button>
              ) : (
                <button type="button" className="button button--quiet" disabled={actions.busy} onClick={() => actions.confirm(a.member.id, 'MEMBER')}>
                  {t('affiliations.makeMember', { name: a.member.name })}
                </button>
              )}{' '}
              <button type="button" className="button button--quiet" disabled={actions.busy} onClick={() => actions.end(a.member.id)}>
                {t('affiliations.end', { name: a.member.name })}
              </button>
            </p>
          </li>
        ))}
      </ul>
      {pending.length > 0 ? (
        <>
          <h3>{t('affiliations.pending')}</h3>
          <ul className="card-list">
            {pending.map((a) => (
              <li key={a.member.id} className="card">
                <p className="card__title">{a.member.name}</p>
                <p className="muted">
                  {a.emailDomain ? `${t('affiliations.domain', { domain: a.emailDomain })} · ` : ''}
                  {t('affiliations.asked', { when: formatDate(a.requestedAt, locale) })}
                </p>
                <p className="button-row">
                  <button type="button" className="button" disabled={actions.busy} onClick={() => actions.confirm(a.member.id)}>
                    {t('affiliations.confirm', { name: a.member.name })}
                  </button>{' '}
                  <button type="button" className="button button--quiet" disabled={actions.busy} onClick={() => actions.decline(a.member.id)}>
                    {t('affiliations.decline', { name: a.member.name })}
                  </button>
                </p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
