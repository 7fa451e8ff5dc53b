import request from 'supertest';
import type { INestApplicationContext } from '@nestjs/common';
import { FixedClock } from '@app/core';
import { OutboxJob, createWorkerContext } from '@app/jobs';
import { SmtpMailTransport } from '@app/mail';
import { OutboxDispatcher, createRsvpLinkToken } from '@app/notifications';
import { RsvpsService } from '@app/rsvps';
import { rawHeader } from '@app/testing';
import { TestApp, startTestApp } from './support/test-app';

type Who = { token: string; memberId: string };

const ALICE = { email: 'alice.nguyen@example.org', name: 'Alice Nguyễn Thị' };
const BOB = { email: 'bob.tran@example.org', name: 'Bob Trần Văn' };

/**
 * A member's own data (Decree 13/2023): the export holds everything about the member and nothing
 * about anyone else; deleting the account erases the personal data at once, keeps what the member
 * gave the community as a former member's, and every old token, link and feed stops working.
 */
describe("a member's own data", () => {
  // Friday 20 Nov 2026 in Huế: the 14 Nov meetup is over, the 21 and 28 Nov ones are to come.
  const clock = new FixedClock(new Date('2026-11-20T03:00:00Z'));
  let t: TestApp;
  let worker: INestApplicationContext;
  let admin: Who;
  let alice: Who;
  let bob: Who;
  let seriesId: string;
  let pastMeetupId: string;
  let nextMeetupId: string;
  let aliceIssueId: string;
  let bobIssueId: string;
  let feedPath: string;
  let unsubscribePath: string;

  const http = () => request(t.app.getHttpServer());
  const dispatch = () => worker.get(OutboxDispatcher).dispatchPending();

  beforeAll(async () => {
    t = await startTestApp({ clock });
    worker = await createWorkerContext({
      config: t.config,
      databaseUrl: t.database.url,
      clock,
      mailTransport: new SmtpMailTransport(t.mail.url, t.config.mail.from),
    });
    // The outbox is delivered when this file says so (dispatch()), not every 3 s: the deletion tests
    // need mail still waiting, and a tick between two snapshots would change the outbox under them.
    await worker.get(OutboxJob).onApplicationShutdown();
    [admin] = await t.createMembers(1, 'admin', 'ADMIN');
    alice = await t.signIn(ALICE.email, ALICE.name);
    bob = await t.signIn(BOB.email, BOB.name);
    await t.gql('mutation { updateProfile(input: { locale: en }) { id } }', {}, bob.token);

    seriesId = (
      await t.gql('mutation { createMeetupSeries(input: { title: "Gặp mặt thứ Bảy", startsOn: "2026-11-01", capacity: 1 }) { id } }', {}, admin.token)
    ).data!.createMeetupSeries.id;
    const dates = (
      await t.gql('query($s: ID!) { meetups(filter: { seriesId: $s, from: "2026-11-13T00:00:00Z" }, first: 3) { edges { node { id startsAt } } } }', {
        s: seriesId,
      })
    ).data!.meetups.edges.map((e: { node: { id: string } }) => e.node.id);
    [pastMeetupId, nextMeetupId] = dates;

    // Alice takes the only seat of the next Saturday; Bob waits for it.
    expect((await t.gql('mutation($m: ID!) { rsvp(meetupId: $m, response: GOING) { status } }', { m: nextMeetupId }, alice.token)).data!.rsvp.status).toBe(
      'GOING',
    );
    expect((await t.gql('mutation($m: ID!) { rsvp(meetupId: $m, response: GOING) { status } }', { m: nextMeetupId }, bob.token)).data!.rsvp.status).toBe(
      'WAITLISTED',
    );
    // Alice was at last Saturday's meetup.
    expect(
      (await t.gql('mutation($m: ID!, $w: ID!) { checkIn(meetupId: $m, memberId: $w) { id } }', { m: pastMeetupId, w: alice.memberId }, admin.token)).errors,
    ).toBeUndefined();
    await t.gql('mutation($s: ID!) { setStandingRsvp(seriesId: $s) { guests } }', { s: seriesId }, alice.token);

    // Issues both of them raised, supported and commented on.
    aliceIssueId = (
      await t.gql(
        'mutation { submitIssue(input: { title: "Khó tiếp cận vốn vay ưu đãi", description: "Ngân hàng yêu cầu thế chấp.", kind: OBSTACLE }) { id } }',
        {},
        alice.token,
      )
    ).data!.submitIssue.id;
    bobIssueId = (
      await t.gql(
        'mutation { submitIssue(input: { title: "Thủ tục đăng ký kinh doanh", description: "Hồ sơ quá nhiều bước.", kind: OBSTACLE }) { id } }',
        {},
        bob.token,
      )
    ).data!.submitIssue.id;
    await t.gql('mutation($i: ID!) { supportIssue(id: $i) { id } }', { i: bobIssueId }, alice.token);
    await t.gql('mutation($i: ID!) { supportIssue(id: $i) { id } }', { i: aliceIssueId }, bob.token);
    await t.gql('mutation($i: ID!) { addIssueComment(issueId: $i, body: "Alice: tôi đã thử ba ngân hàng") { id } }', { i: aliceIssueId }, alice.token);
    await t.gql('mutation($i: ID!) { addIssueComment(issueId: $i, body: "Bob: ngân hàng của tôi cũng vậy") { id } }', { i: aliceIssueId }, bob.token);

    feedPath = new URL((await t.gql('{ me { calendarFeedUrl } }', {}, alice.token)).data!.me.calendarFeedUrl).pathname;
    // Alice's RSVP confirmation goes out; its List-Unsubscribe link is one of her unsubscribe links.
    await dispatch();
    const [confirmation] = (await t.mail.waitFor(ALICE.email, 2)).filter((m) => !/token=/.test(m.parsed.text ?? ''));
    unsubscribePath = new URL(/<([^>]+)>/.exec(rawHeader(confirmation, 'List-Unsubscribe') ?? '')![1]).pathname;
  });
  afterAll(async () => {
    await worker.close();
    await t.close();
  });

  describe('GET /me/data.json', () => {
    it('answers 401 without a token or with a bad one', async () => {
      expect((await http().get('/me/data.json')).status).toBe(401);
      expect((await http().get('/me/data.json').set('authorization', 'Bearer not-a-token')).status).toBe(401);
      expect((await http().get('/me/data.json').set('authorization', `Bearer ${alice.token}x`)).status).toBe(401);
    });

    it("holds the member's own data as a download, and nothing of the other member on the same issue and meetup", async () => {
      const res = await http().get('/me/data.json').set('authorization', `Bearer ${alice.token}`).buffer(true);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.headers['content-disposition']).toBe('attachment; filename="my-data.json"');
      expect(res.headers['cache-control']).toBe('no-store');
      const bytes = res.text;
      const data = JSON.parse(bytes);

      expect(data.profile).toMatchObject({ id: alice.memberId, name: ALICE.name, email: ALICE.email, locale: 'vi', role: 'MEMBER', affiliation: null });
      expect(data.profile.notificationPreferences.weeklyDigest).toBe(true);
      expect(data.calendarFeed.exists).toBe(true);
      expect(data.standingRsvps).toEqual([expect.objectContaining({ seriesId, seriesTitle: 'Gặp mặt thứ Bảy', guests: 0 })]);
      expect(data.rsvps).toEqual(expect.arrayContaining([expect.objectContaining({ meetupId: nextMeetupId, status: 'GOING' })]));
      expect(data.attendance).toEqual([expect.objectContaining({ meetupId: pastMeetupId, method: 'ORGANIZER' })]);
      expect(data.issues).toEqual([expect.objectContaining({ id: aliceIssueId, title: 'Khó tiếp cận vốn vay ưu đãi', supportCount: 1 })]);
      expect(data.supports).toEqual([expect.objectContaining({ issueId: bobIssueId, issueTitle: 'Thủ tục đăng ký kinh doanh' })]);
      expect(data.comments).toEqual([expect.objectContaining({ issueId: aliceIssueId, body: 'Alice: tôi đã thử ba ngân hàng' })]);
      expect(data.consultationComments).toEqual({ available: true, items: [] }); // her consultation comments: test/consultations.e2e-spec.ts
      expect(data.deliveries).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'rsvp.confirmed', status: 'SENT' })]));
      expect(data.signInLinks).toEqual([expect.objectContaining({ usedAt: expect.any(String) })]);

      // Bob supported and commented on Alice's issue and waits for her seat: none of him is in her file.
      for (const secret of [BOB.email, BOB.name, 'Bob', bob.memberId, admin.memberId, 'admin1@example.org', 'Bob: ngân hàng của tôi cũng vậy']) {
        expect(bytes).not.toContain(secret);
      }
    });
  });

  describe('deleteMyAccount', () => {
    const DELETE = 'mutation($e: String!) { deleteMyAccount(confirmEmail: $e) }';

    async function snapshot(): Promise<string> {
      const tables = [
        'members',
        'rsvps',
        'standing_rsvps',
        'issues',
        'issue_comments',
        'issue_supports',
        'attendances',
        'outbox',
        'deliveries',
        'unsubscribe_tokens',
        'sign_in_tokens',
        'audit_log',
      ];
      const parts = await Promise.all(
        tables.map(async (table) =>
          JSON.stringify(await t.dataSource.query(`SELECT md5(coalesce(string_agg(x::text, ',' ORDER BY x::text), '')) AS h FROM ${table} x`)),
        ),
      );
      return parts.join('|');
    }

    it('refuses a wrong e-mail, naming confirmEmail, and changes nothing', async () => {
      // Something is waiting to be mailed to Alice: the meetup moves to another room.
      await t.gql('mutation($m: ID!) { updateMeetup(id: $m, input: { venue: "Phòng họp tầng 2" }) { id } }', { m: nextMeetupId }, admin.token);
      const before = await snapshot();
      for (const wrong of [BOB.email, 'alice.nguyen@example.com', '', '   ', 'a\u0000b']) {
        const result = await t.gql(DELETE, { e: wrong }, alice.token);
        expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'confirmEmail' });
      }
      expect(await snapshot()).toBe(before);
      expect((await t.gql('{ me { id } }', {}, alice.token)).data!.me.id).toBe(alice.memberId);
    });

    it('erases the personal data at once and keeps the contributions as a former member’s', async () => {
      const pending: { n: number }[] = await t.dataSource.query(`SELECT count(*)::int AS n FROM outbox WHERE member_id = $1 AND processed_at IS NULL`, [
        alice.memberId,
      ]);
      expect(pending[0].n).toBeGreaterThan(0);
      const mailsBefore = t.mail.to(ALICE.email).length;

      const result = await t.gql(DELETE, { e: '  Alice.Nguyen@EXAMPLE.org ' }, alice.token);
      expect(result.errors).toBeUndefined();
      expect(result.data!.deleteMyAccount).toBe(true);

      // The old access token is refused at once, over GraphQL and over HTTP.
      const refused = await t.gql('mutation { updateProfile(input: { locale: en }) { id } }', {}, alice.token);
      expect(refused.errors![0].extensions.code).toBe('UNAUTHENTICATED');
      expect((await http().get('/me/data.json').set('authorization', `Bearer ${alice.token}`)).status).toBe(401);
      // The old feed URL and the old unsubscribe link name nothing any more.
      expect((await http().get(feedPath)).status).toBe(404);
      expect((await http().get(unsubscribePath)).status).toBe(404);
      expect((await http().post(unsubscribePath)).status).toBe(404);
      // A one-click RSVP link from an old digest answers nothing for her any more.
      const link = createRsvpLinkToken(t.config.auth.jwtSecret, { memberId: alice.memberId, meetupId: nextMeetupId, response: 'GOING', expiresAt: 9999999999 });
      expect((await http().post(`/rsvp-links/${link}`)).status).toBe(404);

      // Bob got the freed seat; the mail waiting for Alice is not sent, Bob's promotion is.
      expect(
        (await t.gql('query($m: ID!) { meetup(id: $m) { goingCount waitlistCount myRsvp { status } } }', { m: nextMeetupId }, bob.token)).data!.meetup,
      ).toEqual({
        goingCount: 1,
        waitlistCount: 0,
        myRsvp: { status: 'GOING' },
      });
      await dispatch();
      await t.mail.waitFor(BOB.email, 3);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(t.mail.to(ALICE.email)).toHaveLength(mailsBefore);
      expect(await t.count(`outbox WHERE member_id = '${alice.memberId}'`)).toBe(0);

      // Her issue, comment and support stay, from a former member (in each viewer's language).
      const issue = 'query($i: ID!) { issue(id: $i) { title supportCount submitter { id name formerMember email } } }';
      expect((await t.gql(issue, { i: aliceIssueId }, admin.token)).data!.issue).toEqual({
        title: 'Khó tiếp cận vốn vay ưu đãi',
        supportCount: 1,
        submitter: { id: alice.memberId, name: 'Thành viên cũ', formerMember: true, email: null },
      });
      expect((await t.gql(issue, { i: aliceIssueId }, bob.token)).data!.issue.submitter.name).toBe('Former member');
      expect((await t.gql('query($i: ID!) { issue(id: $i) { supportCount } }', { i: bobIssueId }, bob.token)).data!.issue.supportCount).toBe(1);
      expect(await t.count(`issue_comments WHERE author_id = '${alice.memberId}'`)).toBe(1);
      expect(await t.count(`attendances WHERE member_id = '${alice.memberId}'`)).toBe(1);
      expect(await t.count(`rsvps WHERE member_id = '${alice.memberId}'`)).toBe(0);
      // Last Saturday's attendee list still counts her, as a former member without an address.
      const attendees = (await t.gql('query($m: ID!) { meetupAttendees(meetupId: $m) { memberId name email checkedIn } }', { m: pastMeetupId }, admin.token))
        .data!.meetupAttendees;
      expect(attendees).toEqual([{ memberId: alice.memberId, name: 'Thành viên cũ', email: null, checkedIn: true }]);
      expect(await t.count(`standing_rsvps WHERE member_id = '${alice.memberId}'`)).toBe(0);

      // The audit log keeps the act, not the person.
      const audit = await t.gql(
        'query($id: String!) { auditLog(targetType: "member", targetId: $id) { action before after actor { id formerMember } } }',
        { id: alice.memberId },
        admin.token,
      );
      expect(audit.data!.auditLog).toEqual([expect.objectContaining({ action: 'member.delete', actor: { id: alice.memberId, formerMember: true } })]);
      const rows = JSON.stringify(await t.dataSource.query(`SELECT * FROM audit_log`));
      for (const secret of [ALICE.email, ALICE.name, 'Alice', 'alice']) expect(rows).not.toContain(secret);

      // Nowhere in the database is her name or address left.
      const tables: { table_name: string }[] = await t.dataSource.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
      );
      for (const { table_name } of tables) {
        const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM "${table_name}" x WHERE x::text ILIKE $1 OR x::text ILIKE $2`, [
          `%${ALICE.email}%`,
          `%${ALICE.name}%`,
        ]);
        expect([table_name, n]).toEqual([table_name, 0]);
      }
    });

    it('refuses an RSVP from a request that was authenticated just before the deletion', async () => {
      // The request got past the token check while the account still existed; its answer must not bring an RSVP back.
      const rsvps = t.app.get(RsvpsService);
      const stale = { memberId: alice.memberId, role: 'MEMBER' as const };
      await expect(rsvps.respond(stale, nextMeetupId, 'GOING', 0)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
      await expect(rsvps.setStanding(stale, seriesId, 0)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
      expect(await t.count(`rsvps WHERE member_id = '${alice.memberId}'`)).toBe(0);
      expect(await t.count(`standing_rsvps WHERE member_id = '${alice.memberId}'`)).toBe(0);
    });

    it('lets the same address sign up again, as a new member with nothing of the old account', async () => {
      const again = await t.signIn(ALICE.email, 'Alice lần hai');
      expect(again.memberId).not.toBe(alice.memberId);
      const data = (await http().get('/me/data.json').set('authorization', `Bearer ${again.token}`)).body;
      expect(data.profile).toMatchObject({ email: ALICE.email, name: 'Alice lần hai' });
      expect([data.rsvps, data.issues, data.comments, data.supports, data.attendance]).toEqual([[], [], [], [], []]);
      // The former account stays erased.
      const [old] = await t.dataSource.query('SELECT name, email, erased_at FROM members WHERE id = $1', [alice.memberId]);
      expect(old).toMatchObject({ name: null, email: null, erased_at: expect.any(Date) });
    });
  });
});
