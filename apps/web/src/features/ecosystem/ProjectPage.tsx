import { useId, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { SupportKind } from '../../gql/graphql';
import { useSession } from '../../lib/session';
import { Loading } from '../../components/Loading';
import { NotFoundPage } from '../../components/NotFoundPage';
import { PageHeading } from '../../components/PageHeading';
import { FieldProblem, ProblemMessage } from '../../components/ProblemMessage';
import { QueryProblem } from '../../components/QueryProblem';
import { problemOf } from '../../lib/api-errors';
import { formatLocalDate, formatNumber } from '../../lib/format';
import { useI18n } from '../../lib/i18n/i18n-context';
import { usePageQuery } from '../../lib/use-page-query';
import { SUPPORT_KINDS, stageKey, supportKey } from './ecosystem-labels';
import { ProjectForm } from './ProjectForm';
import './ecosystem.css';
import '../../lib/i18n/ecosystem-messages';

const StartupProjectPageDocument = graphql(`
  query StartupProjectPage($id: ID!) {
    startupProject(id: $id) {
      id name summary stage sectors teamSize foundedOn createdAt canEdit
      company { id name }
      contact { id name }
      supports { id kind startedOn endedOn note verified provider { id name } }
    }
  }
`);

const SupportProvidersDocument = graphql(`
  query SupportProviders {
    organizations { id name }
  }
`);

const RecordSupportDocument = graphql(`
  mutation RecordSupport($input: RecordSupportInput!) {
    recordSupport(input: $input) { id }
  }
`);

/** A startup project with the support it received; its contact and organizers edit it. */
export function ProjectPage() {
  const { t, locale } = useI18n();
  const { id = '' } = useParams();
  const { member, isOrganizer } = useSession();
  const [saved, setSaved] = useState(false);
  const [{ data, error, fetching }, retry] = usePageQuery({ query: StartupProjectPageDocument, variables: { id } });
  if (error && !data) return <QueryProblem error={error} retry={retry} />;
  if (fetching && !data) return <Loading />;
  const project = data?.startupProject;
  if (!project) return <NotFoundPage />;
  const refresh = () => retry({ requestPolicy: 'network-only' });
  const canRecord = isOrganizer || !!member?.organization;

  return (
    <>
      <PageHeading title={project.name} />
      {project.summary ? <p className="issue-description">{project.summary}</p> : null}
      <dl className="facts">
        <div>
          <dt>{t('eco.project.stage')}</dt>
          <dd>{t(stageKey(project.stage))}</dd>
        </div>
        {project.sectors.length ? (
          <div>
            <dt>{t('eco.project.sectors')}</dt>
            <dd>{project.sectors.join(', ')}</dd>
          </div>
        ) : null}
        {project.teamSize ? (
          <div>
            <dt>{t('eco.project.teamSize')}</dt>
            <dd>{formatNumber(project.teamSize, locale)}</dd>
          </div>
        ) : null}
        {project.company ? (
          <div>
            <dt>{t('eco.project.company')}</dt>
            <dd>
              <Link to={`/organizations/${project.company.id}`}>{project.company.name}</Link>
            </dd>
          </div>
        ) : null}
        {project.foundedOn ? (
          <div>
            <dt>{t('eco.project.foundedOn')}</dt>
            <dd>{formatLocalDate(project.foundedOn)}</dd>
          </div>
        ) : null}
        {project.contact ? (
          <div>
            <dt>{t('eco.project.contact')}</dt>
            <dd>{project.contact.name}</dd>
          </div>
        ) : null}
      </dl>
      <section aria-labelledby="project-supports">
        <h2 id="project-supports">{t('eco.project.supports')}</h2>
        {project.supports.length === 0 ? <p>{t('eco.project.noSupports')}</p> : null}
        <ul className="card-list">
          {project.supports.map((support) => (
            <li key={support.id} className="card">
              <p className="card__title">
                {t(supportKey(support.kind))} · <Link to={`/organizations/${support.provider.id}`}>{support.provider.name}</Link>
                {support.verified ? null : (
                  <>
                    {' '}
                    <span className="badge">{t('eco.support.unverified')}</span>
                  </>
                )}
              </p>
              {support.verified ? null : <p className="hint">{t('eco.support.unverifiedHint')}</p>}
              <p className="muted">
                {t('eco.project.since', { date: formatLocalDate(support.startedOn) })}
                {support.endedOn ? ` ${t('eco.project.until', { date: formatLocalDate(support.endedOn) })}` : ''}
              </p>
              {support.note ? <p>{support.note}</p> : null}
            </li>
          ))}
        </ul>
      </section>
      {canRecord ? (
        <RecordSupportForm projectId={project.id} ownOrganization={isOrganizer ? null : (member?.organization ?? null)} onRecorded={refresh} />
      ) : null}
      {project.canEdit ? (
        <details>
          <summary>{t('eco.project.edit')}</summary>
          <ProjectForm
            projectId={project.id}
            initial={{
              name: project.name,
              summary: project.summary ?? '',
              stage: project.stage,
              sectors: project.sectors.join(', '),
              teamSize: project.teamSize ? String(project.teamSize) : '',
              companyId: project.company?.id ?? '',
              foundedOn: project.foundedOn ?? '',
            }}
            onSaved={() => {
              setSaved(true);
              refresh();
            }}
          />
          <p role="status">{saved ? t('eco.form.saved') : ''}</p>
        </details>
      ) : null}
    </>
  );
}

const SUPPORT_FIELDS = ['providerId', 'kind', 'startedOn', 'endedOn', 'note'] as const;

/** Organizers record support from any organisation; a member, from their own organisation. */
function RecordSupportForm({
  projectId,
  ownOrganization,
  onRecorded,
}: {
  projectId: string;
  ownOrganization: { id: string; name: string } | null;
  onRecorded: () => void;
}) {
  const { t } = useI18n();
  const [providers] = useQuery({ query: SupportProvidersDocument, pause: !!ownOrganization });
  const [result, record] = useMutation(RecordSupportDocument);
  const [draft, setDraft] = useState({ providerId: ownOrganization?.id ?? '', kind: 'MENTORING' as SupportKind, startedOn: '', endedOn: '', note: '' });
  const [done, setDone] = useState(false);
  const problem = problemOf(result.error);
  const base = useId();
  const idOf = (field: string) => `${base}-${field}`;
  const invalid = (field: string) =>
    problem?.kind === 'BAD_USER_INPUT' && problem.field === field ? { 'aria-invalid': true as const, 'aria-describedby': `${idOf(field)}-error` } : {};
  const fieldProblem = (field: string) => <FieldProblem error={result.error} field={field} id={`${idOf(field)}-error`} />;
  const change = (field: keyof typeof draft) => (event: { target: { value: string } }) => {
    setDone(false);
    setDraft({ ...draft, [field]: event.target.value });
  };
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await record({
      input: {
        projectId,
        providerId: draft.providerId,
        kind: draft.kind,
        startedOn: draft.startedOn,
        endedOn: draft.endedOn || null,
        note: draft.note.trim() || null,
      },
    });
    if (answer.data?.recordSupport.id) {
      setDone(true);
      setDraft({ ...draft, startedOn: '', endedOn: '', note: '' });
      onRecorded();
    }
  };
  return (
    <section aria-labelledby="record-support">
      <h2 id="record-support">{t('eco.record.title')}</h2>
      <form className="form" onSubmit={(e) => void onSubmit(e)}>
        <div className="field">
          <label htmlFor={idOf('providerId')}>{t('eco.record.provider')}</label>
          <select id={idOf('providerId')} value={draft.providerId} onChange={change('providerId')} required {...invalid('providerId')}>
            {ownOrganization ? (
              <option value={ownOrganization.id}>{ownOrganization.name}</option>
            ) : (
              <>
                <option value="" />
                {(providers.data?.organizations ?? []).map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </>
            )}
          </select>
          {fieldProblem('providerId')}
        </div>
        <div className="field">
          <label htmlFor={idOf('kind')}>{t('eco.record.kind')}</label>
          <select id={idOf('kind')} value={draft.kind} onChange={change('kind')}>
            {SUPPORT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(supportKey(k))}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={idOf('startedOn')}>{t('eco.record.startedOn')}</label>
          <input id={idOf('startedOn')} type="date" value={draft.startedOn} onChange={change('startedOn')} required {...invalid('startedOn')} />
          {fieldProblem('startedOn')}
        </div>
        <div className="field">
          <label htmlFor={idOf('endedOn')}>{t('eco.record.endedOn')}</label>
          <input id={idOf('endedOn')} type="date" value={draft.endedOn} onChange={change('endedOn')} {...invalid('endedOn')} />
          {fieldProblem('endedOn')}
        </div>
        <div className="field">
          <label htmlFor={idOf('note')}>{t('eco.record.note')}</label>
          <input id={idOf('note')} value={draft.note} onChange={change('note')} maxLength={2000} {...invalid('note')} />
          {fieldProblem('note')}
        </div>
        <ProblemMessage error={result.error} fieldsShown={SUPPORT_FIELDS} />
        <button type="submit" className="button button--primary" disabled={result.fetching}>
          {t('eco.record.submit')}
        </button>
        <p role="status">{done ? t('eco.record.done') : ''}</p>
      </form>
    </section>
  );
}
