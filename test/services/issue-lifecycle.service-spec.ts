import { DomainError, ErrorCode } from '@app/core';
import { ISSUE_STATUSES, ISSUE_TRANSITIONS, IssueStatus, IssuesService, moveIssue, nextIssueStatuses } from '@app/issues';
import { ServiceContext, startServiceContext } from '../support/service-context';

/**
 * The issue's one gate, table-driven: every (from, to) pair of statuses is either allowed by
 * ISSUE_TRANSITIONS — and then the status, the timeline event and the audit entry are written
 * together — or refused with CONFLICT, changing nothing.
 */
describe('the issue lifecycle gate (moveIssue)', () => {
  let s: ServiceContext;
  let organizerId: string;
  let submitterId: string;
  let originalId: string;

  beforeAll(async () => {
    s = await startServiceContext();
    organizerId = (await s.member('ORGANIZER')).memberId;
    submitterId = (await s.member()).memberId;
    originalId = await issueIn('SUBMITTED');
  });
  afterAll(() => s.close());

  async function issueIn(status: IssueStatus): Promise<string> {
    const [row] = await s.dataSource.query(
      `INSERT INTO issues (title, description, kind, status, submitter_id, duplicate_of_id) VALUES ('Vướng mắc', 'Mô tả', 'OBSTACLE', $1, $2, $3) RETURNING id`,
      [status, submitterId, status === 'DUPLICATE' ? originalId : null],
    );
    return row.id;
  }

  const pairs = ISSUE_STATUSES.flatMap((from) => ISSUE_STATUSES.map((to) => [from, to, ISSUE_TRANSITIONS[from].includes(to)] as const));

  it.each(pairs)('%s → %s allowed: %s', async (from, to, allowed) => {
    const id = await issueIn(from);
    // A duplicate names its original (the table's own check); the gate writes it with the status.
    const fields = to === 'DUPLICATE' ? { duplicateOfId: originalId } : {};
    const attempt = s.dataSource.transaction((manager) => moveIssue(manager, id, { to, actorId: organizerId, at: s.clock.now(), note: 'Lý do', fields }));
    if (allowed) {
      await expect(attempt).resolves.toEqual({ from, to });
      const [row] = await s.dataSource.query('SELECT status FROM issues WHERE id = $1', [id]);
      expect(row.status).toBe(to);
      const [event] = await s.dataSource.query('SELECT type, actor_id, note, data FROM issue_events WHERE issue_id = $1', [id]);
      expect(event).toEqual({ type: to === 'RESOLVED' ? 'RESOLVED' : 'STATUS_CHANGED', actor_id: organizerId, note: 'Lý do', data: { from, to } });
      const [audit] = await s.dataSource.query(`SELECT action, actor_id, before, after FROM audit_log WHERE target_id = $1`, [id]);
      expect(audit).toEqual({ action: 'issue.status', actor_id: organizerId, before: { status: from }, after: { status: to, note: 'Lý do' } });
    } else {
      const error = await attempt.then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe(ErrorCode.CONFLICT);
      const [row] = await s.dataSource.query('SELECT status FROM issues WHERE id = $1', [id]);
      expect(row.status).toBe(from);
      expect(await s.dataSource.query('SELECT 1 FROM issue_events WHERE issue_id = $1', [id])).toEqual([]);
      expect(await s.dataSource.query('SELECT 1 FROM audit_log WHERE target_id = $1', [id])).toEqual([]);
    }
  });

  it('moves only from the statuses it is told to, and leaves others as they are (publishing minutes)', async () => {
    const onAgenda = await issueIn('ON_AGENDA');
    const assigned = await issueIn('ASSIGNED');
    for (const id of [onAgenda, assigned]) {
      await s.dataSource.transaction((manager) =>
        moveIssue(manager, id, { to: 'DISCUSSED', onlyFrom: ['ON_AGENDA'], actorId: organizerId, at: s.clock.now() }),
      );
    }
    const rows: { id: string; status: string }[] = await s.dataSource.query('SELECT id, status FROM issues WHERE id = ANY($1)', [[onAgenda, assigned]]);
    expect(Object.fromEntries(rows.map((r) => [r.id, r.status]))).toEqual({ [onAgenda]: 'DISCUSSED', [assigned]: 'ASSIGNED' });
    expect(await s.dataSource.query('SELECT 1 FROM issue_events WHERE issue_id = $1', [assigned])).toEqual([]);
  });

  it('offers organizers the statuses setIssueStatus accepts, never ON_AGENDA', () => {
    for (const from of ISSUE_STATUSES) {
      expect(nextIssueStatuses(from)).toEqual(ISSUE_TRANSITIONS[from].filter((to) => to !== 'ON_AGENDA'));
      expect(nextIssueStatuses(from)).not.toContain('ON_AGENDA');
    }
    expect(nextIssueStatuses('RESOLVED')).toEqual([]);
  });

  it('refuses a member who is not an organizer before anything else (setStatus), and ON_AGENDA outside scheduling', async () => {
    const issues = s.get(IssuesService);
    const id = await issueIn('SUBMITTED');
    await expect(issues.setStatus({ memberId: submitterId, role: 'MEMBER' }, id, 'DECLINED', null)).rejects.toMatchObject({ code: ErrorCode.FORBIDDEN });
    await expect(issues.setStatus({ memberId: organizerId, role: 'ORGANIZER' }, id, 'ON_AGENDA', null)).rejects.toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      details: { field: 'status' },
    });
    const declined = await issues.setStatus({ memberId: organizerId, role: 'ORGANIZER' }, id, 'DECLINED', 'Ngoài phạm vi');
    expect(declined).toMatchObject({ status: 'DECLINED', officialResponse: 'Ngoài phạm vi' });
  });
});
