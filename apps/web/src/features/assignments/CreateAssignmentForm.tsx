import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { FieldProblem, ProblemMessage } from '../../components/ProblemMessage';
import { useI18n } from '../../lib/i18n/i18n-context';
import { useDebounced } from '../../lib/use-debounced';

const AssignmentOrganizationsDocument = graphql(`
  query AssignmentOrganizations {
    organizations { id name }
    openAssignments: assignments(filter: { status: OPEN }, first: 20) { edges { node { id title } } }
  }
`);

const AssigneeSearchDocument = graphql(`
  query AssigneeSearch($search: String!) {
    members(search: $search) { id name organization { id name } }
  }
`);

const CreateAssignmentDocument = graphql(`
  mutation CreateAssignment($input: CreateAssignmentInput!) {
    createAssignment(input: $input) { id title leadOrganization { id name } dueOn }
  }
`);

/** A decision becomes an assignment: lead and coordinating organisations, a due date. */
export function CreateAssignmentForm({
  meetupId,
  decisionId,
  defaultTitle,
  issueId,
}: {
  meetupId: string;
  decisionId: string;
  defaultTitle: string;
  issueId: string | null;
}) {
  const { t } = useI18n();
  const id = useId();
  const [title, setTitle] = useState(defaultTitle.slice(0, 200));
  const [lead, setLead] = useState('');
  const [coordinating, setCoordinating] = useState<string[]>([]);
  const [dueOn, setDueOn] = useState('');
  const [assigneeQuery, setAssigneeQuery] = useState('');
  const [assigneeId, setAssigneeId] = useState('');
  const [dependsOn, setDependsOn] = useState<string[]>([]);
  const search = useDebounced(assigneeQuery.trim(), 300);
  const [assignees] = useQuery({ query: AssigneeSearchDocument, variables: { search }, pause: search.length < 2 });
  const [organizations] = useQuery({ query: AssignmentOrganizationsDocument });
  const [result, create] = useMutation(CreateAssignmentDocument);
  const [done, setDone] = useState<string | null>(null);
  const send = async () => {
    const answer = await create({
      input: {
        title: title.trim(),
        leadOrganizationId: lead,
        coordinatingOrganizationIds: coordinating.filter((o) => o !== lead),
        dueOn,
        decisionId,
        meetupId,
        dependsOnIds: dependsOn,
        ...(assigneeId ? { assigneeId } : {}),
        ...(issueId ? { issueId } : {}),
      },
    });
    const created = answer.data?.createAssignment;
    if (created) setDone(t('assignment.created', { title: created.title, organization: created.leadOrganization.name }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send();
  };
  const field = (name: string) => `${id}-${name}`;
  return (
    <form onSubmit={submit} className="form">
      <div className="field">
        <label htmlFor={field('title')}>{t('assignment.form.title')}</label>
        <input id={field('title')} value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={200} />
        <FieldProblem error={result.error} field="title" id={`${field('title')}-error`} />
      </div>
      <div className="field">
        <label htmlFor={field('lead')}>{t('assignment.lead')}</label>
        <select id={field('lead')} value={lead} onChange={(e) => setLead(e.target.value)} required>
          <option value="">{t('assignment.form.choose')}</option>
          {(organizations.data?.organizations ?? []).map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="checkbox-list">
        <legend>{t('assignment.coordinating')}</legend>
        {(organizations.data?.organizations ?? [])
          .filter((o) => o.id !== lead)
          .map((o) => (
            <label key={o.id}>
              <input
                type="checkbox"
                checked={coordinating.includes(o.id)}
                onChange={(e) => setCoordinating(e.target.checked ? [...coordinating, o.id] : coordinating.filter((c) => c !== o.id))}
              />{' '}
              {o.name}
            </label>
          ))}
      </fieldset>
      <div className="field">
        <label htmlFor={field('due')}>{t('assignment.dueOn')}</label>
        <input id={field('due')} type="date" value={dueOn} onChange={(e) => setDueOn(e.target.value)} required />
        <FieldProblem error={result.error} field="dueOn" id={`${field('due')}-error`} />
      </div>
      <div className="field">
        <label htmlFor={field('assignee-search')}>{t('assignment.form.assigneeSearch')}</label>
        <input id={field('assignee-search')} type="search" value={assigneeQuery} onChange={(e) => setAssigneeQuery(e.target.value)} autoComplete="off" />
      </div>
      {(assignees.data?.members ?? []).length > 0 ? (
        <div className="field">
          <label htmlFor={field('assignee')}>{t('assignment.form.assignee')}</label>
          <select id={field('assignee')} value={assigneeId} onChange={(e) => setAssigneeId(e.target.value)}>
            <option value="">{t('assignment.form.noAssignee')}</option>
            {(assignees.data?.members ?? []).map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
                {m.organization ? ` · ${m.organization.name}` : ''}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {(organizations.data?.openAssignments.edges ?? []).length > 0 ? (
        <fieldset className="checkbox-list">
          <legend>{t('assignment.form.dependsOn')}</legend>
          {(organizations.data?.openAssignments.edges ?? []).map(({ node }) => (
            <label key={node.id}>
              <input
                type="checkbox"
                checked={dependsOn.includes(node.id)}
                onChange={(e) => setDependsOn(e.target.checked ? [...dependsOn, node.id] : dependsOn.filter((d) => d !== node.id))}
              />{' '}
              {node.title}
            </label>
          ))}
        </fieldset>
      ) : null}
      <ProblemMessage error={result.error} onRetry={() => void send()} fieldsShown={['title', 'dueOn']} />
      <p role="status">{done ?? ''}</p>
      <p>
        <button type="submit" className="button button--primary" disabled={result.fetching || Boolean(done)}>
          {t('assignment.form.create')}
        </button>
      </p>
    </form>
  );
}
