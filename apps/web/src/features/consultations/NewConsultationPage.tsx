import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { FieldProblem, ProblemMessage } from '../../components/ProblemMessage';
import '../../lib/i18n/consultations-messages';
import { useI18n } from '../../lib/i18n/i18n-context';
import { HUE_TIME_ZONE } from '../../lib/format';
import { localInputToInstant } from '../../lib/local-time';

const CreateConsultationDocument = graphql(`
  mutation CreateConsultation($input: ConsultationInput!) {
    createConsultation(input: $input) { id }
  }
`);

const FIELDS = ['title', 'summary', 'document', 'opensAt', 'closesAt'] as const;

/** The console: an organizer opens a Markdown draft for comments between two dates. */
export function NewConsultationPage() {
  const { t } = useI18n();
  const id = useId();
  const navigate = useNavigate();
  const [values, setValues] = useState({ title: '', summary: '', document: '', opensAt: '', closesAt: '' });
  const [result, create] = useMutation(CreateConsultationDocument);
  const set = (key: keyof typeof values, value: string) => setValues({ ...values, [key]: value });
  const field = (name: string) => `${id}-${name}`;
  const save = async () => {
    const answer = await create(
      {
        input: {
          title: values.title.trim(),
          summary: values.summary.trim() || null,
          document: values.document,
          opensAt: localInputToInstant(values.opensAt, HUE_TIME_ZONE),
          closesAt: localInputToInstant(values.closesAt, HUE_TIME_ZONE),
        },
      },
      { additionalTypenames: ['Consultation'] },
    );
    if (answer.data) navigate(`/consultations/${answer.data.createConsultation.id}`);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };
  const described = (name: string) => (result.error ? `${field(name)}-error` : undefined);
  return (
    <section>
      <h1>{t('consultation.new.title')}</h1>
      <form onSubmit={submit} className="form">
        <div className="field">
          <label htmlFor={field('title')}>{t('consultation.new.name')}</label>
          <input
            id={field('title')}
            value={values.title}
            onChange={(e) => set('title', e.target.value)}
            required
            maxLength={200}
            aria-describedby={described('title')}
          />
          <FieldProblem error={result.error} field="title" id={`${field('title')}-error`} />
        </div>
        <div className="field">
          <label htmlFor={field('summary')}>{t('consultation.new.summary')}</label>
          <textarea
            id={field('summary')}
            value={values.summary}
            onChange={(e) => set('summary', e.target.value)}
            rows={2}
            maxLength={5000}
            aria-describedby={described('summary')}
          />
          <FieldProblem error={result.error} field="summary" id={`${field('summary')}-error`} />
        </div>
        <div className="field">
          <label htmlFor={field('document')}>{t('consultation.new.document')}</label>
          <textarea
            id={field('document')}
            value={values.document}
            onChange={(e) => set('document', e.target.value)}
            rows={14}
            required
            aria-describedby={`${field('document')}-hint${result.error ? ` ${field('document')}-error` : ''}`}
          />
          <p id={`${field('document')}-hint`} className="hint">
            {t('consultation.new.documentHint')}
          </p>
          <FieldProblem error={result.error} field="document" id={`${field('document')}-error`} />
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor={field('opensAt')}>{t('consultation.new.opensAt')}</label>
            <input
              id={field('opensAt')}
              type="datetime-local"
              value={values.opensAt}
              onChange={(e) => set('opensAt', e.target.value)}
              required
              aria-describedby={described('opensAt')}
            />
            <FieldProblem error={result.error} field="opensAt" id={`${field('opensAt')}-error`} />
          </div>
          <div className="field">
            <label htmlFor={field('closesAt')}>{t('consultation.new.closesAt')}</label>
            <input
              id={field('closesAt')}
              type="datetime-local"
              value={values.closesAt}
              onChange={(e) => set('closesAt', e.target.value)}
              required
              aria-describedby={described('closesAt')}
            />
            <FieldProblem error={result.error} field="closesAt" id={`${field('closesAt')}-error`} />
          </div>
        </div>
        <p className="hint">{t('consultation.new.zone')}</p>
        <ProblemMessage error={result.error} onRetry={() => void save()} fieldsShown={FIELDS} />
        <p>
          <button type="submit" className="button button--primary" disabled={result.fetching}>
            {t('consultation.new.submit')}
          </button>
        </p>
      </form>
    </section>
  );
}
