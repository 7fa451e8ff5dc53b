import { useId, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { FieldProblem, ProblemMessage } from '../../components/ProblemMessage';
import { problemOf } from '../../lib/api-errors';
import { useI18n } from '../../lib/i18n/i18n-context';
import { parseSectors } from './ecosystem-labels';
import '../../lib/i18n/ecosystem-messages';
import type { OrganizationProfileValues } from '../../lib/organization-profile';

const UpdateOrganizationDocument = graphql(`
  mutation UpdateOrganizationProfile($id: ID!, $input: UpdateOrganizationInput!) {
    updateOrganization(id: $id, input: $input) { id description sectors services address website location { latitude longitude } }
  }
`);

export type OrganizationProfile = OrganizationProfileValues;

const FIELDS = ['description', 'sectors', 'services', 'address', 'website', 'latitude', 'longitude'] as const;

/** An organisation's ecosystem profile, edited by its own members and by organizers (the server checks). */
export function OrganizationProfileForm({ organization, onSaved }: { organization: OrganizationProfile; onSaved: () => void }) {
  const { t } = useI18n();
  const [result, update] = useMutation(UpdateOrganizationDocument);
  const [saved, setSaved] = useState(false);
  const [draft, setDraft] = useState({
    description: organization.description ?? '',
    sectors: organization.sectors.join(', '),
    services: organization.services.join(', '),
    address: organization.address ?? '',
    website: organization.website ?? '',
    latitude: organization.location ? String(organization.location.latitude) : '',
    longitude: organization.location ? String(organization.location.longitude) : '',
  });
  const problem = problemOf(result.error);
  const base = useId();
  const idOf = (field: string) => `${base}-${field}`;
  const invalid = (field: string) =>
    problem?.kind === 'BAD_USER_INPUT' && problem.field === field ? { 'aria-invalid': true as const, 'aria-describedby': `${idOf(field)}-error` } : {};
  const fieldProblem = (field: string) => <FieldProblem error={result.error} field={field} id={`${idOf(field)}-error`} />;
  const change = (field: keyof typeof draft) => (event: { target: { value: string } }) => {
    setSaved(false);
    setDraft({ ...draft, [field]: event.target.value });
  };
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const placed = draft.latitude.trim() !== '' || draft.longitude.trim() !== '';
    const answer = await update({
      id: organization.id,
      input: {
        description: draft.description.trim() || null,
        sectors: parseSectors(draft.sectors),
        services: parseSectors(draft.services),
        address: draft.address.trim() || null,
        website: draft.website.trim() || null,
        location: placed ? { latitude: Number(draft.latitude.replace(',', '.')), longitude: Number(draft.longitude.replace(',', '.')) } : null,
      },
    });
    if (answer.data) {
      setSaved(true);
      onSaved();
    }
  };
  const text = (field: keyof typeof draft, label: string, extra: Record<string, unknown> = {}, serverField: string = field) => (
    <div className="field">
      <label htmlFor={idOf(serverField)}>{label}</label>
      <input id={idOf(serverField)} value={draft[field]} onChange={change(field)} {...extra} {...invalid(serverField)} />
      {fieldProblem(serverField)}
    </div>
  );
  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)}>
      <div className="field">
        <label htmlFor={idOf('description')}>{t('eco.org.profile')}</label>
        <textarea id={idOf('description')} value={draft.description} onChange={change('description')} rows={4} maxLength={5000} {...invalid('description')} />
        {fieldProblem('description')}
      </div>
      {text('sectors', t('eco.form.sectors'))}
      {text('services', t('eco.org.services'))}
      {text('address', t('eco.org.address'), { maxLength: 300 })}
      {text('website', t('organization.website'), { type: 'url' })}
      {/* The server names location.latitude / location.longitude; the form reads the last part. */}
      {text('latitude', t('eco.org.latitude'), { inputMode: 'decimal' })}
      {text('longitude', t('eco.org.longitude'), { inputMode: 'decimal' })}
      <ProblemMessage error={result.error} fieldsShown={FIELDS} />
      <button type="submit" className="button button--primary" disabled={result.fetching}>
        {t('eco.org.save')}
      </button>
      <p role="status">{saved ? t('eco.org.saved') : ''}</p>
    </form>
  );
}
