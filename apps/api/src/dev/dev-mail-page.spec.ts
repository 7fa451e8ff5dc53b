import type { CapturedMail } from '@app/mail';
import { framedMessage, renderDevMailPage } from './dev-mail-page';

const message = (overrides: Partial<CapturedMail>): CapturedMail => ({
  name: '2026-12-01T08-00-00-000Z-1-1',
  capturedAt: '2026-12-01T08:00:00.000Z',
  from: 'no-reply@meetups.local',
  to: 'lan@startup.test',
  subject: 'Đăng nhập',
  html: '<!doctype html><html><head><meta charset="utf-8"></head><body><a href="http://localhost:3000/sign-in#token=abc">Đăng nhập</a></body></html>',
  text: '',
  attachments: [],
  ...overrides,
});

describe('the development mail page', () => {
  it('shows each message in a sandboxed frame (no scripts, no same-origin), its links aimed at the window', () => {
    const page = renderDevMailPage([message({})], '/tmp/var/mail');
    const frames = page.match(/<iframe [^>]*>/g) ?? [];
    expect(frames).toHaveLength(1);
    const sandbox = /sandbox="([^"]*)"/.exec(frames[0] ?? '')![1].split(' ');
    expect(sandbox).toContain('allow-top-navigation-by-user-activation');
    expect(sandbox.filter((token) => /scripts|same-origin|forms|modals/.test(token))).toEqual([]);
    expect(framedMessage(message({}).html)).toContain('<head><base target="_top"><meta charset="utf-8">');
    expect(framedMessage('<p>no head</p>')).toBe('<base target="_top"><p>no head</p>');
  });

  it('escapes the message into its frame and every header into the page, so nothing breaks out', () => {
    const hostile = message({
      subject: '</h2><script>alert(1)</script>',
      to: '"><img src=x onerror=alert(1)>@x.test',
      html: '<p title="a" onclick="x">"quoted" & <b>bold</b></p><script>alert(2)</script>',
    });
    const page = renderDevMailPage([hostile], '/tmp/<var>/mail');
    expect(page).not.toContain('<script>');
    expect(page).not.toContain('<img');
    expect(page).not.toContain('<var>');
    const srcdoc = /srcdoc="([^"]*)"/.exec(page)![1];
    // The whole message is inside the attribute, every quote and bracket escaped.
    expect(srcdoc).toContain('&lt;p title=&quot;a&quot; onclick=&quot;x&quot;&gt;&quot;quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt;&lt;/p&gt;');
    expect(srcdoc).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
  });

  it('says so when no mail was captured yet', () => {
    expect(renderDevMailPage([], '/tmp/var/mail')).toContain('Chưa có thư nào.');
  });
});
