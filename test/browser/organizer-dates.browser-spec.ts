import { readFileSync } from 'node:fs';
import { ADMIN_EMAIL, saturdayInDays, expect, expectAccessible, test } from './fixtures';

const SERIES_TITLE = 'Tọa đàm gọi vốn';

/**
 * The rest of an organizer's week: the door (self check-in code, a walk-in, the CSV), moving a
 * date and cancelling one after seeing who will be told, amending published minutes with a
 * reason and seeing what changed, and changing the series' rule.
 */
test('an organizer moves and cancels dates, checks in a walk-in, and amends minutes', async ({ browser, site, signedIn }) => {
  test.setTimeout(180_000);
  const admin = await site.tokenFor(ADMIN_EMAIL, 'Ban tổ chức');
  const going = await site.tokenFor('going@startup.test', 'Đặng Quốc Việt');
  await site.tokenFor('walkin@startup.test', 'Hồ Ngọc Hà');
  const startsOn = saturdayInDays(35);
  const created = await site.gql<{ createMeetupSeries: { id: string } }>(
    'mutation($input: CreateMeetupSeriesInput!) { createMeetupSeries(input: $input) { id } }',
    { input: { title: SERIES_TITLE, startsOn, capacity: 20, venue: 'Hội trường Viện' } },
    admin,
  );
  const seriesId = created.data!.createMeetupSeries.id;
  const dates = await site.gql<{ meetups: { edges: { node: { id: string } }[] } }>(
    'query($s: ID!) { meetups(filter: { seriesId: $s }, first: 2) { edges { node { id } } } }',
    { s: seriesId },
  );
  const [first, second] = dates.data!.meetups.edges.map((e) => e.node.id);
  await site.gql('mutation($m: ID!) { rsvp(meetupId: $m, response: GOING) { id } }', { m: first }, going);

  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  await signedIn(context, admin);
  const page = await context.newPage();

  // At the door: the self check-in code full screen (Escape closes it), a walk-in, the CSV.
  await page.goto(`/organize/meetups/${first}/door`);
  await page.getByRole('button', { name: 'Hiện mã tự điểm danh' }).click();
  const dialog = page.getByRole('dialog', { name: 'Mã điểm danh' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText(/^\d{6}$/)).toBeVisible();
  await expectAccessible(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await page.getByLabel('Tìm theo tên hoặc tổ chức').fill('ngoc ha');
  await expect(page.getByRole('heading', { name: 'Thành viên chưa đăng ký' })).toBeVisible();
  await page.getByRole('button', { name: 'Điểm danh Hồ Ngọc Hà' }).click();
  await expect(page.getByText('Đã đến 1 người')).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải danh sách (CSV)' }).click()]);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv).toContain('Đặng Quốc Việt');
  expect(csv).toContain('Hồ Ngọc Hà');

  // Move the date an hour later: one person answered, so one will be told.
  await page.getByRole('link', { name: 'Sửa / huỷ' }).click();
  await expect(page.getByText('Thay đổi giờ, địa điểm hoặc huỷ sẽ được báo cho 1 người đã đăng ký (đi hoặc chờ).')).toBeVisible();
  await page.getByLabel('Bắt đầu').fill(`${startsOn}T09:00`);
  await page.getByLabel('Kết thúc').fill(`${startsOn}T12:00`);
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu.' })).toBeVisible();
  const moved = await site.gql<{ meetup: { startsAt: string; moved: boolean } }>('query($id: ID!) { meetup(id: $id) { startsAt moved } }', { id: first });
  expect(moved.data!.meetup).toEqual({ startsAt: `${startsOn}T02:00:00.000Z`, moved: true });

  // Cancel it with a reason, after the confirmation says who will be told.
  await page.getByLabel('Lý do (gửi kèm thông báo)').fill('Bão số 10');
  await page.getByRole('button', { name: 'Huỷ buổi này' }).click();
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toContainText('1 người đã đăng ký sẽ nhận e-mail báo huỷ');
  await confirm.getByRole('button', { name: 'Huỷ buổi này' }).click();
  await expect(page.getByText('Lý do: Bão số 10')).toBeVisible();

  // Minutes of the next date: published, then amended with a reason; the version shows what changed.
  await page.goto(`/organize/meetups/${second}/minutes`);
  await page.getByRole('button', { name: 'Thêm kết luận' }).click();
  await page.getByLabel('Kết luận 1', { exact: true }).fill('Giao Sở KH&ĐT hướng dẫn thủ tục gọi vốn.');
  await page.getByRole('button', { name: 'Công bố biên bản' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Công bố' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã công bố biên bản.' })).toBeVisible();
  await page.getByLabel('Kết luận 1', { exact: true }).fill('Giao Sở Kế hoạch và Đầu tư hướng dẫn thủ tục gọi vốn.');
  await page.getByLabel('Lý do sửa đổi').fill('Ghi đúng tên cơ quan');
  await page.getByRole('button', { name: 'Lưu bản sửa đổi' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã công bố bản sửa đổi.' })).toBeVisible();
  const versions = page.getByRole('region', { name: 'Các phiên bản đã công bố' });
  await expect(versions.getByText('Lý do: Ghi đúng tên cơ quan')).toBeVisible();
  await expect(versions.getByText('Thêm: Giao Sở Kế hoạch và Đầu tư hướng dẫn thủ tục gọi vốn.')).toBeVisible();
  await expect(versions.getByText('Bỏ: Giao Sở KH&ĐT hướng dẫn thủ tục gọi vốn.')).toBeVisible();
  await expectAccessible(page);

  // The series' rule: every other Saturday from now on.
  await page.goto('/organize/series');
  await page.getByRole('link', { name: SERIES_TITLE }).click();
  await page.getByLabel('Lặp lại').selectOption({ label: 'Cách một thứ Bảy' });
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu.' })).toBeVisible();
  const series = await site.gql<{ meetupSeriesById: { recurrence: string } }>('query($id: ID!) { meetupSeriesById(id: $id) { recurrence } }', { id: seriesId });
  expect(series.data!.meetupSeriesById.recurrence).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=SA');
  await context.close();

  // The member who answered sees the date cancelled, with the reason.
  const member = await browser.newContext();
  await signedIn(member, going);
  const memberPage = await member.newPage();
  await memberPage.goto(`/meetups/${first}`);
  await expect(memberPage.getByText('Buổi này đã bị huỷ.')).toBeVisible();
  await expect(memberPage.getByText('Lý do: Bão số 10')).toBeVisible();
  await member.close();
});
