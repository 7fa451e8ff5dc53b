import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { Clock, HUE_TIME_ZONE } from '@app/core';
import { enqueueOutbox } from '@app/database';
import { dueDeadlineReminders } from './due-mail.read-model';

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
    const today = DateTime.fromJSDate(this.clock.now(), { zone: HUE_TIME_ZONE });
    const soon = today.plus({ days: 3 }).toISODate();
    return this.dataSource.transaction(async (manager) => {
      const due = await dueDeadlineReminders(manager, soon as string, today.toISODate() as string, today.minus({ days: 30 }).toISODate() as string);
      await enqueueOutbox(
        manager,
        due.map((d) => ({ kind: d.kind, memberId: d.member_id, payload: { assignmentId: d.assignment_id } })),
      );
      return due.length;
    });
  }
}
