import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { Actor, Clock, DomainError, hasRole } from '@app/core';
import { recordAudit } from '@app/database';
import { ProgrammeTarget, TargetMetric } from './programme-target.entity';
import { ECOSYSTEM_TIMEZONE, ProgrammeTargetCommand, localDateOf, validateTarget } from './ecosystem-input';

export interface TargetYear {
  year: number;
  /** Counted within this year's part of the window. */
  achieved: number;
  /** Counted from the window's start to the end of this year (what the bars grow to). */
  cumulative: number;
}

export interface TargetProgress extends ProgrammeTarget {
  achieved: number;
  /** How much of the goal the elapsed part of the window calls for (rounded down). */
  expectedByNow: number;
  onTrack: boolean;
  byYear: TargetYear[];
}

/**
 * What counts, per metric, as (local date in Huế, distinct key): `achieved` is the number of
 * distinct keys whose date falls within [startsOn, endsOn].
 * - PROJECTS_SUPPORTED: projects with a support that started in the window;
 * - STARTUPS_SUPPORTED: those of them that have a company (are incorporated);
 * - MEETUPS_HELD: meetups not cancelled whose start has passed, by their local date;
 * - ISSUES_RESOLVED: issues that are RESOLVED, by the day of their resolution;
 * - ASSIGNMENTS_DONE_ON_TIME: assignments DONE on or before their due date, by the day they were done.
 * `$1`/`$2` are the window, `$3` is now.
 */
const EVENTS: Record<TargetMetric, string> = {
  PROJECTS_SUPPORTED: `SELECT s.started_on AS d, s.project_id::text AS k FROM supports s WHERE s.started_on BETWEEN $1::date AND $2::date`,
  STARTUPS_SUPPORTED: `SELECT s.started_on AS d, s.project_id::text AS k FROM supports s JOIN startup_projects p ON p.id = s.project_id
                        WHERE p.company_id IS NOT NULL AND s.started_on BETWEEN $1::date AND $2::date`,
  MEETUPS_HELD: `SELECT (m.starts_at AT TIME ZONE m.timezone)::date AS d, m.id::text AS k FROM meetups m
                  WHERE m.status = 'SCHEDULED' AND m.starts_at <= $3::timestamptz
                    AND m.starts_at >= ($1::date - 2)::timestamp AT TIME ZONE 'UTC' AND m.starts_at < ($2::date + 2)::timestamp AT TIME ZONE 'UTC'
                    AND (m.starts_at AT TIME ZONE m.timezone)::date BETWEEN $1::date AND $2::date`,
  ISSUES_RESOLVED: `SELECT (e.at AT TIME ZONE '${ECOSYSTEM_TIMEZONE}')::date AS d, e.issue_id::text AS k FROM issue_events e JOIN issues i ON i.id = e.issue_id
                     WHERE e.type = 'RESOLVED' AND i.status = 'RESOLVED' AND (e.at AT TIME ZONE '${ECOSYSTEM_TIMEZONE}')::date BETWEEN $1::date AND $2::date`,
  ASSIGNMENTS_DONE_ON_TIME: `SELECT (a.completed_at AT TIME ZONE '${ECOSYSTEM_TIMEZONE}')::date AS d, a.id::text AS k FROM assignments a
                              WHERE a.status = 'DONE' AND a.completed_at IS NOT NULL
                                AND (a.completed_at AT TIME ZONE '${ECOSYSTEM_TIMEZONE}')::date <= a.due_on
                                AND (a.completed_at AT TIME ZONE '${ECOSYSTEM_TIMEZONE}')::date BETWEEN $1::date AND $2::date`,
};

/** The scheme's targets (admins set them) and the progress measured from the platform's data. */
@Injectable()
export class ProgrammeTargetsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async list(): Promise<TargetProgress[]> {
    const targets = await this.dataSource.getRepository(ProgrammeTarget).find({ order: { endsOn: 'ASC', title: 'ASC' } });
    return Promise.all(targets.map((target) => this.measure(target)));
  }

  /** Admins: a new target, or with `id` a change to one. */
  async set(actor: Actor, input: ProgrammeTargetCommand): Promise<TargetProgress> {
    if (!hasRole(actor.role, 'ADMIN')) throw DomainError.forbidden('Only admins can set programme targets');
    const fields = validateTarget(input);
    const saved = await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(ProgrammeTarget);
      const [clash] = await manager.query('SELECT id FROM programme_targets WHERE lower(title) = lower($1) AND ($2::uuid IS NULL OR id <> $2::uuid)', [fields.title, fields.id ?? null]);
      if (clash) throw DomainError.conflict(`A target titled "${fields.title}" already exists`);
      const values = { title: fields.title, metric: fields.metric, goal: fields.goal, startsOn: fields.startsOn, endsOn: fields.endsOn };
      let id: string;
      if (fields.id) {
        const existing = await repository.findOneBy({ id: fields.id });
        if (!existing) throw DomainError.notFound('Programme target', fields.id);
        await repository.update({ id: fields.id }, values);
        id = fields.id;
      } else {
        id = (await repository.save(repository.create(values))).id;
      }
      await recordAudit(manager, { actorId: actor.memberId, action: fields.id ? 'target.update' : 'target.create', targetType: 'programme_target', targetId: id, after: values });
      return repository.findOneByOrFail({ id });
    });
    return this.measure(saved);
  }

  /** Achieved, the years' trend and whether progress keeps pace with the days elapsed. */
  async measure(target: ProgrammeTarget): Promise<TargetProgress> {
    const now = this.clock.now();
    const today = localDateOf(now);
    const firstYear = Number(target.startsOn.slice(0, 4));
    const lastYear = Math.min(Number(target.endsOn.slice(0, 4)), Number(today.slice(0, 4)));
    const rows: { year: number | null; achieved: number; cumulative: number }[] = await this.dataSource.query(
      `WITH clock AS (SELECT $3::timestamptz AS now), ev AS (${EVENTS[target.metric]})
       SELECT NULL::int AS year, (SELECT count(DISTINCT k) FROM ev)::int AS achieved, 0 AS cumulative
       UNION ALL
       SELECT y::int, (SELECT count(DISTINCT k) FROM ev WHERE extract(year FROM d) = y)::int,
              (SELECT count(DISTINCT k) FROM ev WHERE d <= make_date(y::int, 12, 31))::int
         FROM generate_series($4::int, $5::int) AS y`,
      [target.startsOn, target.endsOn, now, firstYear, lastYear],
    );
    const achieved = rows.find((row) => row.year === null)?.achieved ?? 0;
    const byYear = rows.filter((row) => row.year !== null).map((row) => ({ year: row.year as number, achieved: row.achieved, cumulative: row.cumulative }));
    const start = DateTime.fromISO(target.startsOn, { zone: 'utc' });
    const totalDays = DateTime.fromISO(target.endsOn, { zone: 'utc' }).diff(start, 'days').days + 1;
    const elapsedDays = Math.min(totalDays, Math.max(0, DateTime.fromISO(today, { zone: 'utc' }).diff(start, 'days').days + 1));
    const expectedByNow = Math.floor((target.goal * elapsedDays) / totalDays);
    // On track when the share of the goal reached is at least the share of the window elapsed.
    const onTrack = achieved >= target.goal || achieved * totalDays >= target.goal * elapsedDays;
    return Object.assign(target, { achieved, expectedByNow, onTrack, byYear });
  }
}
