import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { ADMIN_EMAIL, SCREENSHOTS, expect, expectAccessible, test } from './fixtures';

const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

const TITLE = 'Dự thảo Kế hoạch hỗ trợ khởi nghiệp sinh viên';
const CLOSED_TITLE = 'Dự thảo Quy chế Tổ giúp việc (đã kết thúc)';
const DOCUMENT = `Dự thảo do Viện Nghiên cứu phát triển soạn, lấy ý kiến cộng đồng khởi nghiệp.

# Bối cảnh
Sinh viên các trường đại học ở Huế có nhiều ý tưởng nhưng thiếu nơi ươm tạo.

## Mục tiêu
Hỗ trợ 30 nhóm sinh viên mỗi năm.

## Giải pháp
Mở vườn ươm tại Đại học Huế.`;
const COMMENT = 'Nên đặt chỉ tiêu 50 nhóm và có cố vấn từ doanh nghiệp.';
const ANSWER = 'Tiếp thu: nâng chỉ tiêu lên 50 nhóm, mời doanh nghiệp làm cố vấn.';

/** A wall-clock time in Huế (UTC+7, no summer time) for `<input type="datetime-local">`. */
function hueLocal(offsetMs: number): string {
  return new Date(Date.now() + offsetMs + 7 * 3600_000).toISOString().slice(0, 16);
}

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready);
}

async function as(context: BrowserContext, signedIn: (context: BrowserContext, token: string) => Promise<void>, token: string | null): Promise<Page> {
  if (token) await signedIn(context, token);
  return context.newPage();
}

