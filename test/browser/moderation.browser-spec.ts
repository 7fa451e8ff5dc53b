import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { ADMIN_EMAIL, SCREENSHOTS, expect, expectAccessible, test, type Site } from './fixtures';

const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

const TITLES = {
  toHide: 'Quảng cáo mời đầu tư tiền ảo lãi suất cao',
  toDecline: 'Thiếu chỗ gửi xe cho khách ở vườn ươm',
  original: 'Cần quỹ hỗ trợ ươm tạo cho startup nông nghiệp',
  duplicate: 'Quỹ ươm tạo startup nông nghiệp còn thiếu',
};

interface People {
  admin: string;
  organizer: string;
  member: string;
  other: string;
}

async function submitIssue(site: Site, token: string, title: string): Promise<string> {
  const answer = await site.gql<{ submitIssue: { id: string } }>(
    'mutation($input: SubmitIssueInput!) { submitIssue(input: $input) { id } }',
    { input: { title, description: `${title}: mô tả chi tiết để ban tổ chức xem xét.`, kind: 'OBSTACLE' } },
    token,
  );
  if (!answer.data) throw new Error(JSON.stringify(answer.errors));
  return answer.data.submitIssue.id;
}

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready);
}

async function as(context: BrowserContext, signedIn: (context: BrowserContext, token: string) => Promise<void>, token: string): Promise<Page> {
  await signedIn(context, token);
  return context.newPage();
}

