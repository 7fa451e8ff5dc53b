import { EntityManager } from 'typeorm';
import { HUE_TIME_ZONE } from '@app/core';
import { TargetMetric } from './programme-target.entity';

/**
 * What counts, per metric, as (local date in Huế, distinct key): `achieved` is the number of
 * distinct keys whose date falls within [startsOn, endsOn].
 * - PROJECTS_SUPPORTED: projects with a verified support that started in the window (a support
 *   recorded on an unconfirmed claim counts once an organizer or its provider confirms it);
 * - STARTUPS_SUPPORTED: those of them that have a company (are incorporated);
 * - MEETUPS_HELD: meetups not cancelled whose start has passed, by their local date;
 * - ISSUES_RESOLVED: issues that are RESOLVED, by the day of their resolution;
 * - ASSIGNMENTS_DONE_ON_TIME: assignments DONE on or before their due date, by the day they were done.
 * `$1`/`$2` are the window, `$3` is now.
 */
const EVENTS: Record<TargetMetric, string> = {
  PROJECTS_SUPPORTED: `SELECT s.started_on AS d, s.project_id::text AS k FROM supports s WHERE s.verified_at IS NOT NULL AND s.started_on BETWEEN $1::date AND $2::date`,
  STARTUPS_SUPPORTED: `SELECT s.started_on AS d, s.project_id::text AS k FROM supports s JOIN startup_projects p ON p.id = s.project_id
                        WHERE s.verified_at IS NOT NULL AND p.company_id IS NOT NULL AND s.started_on BETWEEN $1::date AND $2::date`,
  MEETUPS_HELD: `SELECT (m.starts_at AT TIME ZONE m.timezone)::date AS d, m.id::text AS k FROM meetups m
                  WHERE m.status = 'SCHEDULED' AND m.starts_at <= $3::timestamptz
                    AND m.starts_at >= ($1::date - 2)::timestamp AT TIME ZONE 'UTC' AND m.starts_at < ($2::date + 2)::timestamp AT TIME ZONE 'UTC'
                    AND (m.starts_at AT TIME ZONE m.timezone)::date BETWEEN $1::date AND $2::date`,
  ISSUES_RESOLVED: `SELECT (e.at AT TIME ZONE '${HUE_TIME_ZONE}')::date AS d, e.issue_id::text AS k FROM issue_events e JOIN issues i ON i.id = e.issue_id
                     WHERE e.type = 'RESOLVED' AND i.status = 'RESOLVED' AND (e.at AT TIME ZONE '${HUE_TIME_ZONE}')::date BETWEEN $1::date AND $2::date`,
  ASSIGNMENTS_DONE_ON_TIME: `SELECT (a.completed_at AT TIME ZONE '${HUE_TIME_ZONE}')::date AS d, a.id::text AS k FROM assignments a
                              WHERE a.status = 'DONE' AND a.completed_at IS NOT NULL
                                AND (a.completed_at AT TIME ZONE '${HUE_TIME_ZONE}')::date <= a.due_on
                                AND (a.completed_at AT TIME ZONE '${HUE_TIME_ZONE}')::date BETWEEN $1::date AND $2::date`,
};

/**
 * A read model: how much of a programme target the platform's data shows as done, in the window
 * [startsOn, endsOn] (the row with a null year), and per year from firstYear to lastYear (each
 * year's count, and the count from the window's start to that year's end).
 */
export async function countTargetEvents(
  db: EntityManager,
  metric: TargetMetric,
  startsOn: string,
  endsOn: string,
  now: Date,
  firstYear: number,
  lastYear: number,
): Promise<{ year: number | null; achieved: number; cumulative: number }[]> {
  const rows: { year: number | null; achieved: number; cumulative: number }[] = await db.query(
    `WITH clock AS (SELECT $3::timestamptz AS now), ev AS (${EVENTS[metric]})
       SELECT NULL::int AS year, (SELECT count(DISTINCT k) FROM ev)::int AS achieved, 0 AS cumulative
       UNION ALL
       SELECT y::int, (SELECT count(DISTINCT k) FROM ev WHERE extract(year FROM d) = y)::int,
              (SELECT count(DISTINCT k) FROM ev WHERE d <= make_date(y::int, 12, 31))::int
         FROM generate_series($4::int, $5::int) AS y`,
    [startsOn, endsOn, now, firstYear, lastYear],
  );
  return rows;
}
