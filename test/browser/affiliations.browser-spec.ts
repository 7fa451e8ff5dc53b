import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ADMIN_EMAIL, SCREENSHOTS, expect, expectAccessible, test } from './fixtures';

/** axe and a screenshot at phone and desktop size. */
async function check(page: Page, name: string): Promise<void> {
  for (const size of [
    { name: 'phone', width: 390, height: 844 },
    { name: 'desktop', width: 1280, height: 800 },
  ]) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.waitForTimeout(150);
    await expectAccessible(page);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${size.name}.png`), fullPage: true });
  }
}

test.describe('affiliations: who speaks for an organisation', () => {
  test('a member asks to join, waits, an organizer confirms from the console, and the member then edits the organisation’s profile', async ({
    page,
    site,
    signedIn,
    browser,
    baseURL,
  }) => {
    test.setTimeout(150_000);
    const token = await site.tokenFor('hoa.le@skhcn.test', 'Lê Thị Hoa');
    await signedIn(page.context(), token);
    await page.goto('/me');
    const profile = page.getByRole('region', { name: 'Hồ sơ' });
    await profile.getByRole('combobox', { name: 'Cơ quan, tổ chức' }).selectOption({ label: 'Sở Khoa học và Công nghệ' });
    await profile.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(page.getByText('Đang chờ Sở Khoa học và Công nghệ xác nhận.', { exact: false })).toBeVisible();
    await check(page, 'profile-affiliation-pending');

    // Waiting, the member cannot edit the department's profile: the page offers no form.
    const organizations = await site.gql<{ organizations: { id: string; name: string }[] }>('{ organizations { id name } }');
    const department = organizations.data!.organizations.find((o) => o.name === 'Sở Khoa học và Công nghệ')!;
    await page.goto(`/organizations/${department.id}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Sở Khoa học và Công nghệ' })).toBeVisible();
    await expect(page.getByText('Sửa hồ sơ tổ chức')).toHaveCount(0);

    const admin = await site.tokenFor(ADMIN_EMAIL, 'Quản trị');
    const organizer = await browser.newContext({ baseURL });
    await signedIn(organizer, admin);
    const console = await organizer.newPage();
    await console.goto('/organize');
    await console.getByRole('navigation', { name: 'Các mục quản lý' }).getByRole('link', { name: 'Yêu cầu tham gia' }).click();
    await expect(console.getByRole('heading', { level: 1, name: 'Yêu cầu tham gia tổ chức' })).toBeVisible();
    const requests = console.getByRole('region', { name: 'Yêu cầu tham gia' });
    const request = requests.getByRole('listitem').filter({ hasText: 'Lê Thị Hoa' });
    await expect(request.getByText('E-mail @skhcn.test')).toBeVisible();
    await expect(request.getByRole('link', { name: 'Sở Khoa học và Công nghệ' })).toBeVisible();
    await check(console, 'console-affiliation-requests');
    await request.getByRole('checkbox', { name: 'Chọn yêu cầu của Lê Thị Hoa' }).check();
    await requests.getByRole('button', { name: /Xác nhận 1 yêu cầu đã chọn/ }).click();
    await expect(requests.getByRole('status')).toContainText('Đã xác nhận 1 yêu cầu.');
    await expect(requests.getByRole('listitem').filter({ hasText: 'Lê Thị Hoa' })).toHaveCount(0);

    // The organisation's page lists its confirmed members to organizers.
    await console.goto(`/organizations/${department.id}`);
    await expect(
      console.getByRole('region', { name: 'Thành viên của tổ chức' }).getByRole('button', { name: 'Kết thúc liên kết của Lê Thị Hoa' }),
    ).toBeVisible();
    await organizer.close();

    // The member is told by mail and now speaks for the department.
    const mail = await site.mail.waitFor('hoa.le@skhcn.test', 2, 20_000);
    expect(mail.map((m) => m.parsed.subject)).toContain('Bạn đã được xác nhận là thành viên của Sở Khoa học và Công nghệ');
    await page.goto('/me');
    await expect(page.getByText('Đã được Sở Khoa học và Công nghệ xác nhận (thành viên).')).toBeVisible();
    await page.goto(`/organizations/${department.id}`);
    await page.getByText('Sửa hồ sơ tổ chức').click();
    await page.getByRole('textbox', { name: 'Dịch vụ' }).fill('tư vấn thủ tục, quỹ hỗ trợ khởi nghiệp');
    await page.getByRole('button', { name: 'Lưu hồ sơ' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã lưu hồ sơ tổ chức.' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Giới thiệu' }).getByText('tư vấn thủ tục, quỹ hỗ trợ khởi nghiệp')).toBeVisible();
  });
});