/** Moderation and people, in Chromium: what organizers and admins do, and what members never see. */
test.describe.serial('moderation and people', () => {
  let people: People;
  const ids: Record<keyof typeof TITLES, string> = { toHide: '', toDecline: '', original: '', duplicate: '' };

  test.beforeAll(async ({ site }) => {
    const admin = await site.tokenFor(ADMIN_EMAIL, 'Quản trị');
    const organizer = await site.tokenFor('dieuhanh@mod.test', 'Trần Điều Hành');
    const member = await site.tokenFor('thu@mod.test', 'Lê Thu');
    const other = await site.tokenFor('minh@mod.test', 'Phan Minh');
    const found = await site.gql<{ members: { id: string; email: string }[] }>('query { members(search: "mod.test") { id email } }', {}, admin);
    const organizerId = found.data!.members.find((m) => m.email === 'dieuhanh@mod.test')!.id;
    const promoted = await site.gql('mutation($id: ID!) { setMemberRole(memberId: $id, role: ORGANIZER) { id } }', { id: organizerId }, admin);
    expect(promoted.errors).toBeUndefined();
    for (const key of Object.keys(TITLES) as (keyof typeof TITLES)[]) ids[key] = await submitIssue(site, member, TITLES[key]);
    const comment = await site.gql(
      'mutation($i: ID!) { addIssueComment(issueId: $i, body: "Liên hệ số điện thoại riêng của tôi nhé.") { id } }',
      { i: ids.toDecline },
      member,
    );
    expect(comment.errors).toBeUndefined();
    people = { admin, organizer, member, other };
  });

  test('an organizer hides an issue with a reason; members no longer find it; it is listed for moderation and shown again', async ({ browser, signedIn }) => {
    const organizerContext = await browser.newContext();
    const page = await as(organizerContext, signedIn, people.organizer);
    await page.goto(`/issues/${ids.toHide}`);
    await expect(page.getByRole('heading', { level: 2, name: 'Kiểm duyệt (ban tổ chức)' })).toBeVisible();
    await page.getByLabel('Lý do ẩn vấn đề').fill('Quảng cáo, không phải vướng mắc');
    await page.getByRole('button', { name: 'Ẩn vấn đề' }).click();
    await expect(page.getByText('Vấn đề này đang bị ẩn khỏi thành viên. Lý do: Quảng cáo, không phải vướng mắc')).toBeVisible();

    // Another member (the submitter still sees their own hidden issue) no longer finds it.
    const otherContext = await browser.newContext();
    const other = await as(otherContext, signedIn, people.other);
    await other.goto('/issues?q=tien%20ao%20lai%20suat');
    await expect(other.getByRole('status').filter({ hasText: 'kết quả' })).toHaveText('0 kết quả');
    await expect(other.getByRole('link', { name: TITLES.toHide })).toHaveCount(0);
    await other.goto('/issues');
    await expect(other.getByRole('link', { name: TITLES.toDecline })).toBeVisible();
    await expect(other.getByRole('link', { name: TITLES.toHide })).toHaveCount(0);
    await otherContext.close();

    await page.getByRole('link', { name: 'Quản lý' }).click();
    await page.getByRole('navigation', { name: 'Các mục quản lý' }).getByRole('link', { name: 'Kiểm duyệt' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Kiểm duyệt' })).toBeVisible();
    const hidden = page.getByRole('region', { name: 'Vấn đề đang bị ẩn' });
    const card = hidden.getByRole('listitem').filter({ has: page.getByRole('link', { name: TITLES.toHide }) });
    await expect(card.getByText('Lý do ẩn: Quảng cáo, không phải vướng mắc')).toBeVisible();
    await card.getByRole('button', { name: `Hiện lại “${TITLES.toHide}”` }).click();
    await expect(hidden.getByRole('link', { name: TITLES.toHide })).toHaveCount(0);
    // Shown again, it waits for a decision with the other new issues.
    await expect(page.getByRole('region', { name: 'Mới gửi, chờ xử lý' }).getByRole('link', { name: TITLES.toHide })).toBeVisible();
    await organizerContext.close();
  });

  test('an organizer changes a status with a note, shown on the timeline, and hides a comment with a reason', async ({ browser, signedIn }) => {
    const context = await browser.newContext();
    const page = await as(context, signedIn, people.organizer);
    await page.goto(`/issues/${ids.toDecline}`);
    await page.getByLabel('Tình trạng mới').selectOption({ label: 'Không tiếp nhận' });
    await page.getByLabel('Ghi chú, trả lời chính thức').fill('Vườn ươm đã có bãi xe mới từ tháng này.');
    await page.getByRole('button', { name: 'Đổi tình trạng' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã đổi tình trạng.' })).toBeVisible();
    const timeline = page.getByRole('region', { name: 'Quá trình xử lý' });
    await expect(timeline.getByText('Vườn ươm đã có bãi xe mới từ tháng này.')).toBeVisible();
    await expect(page.getByText('Tình trạng “Không tiếp nhận” là bước cuối, không đổi được nữa.')).toBeVisible();

    await page.getByLabel('Lý do ẩn bình luận của Lê Thu').fill('Có thông tin cá nhân');
    await page.getByRole('button', { name: 'Ẩn bình luận của Lê Thu' }).click();
    await expect(page.getByText('Đang bị ẩn. Lý do: Có thông tin cá nhân')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Hiện lại bình luận của Lê Thu' })).toBeVisible();
    await context.close();
  });

  test('an organizer marks an issue a duplicate of another, found by searching', async ({ browser, signedIn }) => {
    const context = await browser.newContext();
    const page = await as(context, signedIn, people.organizer);
    await page.goto(`/issues/${ids.duplicate}`);
    await page.getByLabel('Tình trạng mới').selectOption({ label: 'Trùng lặp' });
    await page.getByLabel('Tìm vấn đề gốc theo tên').fill('quy ho tro uom tao');
    await page.getByRole('button', { name: `Chọn “${TITLES.original}” làm vấn đề gốc` }).click();
    await expect(page.getByText(`Vấn đề gốc: ${TITLES.original}`)).toBeVisible();
    await page.getByRole('button', { name: 'Đổi tình trạng' }).click();
    await expect(page.getByRole('link', { name: TITLES.original })).toBeVisible();
    await expect(page.getByText('Trùng với:')).toBeVisible();
    await context.close();
  });

  test('an organizer adds an organisation', async ({ browser, signedIn }) => {
    const context = await browser.newContext();
    const page = await as(context, signedIn, people.organizer);
    await page.goto('/organize/organizations');
    await page.getByLabel('Tên tổ chức').fill('Vườn ươm Đổi mới sáng tạo Huế');
    await page.getByLabel('Tên viết tắt (không bắt buộc)').fill('HueIC');
    await page.getByLabel('Loại tổ chức').selectOption({ label: 'Tổ chức hỗ trợ' });
    await page.getByLabel('Trang web (không bắt buộc)').fill('https://hueic.example.vn');
    await page.getByRole('button', { name: 'Thêm tổ chức' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã thêm' })).toHaveText('Đã thêm “Vườn ươm Đổi mới sáng tạo Huế”.');
    await page.getByLabel('Tìm tổ chức').fill('vuon uom doi moi');
    await expect(page.getByRole('link', { name: 'Vườn ươm Đổi mới sáng tạo Huế' })).toBeVisible();
    // An organizer who is not an admin has no roles to change.
    await page.goto('/organize/people');
    await expect(page.getByRole('alert')).toHaveText('Trang này chỉ dành cho quản trị viên.');
    await expect(page.getByRole('navigation', { name: 'Các mục quản lý' }).getByRole('link', { name: 'Nhật ký' })).toHaveCount(0);
    await context.close();
  });

  test('an admin changes a member’s role', async ({ browser, signedIn }) => {
    const context = await browser.newContext();
    const page = await as(context, signedIn, people.admin);
    await page.goto('/organize/people');
    await page.getByLabel('Tìm theo tên hoặc e-mail').fill('Phan Minh');
    await expect(page.getByRole('cell', { name: /minh@mod\.test$/ })).toBeVisible();
    await page.getByRole('combobox', { name: 'Vai trò của Phan Minh' }).selectOption({ label: 'Ban tổ chức' });
    await page.getByRole('button', { name: 'Lưu vai trò của Phan Minh' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã lưu vai trò.' })).toBeVisible();
    await page.reload();
    await page.getByLabel('Tìm theo tên hoặc e-mail').fill('Phan Minh');
    await expect(page.getByRole('combobox', { name: 'Vai trò của Phan Minh' })).toHaveValue('ORGANIZER');
    await context.close();
  });

  test('the audit log shows those actions to an admin', async ({ browser, signedIn }) => {
    const context = await browser.newContext();
    const page = await as(context, signedIn, people.admin);
    await page.goto('/organize/audit');
    const table = page.getByRole('table', { name: 'Nhật ký thay đổi' });
    for (const action of ['Ẩn vấn đề', 'Hiện lại vấn đề', 'Đổi tình trạng vấn đề', 'Ẩn bình luận', 'Đổi vai trò', 'Thêm tổ chức']) {
      // On a phone each cell also carries its column's name (Việc làm): the action ends the name.
      await expect(table.getByRole('cell', { name: new RegExp(`(^| )${action}$`) }).first()).toBeVisible();
    }
    await expect(table.getByText('reason: Quảng cáo, không phải vướng mắc')).toBeVisible();
    await expect(table.getByText('role: ORGANIZER').first()).toBeVisible();
    await page.getByLabel('Loại đối tượng').selectOption({ label: 'Thành viên' });
    await expect(table.getByRole('cell', { name: /(^| )Ẩn vấn đề$/ })).toHaveCount(0);
    await expect(table.getByRole('cell', { name: /(^| )Đổi vai trò$/ }).first()).toBeVisible();
    await context.close();
  });

  test('the list of hidden issues shows twenty at a time and the rest on request', async ({ browser, signedIn, site }) => {
    for (let i = 1; i <= 21; i++) {
      const id = await submitIssue(site, people.other, `Tin rác số ${i} cần ẩn khỏi danh sách`);
      const hidden = await site.gql('mutation($id: ID!) { hideIssue(id: $id, reason: "Tin rác") { id } }', { id }, people.organizer);
      expect(hidden.errors).toBeUndefined();
    }
    const context = await browser.newContext();
    const page = await as(context, signedIn, people.organizer);
    await page.goto('/organize/moderation');
    const hidden = page.getByRole('region', { name: 'Vấn đề đang bị ẩn' });
    await expect(hidden.getByRole('status')).toHaveText('21 vấn đề đang bị ẩn');
    const spam = hidden.getByRole('link', { name: /^Tin rác số \d+ cần ẩn/ });
    await expect(spam).toHaveCount(20);
    await hidden.getByRole('button', { name: 'Xem thêm' }).click();
    await expect(spam).toHaveCount(21);
    await expect(hidden.getByRole('button', { name: 'Xem thêm' })).toHaveCount(0);
    await context.close();
  });

  test('a member sees none of the controls', async ({ browser, signedIn }) => {
    const context = await browser.newContext();
    const page = await as(context, signedIn, people.member);
    await page.goto('/organize/people');
    await expect(page.getByRole('alert')).toHaveText('Trang này dành cho ban tổ chức.');
    await expect(page.getByRole('combobox')).toHaveCount(0);
    await expect(page.getByRole('button', { name: /Lưu/ })).toHaveCount(0);
    await expect(page.getByRole('searchbox')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Quản lý' })).toHaveCount(0);
    await page.goto(`/issues/${ids.original}`);
    await expect(page.getByRole('heading', { level: 1, name: TITLES.original })).toBeVisible();
    await settle(page);
    await expect(page.getByRole('heading', { name: 'Kiểm duyệt (ban tổ chức)' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Ẩn vấn đề' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Đổi tình trạng' })).toHaveCount(0);
    await context.close();
  });

  const CONSOLE_PAGES = [
    { name: 'moderation', path: () => '/organize/moderation', heading: 'Kiểm duyệt', who: 'organizer' },
    { name: 'issue-moderation', path: () => `/issues/${ids.toHide}`, heading: TITLES.toHide, who: 'organizer' },
    { name: 'organizations-admin', path: () => '/organize/organizations', heading: 'Tổ chức', who: 'organizer' },
    // Admins see every date's mail (an organizer, the dates of their own series: the e-mail tests hold that).
    { name: 'deliveries', path: () => '/organize/deliveries', heading: 'E-mail', who: 'admin' },
    { name: 'people', path: () => '/organize/people', heading: 'Thành viên', who: 'admin' },
    { name: 'audit', path: () => '/organize/audit', heading: 'Nhật ký', who: 'admin' },
  ] as const;

  for (const size of SIZES) {
    for (const visit of CONSOLE_PAGES) {
      test(`${visit.name} at ${size.name} size is accessible`, async ({ browser, signedIn, site }) => {
        // Something to moderate: the spam issue hidden again, so the page shows a hidden issue and its controls.
        const hidden = await site.gql(
          'mutation($id: ID!) { hideIssue(id: $id, reason: "Quảng cáo, không phải vướng mắc") { id } }',
          { id: ids.toHide },
          people.organizer,
        );
        expect(hidden.errors).toBeUndefined();
        const context = await browser.newContext({ viewport: { width: size.width, height: size.height } });
        const page = await as(context, signedIn, people[visit.who]);
        await page.goto(visit.path());
        await expect(page.getByRole('heading', { level: 1, name: visit.heading, exact: true })).toBeVisible();
        if (visit.name === 'deliveries') {
          const meetup = page.getByLabel('Buổi gặp mặt');
          await expect(meetup.getByRole('option')).not.toHaveCount(1);
          const value = await meetup.getByRole('option').nth(1).getAttribute('value');
          await meetup.selectOption(value!);
          await expect(page.getByRole('heading', { level: 2, name: 'E-mail của buổi gặp mặt' })).toBeVisible();
        }
        await settle(page);
        await expectAccessible(page);
        await page.screenshot({ path: join(SCREENSHOTS, `console-${visit.name}-${size.name}.png`), fullPage: true });
        await context.close();
      });
    }
  }
});
