import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { ProblemMessage } from '../../components/ProblemMessage';
import { useI18n } from '../../lib/i18n/i18n-context';

const ProfileOrganizationsDocument = graphql(`
  query ProfileOrganizations {
    organizations { id name }
  }
`);

const UpdateProfileDocument = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) { id name organization { id name } affiliation { status role organization { id name } } }
  }
`);

export interface ProfileAffiliation {
  status: 'PENDING' | 'CONFIRMED';
  role: 'MEMBER' | 'ADMIN';
  organization: { id: string; name: string };
}

/**
 * Name and organisation, as others see them next to issues and in minutes. Choosing an
 * organisation asks it to confirm the member; until it does, the profile says so and the member
 * cannot speak for it.
 */
export function ProfileForm({ name: initialName, affiliation: initialAffiliation }: { name: string; affiliation: ProfileAffiliation | null }) {
  const { t } = useI18n();
  const ids = { name: useId(), organization: useId(), affiliation: useId() };
  const [name, setName] = useState(initialName);
  const [organizationId, setOrganizationId] = useState(initialAffiliation?.organization.id ?? '');
  const [saved, setSaved] = useState(false);
  const [organizations] = useQuery({ query: ProfileOrganizationsDocument });
  const [result, update] = useMutation(UpdateProfileDocument);
  const affiliation = result.data ? result.data.updateProfile.affiliation : initialAffiliation;
  const send = async () => {
    setSaved(false);
    const answer = await update({
      input: { name: name.trim(), ...(organizationId ? { organizationId } : { clearOrganization: true }) },
    });
    if (answer.data) setSaved(true);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void send();
  };
  return (
    <section aria-labelledby="profile">
      <h2 id="profile">{t('me.profile')}</h2>
      <form onSubmit={onSubmit} className="form">
        <div className="field">
          <label htmlFor={ids.name}>{t('me.profile.name')}</label>
          <input id={ids.name} value={name} onChange={(e) => setName(e.target.value)} required maxLength={120} autoComplete="name" />
        </div>
        <div className="field">
          <label htmlFor={ids.organization}>{t('me.profile.organization')}</label>
          <select
            id={ids.organization}
            value={organizationId}
            onChange={(e) => setOrganizationId(e.target.value)}
            aria-describedby={affiliation ? ids.affiliation : undefined}
          >
            <option value="">{t('me.profile.noOrganization')}</option>
            {(organizations.data?.organizations ?? []).map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
          {affiliation ? (
            <p id={ids.affiliation} className={affiliation.status === 'PENDING' ? 'hint hint--pending' : 'hint'}>
              {affiliation.status === 'PENDING'
                ? t('me.profile.pending', { organization: affiliation.organization.name })
                : t('me.profile.confirmed', { organization: affiliation.organization.name, role: t(`me.profile.role.${affiliation.role}`) })}
            </p>
          ) : null}
        </div>
        <ProblemMessage error={result.error} onRetry={() => void send()} />
        <p role="status">{saved ? t('common.saved') : ''}</p>
        <p>
          <button type="submit" className="button button--primary" disabled={result.fetching}>
            {result.fetching ? t('common.saving') : t('common.save')}
          </button>
        </p>
      </form>
    </section>
  );
}
