import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ADMIN_EMAIL, saturdayInDays, SCREENSHOTS, expect, expectAccessible, test } from './fixtures';

const SERIES_TITLE = 'Gặp mặt gọi vốn';
const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

async function noSidewaysScroll(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
}

/**
 * An organizer sets a series' reminders and questions in the console; a member answers the
 * questions when saying they are coming; the organizer reads the answers at the door; the member
 * turns meetup reminders off on /me.
 */
test('questions at RSVP, answers at the door, reminder settings', async ({ browser, site, signedIn }) => {
  test.setTimeout(180_000);
  const admin = await site.tokenFor(ADMIN_EMAIL, 'Ban tổ chức');
  const member = await site.tokenFor('hoa@startup.test', 'Phạm Thị Hoa');

  const consoleContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await signedIn(consoleContext, admin);
  const organizer = await consoleContext.newPage();
  await organizer.goto('/organize/series');
  await organizer.getByRole('button', { name: 'Tạo chuỗi gặp mặt mới' }).click();
  await organizer.getByLabel('Tên').fill(SERIES_TITLE);
  await organizer.getByLabel('Từ ngày').fill(saturdayInDays(21));
  await expect(organizer.getByLabel('Nhắc lịch qua e-mail')).toHaveValue('780, 60');
  await organizer.getByLabel('Nhắc lịch qua e-mail').fill('1440, 60');
  await organizer.getByLabel('Câu hỏi khi đăng ký tham dự').fill('Bạn muốn nêu vấn đề gì?\nDự án của bạn ở giai đoạn nào?');
  await expectAccessible(organizer);
  await organizer.getByRole('button', { name: 'Tạo chuỗi gặp mặt', exact: true }).click();
  await expect(organizer.getByRole('heading', { level: 1, name: 'Bảng điều hành' })).toBeVisible();

  const all = await site.gql<{ meetupSeries: { id: string; title: string; reminderMinutesBefore: number[]; registrationQuestions: string[] }[] }>(
    '{ meetupSeries { id title reminderMinutesBefore registrationQuestions } }',
  );
  const series = all.data!.meetupSeries.find((s) => s.title === SERIES_TITLE)!;
  expect(series).toMatchObject({ reminderMinutesBefore: [1440, 60], registrationQuestions: ['Bạn muốn nêu vấn đề gì?', 'Dự án của bạn ở giai đoạn nào?'] });
  const dates = await site.gql<{ meetups: { edges: { node: { id: string } }[] } }>(
    'query($s: ID!) { meetups(filter: { seriesId: $s }, first: 1) { edges { node { id } } } }',
    { s: series.id },
  );
  const meetupId = dates.data!.meetups.edges[0].node.id;

  // The series editor shows what was set.
  await organizer.goto(`/organize/series/${series.id}`);
  await expect(organizer.getByLabel('Nhắc lịch qua e-mail')).toHaveValue('1440, 60');
  await expect(organizer.getByLabel('Câu hỏi khi đăng ký tham dự')).toHaveValue('Bạn muốn nêu vấn đề gì?\nDự án của bạn ở giai đoạn nào?');

  // The member answers on their phone while saying they are coming.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await signedIn(phone, member);
  const page = await phone.newPage();
  await page.goto(`/meetups/${meetupId}`);
  const panel = page.getByRole('region', { name: 'Đăng ký tham dự' });
  await expect(panel.getByRole('group', { name: 'Câu hỏi của ban tổ chức' })).toBeVisible();
  await panel.getByLabel('Bạn muốn nêu vấn đề gì?').fill('Thủ tục gọi vốn thiên thần');
  await panel.getByLabel('Dự án của bạn ở giai đoạn nào?').fill('Đã có sản phẩm mẫu');
  await expectAccessible(page);
  await noSidewaysScroll(page);
  await page.screenshot({ path: join(SCREENSHOTS, 'rsvp-questions-phone.png'), fullPage: true });
  await panel.getByRole('button', { name: 'Tôi sẽ đến' }).click();
  await expect(panel.getByRole('status')).toHaveText('Bạn đã đăng ký tham dự.');
  const mine = await site.gql<{ meetup: { myRsvp: { answers: string[] } } }>(
    'query($id: ID!) { meetup(id: $id) { myRsvp { answers } } }',
    { id: meetupId },
    member,
  );
  expect(mine.data!.meetup.myRsvp.answers).toEqual(['Thủ tục gọi vốn thiên thần', 'Đã có sản phẩm mẫu']);
  // Coming back, the answers are there to change.
  await page.reload();
  await expect(panel.getByLabel('Bạn muốn nêu vấn đề gì?')).toHaveValue('Thủ tục gọi vốn thiên thần');

  // The organizer reads them at the door, at both sizes.
  for (const size of SIZES) {
    await organizer.setViewportSize({ width: size.width, height: size.height });
    await organizer.goto(`/organize/meetups/${meetupId}/door`);
    const answers = organizer.getByRole('list').getByLabel('Câu trả lời khi đăng ký');
    await expect(answers).toContainText('Bạn muốn nêu vấn đề gì?');
    await expect(answers).toContainText('Thủ tục gọi vốn thiên thần');
    await expect(answers).toContainText('Đã có sản phẩm mẫu');
    await expectAccessible(organizer);
    await noSidewaysScroll(organizer);
    await organizer.screenshot({ path: join(SCREENSHOTS, `door-answers-${size.name}.png`), fullPage: true });
  }

  // The member turns reminders off on /me.
  await page.goto('/me');
  const reminders = page.getByRole('checkbox', { name: 'sắp đến buổi gặp tôi đã đăng ký (nhắc lịch)' });
  await expect(reminders).toBeChecked();
  await reminders.click();
  await expect(reminders).not.toBeChecked();
  await expect(reminders).toBeEnabled();
  await expect
    .poll(
      async () =>
        (
          await site.gql<{ me: { notificationPreferences: { meetupReminders: boolean } } }>(
            '{ me { notificationPreferences { meetupReminders } } }',
            {},
            member,
          )
        ).data!.me.notificationPreferences.meetupReminders,
    )
    .toBe(false);
  await expectAccessible(page);
  await page.screenshot({ path: join(SCREENSHOTS, 'me-reminders-phone.png'), fullPage: true });

  await consoleContext.close();
  await phone.close();
});
