import { useId, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { ProblemMessage } from '../../components/ProblemMessage';
import { QueryProblem } from '../../components/QueryProblem';
import { useSession } from '../../lib/session';
import { useI18n } from '../../lib/i18n/i18n-context';
import { usePageQuery } from '../../lib/use-page-query';
import { useDebounced } from '../../lib/use-debounced';
import { ROLES, isAdminRole, roleKey } from '../../lib/roles';
import '../../components/console.css';

const PeopleDocument = graphql(`
  query People($search: String) {
    members(search: $search) { id name email role organization { id name } }
  }
`);

const SetMemberRoleDocument = graphql(`
  mutation SetMemberRole($memberId: ID!, $role: Role!) {
    setMemberRole(memberId: $memberId, role: $role) { id role }
  }
`);

/** Members and their roles: admins find a person by name or e-mail and change what they may do. */
export function PeoplePage() {
  const { t } = useI18n();
  const { member } = useSession();
  if (!isAdminRole(member?.role)) {
    return (
      <section>
        <PageHeading title={t('organize.nav.people')} />
        <p role="alert">{t('moderation.adminsOnly')}</p>
      </section>
    );
  }
  return <People selfId={member!.id} />;
}

function People({ selfId }: { selfId: string }) {
  const { t, plural } = useI18n();
  const searchId = useId();
  const [text, setText] = useState('');
  const search = useDebounced(text.trim(), 250);
  const [{ data, error, fetching }, retry] = usePageQuery({ query: PeopleDocument, variables: { search: search || null } });
  return (
    <>
      <PageHeading title={t('organize.nav.people')} />
      <form role="search" className="filters" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor={searchId}>{t('moderation.people.search')}</label>
          <input id={searchId} type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </div>
      </form>
      {error && !data ? <QueryProblem error={error} retry={retry} /> : null}
      {!data && fetching ? <Loading /> : null}
      {data ? (
        <>
          <p role="status">{plural('moderation.people.count', data.members.length)}</p>
          <div className="moderation-table-wrap">
            <table className="moderation-table moderation-table--cards" aria-busy={fetching}>
              <caption>{t('moderation.people.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('moderation.people.name')}</th>
                  <th scope="col">{t('moderation.people.email')}</th>
                  <th scope="col">{t('moderation.people.organization')}</th>
                  <th scope="col">{t('moderation.people.role')}</th>
                </tr>
              </thead>
              <tbody>
                {data.members.map((person) => (
                  <tr key={person.id}>
                    <td data-label={t('moderation.people.name')}>{person.name}</td>
                    <td data-label={t('moderation.people.email')}>{person.email ?? ''}</td>
                    <td data-label={t('moderation.people.organization')}>{person.organization?.name ?? '—'}</td>
                    <td data-label={t('moderation.people.role')}>
                      <RoleControl memberId={person.id} name={person.name} role={person.role} self={person.id === selfId} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </>
  );
}

function RoleControl({ memberId, name, role, self }: { memberId: string; name: string; role: Role; self: boolean }) {
  const { t } = useI18n();
  const id = useId();
  const [chosen, setChosen] = useState<Role>(role);
  const [saved, setSaved] = useState(false);
  const [result, setRole] = useMutation(SetMemberRoleDocument);
  if (self)
    return (
      <span>
        {t(roleKey(role))} <span className="muted">{t('moderation.people.you')}</span>
      </span>
    );
  const save = async () => {
    setSaved(false);
    const answer = await setRole({ memberId, role: chosen });
    if (answer.data) setSaved(true);
  };
  return (
    <div className="moderation-role">
      <label htmlFor={id} className="visually-hidden-label">
        {t('moderation.people.roleOf', { name })}
      </label>
      <select
        id={id}
        value={chosen}
        onChange={(e) => {
          setChosen(e.target.value as Role);
          setSaved(false);
        }}
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {t(roleKey(r))}
          </option>
        ))}
      </select>
      <button type="button" disabled={chosen === role || result.fetching} onClick={() => void save()} aria-label={t('moderation.people.saveRoleOf', { name })}>
        {t('moderation.people.saveRole')}
      </button>
      <span role="status">{saved ? t('moderation.people.saved') : ''}</span>
      <ProblemMessage error={result.error} onRetry={() => void save()} />
    </div>
  );
}
