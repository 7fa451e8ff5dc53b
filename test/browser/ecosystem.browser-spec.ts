import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ADMIN_EMAIL, SCREENSHOTS, expect, expectAccessible, test } from './fixtures';

const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

/** axe, a screenshot at phone and desktop size, and no sideways scrolling at 360 px. */
async function check(page: Page, name: string): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.waitForTimeout(150);
    await expectAccessible(page);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${size.name}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 360, height: 740 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.setViewportSize({ width: 390, height: 844 });
}

/** Today in Huế, YYYY-MM-DD. */
const todayInHue = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

/** The ecosystem map, a project, registering one and recording its support, and the scheme's targets (seed data). */
test.describe('ecosystem map and startup portal', () => {
  test('the map as a list: actors grouped by kind with the projects they support, filters by kind and sector kept in the URL', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Các mục chính' }).getByRole('link', { name: 'Hệ sinh thái' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Bản đồ hệ sinh thái khởi nghiệp' })).toBeVisible();
    const incubators = page.getByRole('region', { name: 'Vườn ươm' });
    await expect(incubators.getByRole('link', { name: 'Vườn ươm khởi nghiệp Huế (ví dụ)' })).toBeVisible();
    await expect(incubators.getByRole('list', { name: 'Hỗ trợ' }).getByRole('link', { name: 'Trà thảo mộc Cung Đình (ví dụ)' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Cơ quan nhà nước' }).getByRole('link', { name: 'Sở Khoa học và Công nghệ' })).toBeVisible();
    await check(page, 'ecosystem');

    await page.getByRole('combobox', { name: 'Loại tổ chức' }).selectOption({ label: 'Vườn ươm' });
    await expect(page).toHaveURL(/kind=INCUBATOR/);
    await expect(page.getByRole('region', { name: 'Cơ quan nhà nước' })).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Vườn ươm' })).toBeVisible();

    await page.getByRole('combobox', { name: 'Loại tổ chức' }).selectOption({ label: 'Tất cả' });
    await page.getByRole('combobox', { name: 'Lĩnh vực' }).selectOption('thủ công');
    await expect(page).toHaveURL(/sector=th%E1%BB%A7\+c%C3%B4ng|sector=th%E1%BB%A7%20c%C3%B4ng/);
    const projects = page.getByRole('region', { name: 'Dự án khởi nghiệp' });
    await expect(projects.getByRole('link', { name: 'Gốm Phước Tích số hoá (ví dụ)' })).toBeVisible();
    await expect(projects.getByRole('link', { name: 'Trà thảo mộc Cung Đình (ví dụ)' })).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Trường đại học' }).getByRole('link', { name: 'Đại học Huế' })).toBeVisible();

    // The address keeps the filters: opened again, the page shows the same selection.
    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Lĩnh vực' })).toHaveValue('thủ công');
    await expect(projects.getByRole('link', { name: 'Gốm Phước Tích số hoá (ví dụ)' })).toBeVisible();
  });

  test('the geographic view stays useful without map tiles (no internet here): markers, a note, the list of positions', async ({ page }) => {
    const tiles: string[] = [];
    await page.route('https://tile.openstreetmap.org/**', (route) => {
      tiles.push(route.request().url());
      return route.abort('internetdisconnected');
    });
    await page.goto('/ecosystem');
    await page.getByRole('navigation', { name: 'Cách xem' }).getByRole('link', { name: 'Bản đồ' }).click();
    await expect(page).toHaveURL(/view=map/);
    await expect(page.getByRole('region', { name: 'Bản đồ vị trí các tổ chức' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Không tải được nền bản đồ' })).toBeVisible();
    expect(tiles.length).toBeGreaterThan(0);
    const positions = page.getByRole('region', { name: 'Các tổ chức có vị trí' });
    for (const name of ['Viện Nghiên cứu phát triển', 'Sở Khoa học và Công nghệ', 'Đại học Huế']) {
      await expect(positions.getByRole('link', { name, exact: true })).toBeVisible();
    }
    // One vector marker per positioned organisation, drawn without any image.
    await expect(page.getByRole('region', { name: 'Bản đồ vị trí các tổ chức' }).locator('path.leaflet-interactive')).toHaveCount(7);
    await check(page, 'ecosystem-map-no-tiles');
  });

  test("a project's page shows the support it received", async ({ page }) => {
    await page.goto('/ecosystem');
    await page.getByRole('region', { name: 'Dự án khởi nghiệp' }).getByRole('link', { name: 'Trà thảo mộc Cung Đình (ví dụ)' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Trà thảo mộc Cung Đình (ví dụ)' })).toBeVisible();
    const supports = page.getByRole('region', { name: 'Hỗ trợ đã nhận' });
    await expect(supports.getByText('Cố vấn · Vườn ươm khởi nghiệp Huế (ví dụ)')).toBeVisible();
    await expect(supports.getByText('Tài trợ vốn · Sở Khoa học và Công nghệ')).toBeVisible();
    await expect(supports.getByText('từ 01/09/2018 đến 01/03/2019')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Công ty TNHH Trà Cung Đình (ví dụ)' })).toBeVisible();
    // Not signed in: no forms.
    await expect(page.getByRole('button', { name: 'Ghi nhận hỗ trợ' })).toHaveCount(0);
    await check(page, 'project');
  });

  test('a member registers a project; an organizer records support, a date before the project began is refused', async ({
    page,
    site,
    signedIn,
    browser,
    baseURL,
  }) => {
    test.setTimeout(150_000);
    const token = await site.tokenFor('tranlan@ecosystem.test', 'Trần Lan');
    await signedIn(page.context(), token);
    await page.goto('/ecosystem');
    await page.getByRole('link', { name: 'Đăng ký dự án' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Đăng ký dự án khởi nghiệp' })).toBeVisible();
    await page.getByRole('textbox', { name: 'Tên dự án' }).fill('Nón lá Huế trực tuyến');
    await page.getByRole('textbox', { name: 'Giới thiệu ngắn' }).fill('Bán nón lá làng Tây Hồ qua mạng');
    await page.getByRole('combobox', { name: 'Giai đoạn' }).selectOption({ label: 'Sản phẩm mẫu' });
    await page.getByRole('textbox', { name: 'Lĩnh vực' }).fill('thủ công, thương mại điện tử');
    await page.getByRole('spinbutton', { name: 'Số thành viên' }).fill('2');
    await check(page, 'project-new');
    await page.getByRole('button', { name: 'Lưu dự án' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Nón lá Huế trực tuyến' })).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: 'Sản phẩm mẫu' })).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: 'Trần Lan' })).toBeVisible();
    const url = page.url();
    // A member of no organisation records no support.
    await expect(page.getByRole('button', { name: 'Ghi nhận hỗ trợ' })).toHaveCount(0);

    const admin = await site.tokenFor(ADMIN_EMAIL, 'Quản trị');
    const organizer = await browser.newContext({ baseURL });
    await signedIn(organizer, admin);
    const console = await organizer.newPage();
    await console.goto(url);
    const form = console.getByRole('region', { name: 'Ghi nhận hỗ trợ' });
    await form.getByRole('combobox', { name: 'Tổ chức hỗ trợ' }).selectOption({ label: 'Viện Nghiên cứu phát triển' });
    await form.getByRole('combobox', { name: 'Hình thức hỗ trợ' }).selectOption({ label: 'Đào tạo' });
    await form.getByLabel('Ngày bắt đầu').fill('2020-02-15');
    await form.getByRole('button', { name: 'Ghi nhận hỗ trợ' }).click();
    await expect(form.getByRole('alert').filter({ hasText: 'Ngày bắt đầu' })).toBeVisible();
    await expect(console.getByRole('region', { name: 'Hỗ trợ đã nhận' }).getByText('Chưa ghi nhận hỗ trợ nào.')).toBeVisible();
    await form.getByLabel('Ngày bắt đầu').fill(todayInHue());
    await form.getByRole('button', { name: 'Ghi nhận hỗ trợ' }).click();
    await expect(form.getByRole('status')).toHaveText('Đã ghi nhận hỗ trợ.');
    await expect(console.getByRole('region', { name: 'Hỗ trợ đã nhận' }).getByText('Đào tạo · Viện Nghiên cứu phát triển')).toBeVisible();
    await check(console, 'project-record-support');
    await organizer.close();
  });

  test("an organisation's page: its profile, edited by an organizer (a latitude out of range refused), and the issues addressed to it", async ({
    page,
    site,
    signedIn,
  }) => {
    test.setTimeout(120_000);
    const admin = await site.tokenFor(ADMIN_EMAIL, 'Quản trị');
    const organizations = await site.gql<{ organizations: { id: string; name: string }[] }>('{ organizations { id name } }');
    const institute = organizations.data!.organizations.find((o) => o.name === 'Viện Nghiên cứu phát triển')!;
    const raised = await site.gql(
      'mutation($o: ID!) { submitIssue(input: { title: "Xin mở thêm lớp đào tạo khởi nghiệp", description: "Cho sinh viên năm cuối", kind: PROPOSAL, addressedToOrganizationId: $o }) { id } }',
      { o: institute.id },
      admin,
    );
    expect(raised.errors).toBeUndefined();
    await signedIn(page.context(), admin);
    await page.goto(`/organizations/${institute.id}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Viện Nghiên cứu phát triển' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Giới thiệu' }).getByText('16 Lê Lợi, Huế')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Vấn đề gửi tới tổ chức' }).getByRole('link', { name: 'Xin mở thêm lớp đào tạo khởi nghiệp' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Dự án liên quan' }).getByRole('link', { name: 'Ứng dụng đặt tour làng nghề Huế (ví dụ)' })).toBeVisible();
    await page.getByText('Sửa hồ sơ tổ chức').click();
    await page.getByRole('textbox', { name: 'Vĩ độ' }).fill('99');
    await page.getByRole('button', { name: 'Lưu hồ sơ' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Hãy kiểm tra lại ô «Vĩ độ».' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Vĩ độ' })).toHaveAttribute('aria-invalid', 'true');
    await page.getByRole('textbox', { name: 'Vĩ độ' }).fill('16.4649');
    await page.getByRole('textbox', { name: 'Dịch vụ' }).fill('đào tạo, kết nối, gặp mặt thứ Bảy');
    await page.getByRole('button', { name: 'Lưu hồ sơ' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã lưu hồ sơ tổ chức.' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Giới thiệu' }).getByText('đào tạo, kết nối, gặp mặt thứ bảy')).toBeVisible();
    await check(page, 'organization-profile');
  });

  test('the targets page shows each target with its progress, on track in words, and the trend per year', async ({ page }) => {
    await page.goto('/ecosystem');
    await page.getByRole('link', { name: 'Tiến độ mục tiêu của Đề án' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Tiến độ mục tiêu của Đề án' })).toBeVisible();
    const projects = page.getByRole('region', { name: 'Hỗ trợ 800 dự án khởi nghiệp đổi mới sáng tạo' });
    // The seed's example projects supported from 2017 to 2025: three, one of them incorporated.
    await expect(projects.getByText('Đạt 3 / 800')).toBeVisible();
    await expect(projects.getByText('Từ 01/01/2017 đến 31/12/2025')).toBeVisible();
    await expect(projects.getByText('Chậm tiến độ: theo thời gian đã qua cần khoảng 800')).toBeVisible();
    const trend = projects.getByRole('table', { name: 'Theo từng năm: Hỗ trợ 800 dự án khởi nghiệp đổi mới sáng tạo' });
    await expect(trend.getByRole('row')).toHaveCount(1 + 9);
    await expect(trend.getByRole('row', { name: /^2018 1 1/ })).toBeVisible();
    await expect(trend.getByRole('row', { name: /^2022 1 3/ })).toBeVisible();
    const startups = page.getByRole('region', { name: 'Hỗ trợ 200 doanh nghiệp khởi nghiệp đổi mới sáng tạo' });
    await expect(startups.getByText('Đạt 1 / 200')).toBeVisible();
    await check(page, 'targets');
  });
});
