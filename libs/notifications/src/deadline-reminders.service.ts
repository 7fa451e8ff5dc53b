import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { Clock } from '@app/core';
import { enqueueOutbox } from '@app/database';

const ZONE = 'Asia/Ho_Chi_Minh';

/**
 * Daily: assignments due in 3 days, and assignments whose due date passed yesterday, to the
 * members of the lead organisation and the assignee. Keyed per assignment, kind and member, so a
 * second run the same day writes nothing.
 */
@Injectable()
export class DeadlineRemindersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async run(): Promise<number> {
    const today = DateTime.fromJSDate(this.clock.now(), { zone: ZONE });
    const soon = today.plus({ days: 3 }).toISODate();
    return this.dataSource.transaction(async (manager) => {
      const due: { assignment_id: string; member_id: string; kind: 'deadline.soon' | 'deadline.missed' }[] = await manager.query(
        `SELECT a.id AS assignment_id, m.id AS member_id, CASE WHEN a.due_on >= $2::date THEN 'deadline.soon' ELSE 'deadline.missed' END AS kind
         FROM assignments a JOIN members m ON m.organization_id = a.lead_organization_id OR m.id = a.assignee_id
         WHERE a.status IN ('OPEN','IN_PROGRESS') AND a.due_on <= $1::date AND a.due_on >= $3::date AND m.erased_at IS NULL
           AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.member_id = m.id
                             AND o.kind = CASE WHEN a.due_on >= $2::date THEN 'deadline.soon' ELSE 'deadline.missed' END
                             AND o.payload->>'assignmentId' = a.id::text)`,
        // Due within 3 days (soon) or already past (missed), however many daily runs were skipped;
        // deadlines more than a month gone are not brought up again.
        [soon, today.toISODate(), today.minus({ days: 30 }).toISODate()],
      );
      await enqueueOutbox(manager, due.map((d) => ({ kind: d.kind, memberId: d.member_id, payload: { assignmentId: d.assignment_id } })));
      return due.length;
    });
  }
}
