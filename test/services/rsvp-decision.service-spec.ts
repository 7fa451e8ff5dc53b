import { ErrorCode } from '@app/core';
import { MeetupSeriesService } from '@app/meetups';
import { RsvpsService } from '@app/rsvps';
import { ServiceContext, startServiceContext } from '../support/service-context';

/**
 * The RSVP decision on its own (RsvpsService over a real PostgreSQL): one statement of the rules,
 * seats never over capacity, and the place each decision gives is its place in the line kept.
 */
describe('the RSVP decision', () => {
  let s: ServiceContext;
  let rsvps: RsvpsService;
  let organizer: Awaited<ReturnType<ServiceContext['member']>>;

  beforeAll(async () => {
    s = await startServiceContext(); // Thursday 26 Nov 2026; the first date is Saturday 28 Nov at 08:00 in Huế
    rsvps = s.get(RsvpsService);
    organizer = await s.member('ORGANIZER');
  });
  afterAll(() => s.close());

  async function dates(capacity: number | null, extra: Record<string, unknown> = {}): Promise<string[]> {
    const series = await s.get(MeetupSeriesService).create(organizer, { title: 'Thứ Bảy', startsOn: '2026-11-01', capacity, ...extra } as never);
    const rows: { id: string }[] = await s.dataSource.query('SELECT id FROM meetups WHERE series_id = $1 ORDER BY starts_at', [series.id]);
    return rows.map((r) => r.id);
  }

  it('40 members at once on 10 seats: 10 going, places 1..30 each given once, as the line keeps them', async () => {
    const [meetup] = await dates(10);
    const people = await Promise.all(Array.from({ length: 40 }, () => s.member()));
    const answers = await Promise.all(people.map((who) => rsvps.respond(who, meetup, 'GOING', 0)));
    expect(answers.filter((a) => a.status === 'GOING')).toHaveLength(10);
    const places = answers.filter((a) => a.status === 'WAITLISTED').map((a) => a.decidedWaitlistPosition as number);
    expect([...places].sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    const line = await rsvps.waitlistPositions(answers.map((a) => a.id));
    answers.forEach((a, i) => expect(line[i]).toBe(a.status === 'WAITLISTED' ? a.decidedWaitlistPosition : null));
    const [{ going_count, waitlist_count }] = await s.dataSource.query('SELECT going_count, waitlist_count FROM meetups WHERE id = $1', [meetup]);
    expect({ going_count, waitlist_count }).toEqual({ going_count: 10, waitlist_count: 30 });
  });

  it('a withdrawal promotes the first in line, and the places behind move up', async () => {
    const [meetup] = await dates(2);
    const [a, b, c, d] = await Promise.all(Array.from({ length: 4 }, () => s.member()));
    for (const who of [a, b, c, d]) await rsvps.respond(who, meetup, 'GOING', 0);
    const out = await rsvps.respond(a, meetup, 'NOT_GOING', 0);
    expect(out.status).toBe('NOT_GOING');
    const rows: { member_id: string; status: string }[] = await s.dataSource.query('SELECT member_id, status FROM rsvps WHERE meetup_id = $1', [meetup]);
    const status = Object.fromEntries(rows.map((r) => [r.member_id, r.status]));
    expect([status[b.memberId], status[c.memberId], status[d.memberId]]).toEqual(['GOING', 'GOING', 'WAITLISTED']);
    const again = await rsvps.respond(d, meetup, 'GOING', 0); // asking again keeps the place
    expect(again).toMatchObject({ status: 'WAITLISTED', decidedWaitlistPosition: 1 });
  });

  it('states each rule once: the series hidden, the guests over the limit, the answers not one per question, closed dates', async () => {
    const [members] = await dates(null, { visibility: 'MEMBERS', guestLimit: 1, registrationQuestions: ['Bạn làm ở đâu?'] });
    const who = await s.member();
    await expect(rsvps.respond({ memberId: who.memberId, role: 'MEMBER' }, members, 'GOING', 2)).rejects.toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      details: { field: 'guests' },
    });
    await expect(rsvps.respond(who, members, 'GOING', 0, ['a', 'b'])).rejects.toMatchObject({ code: ErrorCode.BAD_USER_INPUT, details: { field: 'answers' } });
    expect(await s.dataSource.query('SELECT 1 FROM rsvps WHERE member_id = $1', [who.memberId])).toEqual([]);
    const ok = await rsvps.respond(who, members, 'GOING', 1, ['Viện NCPT']);
    expect(ok).toMatchObject({ status: 'GOING', guests: 1, answers: ['Viện NCPT'] });

    s.clock.set('2026-11-28T01:30:00Z'); // during the first date
    try {
      const late = await s.member();
      await expect(rsvps.respond(late, members, 'GOING', 0)).rejects.toMatchObject({ code: ErrorCode.CONFLICT });
    } finally {
      s.clock.set('2026-11-26T03:00:00Z');
    }
  });
});
