import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { OrganizationKind } from '../../gql/graphql';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { FieldProblem, ProblemMessage } from '../../components/ProblemMessage';
import { QueryProblem } from '../../components/QueryProblem';
import { useI18n } from '../../lib/i18n/i18n-context';
import { usePageQuery } from '../../lib/use-page-query';
import { useDebounced } from '../../lib/use-debounced';
import '../../components/console.css';
import '../../lib/i18n/ecosystem-messages';

const OrganizationsAdminDocument = graphql(`
  query OrganizationsAdmin($search: String) {
    organizations(search: $search) { id name shortName kind website }
  }
`);

const CreateOrganizationDocument = graphql(`
  mutation CreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) { id name shortName kind website }
  }
`);

const KINDS: readonly OrganizationKind[] = [
  'GOVERNMENT_AGENCY',
  'RESEARCH_INSTITUTE',
  'UNIVERSITY',
  'STARTUP',
  'SUPPORT_ORGANIZATION',
  'INCUBATOR',
  'ACCELERATOR',
  'COWORKING_SPACE',
  'INVESTOR',
  'ENTERPRISE',
  'MEDIA',
  'COMMUNITY',
  'OTHER',
];

/** Organisations: find one, or register a new one (departments, startups, universities…). */
export function OrganizationsAdminPage() {
  const { t, plural } = useI18n();
  const searchId = useId();
  const [text, setText] = useState('');
  const search = useDebounced(text.trim(), 250);
  const [{ data, error, fetching }, retry] = usePageQuery({ query: OrganizationsAdminDocument, variables: { search: search || null } });
  return (
    <>
      <PageHeading title={t('organize.nav.organizations')} />
      <CreateOrganizationForm onCreated={() => retry({ requestPolicy: 'network-only' })} />
      <section aria-labelledby="organization-list">
        <h2 id="organization-list">{t('moderation.organizations.list')}</h2>
        <form role="search" className="filters" onSubmit={(e) => e.preventDefault()}>
          <div className="field">
            <label htmlFor={searchId}>{t('moderation.organizations.search')}</label>
            <input id={searchId} type="search" value={text} onChange={(e) => setText(e.target.value)} />
          </div>
        </form>
        {error && !data ? <QueryProblem error={error} retry={retry} /> : null}
        {!data && fetching ? <Loading /> : null}
        {data ? (
          <>
            <p role="status">{plural('moderation.organizations.count', data.organizations.length)}</p>
            <ul className="card-list" aria-busy={fetching}>
              {data.organizations.map((o) => (
                <li key={o.id} className="card">
                  <p className="card__title">
                    <Link to={`/organizations/${o.id}`}>{o.name}</Link>
                    {o.shortName ? ` (${o.shortName})` : ''}
                  </p>
                  <p className="muted">
                    {t(`organization.kind.${o.kind}`)}
                    {o.website ? (
                      <>
                        {' '}
                        ·{' '}
                        <a href={o.website} rel="noopener noreferrer">
                          {o.website}
                        </a>
                      </>
                    ) : null}
                  </p>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
    </>
  );
}

function CreateOrganizationForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useI18n();
  const ids = { name: useId(), shortName: useId(), kind: useId(), website: useId(), nameError: useId(), shortNameError: useId(), websiteError: useId() };
  const empty = { name: '', shortName: '', kind: '' as OrganizationKind | '', website: '' };
  const [form, setForm] = useState(empty);
  const [created, setCreated] = useState<string | null>(null);
  const [result, create] = useMutation(CreateOrganizationDocument);
  const set = (field: keyof typeof empty) => (event: { target: { value: string } }) => setForm({ ...form, [field]: event.target.value });
  const send = async () => {
    if (!form.kind) return;
    setCreated(null);
    const answer = await create(
      { input: { name: form.name.trim(), kind: form.kind, shortName: form.shortName.trim() || null, website: form.website.trim() || null } },
      { additionalTypenames: ['Organization'] },
    );
    if (answer.data) {
      setCreated(answer.data.createOrganization.name);
      setForm(empty);
      onCreated();
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send();
  };
  const invalid = (field: string) => {
    const first = result.error?.graphQLErrors[0]?.extensions;
    return typeof first?.field === 'string' && first.field.split('.').pop() === field ? true : undefined;
  };
  return (
    <section aria-labelledby="new-organization">
      <h2 id="new-organization">{t('moderation.organizations.new')}</h2>
      <form className="form" onSubmit={submit}>
        <div className="field">
          <label htmlFor={ids.name}>{t('moderation.organizations.name')}</label>
          <input
            id={ids.name}
            value={form.name}
            onChange={set('name')}
            required
            maxLength={200}
            aria-invalid={invalid('name')}
            aria-describedby={invalid('name') ? ids.nameError : undefined}
          />
          <FieldProblem error={result.error} field="name" id={ids.nameError} />
        </div>
        <div className="field">
          <label htmlFor={ids.shortName}>{t('moderation.organizations.shortName')}</label>
          <input
            id={ids.shortName}
            value={form.shortName}
            onChange={set('shortName')}
            maxLength={50}
            aria-invalid={invalid('shortName')}
            aria-describedby={invalid('shortName') ? ids.shortNameError : undefined}
          />
          <FieldProblem error={result.error} field="shortName" id={ids.shortNameError} />
        </div>
        <div className="field">
          <label htmlFor={ids.kind}>{t('moderation.organizations.kind')}</label>
          <select id={ids.kind} value={form.kind} onChange={set('kind')} required>
            <option value="">{t('moderation.organizations.chooseKind')}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`organization.kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.website}>{t('moderation.organizations.website')}</label>
          <input
            id={ids.website}
            type="url"
            value={form.website}
            onChange={set('website')}
            placeholder="https://"
            aria-invalid={invalid('website')}
            aria-describedby={invalid('website') ? ids.websiteError : undefined}
          />
          <FieldProblem error={result.error} field="website" id={ids.websiteError} />
        </div>
        <ProblemMessage error={result.error} fieldsShown={['name', 'shortName', 'website']} onRetry={() => void send()} />
        <p role="status">{created ? t('moderation.organizations.created', { name: created }) : ''}</p>
        <p>
          <button type="submit" className="button button--primary" disabled={result.fetching || !form.name.trim() || !form.kind}>
            {result.fetching ? t('common.saving') : t('moderation.organizations.create')}
          </button>
        </p>
      </form>
    </section>
  );
}
