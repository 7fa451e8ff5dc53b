import { DataSource, In } from 'typeorm';
import { HUE_TIME_ZONE, inIdOrder } from '@app/core';
import { ACTIVE_ASSIGNMENT_STATUSES, Assignment, OrganizationScorecard } from './assignment.entity';

/**
 * A read model: reports on assignments that read other features' tables — what each meetup
 * reports on, and each lead organisation's scorecard. It reads and never writes.
 */
export class AssignmentReportsReadModel {
  constructor(private readonly dataSource: DataSource) {}

  /** What a meetup reports on: assignments still open that were given before it started, soonest due first. */
  async followUpsOf(meetupIds: readonly string[]): Promise<Assignment[][]> {
    const rows: { meetup_id: string; id: string }[] = await this.dataSource.query(
      `SELECT m.id AS meetup_id, a.id FROM meetups m
       JOIN assignments a ON a.created_at < m.starts_at AND (a.status = ANY($2) OR (a.completed_at >= m.starts_at - interval '7 days' AND a.completed_at < m.starts_at))
       WHERE m.id = ANY($1) ORDER BY a.due_on, a.id`,
      [[...meetupIds], [...ACTIVE_ASSIGNMENT_STATUSES]],
    );
    const all = inIdOrder([...new Set(rows.map((r) => r.id))], await this.dataSource.manager.findBy(Assignment, { id: In(rows.map((r) => r.id)) }));
    const byId = new Map(all.filter((a): a is Assignment => !!a).map((a) => [a.id, a]));
    return meetupIds.map((id) => rows.filter((r) => r.meetup_id === id).map((r) => byId.get(r.id) as Assignment));
  }

  /** Per lead organisation: open, done, done on time, overdue now, median days to complete. Public. */
  async scorecards(today: string): Promise<OrganizationScorecard[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT a.lead_organization_id AS organization_id,
              count(*) FILTER (WHERE a.status = ANY($3))::int AS open,
              count(*) FILTER (WHERE a.status = 'DONE')::int AS done,
              count(*) FILTER (WHERE a.status = 'DONE' AND (a.completed_at AT TIME ZONE $2)::date <= a.due_on)::int AS done_on_time,
              count(*) FILTER (WHERE a.status = ANY($3) AND a.due_on < $1::date)::int AS overdue,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM a.completed_at - a.created_at) / 86400)
                FILTER (WHERE a.status = 'DONE') AS median_days
       FROM assignments a JOIN organizations o ON o.id = a.lead_organization_id
       GROUP BY a.lead_organization_id, o.name ORDER BY o.name`,
      [today, HUE_TIME_ZONE, [...ACTIVE_ASSIGNMENT_STATUSES]],
    );
    return rows.map((r) => ({
      organizationId: r.organization_id as string,
      open: r.open as number,
      done: r.done as number,
      doneOnTime: r.done_on_time as number,
      overdue: r.overdue as number,
      medianDaysToComplete: r.median_days === null ? null : Math.round(Number(r.median_days) * 10) / 10,
    }));
  }
}
