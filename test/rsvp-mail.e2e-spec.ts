import type { INestApplicationContext } from '@nestjs/common';
import { FixedClock } from '@app/core';
import { createWorkerContext } from '@app/jobs';
import { SmtpMailTransport } from '@app/mail';
import {
  AffiliationMailComposer,
  ConsultationResponseComposer,
  DeliveryService,
  FollowUpMailComposer,
  MeetupChangeComposer,
  MinutesMailComposer,
  OutboxDispatcher,
  RsvpMailComposer,
} from '@app/notifications';
import { parseCalendar } from './support/ical';
import { series } from './support/builders';
import { TestApp, startTestApp } from './support/test-app';

const RSVP = `mutation($m: ID!, $r: RsvpResponse!) { rsvp(meetupId: $m, response: $r) { status } }`;

describe('RSVP e-mails through the outbox', () => {
  const clock = new FixedClock(new Date('2026-11-26T03:00:00Z'));
  let t: TestApp;
  let worker: INestApplicationContext;
  let dispatcher: OutboxDispatcher;
  let meetupId: string;
  let organizer: { token: string; memberId: string };

  beforeAll(async () => {
    t = await startTestApp({ clock });
    worker = await createWorkerContext({
      config: t.config,
      databaseUrl: t.database.url,
      clock,
      mailTransport: new SmtpMailTransport(t.mail.url, t.config.mail.from),
    });
    dispatcher = worker.get(OutboxDispatcher);
    [organizer] = await t.createMembers(1, 'org', 'ORGANIZER');
    [meetupId] = (await series(t, organizer, { title: 'Cà phê khởi nghiệp', capacity: 1, venue: 'Viện NCPT', venueAddress: 'Huế' }, 1)).meetupIds;
  });
  afterAll(async () => {
    await worker.close();
    await t.close();
  });

  let lan: { token: string; memberId: string };

  it('confirms an RSVP in Vietnamese with the meetup .ics attached', async () => {
    [lan] = await t.createMembers(1, 'lan');
    expect((await t.gql(RSVP, { m: meetupId, r: 'GOING' }, lan.token)).data!.rsvp.status).toBe('GOING');
    await dispatcher.dispatchPending();
    const [mail] = await t.mail.waitFor('lan1@example.org');
    expect(mail.parsed.subject).toBe('Đã đăng ký: Cà phê khởi nghiệp');
    expect(mail.parsed.text).toContain('08:00, Thứ Bảy, 28/11/2026');
    expect(mail.parsed.text).toContain('Viện NCPT, Huế');
    expect(mail.parsed.html).toContain('Thứ Bảy');
    // The link leads to the meetup's page in the web app, where the answer can be changed.
    expect(mail.parsed.text).toContain(`http://meetups.test/meetups/${meetupId}\n`);
    expect(mail.parsed.html).toContain(`<a href="http://meetups.test/meetups/${meetupId}">`);

    const attachment = mail.parsed.attachments.find((a) => a.contentType.startsWith('text/calendar'))!;
    expect(attachment).toBeDefined();
    const {
      calendar,
      events: [event],
    } = parseCalendar(attachment.content.toString('utf8'));
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(event.uid).toBe(`meetup-${meetupId}@meetups.test`);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-11-28T01:00:00.000Z');
    expect(event.location).toBe('Viện NCPT, Huế');
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM outbox WHERE processed_at IS NULL`)).toEqual([{ n: 0 }]);
  });

  it('tells the waitlisted member their place, and again when they are promoted', async () => {
    const [binh] = await t.createMembers(1, 'binh');
    expect((await t.gql(RSVP, { m: meetupId, r: 'GOING' }, binh.token)).data!.rsvp.status).toBe('WAITLISTED');
    await dispatcher.dispatchPending();
    const [waiting] = await t.mail.waitFor('binh1@example.org');
    expect(waiting.parsed.subject).toBe('Danh sách chờ: Cà phê khởi nghiệp');
    expect(waiting.parsed.text).toContain('vị trí 1');

    expect((await t.gql(RSVP, { m: meetupId, r: 'NOT_GOING' }, lan.token)).data!.rsvp.status).toBe('NOT_GOING');
    await dispatcher.dispatchPending();
    const mails = await t.mail.waitFor('binh1@example.org', 2);
    expect(mails[1].parsed.subject).toBe('Bạn đã có chỗ: Cà phê khởi nghiệp');
    expect(t.mail.to('lan1@example.org')).toHaveLength(1); // no mail for declining
  });

  it('sends nothing to a member who turned the kind off', async () => {
    const [quiet] = await t.createMembers(1, 'quiet');
    await t.gql('mutation { updateProfile(input: { notificationPreferences: { rsvpConfirmation: false } }) { id } }', {}, quiet.token);
    await t.gql(RSVP, { m: meetupId, r: 'GOING' }, quiet.token);
    await dispatcher.dispatchPending();
    expect(t.mail.to('quiet1@example.org')).toHaveLength(0);
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM outbox WHERE member_id = $1 AND processed_at IS NOT NULL`, [quiet.memberId])).toEqual([
      { n: 1 },
    ]);
  });

  it('keeps a message when SMTP is down and delivers it once it is back', async () => {
    const [later] = await t.createMembers(1, 'later');
    await t.gql('mutation($id: ID!) { updateMeetup(id: $id, input: { capacity: 10 }) { id } }', { id: meetupId }, organizer.token);
    await t.gql(RSVP, { m: meetupId, r: 'GOING' }, later.token);
    const down = new OutboxDispatcher(
      t.dataSource,
      new DeliveryService(t.dataSource, new SmtpMailTransport('smtp://127.0.0.1:1', t.config.mail.from), clock),
      clock,
      worker.get(RsvpMailComposer),
      worker.get(MinutesMailComposer),
      worker.get(MeetupChangeComposer),
      worker.get(FollowUpMailComposer),
      worker.get(ConsultationResponseComposer),
      worker.get(AffiliationMailComposer),
    );
    await down.dispatchPending();
    const [row] = await t.dataSource.query(`SELECT attempts, last_error, processed_at, next_attempt_at FROM outbox WHERE member_id = $1`, [later.memberId]);
    expect(row).toMatchObject({ attempts: 1, processed_at: null });
    expect(row.last_error).toMatch(/ECONNREFUSED|connect/i);

    await dispatcher.dispatchPending(); // not due yet: backoff
    expect(t.mail.to('later1@example.org')).toHaveLength(0);
    clock.advance(5 * 60_000);
    await Promise.all([dispatcher.dispatchPending(), dispatcher.dispatchPending()]);
    await t.mail.waitFor('later1@example.org');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(t.mail.to('later1@example.org')).toHaveLength(1);
  });

  it('tells the people coming when the meetup is cancelled', async () => {
    await t.gql('mutation($id: ID!) { cancelMeetup(id: $id, reason: "Bão số 9") { id } }', { id: meetupId }, organizer.token);
    await dispatcher.dispatchPending();
    const mails = await t.mail.waitFor('binh1@example.org', 3);
    expect(mails[2].parsed.subject).toBe('Đã hủy: Cà phê khởi nghiệp');
    expect(mails[2].parsed.text).toContain('Lý do: Bão số 9');
    expect(t.mail.to('lan1@example.org')).toHaveLength(1); // lan declined: no news
  });
});
