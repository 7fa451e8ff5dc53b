import { EntityRows } from '@app/database';
import { Issue } from '@app/issues';
import { AgendaItem, Meetup, MeetupSeries } from '@app/meetups';
import { Member } from '@app/members';
import { Rsvp } from '@app/rsvps';
import { runSeed } from '../apps/cli/src/seed/run-seed';
import { TestApp, startTestApp } from './support/test-app';

/** The raw-row mapper of the hot read paths gives exactly what TypeORM's repositories give. */
describe('entities from raw rows', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    // The seed article's meeting (series, dates, minutes, assignments), then a row of each kind
    // with the column types that could map wrongly: arrays, jsonb, DATE, nullable timestamps.
    await runSeed(t.config, t.database.url);
    const [member] = await t.createMembers(1, 'rows');
    await t.dataSource.query(`UPDATE members SET notification_preferences = '{"digest": false}' WHERE id = $1`, [member.memberId]);
    const [meetup] = await t.dataSource.query(`SELECT id FROM meetups ORDER BY starts_at DESC LIMIT 1`);
    const [issue] = await t.dataSource.query(
      `INSERT INTO issues (title, description, kind, submitter_id, topics, hidden_at, hidden_reason)
       VALUES ('Thủ tục', 'Mô tả', 'OBSTACLE', $1, ARRAY['vốn', 'thuế'], now(), 'trùng lặp') RETURNING id`,
      [member.memberId],
    );
    await t.dataSource.query(`INSERT INTO agenda_items (meetup_id, position, title, issue_id, duration_minutes) VALUES ($1, 99, 'Điểm', $2, 15)`, [
      meetup.id,
      issue.id,
    ]);
    await t.dataSource.query(`INSERT INTO rsvps (meetup_id, member_id, status, guests, waitlisted_at) VALUES ($1, $2, 'WAITLISTED', 2, now())`, [
      meetup.id,
      member.memberId,
    ]);
  });
  afterAll(() => t.close());

  it.each([
    ['issues', Issue],
    ['members', Member],
    ['meetups', Meetup],
    ['meetup_series', MeetupSeries],
    ['agenda_items', AgendaItem],
    ['rsvps', Rsvp],
  ] as const)('reads %s like the repository does', async (table, entity) => {
    const rows = new EntityRows<object>(t.dataSource, entity as new () => object);
    const raw: Record<string, unknown>[] = await t.dataSource.query(`SELECT ${rows.select('x', 'p_')} FROM ${table} x ORDER BY x.id LIMIT 5`);
    expect(raw.length).toBeGreaterThan(0);
    const fromRepository = await t.dataSource.getRepository(entity as new () => object).find({ order: { id: 'ASC' } as never, take: 5 });
    const read = raw.map((row) => rows.read(row, 'p_'));
    expect(read).toEqual(fromRepository);
    for (const entityRead of read) expect(entityRead).toBeInstanceOf(entity);
  });

  it('gives null for the missing side of an outer join', async () => {
    const rows = new EntityRows(t.dataSource, Issue);
    const [row] = await t.dataSource.query(`SELECT ${rows.select('i', 'i_')} FROM (SELECT 1) one LEFT JOIN issues i ON false`);
    expect(rows.read(row, 'i_')).toBeNull();
  });
});
