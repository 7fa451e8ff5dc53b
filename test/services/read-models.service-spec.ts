import { DataSource } from 'typeorm';
import { AssignmentReportsReadModel } from '@app/assignments';
import { countTargetEvents } from '@app/ecosystem';
import { dueDeadlineReminders } from '@app/notifications';
import { ServiceContext, startServiceContext } from '../support/service-context';
import { affiliate } from '../support/builders';

/** Read models on small fixed data: each number is counted by hand from the rows written here. */
describe('read models', () => {
  let s: ServiceContext;
  let db: DataSource;
  let organizerId: string;
  let dept: string;
  let uni: string;

  const org = async (name: string, kind = 'GOVERNMENT_AGENCY') =>
    (await db.query('INSERT INTO organizations (name, kind) VALUES ($1, $2) RETURNING id', [name, kind]))[0].id as string;
  const assignment = async (
    lead: string,
    fields: { dueOn: string; status?: string; createdAt: string; completedAt?: string | null; assigneeId?: string | null },
  ) =>
    (
      await db.query(
        `INSERT INTO assignments (title, lead_organization_id, due_on, status, created_by, created_at, completed_at, assignee_id)
         VALUES ('Việc', $1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [lead, fields.dueOn, fields.status ?? 'OPEN', organizerId, fields.createdAt, fields.completedAt ?? null, fields.assigneeId ?? null],
      )
    )[0].id as string;

  beforeAll(async () => {
    s = await startServiceContext('2026-12-01T03:00:00Z'); // Tuesday 1 Dec 2026, 10:00 in Huế
    db = s.dataSource;
    organizerId = (await s.member('ORGANIZER')).memberId;
    dept = await org('Sở Khoa học và Công nghệ');
    uni = await org('Đại học Huế', 'UNIVERSITY');
  });
  afterAll(() => s.close());

  it('scores each lead organisation: open, done, done on time, overdue, median days', async () => {
    // Dept: done in 10 days on time, done in 20 days late, one open overdue, one open on time, one cancelled.
    await assignment(dept, { dueOn: '2026-11-20', status: 'DONE', createdAt: '2026-11-01T03:00:00Z', completedAt: '2026-11-11T03:00:00Z' });
    await assignment(dept, { dueOn: '2026-11-15', status: 'DONE', createdAt: '2026-11-01T03:00:00Z', completedAt: '2026-11-21T03:00:00Z' });
    await assignment(dept, { dueOn: '2026-11-30', createdAt: '2026-11-01T03:00:00Z' });
    await assignment(dept, { dueOn: '2026-12-31', status: 'IN_PROGRESS', createdAt: '2026-11-01T03:00:00Z' });
    await assignment(dept, { dueOn: '2026-12-31', status: 'CANCELLED', createdAt: '2026-11-01T03:00:00Z' });
    // University: one done late at 23:30 Huế time on its due date — on time in Huế, a day late in UTC.
    await assignment(uni, { dueOn: '2026-11-10', status: 'DONE', createdAt: '2026-11-05T03:00:00Z', completedAt: '2026-11-10T16:30:00Z' });
    const cards = await new AssignmentReportsReadModel(db).scorecards('2026-12-01');
    expect(cards.find((c) => c.organizationId === dept)).toEqual({
      organizationId: dept,
      open: 2,
      done: 2,
      doneOnTime: 1,
      overdue: 1,
      medianDaysToComplete: 15,
    });
    expect(cards.find((c) => c.organizationId === uni)).toEqual({
      organizationId: uni,
      open: 0,
      done: 1,
      doneOnTime: 1,
      overdue: 0,
      medianDaysToComplete: 5.6,
    });
  });

  it('counts a programme target’s projects supported: distinct projects by the day their verified support started', async () => {
    const project = async (name: string) =>
      (await db.query(`INSERT INTO startup_projects (name, stage) VALUES ($1, 'IDEA') RETURNING id`, [name]))[0].id as string;
    const support = (projectId: string, startedOn: string, verified = true) =>
      db.query(`INSERT INTO supports (project_id, provider_id, kind, started_on, verified_at) VALUES ($1, $2, 'MENTORING', $3, CASE WHEN $4 THEN now() END)`, [
        projectId,
        uni,
        startedOn,
        verified,
      ]);
    const [a, b, c] = [await project('Dự án A'), await project('Dự án B'), await project('Dự án C')];
    await support(a, '2024-03-01');
    await support(a, '2025-06-01'); // the same project twice: counted once in the window, once in each year
    await support(b, '2025-01-15');
    await support(c, '2023-12-31'); // before the window
    await support(c, '2025-02-01', false); // recorded on an unconfirmed claim: not counted until confirmed
    const rows = await countTargetEvents(db.manager, 'PROJECTS_SUPPORTED', '2024-01-01', '2025-12-31', s.clock.now(), 2024, 2025);
    expect(rows).toEqual([
      { year: null, achieved: 2, cumulative: 0 },
      { year: 2024, achieved: 1, cumulative: 1 },
      { year: 2025, achieved: 2, cumulative: 2 },
    ]);
  });

  it('finds the deadline reminders due: soon and missed, to the lead organisation’s members and the assignee, once', async () => {
    const health = await org('Sở Y tế');
    const [staff, assignee] = [await s.member(), await s.member()];
    await affiliate({ dataSource: s.dataSource }, staff, health);
    const soon = await assignment(health, { dueOn: '2026-12-03', createdAt: '2026-11-01T03:00:00Z', assigneeId: assignee.memberId });
    const missed = await assignment(health, { dueOn: '2026-11-28', status: 'IN_PROGRESS', createdAt: '2026-11-01T03:00:00Z' });
    await assignment(health, { dueOn: '2026-12-20', createdAt: '2026-11-01T03:00:00Z' }); // not yet
    await assignment(health, { dueOn: '2026-10-01', createdAt: '2026-09-01T03:00:00Z' }); // more than 30 days gone
    const due = await dueDeadlineReminders(db.manager, '2026-12-04', '2026-12-01', '2026-11-01');
    const mine = due.filter((d) => d.assignment_id === soon || d.assignment_id === missed);
    expect(
      mine.map((d) => `${d.kind} ${d.assignment_id === soon ? 'soon' : 'missed'} ${d.member_id === staff.memberId ? 'staff' : 'assignee'}`).sort(),
    ).toEqual(['deadline.missed missed staff', 'deadline.soon soon assignee', 'deadline.soon soon staff']);
    await db.query(`INSERT INTO outbox (kind, member_id, payload) VALUES ('deadline.soon', $1, jsonb_build_object('assignmentId', $2::text))`, [
      staff.memberId,
      soon,
    ]);
    const again = await dueDeadlineReminders(db.manager, '2026-12-04', '2026-12-01', '2026-11-01');
    expect(again.filter((d) => d.assignment_id === soon).map((d) => d.member_id)).toEqual([assignee.memberId]);
  });
});
