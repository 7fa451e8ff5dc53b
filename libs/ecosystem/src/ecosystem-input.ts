import { DateTime } from 'luxon';
import { DomainError, normalizeTags, optionalText, requireId, requireText, HUE_TIME_ZONE } from '@app/core';
import { PROJECT_STAGES, ProjectStage } from './startup-project.entity';
import { SUPPORT_KINDS, SupportKind } from './support.entity';
import { TARGET_METRICS, TargetMetric } from './programme-target.entity';

/** Dates of the ecosystem (support, targets, "today") are local to Huế. */

export function requireDate(field: string, value: string): string {
  const parsed = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? DateTime.fromISO(value, { zone: 'utc' }) : null;
  if (!parsed || !parsed.isValid || parsed.year < 1900 || parsed.year > 2200)
    throw DomainError.badInput(field, 'must be a date written YYYY-MM-DD (years 1900–2200)');
  return value;
}

export function localDateOf(instant: Date): string {
  return DateTime.fromJSDate(instant, { zone: HUE_TIME_ZONE }).toISODate() as string;
}

/** A sector as the filters compare it (the same folding as `normalizeTags`). */
export function normalizeSector(field: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  return normalizeTags(field, [value], { max: 1, maxLength: 60 })[0] ?? null;
}

export interface StartupProjectFields {
  name?: string;
  summary?: string | null;
  stage?: ProjectStage;
  sectors?: string[] | null;
  teamSize?: number | null;
  companyId?: string | null;
  foundedOn?: string | null;
}

/** Checks every field given (undefined: not given); the first fault is BAD_USER_INPUT naming it. */
export function validateProjectFields(input: StartupProjectFields): StartupProjectFields {
  const out: StartupProjectFields = {};
  if (input.name !== undefined) out.name = requireText('name', input.name ?? '', { max: 200, min: 2 });
  if (input.summary !== undefined) out.summary = optionalText('summary', input.summary, { max: 5000, multiline: true });
  if (input.stage !== undefined) {
    if (!PROJECT_STAGES.includes(input.stage)) throw DomainError.badInput('stage', `must be one of ${PROJECT_STAGES.join(', ')}`);
    out.stage = input.stage;
  }
  if (input.sectors !== undefined) out.sectors = normalizeTags('sectors', input.sectors ?? [], { max: 10, maxLength: 60 });
  if (input.teamSize !== undefined) {
    if (input.teamSize !== null && (!Number.isInteger(input.teamSize) || input.teamSize < 1 || input.teamSize > 100_000)) {
      throw DomainError.badInput('teamSize', 'must be a whole number from 1 to 100000');
    }
    out.teamSize = input.teamSize;
  }
  if (input.companyId !== undefined) out.companyId = input.companyId === null ? null : requireId('companyId', input.companyId);
  if (input.foundedOn !== undefined) out.foundedOn = input.foundedOn === null ? null : requireDate('foundedOn', input.foundedOn);
  return out;
}

export interface RecordSupportCommand {
  projectId: string;
  providerId: string;
  kind: SupportKind;
  startedOn: string;
  endedOn?: string | null;
  note?: string | null;
}

export function validateSupport(input: RecordSupportCommand): Required<RecordSupportCommand> {
  const projectId = requireId('projectId', input.projectId);
  const providerId = requireId('providerId', input.providerId);
  if (!SUPPORT_KINDS.includes(input.kind)) throw DomainError.badInput('kind', `must be one of ${SUPPORT_KINDS.join(', ')}`);
  const startedOn = requireDate('startedOn', input.startedOn);
  const endedOn = input.endedOn ? requireDate('endedOn', input.endedOn) : null;
  if (endedOn && endedOn < startedOn) throw DomainError.badInput('endedOn', 'must not be before startedOn');
  const note = optionalText('note', input.note, { max: 2000, multiline: true });
  return { projectId, providerId, kind: input.kind, startedOn, endedOn, note };
}

export interface ProgrammeTargetCommand {
  id?: string | null;
  title: string;
  metric: TargetMetric;
  goal: number;
  startsOn: string;
  endsOn: string;
}

export function validateTarget(input: ProgrammeTargetCommand): ProgrammeTargetCommand {
  const id = input.id ? requireId('id', input.id) : null;
  const title = requireText('title', input.title, { max: 200 });
  if (!TARGET_METRICS.includes(input.metric)) throw DomainError.badInput('metric', `must be one of ${TARGET_METRICS.join(', ')}`);
  if (!Number.isInteger(input.goal) || input.goal < 1 || input.goal > 1_000_000) throw DomainError.badInput('goal', 'must be a whole number from 1 to 1000000');
  const startsOn = requireDate('startsOn', input.startsOn);
  const endsOn = requireDate('endsOn', input.endsOn);
  if (endsOn < startsOn) throw DomainError.badInput('endsOn', 'must not be before startsOn');
  return { id, title, metric: input.metric, goal: input.goal, startsOn, endsOn };
}
