import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ADMIN_EMAIL, SCREENSHOTS, expect, expectAccessible, test } from './fixtures';

const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

interface PageVisit {
  name: string;
  path: (ids: Ids) => string;
  heading: string | RegExp;
  signedIn?: boolean;
  /** Signed in as the admin (the organizer console). */
  organizer?: boolean;
}

interface Ids {
  firstMeeting: string;
  nextMeetup: string;
  issue: string;
  organization: string;
}

const PAGES: PageVisit[] = [
  { name: 'home', path: () => '/', heading: 'Thứ Bảy tới' },
  { name: 'home-signed-in', path: () => '/', heading: 'Thứ Bảy tới', signedIn: true },
  { name: 'meetups', path: () => '/meetups', heading: 'Lịch gặp mặt' },
  { name: 'meetup-next', path: (ids) => `/meetups/${ids.nextMeetup}`, heading: /^Thứ Bảy, \d\d\/\d\d\/\d{4}$/, signedIn: true },
  { name: 'meetup-minutes', path: (ids) => `/meetups/${ids.firstMeeting}`, heading: 'Thứ Bảy, 15/02/2020' },
  { name: 'issues', path: () => '/issues', heading: 'Vướng mắc & đề xuất' },
  { name: 'issue', path: (ids) => `/issues/${ids.issue}`, heading: 'Chi phí thuê văn phòng cho startup giai đoạn đầu quá cao', signedIn: true },
  { name: 'issue-new', path: () => '/issues/new', heading: 'Nêu vướng mắc, đề xuất', signedIn: true },
  { name: 'assignments', path: () => '/assignments', heading: 'Theo dõi thực hiện' },
  { name: 'organization', path: (ids) => `/organizations/${ids.organization}`, heading: /Sở Khoa học và Công nghệ/ },
  { name: 'me', path: () => '/me', heading: 'Tài khoản của tôi', signedIn: true },
  { name: 'sign-in', path: () => '/sign-in', heading: 'Đăng nhập' },
  { name: 'organize', path: () => '/organize', heading: 'Bảng điều hành', organizer: true },
  { name: 'organize-series', path: () => '/organize/series', heading: 'Chuỗi gặp mặt', organizer: true },
  { name: 'organize-follow-up', path: () => '/organize/assignments', heading: 'Theo dõi nhiệm vụ', organizer: true },
  { name: 'organize-agenda', path: (ids) => `/organize/meetups/${ids.nextMeetup}/agenda`, heading: /^Thứ Bảy, \d\d\/\d\d\/\d{4}$/, organizer: true },
  { name: 'organize-door', path: (ids) => `/organize/meetups/${ids.nextMeetup}/door`, heading: /^Thứ Bảy, \d\d\/\d\d\/\d{4}$/, organizer: true },
  { name: 'organize-minutes', path: (ids) => `/organize/meetups/${ids.firstMeeting}/minutes`, heading: 'Thứ Bảy, 15/02/2020', organizer: true },
  { name: 'organize-edit', path: (ids) => `/organize/meetups/${ids.nextMeetup}/edit`, heading: /^Thứ Bảy, \d\d\/\d\d\/\d{4}$/, organizer: true },
  { name: 'organize-moderation', path: () => '/organize/moderation', heading: 'Kiểm duyệt', organizer: true },
  { name: 'organize-people', path: () => '/organize/people', heading: 'Thành viên', organizer: true },
  { name: 'organize-organizations', path: () => '/organize/organizations', heading: 'Tổ chức', organizer: true },
  { name: 'organize-affiliations', path: () => '/organize/affiliations', heading: 'Yêu cầu tham gia tổ chức', organizer: true },
  { name: 'organize-audit', path: () => '/organize/audit', heading: 'Nhật ký', organizer: true },
  { name: 'organize-deliveries', path: () => '/organize/deliveries', heading: 'E-mail', organizer: true },
  { name: 'not-found', path: () => '/meetups/00000000-0000-4000-8000-000000000000', heading: 'Không tìm thấy trang' },
];

