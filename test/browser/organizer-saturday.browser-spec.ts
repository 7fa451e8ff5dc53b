import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ADMIN_EMAIL, saturdayInDays, SCREENSHOTS, expect, expectAccessible, test } from './fixtures';

const SERIES_TITLE = 'Cà phê đổi mới sáng tạo';

/**
 * An organizer runs a whole Saturday in the browser: a series, the agenda from two issues, two
 * members checked in, minutes with a decision linked to an issue, published, an assignment from
 * the decision; a member of the lead organisation reports progress; the scorecard and the issue's
 * timeline show it. A member sees none of the organizer controls.
 */
test('an organizer runs a Saturday from the console', async ({ browser, site, signedIn }) => {
  test.setTimeout(180_000);
  const admin = await site.tokenFor(ADMIN_EMAIL, 'Ban tổ chức');
  const [an, binh, thu] = await Promise.all([
    site.tokenFor('an@startup.test', 'Trần Văn An'),
    site.tokenFor('binh@startup.test', 'Lê Thị Bình'),
    site.tokenFor('thu@dost.test', 'Nguyễn Thu'),
  ]);
  const submit = (token: string, title: string) =>
    site.gql<{ submitIssue: { id: string } }>(
      'mutation($input: SubmitIssueInput!) { submitIssue(input: $input) { id } }',
      { input: { title, description: `${title}: chi tiết.`, kind: 'OBSTACLE' } },
      token,
    );
  const issueA = (await submit(an, 'Thiếu nguồn vốn mồi cho dự án giai đoạn đầu')).data!.submitIssue.id;
  const issueB = (await submit(binh, 'Chưa có không gian thử nghiệm sản phẩm')).data!.submitIssue.id;
  await site.gql('mutation($id: ID!) { supportIssue(id: $id) { id } }', { id: issueA }, binh);
  const orgs = await site.gql<{ organizations: { id: string; name: string }[] }>('{ organizations { id name } }');
  const dost = orgs.data!.organizations.find((o) => o.name === 'Sở Khoa học và Công nghệ')!;
  await site.gql('mutation($o: ID!) { updateProfile(input: { organizationId: $o }) { id } }', { o: dost.id }, thu);
  // Thu speaks for the department once an organizer confirms the request.
  const thuMember = await site.gql<{ me: { id: string } }>('{ me { id } }', {}, thu);
  const confirmed = await site.gql('mutation($m: ID!) { confirmAffiliation(memberId: $m) { status } }', { m: thuMember.data!.me.id }, admin);
  expect(confirmed.errors).toBeUndefined();

  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await signedIn(context, admin);
  const page = await context.newPage();

  // A series: every Saturday from four weeks on, 30 seats.
  await page.goto('/organize');
  await expect(page.getByRole('heading', { level: 1, name: 'Bảng điều hành' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Tạo chuỗi gặp mặt mới' }).click();
  await page.getByRole('button', { name: 'Tạo chuỗi gặp mặt mới' }).click();
  await page.getByLabel('Tên').fill(SERIES_TITLE);
  await page.getByLabel('Lặp lại').selectOption({ label: 'Mỗi thứ Bảy' });
  const startsOn = saturdayInDays(28);
  await page.getByLabel('Từ ngày').fill(startsOn);
  await page.getByLabel('Địa điểm').fill('Viện Nghiên cứu phát triển, 22 Lê Lợi');
  await page.getByLabel('Số chỗ').fill('30');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Tạo chuỗi gặp mặt', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bảng điều hành' })).toBeVisible();

  const series = await site.gql<{ meetupSeries: { id: string; title: string; recurrence: string; capacity: number }[] }>(
    '{ meetupSeries { id title recurrence capacity } }',
  );
  const created = series.data!.meetupSeries.find((s) => s.title === SERIES_TITLE)!;
  expect(created).toMatchObject({ recurrence: 'FREQ=WEEKLY;BYDAY=SA', capacity: 30 });
  const dates = await site.gql<{ meetups: { edges: { node: { id: string; startsAt: string } }[] } }>(
    'query($s: ID!) { meetups(filter: { seriesId: $s }, first: 1) { edges { node { id startsAt } } } }',
    { s: created.id },
  );
  const meetupId = dates.data!.meetups.edges[0].node.id;
  expect(dates.data!.meetups.edges[0].node.startsAt).toBe(`${startsOn}T01:00:00.000Z`);
  for (const token of [an, binh]) await site.gql('mutation($m: ID!) { rsvp(meetupId: $m, response: GOING) { id } }', { m: meetupId }, token);

  // The agenda from the two issues, most supported first; then B moved up, and a free item.
  await page.goto(`/organize/meetups/${meetupId}/agenda`);
  await page.getByRole('button', { name: 'Thêm vào chương trình: «Thiếu nguồn vốn mồi cho dự án giai đoạn đầu»' }).click();
  await expect(agendaItems(page)).toHaveCount(1);
  await page.getByRole('button', { name: 'Thêm vào chương trình: «Chưa có không gian thử nghiệm sản phẩm»' }).click();
  await expect(agendaItems(page)).toHaveCount(2);
  await page.getByRole('button', { name: 'Chuyển «Chưa có không gian thử nghiệm sản phẩm» lên' }).click();
  await expect(agendaItems(page).first()).toContainText('Chưa có không gian thử nghiệm sản phẩm');
  await page.getByLabel('Nội dung').fill('Giới thiệu thành viên mới');
  await page.getByLabel('Người trình bày').fill('Viện NCPT');
  await page.getByLabel('Thời lượng (phút)').fill('10');
  await page.getByRole('button', { name: 'Thêm mục' }).click();
  await expect(agendaItems(page)).toHaveCount(3);
  await expectAccessible(page);
  const agenda = await site.gql<{ meetup: { agenda: { title: string; issue: { id: string } | null }[] } }>(
    'query($id: ID!) { meetup(id: $id) { agenda { title issue { id } } } }',
    { id: meetupId },
  );
  expect(agenda.data!.meetup.agenda.map((item) => item.issue?.id ?? item.title)).toEqual([issueB, issueA, 'Giới thiệu thành viên mới']);

  // At the door: find each by name, check in with one tap.
  await page.getByRole('link', { name: 'Điểm danh' }).click();
  await page.getByLabel('Tìm theo tên hoặc tổ chức').fill('an');
  await page.getByRole('button', { name: 'Điểm danh Trần Văn An' }).click();
  await page.getByLabel('Tìm theo tên hoặc tổ chức').fill('binh');
  await page.getByRole('button', { name: 'Điểm danh Lê Thị Bình' }).click();
  await expect(page.getByText('Đã đến 2 người')).toBeVisible();
  await page.getByLabel('Tìm theo tên hoặc tổ chức').fill('');
  await expectAccessible(page);

  // Minutes: a decision linked to issue A; attendees filled in from the check-ins; published.
  await page.getByRole('link', { name: 'Biên bản', exact: true }).click();
  await page.getByLabel('Tóm tắt').fill('Buổi gặp bàn về vốn mồi và không gian thử nghiệm cho startup.');
  await page.getByRole('button', { name: 'Thêm kết luận' }).click();
  await page.getByLabel('Kết luận 1', { exact: true }).fill('Giao Sở Khoa học và Công nghệ đề xuất cơ chế vốn mồi cho dự án khởi nghiệp.');
  await page.getByRole('group', { name: 'Vấn đề liên quan đến kết luận 1' }).getByLabel('Thiếu nguồn vốn mồi cho dự án giai đoạn đầu').check();
  const attendees = page.getByRole('group', { name: 'Người tham dự (theo điểm danh)' });
  await expect(attendees.getByRole('checkbox', { name: /Trần Văn An/ })).toBeChecked();
  await expect(attendees.getByRole('checkbox', { name: /Lê Thị Bình/ })).toBeChecked();
  await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu bản nháp.' })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: join(SCREENSHOTS, 'minutes-editor-desktop.png'), fullPage: true });
  await page.getByRole('button', { name: 'Công bố biên bản' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Công bố' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã công bố biên bản.' })).toBeVisible();

  // An assignment from the decision, led by the Department of Science and Technology.
  await page.getByText('Kết luận 1: Giao Sở Khoa học và Công nghệ').click();
  await page.getByLabel('Chủ trì').selectOption({ label: 'Sở Khoa học và Công nghệ' });
  await page.getByLabel('Hạn').fill(saturdayInDays(60));
  await page.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã giao' })).toBeVisible();
  await context.close();

  // A member of the lead organisation reports progress from the organisation's page, on a phone.
  const lead = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await signedIn(lead, thu);
  const leadPage = await lead.newPage();
  await leadPage.goto(`/organizations/${dost.id}`);
  await leadPage.getByRole('button', { name: 'Báo cáo tiến độ: Giao Sở Khoa học và Công nghệ đề xuất cơ chế vốn mồi cho dự án khởi nghiệp.' }).click();
  await leadPage.getByLabel('Nội dung báo cáo').fill('Đã lập tổ soạn thảo cơ chế vốn mồi.');
  await leadPage.getByLabel('Tiến độ (%)').fill('40');
  await leadPage.getByLabel('Tình trạng').selectOption({ label: 'Đang thực hiện' });
  await leadPage.getByRole('button', { name: 'Gửi báo cáo' }).click();
  await expect(leadPage.getByText('40%').first()).toBeVisible();
  await expect(leadPage.getByText('Đang thực hiện').first()).toBeVisible();
  const card = await site.gql<{ organizationScorecards: { organization: { id: string }; open: number }[] }>(
    '{ organizationScorecards { organization { id } open } }',
  );
  const dostCard = card.data!.organizationScorecards.find((c) => c.organization.id === dost.id)!;
  await expect(leadPage.getByRole('region', { name: 'Kết quả thực hiện' }).getByText(String(dostCard.open), { exact: true }).first()).toBeVisible();

  // The issue's timeline, from submission to the progress report.
  await leadPage.goto(`/issues/${issueA}`);
  const timeline = leadPage.getByRole('region', { name: 'Quá trình xử lý' });
  for (const step of ['Được gửi', 'Được đưa vào chương trình gặp mặt', 'Có kết luận', 'Giao nhiệm vụ', 'Báo cáo tiến độ']) {
    await expect(timeline.getByText(step, { exact: true }).first()).toBeVisible();
  }
  await expect(timeline.getByText('Đã lập tổ soạn thảo cơ chế vốn mồi.')).toBeVisible();

  // A member sees none of the organizer controls, and the console turns them away.
  await expect(leadPage.getByRole('link', { name: 'Quản lý' })).toHaveCount(0);
  await leadPage.goto(`/meetups/${meetupId}`);
  await expect(leadPage.getByRole('heading', { level: 2, name: 'Biên bản' })).toBeVisible();
  for (const control of ['Điểm danh', 'Công bố biên bản', 'Huỷ buổi này', 'Lưu bản nháp']) {
    await expect(leadPage.getByRole('button', { name: control })).toHaveCount(0);
  }
  await leadPage.goto(`/organize/meetups/${meetupId}/door`);
  await expect(leadPage.getByRole('alert')).toContainText('Trang này dành cho ban tổ chức.');
  await expect(leadPage.getByRole('button', { name: /Điểm danh/ })).toHaveCount(0);
  await lead.close();
});

function agendaItems(page: Page) {
  return page.getByRole('region', { name: 'Chương trình' }).getByRole('listitem');
}
