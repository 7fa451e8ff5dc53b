import { useId, useState, type FormEvent } from 'react';
import type { CombinedError } from '@urql/core';
import { FieldProblem, ProblemMessage } from '../../components/ProblemMessage';
import { useI18n } from '../../lib/i18n/i18n-context';
import { presetOf, ruleFor, type RecurrencePreset } from './series-rules';

export interface SeriesValues {
  title: string;
  description: string;
  recurrence: string;
  startsOn: string;
  startTime: string;
  durationMinutes: number;
  timezone: string;
  venue: string;
  onlineUrl: string;
  capacity: number | null;
  /** Minutes before each date, as typed: "780, 60". */
  reminders: string;
  /** One question per line. */
  questions: string;
}

const FIELDS = [
  'title',
  'description',
  'recurrence',
  'startsOn',
  'startTime',
  'durationMinutes',
  'timezone',
  'venue',
  'onlineUrl',
  'capacity',
  'reminderMinutesBefore',
  'registrationQuestions',
];

/** "780, 60" → [780, 60]. */
export function reminderOffsets(text: string): number[] {
  return text
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map(Number);
}

/** One question per non-empty line. */
export function questionLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** A series' rule and defaults: every Saturday, every other, the first of the month, or a custom rule. */
export function SeriesForm({
  initial,
  submitLabel,
  busy,
  error,
  onSubmit,
}: {
  initial: SeriesValues;
  submitLabel: string;
  busy: boolean;
  error: CombinedError | undefined;
  onSubmit: (values: SeriesValues) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [values, setValues] = useState(initial);
  const [preset, setPreset] = useState<RecurrencePreset>(presetOf(initial.recurrence));
  const [custom, setCustom] = useState(presetOf(initial.recurrence) === 'custom' ? initial.recurrence : '');
  const set = <K extends keyof SeriesValues>(key: K, value: SeriesValues[K]) => setValues({ ...values, [key]: value });
  const field = (name: string) => `${id}-${name}`;
  const problem = (name: string) => <FieldProblem error={error} field={name} id={`${field(name)}-error`} />;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({ ...values, recurrence: ruleFor(preset, custom) });
  };
  return (
    <form onSubmit={submit} className="form">
      <div className="field">
        <label htmlFor={field('title')}>{t('series.form.title')}</label>
        <input id={field('title')} value={values.title} onChange={(e) => set('title', e.target.value)} required maxLength={200} />
        {problem('title')}
      </div>
      <div className="field">
        <label htmlFor={field('recurrence')}>{t('series.form.recurrence')}</label>
        <select id={field('recurrence')} value={preset} onChange={(e) => setPreset(e.target.value as RecurrencePreset)}>
          <option value="weekly">{t('series.recurrence.weekly')}</option>
          <option value="biweekly">{t('series.recurrence.biweekly')}</option>
          <option value="monthlyFirst">{t('series.recurrence.monthlyFirst')}</option>
          <option value="custom">{t('series.recurrence.custom')}</option>
        </select>
        {problem('recurrence')}
      </div>
      {preset === 'custom' ? (
        <div className="field">
          <label htmlFor={field('custom')}>{t('series.form.customRule')}</label>
          <input
            id={field('custom')}
            value={custom}
            onChange={(e) => setCustom(e.target.value)}
            required
            placeholder="FREQ=MONTHLY;BYDAY=-1SA"
            aria-describedby={`${field('custom')}-hint`}
          />
          <p id={`${field('custom')}-hint`} className="hint">
            {t('series.form.customRuleHint')}
          </p>
        </div>
      ) : null}
      <div className="field-row">
        <div className="field">
          <label htmlFor={field('startsOn')}>{t('series.form.startsOn')}</label>
          <input id={field('startsOn')} type="date" value={values.startsOn} onChange={(e) => set('startsOn', e.target.value)} required />
          {problem('startsOn')}
        </div>
        <div className="field">
          <label htmlFor={field('startTime')}>{t('series.form.startTime')}</label>
          <input id={field('startTime')} type="time" value={values.startTime} onChange={(e) => set('startTime', e.target.value)} required />
          {problem('startTime')}
        </div>
        <div className="field">
          <label htmlFor={field('durationMinutes')}>{t('series.form.duration')}</label>
          <input
            id={field('durationMinutes')}
            type="number"
            min={15}
            max={1440}
            value={values.durationMinutes}
            onChange={(e) => set('durationMinutes', Number(e.target.value))}
            required
          />
          {problem('durationMinutes')}
        </div>
      </div>
      <div className="field">
        <label htmlFor={field('timezone')}>{t('series.form.timezone')}</label>
        <input id={field('timezone')} value={values.timezone} onChange={(e) => set('timezone', e.target.value)} required />
        {problem('timezone')}
      </div>
      <div className="field">
        <label htmlFor={field('venue')}>{t('series.form.venue')}</label>
        <input id={field('venue')} value={values.venue} onChange={(e) => set('venue', e.target.value)} maxLength={200} />
        {problem('venue')}
      </div>
      <div className="field">
        <label htmlFor={field('onlineUrl')}>{t('series.form.onlineUrl')}</label>
        <input id={field('onlineUrl')} type="url" value={values.onlineUrl} onChange={(e) => set('onlineUrl', e.target.value)} placeholder="https://" />
        {problem('onlineUrl')}
      </div>
      <div className="field">
        <label htmlFor={field('capacity')}>{t('series.form.capacity')}</label>
        <input
          id={field('capacity')}
          type="number"
          min={1}
          value={values.capacity ?? ''}
          onChange={(e) => set('capacity', e.target.value === '' ? null : Number(e.target.value))}
          aria-describedby={`${field('capacity')}-hint`}
        />
        <p id={`${field('capacity')}-hint`} className="hint">
          {t('series.form.capacityHint')}
        </p>
        {problem('capacity')}
      </div>
      <div className="field">
        <label htmlFor={field('reminders')}>{t('series.reminders')}</label>
        <input
          id={field('reminders')}
          value={values.reminders}
          onChange={(e) => set('reminders', e.target.value)}
          inputMode="numeric"
          pattern="[0-9 ,]*"
          title={t('series.remindersInvalid')}
          aria-describedby={`${field('reminders')}-hint`}
        />
        <p id={`${field('reminders')}-hint`} className="hint">
          {t('series.remindersHint')}
        </p>
        {problem('reminderMinutesBefore')}
      </div>
      <div className="field">
        <label htmlFor={field('questions')}>{t('series.questions')}</label>
        <textarea
          id={field('questions')}
          rows={3}
          value={values.questions}
          onChange={(e) => set('questions', e.target.value)}
          aria-describedby={`${field('questions')}-hint`}
        />
        <p id={`${field('questions')}-hint`} className="hint">
          {t('series.questionsHint')}
        </p>
        {problem('registrationQuestions')}
      </div>
      <div className="field">
        <label htmlFor={field('description')}>{t('series.form.description')}</label>
        <textarea id={field('description')} rows={3} value={values.description} onChange={(e) => set('description', e.target.value)} />
        {problem('description')}
      </div>
      <ProblemMessage error={error} fieldsShown={FIELDS} />
      <p>
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('common.saving') : submitLabel}
        </button>
      </p>
    </form>
  );
}