/** Every page at phone and desktop size: it renders, axe-core finds nothing serious, a screenshot is kept. */
test.describe('every page', () => {
  let ids: Ids;
  let token: string;
  let adminToken: string;

  test.beforeAll(async ({ site }) => {
    token = await site.tokenFor('khanh@startup.test', 'Hoàng Khánh');
    const submitted = await site.gql<{ submitIssue: { id: string } }>(
      'mutation($input: SubmitIssueInput!) { submitIssue(input: $input) { id } }',
      {
        input: {
          title: 'Chi phí thuê văn phòng cho startup giai đoạn đầu quá cao',
          description: 'Đề nghị Sở Khoa học và Công nghệ mở không gian làm việc chung miễn phí 6 tháng cho nhóm khởi nghiệp mới.',
          kind: 'PROPOSAL',
          topics: ['không gian làm việc', 'chi phí'],
        },
      },
      token,
    );
    // The first meeting (15 Feb 2020) with its minutes: the seed's past Saturdays since are later.
    const found = await site.gql<{
      past: { edges: { node: { id: string } }[] };
      nextMeetup: { id: string };
      organizations: { id: string; name: string }[];
    }>(
      `query($before: DateTime!) {
      past: meetups(filter: { to: $before }, first: 1) { edges { node { id } } }
      nextMeetup { id }
      organizations { id name }
    }`,
      { before: '2020-02-16T00:00:00Z' },
    );
    // The next Saturday's agenda carries the issue, as an organizer would put it there.
    const admin = await site.tokenFor(ADMIN_EMAIL, 'Quản trị');
    adminToken = admin;
    const scheduled = await site.gql(
      'mutation($i: ID!, $m: ID!) { scheduleIssue(issueId: $i, meetupId: $m) { id } }',
      { i: submitted.data!.submitIssue.id, m: found.data!.nextMeetup.id },
      admin,
    );
    expect(scheduled.errors).toBeUndefined();
    ids = {
      firstMeeting: found.data!.past.edges[0].node.id,
      nextMeetup: found.data!.nextMeetup.id,
      issue: submitted.data!.submitIssue.id,
      organization: found.data!.organizations.find((o) => o.name.startsWith('Sở Khoa học và Công nghệ'))!.id,
    };
  });

  for (const size of SIZES) {
    for (const visit of PAGES) {
      test(`${visit.name} at ${size.name} size`, async ({ page, signedIn }) => {
        await page.setViewportSize({ width: size.width, height: size.height });
        if (visit.signedIn) await signedIn(page.context(), token);
        if (visit.organizer) await signedIn(page.context(), adminToken);
        await page.goto(visit.path(ids));
        await expect(page.getByRole('heading', { level: 1, name: visit.heading })).toBeVisible();
        await settle(page);
        await expectAccessible(page);
        await page.screenshot({ path: join(SCREENSHOTS, `${visit.name}-${size.name}.png`), fullPage: true });
        if (size.name === 'phone') {
          // The narrowest phones in use: nothing wider than the screen, no sideways scrolling.
          await page.setViewportSize({ width: 360, height: 740 });
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
        }
      });
    }
  }

  test('runs under its own Content-Security-Policy, with nothing refused', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ bypassCSP: false, baseURL });
    const page = await context.newPage();
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
    });
    for (const path of ['/', '/issues', '/meetups', '/sign-in']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }
    expect(refused).toEqual([]);
    await context.close();
  });

  test('works with the keyboard alone: skip link, then RSVP from the home page', async ({ page, signedIn }) => {
    await signedIn(page.context(), token);
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Tôi sẽ đến' })).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' })).toBeFocused();
    await page.keyboard.press('Enter');
    const going = page.getByRole('button', { name: 'Tôi sẽ đến' });
    for (let i = 0; i < 20 && !(await going.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(going).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Bạn đã đăng ký tham dự.' })).toBeVisible();
  });

  test('keeps what was typed when the network fails, and sends it on retry', async ({ page, signedIn }) => {
    await signedIn(page.context(), token);
    await page.goto(`/issues/${ids.issue}`);
    await page.getByLabel('Ý kiến của bạn').fill('Ý kiến gửi khi mất mạng');
    await page.route('**/graphql', (route) => route.abort('internetdisconnected'));
    await page.getByRole('button', { name: 'Gửi ý kiến' }).click();
    await expect(page.getByRole('alert')).toContainText('Không kết nối được với máy chủ');
    await expect(page.getByLabel('Ý kiến của bạn')).toHaveValue('Ý kiến gửi khi mất mạng');
    await page.unroute('**/graphql');
    await page.getByRole('button', { name: 'Thử lại' }).click();
    await expect(page.getByText('Ý kiến gửi khi mất mạng', { exact: true })).toBeVisible();
    await expect(page.getByLabel('Ý kiến của bạn')).toHaveValue('');
  });
});

/** No request in flight and fonts loaded: what a person would see. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready);
}
