import { ADMIN_EMAIL, expect, expectAccessible, signInLink, test } from './fixtures';

/** What a member does from a link in a Zalo group or an e-mail, in Vietnamese, on a phone. */
test.describe('a member in the browser', () => {
  test('signs in from the e-mailed link, with one press to finish', async ({ page, site }) => {
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeVisible();
    await page.getByLabel('E-mail').fill('lan@startup.test');
    await page.getByLabel('Họ và tên (nếu đăng nhập lần đầu)').fill('Nguyễn Thị Lan');
    await page.getByRole('button', { name: 'Gửi liên kết đăng nhập' }).click();
    await expect(page.getByRole('status')).toContainText('Đã gửi liên kết đăng nhập đến lan@startup.test');
    await expectAccessible(page); // the confirmation that the link is on its way

    const [mail] = await site.mail.waitFor('lan@startup.test');
    const link = signInLink(mail.parsed.text ?? '');
    expect(link.startsWith(`${site.baseUrl}/sign-in#token=`)).toBe(true);
    await page.goto(link);
    // Opening the link spends nothing: a mail scanner that opens it leaves it usable.
    await expect(page.getByRole('heading', { level: 1, name: 'Hoàn tất đăng nhập' })).toBeVisible();
    await expectAccessible(page); // the page that finishes signing in
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Thứ Bảy tới' })).toBeVisible();
    await page.getByRole('link', { name: 'Tài khoản' }).click();
    await expect(page.getByText('Đăng nhập với tên Nguyễn Thị Lan (lan@startup.test).')).toBeVisible();
    expect(page.url()).not.toContain('token');

    // The same link a second time is spent: a clear sentence, and a way to a new one.
    await page.goto(link);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page.getByRole('alert')).toContainText('Bạn cần đăng nhập');
    await expect(page.getByRole('link', { name: 'Xin liên kết mới' })).toBeVisible();
    await expectAccessible(page); // the error state of a spent link
  });

  test('two members take the last seat at once: one is going, the other waitlisted, both told so', async ({ browser, site, signedIn }) => {
    const admin = await site.tokenFor(ADMIN_EMAIL, 'Quản trị');
    const startsOn = new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10);
    const created = await site.gql<{ createMeetupSeries: { id: string } }>(
      'mutation($input: CreateMeetupSeriesInput!) { createMeetupSeries(input: $input) { id } }',
      { input: { title: 'Cà phê khởi nghiệp (một chỗ)', startsOn, capacity: 1, guestLimit: 0, venue: 'Phòng họp nhỏ' } },
      admin,
    );
    const listed = await site.gql<{ meetups: { edges: { node: { id: string } }[] } }>(
      'query($s: ID!) { meetups(filter: { seriesId: $s }, first: 1) { edges { node { id } } } }',
      { s: created.data!.createMeetupSeries.id },
    );
    const meetupId = listed.data!.meetups.edges[0].node.id;

    const members = await Promise.all([site.tokenFor('minh@startup.test', 'Trần Minh'), site.tokenFor('hoa@startup.test', 'Lê Hoa')]);
    const pages = await Promise.all(
      members.map(async (token) => {
        const context = await browser.newContext();
        await signedIn(context, token);
        const page = await context.newPage();
        await page.goto(`/meetups/${meetupId}`);
        await expect(page.getByText('Còn 1 chỗ (trên 1)')).toBeVisible();
        return page;
      }),
    );
    await Promise.all(pages.map((page) => page.getByRole('button', { name: 'Tôi sẽ đến' }).click()));

    const statuses = await Promise.all(
      pages.map(async (page) => {
        const status = page.locator('.rsvp-status');
        await expect(status).not.toHaveText('Bạn chưa đăng ký buổi này.');
        return status.innerText();
      }),
    );
    expect(statuses.sort()).toEqual([
      'Bạn đã đăng ký tham dự.',
      'Đã đủ chỗ: bạn đang trong danh sách chờ, vị trí số 1. Khi có người báo vắng, bạn sẽ được xếp chỗ và nhận e-mail.',
    ]);
    const check = await site.gql<{ meetup: { goingCount: number; waitlistCount: number } }>(
      'query($id: ID!) { meetup(id: $id) { goingCount waitlistCount } }',
      { id: meetupId },
    );
    expect(check.data!.meetup).toEqual({ goingCount: 1, waitlistCount: 1 });
    await Promise.all(pages.map((page) => page.context().close()));
  });

  test('raises an issue, finds it without accents, and another member supports it', async ({ page, browser, site, signedIn }) => {
    const author = await site.tokenFor('tuan@startup.test', 'Phạm Tuấn');
    await signedIn(page.context(), author);
    await page.goto('/issues/new');
    await page.getByLabel('Tiêu đề').fill('Thủ tục đăng ký hộ kinh doanh trực tuyến còn chậm');
    await page.getByLabel('Nội dung').fill('Hồ sơ nộp trên cổng dịch vụ công mất hai tuần mới được trả lời.');
    await page.getByLabel('Loại').selectOption({ label: 'Vướng mắc' });
    // A refused value is said next to its field, in Vietnamese, and nothing typed is lost.
    await page.getByLabel('Chủ đề').fill(`thủ tục, ${'rất dài '.repeat(8)}`);
    await page.getByRole('button', { name: 'Gửi' }).click();
    await expect(page.getByLabel('Chủ đề')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('alert')).toContainText('Hãy kiểm tra lại ô «Chủ đề»');
    await expect(page.getByLabel('Tiêu đề')).toHaveValue('Thủ tục đăng ký hộ kinh doanh trực tuyến còn chậm');
    await page.getByLabel('Chủ đề').fill('thủ tục, dịch vụ công');
    await page.getByRole('button', { name: 'Gửi' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Thủ tục đăng ký hộ kinh doanh trực tuyến còn chậm' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Quá trình xử lý' })).toBeVisible();
    await expect(page.getByText('Được gửi')).toBeVisible();
    const issueUrl = page.url();

    await page.goto('/issues');
    await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill('thu tuc dang ky ho kinh doanh');
    await expect(page.getByRole('link', { name: 'Thủ tục đăng ký hộ kinh doanh trực tuyến còn chậm' })).toBeVisible();
    await expect(page).toHaveURL(/\?q=thu\+tuc\+dang\+ky/);

    const supporter = await browser.newContext();
    await signedIn(supporter, await site.tokenFor('mai@startup.test', 'Võ Mai'));
    const other = await supporter.newPage();
    await other.goto(issueUrl);
    await other.getByRole('button', { name: 'Ủng hộ' }).click();
    await expect(other.getByRole('button', { name: 'Rút ủng hộ' })).toBeVisible();
    await expect(other.getByText('1 lượt ủng hộ')).toBeVisible();
    await other.getByLabel('Ý kiến của bạn').fill('Tôi cũng gặp, mất 15 ngày.');
    await other.getByRole('button', { name: 'Gửi ý kiến' }).click();
    await expect(other.getByText('Tôi cũng gặp, mất 15 ngày.')).toBeVisible();
    await supporter.close();
  });

  test('reads the published minutes of 15 February 2020', async ({ page }) => {
    await page.goto('/meetups');
    await page.getByRole('link', { name: 'Thứ Bảy, 15/02/2020' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Biên bản' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Kết luận' })).toBeVisible();
    await expect(page.getByText('Sở Khoa học và Công nghệ', { exact: false }).first()).toBeVisible();
    const printable = page.getByRole('link', { name: 'Bản in của biên bản' });
    await expect(printable).toHaveAttribute('href', /\/meetups\/[0-9a-f-]+\/minutes\.html$/);
  });

  test('switches to English and back; the page and <html lang> follow', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Next Saturday' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Next Saturday' })).toBeVisible();
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Thứ Bảy tới' })).toBeVisible();
  });
});
