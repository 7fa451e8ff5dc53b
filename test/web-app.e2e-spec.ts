import { get, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import request from 'supertest';
import { FixedClock } from '@app/core';
import { series } from './support/builders';
import { TestApp, startTestApp } from './support/test-app';

/**
 * The web app served by the api (docs/API.md, "The web app"): the app's page for every shared route,
 * link previews for meetups and issues, hashed assets cached for a year and sent compressed, and
 * the api's own routes untouched.
 */
describe('web app', () => {
  let t: TestApp;
  let organizer: { token: string; memberId: string };
  let member: { token: string; memberId: string };
  let meetupId: string;
  let issueId: string;
  let hiddenIssueId: string;

  beforeAll(async () => {
    t = await startTestApp({ clock: new FixedClock(new Date('2029-12-20T03:00:00Z')) });
    [organizer] = await t.createMembers(1, 'web-organizer', 'ORGANIZER');
    [member] = await t.createMembers(1, 'web-member');
    [meetupId] = (
      await series(
        t,
        organizer,
        { title: 'Cà phê <khởi nghiệp> & "đổi mới"', startsOn: '2030-01-05', venue: 'Viện Nghiên cứu phát triển, 22 Lê Lợi', capacity: 40 },
        1,
      )
    ).meetupIds;
    const submit = `mutation($input: SubmitIssueInput!) { submitIssue(input: $input) { id } }`;
    const issue = await t.gql<{ submitIssue: { id: string } }>(
      submit,
      { input: { title: 'Thủ tục thành lập doanh nghiệp còn rườm rà', description: 'Hồ sơ phải nộp ở ba nơi khác nhau. '.repeat(20), kind: 'OBSTACLE' } },
      member.token,
    );
    issueId = issue.data!.submitIssue.id;
    const hidden = await t.gql<{ submitIssue: { id: string } }>(
      submit,
      { input: { title: 'Bí mật không được lộ', description: 'Nội dung bị ẩn', kind: 'QUESTION' } },
      member.token,
    );
    hiddenIssueId = hidden.data!.submitIssue.id;
    await t.gql('mutation($id: ID!) { hideIssue(id: $id, reason: "Spam") { id } }', { id: hiddenIssueId }, organizer.token);
  });
  afterAll(() => t.close());

  const http = () => request(t.app.getHttpServer());

  it.each([
    '/',
    '/meetups',
    '/issues',
    '/issues/new',
    '/assignments',
    '/me',
    '/sign-in',
    '/ecosystem',
    '/ecosystem/targets',
    '/projects/new',
    '/organize',
    '/organize/agenda/x',
  ])('answers %s with the app page', async (path) => {
    const res = await http().get(path);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.text).toContain('<div id="root"></div>');
    expect(res.text).toMatch(/<script type="module" crossorigin src="\/assets\/index-[\w-]+\.js"><\/script>/);
    expect(res.text).toContain(`<meta property="og:url" content="http://meetups.test${path}" />`);
  });

  it('lets only the ecosystem map page load OpenStreetMap tiles, and as images only', async () => {
    const map = (await http().get('/ecosystem?view=map')).headers['content-security-policy'];
    expect(map).toContain("img-src 'self' data: https://tile.openstreetmap.org;");
    expect(map).toContain("connect-src 'self';");
    expect(map).toContain("script-src 'self';");
    for (const path of ['/', '/ecosystem/targets', '/projects/00000000-0000-4000-8000-000000000000', '/issues']) {
      expect((await http().get(path)).headers['content-security-policy']).not.toContain('openstreetmap');
    }
  });

  it('previews a meetup with its title, date and place, escaped', async () => {
    const res = await http().get(`/meetups/${meetupId}`);
    expect(res.status).toBe(200);
    const title = /<meta property="og:title" content="([^"]*)" \/>/.exec(res.text)![1];
    expect(title).toBe('Cà phê &lt;khởi nghiệp&gt; &amp; &quot;đổi mới&quot; · 08:00, Thứ Bảy, 05/01/2030');
    expect(res.text).toContain('<title>Cà phê &lt;khởi nghiệp&gt; &amp; &quot;đổi mới&quot; · 08:00, Thứ Bảy, 05/01/2030</title>');
    const description = /<meta property="og:description" content="([^"]*)" \/>/.exec(res.text)![1];
    expect(description).toBe('08:00, Thứ Bảy, 05/01/2030 · Viện Nghiên cứu phát triển, 22 Lê Lợi');
    expect(res.text).toContain(`<meta property="og:url" content="http://meetups.test/meetups/${meetupId}" />`);
    expect(res.text).not.toContain('<khởi nghiệp>');
  });

  it('previews an issue with its title and the start of its description', async () => {
    const res = await http().get(`/issues/${issueId}`);
    const title = /<meta property="og:title" content="([^"]*)" \/>/.exec(res.text)![1];
    expect(title).toBe('Thủ tục thành lập doanh nghiệp còn rườm rà');
    const description = /<meta property="og:description" content="([^"]*)" \/>/.exec(res.text)![1];
    expect(description.startsWith('Hồ sơ phải nộp ở ba nơi khác nhau.')).toBe(true);
    expect(description.endsWith('…')).toBe(true);
    expect(description.length).toBeLessThanOrEqual(200);
  });

  it("puts a title holding replacement patterns ($&, $`, $', $1) in the page head as it is written", async () => {
    const tricky = "Giá $& tăng, $` rồi $' và $1 — $$ bao nhiêu?";
    const submitted = await t.gql<{ submitIssue: { id: string } }>(
      'mutation($input: SubmitIssueInput!) { submitIssue(input: $input) { id } }',
      { input: { title: tricky, description: "Mô tả có $' và $&.", kind: 'QUESTION' } },
      member.token,
    );
    const res = await http().get(`/issues/${submitted.data!.submitIssue.id}`);
    const escaped = tricky.replace(/&/g, '&amp;').replace(/'/g, '&#39;');
    expect(res.text).toContain(`<title>${escaped}</title>`);
    expect(/<meta property="og:title" content="([^"]*)" \/>/.exec(res.text)![1]).toBe(escaped);
    expect(/<meta property="og:description" content="([^"]*)" \/>/.exec(res.text)![1]).toBe('Mô tả có $&#39; và $&amp;.');
    // The shell appears once: nothing of it was copied into the head.
    expect(res.text.match(/<!doctype html>/gi)).toHaveLength(1);
    expect(res.text.match(/<title>/g)).toHaveLength(1);
    expect(res.text.match(/<div id="root"><\/div>/g)).toHaveLength(1);
  });

  it('previews a hidden issue, an unknown id and a malformed id as the site, revealing nothing', async () => {
    for (const id of [hiddenIssueId, '00000000-0000-4000-8000-000000000000', 'not-a-uuid%00']) {
      const res = await http().get(`/issues/${id}`);
      expect(res.status).toBe(200);
      expect(res.text).toContain('<meta property="og:title" content="Gặp mặt thứ Bảy" />');
      expect(res.text).not.toContain('Bí mật');
    }
  });

  it('serves hashed assets for a year, compressed with brotli or gzip, and 404s the rest', async () => {
    const page = await http().get('/');
    const script = /src="(\/assets\/index-[\w-]+\.js)"/.exec(page.text)![1];
    const plain = await http().get(script).set('accept-encoding', 'identity');
    expect(plain.status).toBe(200);
    expect(plain.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(plain.headers['content-encoding']).toBeUndefined();
    const identity = Buffer.from(plain.text);

    const br = await rawGet(t, script, 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(brotliDecompressSync(br.body).equals(identity)).toBe(true);
    expect(br.body.length).toBeLessThan(identity.length / 2);

    const gz = await rawGet(t, script, 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(identity)).toBe(true);

    const again = await http().get(script).set('if-none-match', plain.headers.etag);
    expect(again.status).toBe(304);
    expect((await http().get('/assets/nothing-here.js')).status).toBe(404);
    expect((await http().get('/assets/..%2f..%2fpackage.json')).status).toBe(404);
  });

  it('answers an unknown path with the app page and 404 for a browser, and JSON 404 for a program', async () => {
    const page = await http().get('/no-such-page/here').set('Accept', 'text/html,application/xhtml+xml,*/*;q=0.8');
    expect(page.status).toBe(404);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.text).toContain('<div id="root"></div>');
    const program = await http().get('/no-such-page/here').set('Accept', 'application/json');
    expect(program.status).toBe(404);
    expect(program.body).toMatchObject({ statusCode: 404 });
    const posted = await http().post('/no-such-page').set('Accept', 'text/html');
    expect(posted.status).toBe(404);
    expect(posted.text).not.toContain('<div id="root">');
  });

  it('leaves the api routes alone', async () => {
    expect((await http().get('/health')).body).toEqual({ status: 'ok' });
    const graphql = await t.gql<{ meetup: { id: string } }>('query($id: ID!) { meetup(id: $id) { id } }', { id: meetupId });
    expect(graphql.data!.meetup.id).toBe(meetupId);
    const feed = await http().get('/calendar/meetups.ics');
    expect(feed.headers['content-type']).toContain('text/calendar');
    const feedOfMeetup = await http().get(`/calendar/meetups/${meetupId}.ics`);
    expect(feedOfMeetup.headers['content-type']).toContain('text/calendar');
    const minutes = await http().get(`/meetups/${meetupId}/minutes.md`);
    expect(minutes.text).not.toContain('<div id="root">');
    const csv = await http().get(`/meetups/${meetupId}/attendees.csv`);
    expect(csv.status).toBe(401);
    const unsubscribe = await http().get('/unsubscribe/unknown-token');
    expect(unsubscribe.text).not.toContain('<div id="root">');
    const rsvpLink = await http().get('/rsvp-links/unknown-token');
    expect(rsvpLink.text).not.toContain('<div id="root">');
  });
});

/** The bytes as sent, without the client's decompression. */
async function rawGet(t: TestApp, path: string, acceptEncoding: string): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
  const server = t.app.getHttpServer() as Server;
  if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port, path, headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}
