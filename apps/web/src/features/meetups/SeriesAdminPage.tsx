import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { QueryProblem } from '../../components/QueryProblem';
import { HUE_TIME_ZONE } from '../../lib/format';
import { useI18n } from '../../lib/i18n/i18n-context';
import { usePageQuery } from '../../lib/use-page-query';
import { SeriesForm, questionLines, reminderOffsets, type SeriesValues } from './SeriesForm';
import { presetOf, type RecurrencePreset } from './series-rules';

const SeriesListDocument = graphql(`
  query SeriesList {
    meetupSeries { id title recurrence startTime timezone venue capacity startsOn }
  }
`);

const SeriesDocument = graphql(`
  query SeriesForEdit($id: ID!) {
    meetupSeriesById(id: $id) { id title description recurrence startsOn startTime durationMinutes timezone venue onlineUrl capacity reminderMinutesBefore registrationQuestions }
  }
`);

const CreateSeriesDocument = graphql(`
  mutation CreateSeries($input: CreateMeetupSeriesInput!) {
    createMeetupSeries(input: $input) { id }
  }
`);

const UpdateSeriesDocument = graphql(`
  mutation UpdateSeries($id: ID!, $input: UpdateMeetupSeriesInput!) {
    updateMeetupSeries(id: $id, input: $input) { id title }
  }
`);

function nextSaturday(): string {
  const day = new Date();
  day.setDate(day.getDate() + ((6 - day.getDay() + 7) % 7 || 7));
  return day.toISOString().slice(0, 10);
}

const EMPTY: SeriesValues = {
  title: '',
  description: '',
  recurrence: 'FREQ=WEEKLY;BYDAY=SA',
  startsOn: nextSaturday(),
  startTime: '08:00',
  durationMinutes: 180,
  timezone: HUE_TIME_ZONE,
  venue: '',
  onlineUrl: '',
  capacity: null,
  reminders: '780, 60',
  questions: '',
};

function toInput(values: SeriesValues) {
  return {
    title: values.title.trim(),
    description: values.description.trim() || null,
    recurrence: values.recurrence,
    startsOn: values.startsOn,
    startTime: values.startTime,
    durationMinutes: values.durationMinutes,
    timezone: values.timezone.trim(),
    venue: values.venue.trim() || null,
    onlineUrl: values.onlineUrl.trim() || null,
    capacity: values.capacity,
    reminderMinutesBefore: reminderOffsets(values.reminders),
    registrationQuestions: questionLines(values.questions),
  };
}

/** The series: each with its rule; a new one with its dates made at once. */
export function SeriesAdminPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [{ data, error, fetching }, retry] = usePageQuery({ query: SeriesListDocument });
  const [created, create] = useMutation(CreateSeriesDocument);
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeading title={t('series.title')} />
      {error && !data ? <QueryProblem error={error} retry={retry} /> : null}
      {fetching && !data ? <Loading /> : null}
      <ul className="card-list">
        {(data?.meetupSeries ?? []).map((series) => (
          <li key={series.id} className="card">
            <Link to={`/organize/series/${series.id}`} className="card__title">
              {series.title}
            </Link>
            <p className="muted">
              {presetOf(series.recurrence) === 'custom' ? (
                <code>{series.recurrence}</code>
              ) : (
                t(`series.recurrence.${presetOf(series.recurrence) as Exclude<RecurrencePreset, 'custom'>}`)
              )}{' '}
              · {series.startTime} ({series.timezone}){series.venue ? ` · ${series.venue}` : ''}
            </p>
          </li>
        ))}
      </ul>
      <h2>{t('series.new')}</h2>
      {creating ? (
        <SeriesForm
          initial={EMPTY}
          submitLabel={t('series.create')}
          busy={created.fetching}
          error={created.error}
          onSubmit={(values) =>
            void create({ input: toInput(values) }).then((answer) => {
              if (answer.data) navigate('/organize');
            })
          }
        />
      ) : (
        <p>
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            {t('series.new')}
          </button>
        </p>
      )}
    </>
  );
}

/** One series' rule and defaults; future dates follow, except what was changed by hand. */
export function SeriesEditPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const [{ data, error, fetching }, retry] = usePageQuery({ query: SeriesDocument, variables: { id } });
  const [updated, update] = useMutation(UpdateSeriesDocument);
  const [saved, setSaved] = useState(false);
  if (error && !data) return <QueryProblem error={error} retry={retry} />;
  if (fetching && !data) return <Loading />;
  const series = data?.meetupSeriesById;
  if (!series) return <p>{t('notFound.text')}</p>;
  const initial: SeriesValues = {
    title: series.title,
    description: series.description ?? '',
    recurrence: series.recurrence,
    startsOn: series.startsOn,
    startTime: series.startTime,
    durationMinutes: series.durationMinutes,
    timezone: series.timezone,
    venue: series.venue ?? '',
    onlineUrl: series.onlineUrl ?? '',
    capacity: series.capacity ?? null,
    reminders: series.reminderMinutesBefore.join(', '),
    questions: series.registrationQuestions.join('\n'),
  };
  return (
    <>
      <PageHeading title={series.title} />
      <p className="hint">{t('series.editHint')}</p>
      <SeriesForm
        initial={initial}
        submitLabel={t('common.save')}
        busy={updated.fetching}
        error={updated.error}
        onSubmit={(values) => {
          setSaved(false);
          void update({ id, input: toInput(values) }).then((answer) => setSaved(Boolean(answer.data)));
        }}
      />
      <p role="status">{saved ? t('common.saved') : ''}</p>
    </>
  );
}
