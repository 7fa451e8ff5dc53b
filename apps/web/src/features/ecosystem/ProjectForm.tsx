import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { ProjectStage } from '../../gql/graphql';
import { FieldProblem, ProblemMessage } from '../../components/ProblemMessage';
import { problemOf } from '../../lib/api-errors';
import { useI18n } from '../../lib/i18n/i18n-context';
import { PROJECT_STAGES, parseSectors, stageKey } from './ecosystem-labels';
import '../../lib/i18n/ecosystem-messages';

const StartupCompaniesDocument = graphql(`
  query StartupCompanies {
    organizations { id name kind }
  }
`);

const RegisterStartupProjectDocument = graphql(`
  mutation RegisterStartupProject($input: StartupProjectInput!) {
    registerStartupProject(input: $input) { id }
  }
`);

const UpdateStartupProjectDocument = graphql(`
  mutation UpdateStartupProject($id: ID!, $input: StartupProjectInput!) {
    updateStartupProject(id: $id, input: $input) { id name summary stage sectors teamSize foundedOn company { id name } }
  }
`);

export interface ProjectDraft {
  name: string;
  summary: string;
  stage: ProjectStage;
  sectors: string;
  teamSize: string;
  companyId: string;
  foundedOn: string;
}

export const EMPTY_PROJECT: ProjectDraft = { name: '', summary: '', stage: 'IDEA', sectors: '', teamSize: '', companyId: '', foundedOn: '' };

const FIELDS = ['name', 'summary', 'stage', 'sectors', 'teamSize', 'companyId', 'foundedOn'] as const;

/** Register a project (no `projectId`) or edit one; every refusal is said next to its field. */
export function ProjectForm({ projectId, initial, onSaved }: { projectId?: string; initial: ProjectDraft; onSaved: (id: string) => void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(initial);
  const [companies] = useQuery({ query: StartupCompaniesDocument });
  const [registered, register] = useMutation(RegisterStartupProjectDocument);
  const [updated, update] = useMutation(UpdateStartupProjectDocument);
  const result = projectId ? updated : registered;
  const problem = problemOf(result.error);
  const base = useId();
  const idOf = (field: string) => `${base}-${field}`;
  const invalid = (field: string) =>
    problem?.kind === 'BAD_USER_INPUT' && problem.field === field ? { 'aria-invalid': true as const, 'aria-describedby': `${idOf(field)}-error` } : {};
  const fieldProblem = (field: string) => <FieldProblem error={result.error} field={field} id={`${idOf(field)}-error`} />;
  const change = (field: keyof ProjectDraft) => (event: { target: { value: string } }) => setDraft({ ...draft, [field]: event.target.value });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const teamSize = draft.teamSize.trim() === '' ? null : Number(draft.teamSize);
    const input = {
      name: draft.name.trim(),
      summary: draft.summary.trim() || null,
      stage: draft.stage,
      sectors: parseSectors(draft.sectors),
      teamSize,
      companyId: draft.companyId || null,
      foundedOn: draft.foundedOn || null,
    };
    const answer = projectId ? await update({ id: projectId, input }) : await register({ input });
    const id = answer.data && ('registerStartupProject' in answer.data ? answer.data.registerStartupProject.id : answer.data.updateStartupProject.id);
    if (id) onSaved(id);
  };

  const startups = (companies.data?.organizations ?? []).filter((o) => o.kind === 'STARTUP');
  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)}>
      <div className="field">
        <label htmlFor={idOf('name')}>{t('eco.form.name')}</label>
        <input id={idOf('name')} value={draft.name} onChange={change('name')} required maxLength={200} {...invalid('name')} />
        {fieldProblem('name')}
      </div>
      <div className="field">
        <label htmlFor={idOf('summary')}>{t('eco.form.summary')}</label>
        <textarea id={idOf('summary')} value={draft.summary} onChange={change('summary')} rows={4} maxLength={5000} {...invalid('summary')} />
        {fieldProblem('summary')}
      </div>
      <div className="field">
        <label htmlFor={idOf('stage')}>{t('eco.form.stage')}</label>
        <select id={idOf('stage')} value={draft.stage} onChange={change('stage')}>
          {PROJECT_STAGES.map((s) => (
            <option key={s} value={s}>
              {t(stageKey(s))}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={idOf('sectors')}>{t('eco.form.sectors')}</label>
        <input id={idOf('sectors')} value={draft.sectors} onChange={change('sectors')} aria-describedby={`${idOf('sectors')}-hint`} {...invalid('sectors')} />
        <p id={`${idOf('sectors')}-hint`} className="hint">
          {t('eco.form.sectorsHint')}
        </p>
        {fieldProblem('sectors')}
      </div>
      <div className="field">
        <label htmlFor={idOf('teamSize')}>{t('eco.form.teamSize')}</label>
        <input id={idOf('teamSize')} type="number" min={1} inputMode="numeric" value={draft.teamSize} onChange={change('teamSize')} {...invalid('teamSize')} />
        {fieldProblem('teamSize')}
      </div>
      <div className="field">
        <label htmlFor={idOf('companyId')}>{t('eco.form.company')}</label>
        <select id={idOf('companyId')} value={draft.companyId} onChange={change('companyId')} {...invalid('companyId')}>
          <option value="">{t('eco.form.noCompany')}</option>
          {startups.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
        {fieldProblem('companyId')}
      </div>
      <div className="field">
        <label htmlFor={idOf('foundedOn')}>{t('eco.form.foundedOn')}</label>
        <input id={idOf('foundedOn')} type="date" value={draft.foundedOn} onChange={change('foundedOn')} {...invalid('foundedOn')} />
        {fieldProblem('foundedOn')}
      </div>
      <ProblemMessage error={result.error} fieldsShown={FIELDS} />
      <button type="submit" className="button button--primary" disabled={result.fetching}>
        {t('eco.form.save')}
      </button>
    </form>
  );
}