/** Consultations on drafts in Chromium: an organizer opens one, a member comments, the organizer answers, the member reads the answer. */
test.describe.serial('consultations on drafts', () => {
  let organizer: string;
  let member: string;
  let consultationPath = '';
  let closedPath = '';

  test.beforeAll(async ({ site }) => {
    organizer = await site.tokenFor(ADMIN_EMAIL, 'Quản trị');
    member = await site.tokenFor('mai@consult.test', 'Lê Thị Mai');
    const closed = await site.gql<{ createConsultation: { id: string } }>(
      'mutation($input: ConsultationInput!) { createConsultation(input: $input) { id } }',
      {
        input: {
          title: CLOSED_TITLE,
          document: '# Phạm vi\nQuy chế áp dụng cho Tổ giúp việc.\n\n# Thành phần\nĐại diện các sở.',
          opensAt: new Date(Date.now() - 30 * 86400_000).toISOString(),
          closesAt: new Date(Date.now() - 86400_000).toISOString(),
        },
      },
      organizer,
    );
    expect(closed.errors).toBeUndefined();
    closedPath = `/consultations/${closed.data!.createConsultation.id}`;
  });

  test('an organizer opens a draft from the console; it is split into sections at its headings', async ({ browser, signedIn }) => {
    const context = await browser.newContext();
    const page = await as(context, signedIn, organizer);
    await page.goto('/organize');
    await page.getByRole('navigation', { name: 'Các mục quản lý' }).getByRole('link', { name: 'Lấy ý kiến dự thảo' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mở lấy ý kiến dự thảo' })).toBeVisible();
    await page.getByLabel('Tên dự thảo').fill(TITLE);
    await page.getByLabel('Giới thiệu ngắn').fill('Góp ý trước khi trình Sở Khoa học và Công nghệ.');
    await page.getByLabel('Nội dung dự thảo (Markdown)').fill(DOCUMENT);
    await page.getByLabel('Mở góp ý từ').fill(hueLocal(-3600_000));
    await page.getByLabel('Hạn góp ý').fill(hueLocal(14 * 86400_000));
    await page.getByRole('button', { name: 'Mở lấy ý kiến' }).click();
    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    consultationPath = new URL(page.url()).pathname;
    await expect(page.getByText('Đang lấy ý kiến', { exact: true })).toBeVisible();
    const contents = page.getByRole('navigation', { name: 'Các mục của dự thảo' });
    await expect(contents.getByRole('link')).toHaveText(['Phần mở đầu', 'Bối cảnh', 'Mục tiêu', 'Giải pháp']);
    await context.close();
  });

  test('a member comments on a section, an organizer answers it as taken in, the member sees the answer', async ({ browser, signedIn }) => {
    const memberContext = await browser.newContext();
    const page = await as(memberContext, signedIn, member);
    await page.goto('/consultations');
    await page.getByRole('link', { name: TITLE }).click();
    const goals = page.getByRole('region', { name: '3. Mục tiêu' });
    await expect(goals.getByRole('heading', { level: 3, name: '0 ý kiến' })).toBeVisible();
    await goals.getByLabel('Ý kiến của bạn về mục “3. Mục tiêu”').fill(COMMENT);
    await goals.getByRole('button', { name: 'Gửi ý kiến' }).click();
    await expect(goals.getByRole('status')).toHaveText('Đã gửi ý kiến của bạn.');
    await expect(goals.getByText(COMMENT)).toBeVisible();
    await expect(goals.getByRole('heading', { level: 3, name: '1 ý kiến' })).toBeVisible();
    await expect(goals.getByText('Chưa trả lời', { exact: true })).toBeVisible();
    // Within 15 minutes the author may still edit it.
    await expect(goals.getByRole('button', { name: 'Sửa' })).toBeVisible();

    const organizerContext = await browser.newContext();
    const admin = await as(organizerContext, signedIn, organizer);
    await admin.goto(consultationPath);
    const section = admin.getByRole('region', { name: '3. Mục tiêu' });
    await section.getByRole('button', { name: 'Trả lời ý kiến của Lê Thị Mai' }).click();
    await section.getByRole('textbox', { name: 'Câu trả lời' }).fill(ANSWER);
    await section.getByRole('radio', { name: 'Tiếp thu', exact: true }).check();
    await section.getByRole('button', { name: 'Gửi trả lời' }).click();
    await expect(section.getByText(ANSWER)).toBeVisible();
    await expect(section.getByRole('button', { name: 'Sửa câu trả lời ý kiến của Lê Thị Mai' })).toBeVisible();
    await organizerContext.close();

    await page.reload();
    const answered = page.getByRole('region', { name: '3. Mục tiêu' });
    await expect(answered.getByText(ANSWER)).toBeVisible();
    await expect(answered.getByText('Tiếp thu', { exact: true })).toBeVisible();
    // Answered: no longer editable; members see no organizer controls.
    await expect(answered.getByRole('button', { name: 'Sửa' })).toHaveCount(0);
    await expect(answered.getByRole('button', { name: /Trả lời|Ẩn/ })).toHaveCount(0);
    await memberContext.close();
  });

  test('a closed consultation shows its comments but no comment box; a visitor is asked to sign in on an open one', async ({ browser, signedIn }) => {
    const context = await browser.newContext();
    const page = await as(context, signedIn, member);
    await page.goto(closedPath);
    await expect(page.getByRole('heading', { level: 1, name: CLOSED_TITLE })).toBeVisible();
    await expect(page.getByText('Đợt lấy ý kiến đã kết thúc; không nhận thêm góp ý.')).toBeVisible();
    await expect(page.getByRole('textbox')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Gửi ý kiến' })).toHaveCount(0);
    await context.close();

    const visitorContext = await browser.newContext();
    const visitor = await visitorContext.newPage();
    await visitor.goto(consultationPath);
    await expect(visitor.getByRole('region', { name: '3. Mục tiêu' }).getByRole('link', { name: 'Đăng nhập để góp ý' })).toBeVisible();
    await expect(visitor.getByRole('textbox')).toHaveCount(0);
    await visitorContext.close();
  });

  const PAGES = [
    { name: 'consultations', path: () => '/consultations', heading: 'Dự thảo lấy ý kiến', who: 'member' },
    { name: 'consultation-member', path: () => consultationPath, heading: TITLE, who: 'member' },
    { name: 'consultation-organizer', path: () => consultationPath, heading: TITLE, who: 'organizer' },
    { name: 'consultation-closed', path: () => closedPath, heading: CLOSED_TITLE, who: 'member' },
    { name: 'consultation-new', path: () => '/organize/consultations/new', heading: 'Mở lấy ý kiến dự thảo', who: 'organizer' },
  ] as const;

  for (const size of SIZES) {
    for (const visit of PAGES) {
      test(`${visit.name} at ${size.name} size is accessible and does not scroll sideways`, async ({ browser, signedIn }) => {
        const context = await browser.newContext({ viewport: { width: size.width, height: size.height } });
        const page = await as(context, signedIn, visit.who === 'organizer' ? organizer : member);
        await page.goto(visit.path());
        await expect(page.getByRole('heading', { level: 1, name: visit.heading, exact: true })).toBeVisible();
        if (visit.name === 'consultation-organizer') {
          // The answer form open, as an organizer sees it while answering.
          await page.getByRole('button', { name: 'Sửa câu trả lời ý kiến của Lê Thị Mai' }).click();
          await expect(page.getByRole('textbox', { name: 'Câu trả lời' })).toBeVisible();
        }
        await settle(page);
        await expectAccessible(page);
        const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(sideways).toBeLessThanOrEqual(0);
        await page.screenshot({ path: join(SCREENSHOTS, `${visit.name}-${size.name}.png`), fullPage: true });
        await context.close();
      });
    }
  }

  test('no page scrolls sideways at 360 px', async ({ browser, signedIn }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await as(context, signedIn, organizer);
    for (const path of ['/consultations', consultationPath, closedPath, '/organize/consultations/new']) {
      await page.goto(path);
      await settle(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), path).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
});
