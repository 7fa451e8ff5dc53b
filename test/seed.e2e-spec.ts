import request from 'supertest';
import { runSeed } from '../apps/cli/src/seed/run-seed';
import { TestApp, startTestApp } from './support/test-app';

describe('npm run seed', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('loads the organisations and the Saturday series of the seed article, and is safe to run twice', async () => {
    const first = await runSeed(t.config, t.database.url);
    expect(first.organizationsAdded).toBe(4);
    expect(first.seriesAdded).toBe(1);
    expect(first.meetupsAdded).toBeGreaterThanOrEqual(13);
    expect(first).toMatchObject({ minutesAdded: 1, assignmentsAdded: 5, consultationsAdded: 1 });
    expect(first.examples).toEqual({
      membersAdded: 5,
      issuesAdded: 12,
      supportsAdded: 22,
      commentsAdded: 10,
      agendaItemsAdded: 5,
      minutesAdded: 2,
      assignmentsAdded: 2,
      progressReportsAdded: 3,
      rsvpsAdded: 6,
    });
    expect(await runSeed(t.config, t.database.url)).toEqual({
      organizationsAdded: 0,
      seriesAdded: 0,
      meetupsAdded: 0,
      minutesAdded: 0,
      assignmentsAdded: 0,
      consultationsAdded: 0,
      ecosystem: { targetsAdded: 0, actorsAdded: 0, projectsAdded: 0, supportsAdded: 0 },
      examples: {
        membersAdded: 0,
        issuesAdded: 0,
        supportsAdded: 0,
        commentsAdded: 0,
        agendaItemsAdded: 0,
        minutesAdded: 0,
        assignmentsAdded: 0,
        progressReportsAdded: 0,
        rsvpsAdded: 0,
      },
    });

    const orgs = await t.gql('{ organizations { name kind } }');
    expect(orgs.data!.organizations.map((o: { name: string }) => o.name)).toEqual(
      expect.arrayContaining(['Sở Khoa học và Công nghệ', 'Sở Kế hoạch và Đầu tư', 'Viện Nghiên cứu phát triển', 'Ủy ban nhân dân tỉnh Thừa Thiên Huế']),
    );
    const firstMeeting = await t.gql(
      '{ meetups(filter: { to: "2020-02-16T00:00:00Z" }) { edges { node { title startsAt venue series { recurrence timezone startTime } } } } }',
    );
    expect(firstMeeting.data!.meetups.edges).toEqual([
      {
        node: {
          title: 'Gặp mặt Hệ sinh thái khởi nghiệp Thừa Thiên Huế năm 2020',
          startsAt: '2020-02-15T01:00:00.000Z',
          venue: 'Văn phòng UBND tỉnh',
          series: { recurrence: 'FREQ=WEEKLY;BYDAY=SA', timezone: 'Asia/Ho_Chi_Minh', startTime: '08:00' },
        },
      },
    ]);

    const minutes = await t.gql(
      '{ meetups(filter: { to: "2020-02-16T00:00:00Z" }) { edges { node { minutes { version decisions { text } } followUps { id } } } } }',
    );
    const first15 = minutes.data!.meetups.edges[0].node;
    expect(first15.minutes.version).toBe(1);
    expect(first15.minutes.decisions).toHaveLength(4);
    const assignments = await t.gql('{ assignments(first: 10) { edges { node { title dueOn status leadOrganization { shortName } dependsOn { title } } } } }');
    const byTitle = Object.fromEntries(assignments.data!.assignments.edges.map((e: { node: { title: string } }) => [e.node.title, e.node]));
    expect(byTitle['Tham mưu kiện toàn Ban điều hành, Tổ giúp việc và đề xuất Ban Chỉ đạo khởi nghiệp']).toMatchObject({
      dueOn: '2020-02-25',
      leadOrganization: { shortName: 'Sở KH&CN' },
    });
    expect(byTitle['Xây dựng dự thảo Đề án “Cố đô khởi nghiệp”, gửi Sở Khoa học và Công nghệ']).toMatchObject({
      dueOn: '2020-03-10',
      leadOrganization: { shortName: 'Viện NCPT' },
    });
    expect(byTitle['Rà soát, hoàn chỉnh Đề án “Cố đô khởi nghiệp”, trình UBND tỉnh']).toMatchObject({
      dueOn: '2020-03-20',
      dependsOn: [{ title: 'Xây dựng dự thảo Đề án “Cố đô khởi nghiệp”, gửi Sở Khoa học và Công nghệ' }],
    });
    const md = await request(t.app.getHttpServer()).get(
      '/meetups/' + (await t.dataSource.query(`SELECT id FROM meetups WHERE original_date = '2020-02-15'`))[0].id + '/minutes.md',
    );
    expect(md.text).toContain('08:00, Thứ Bảy, 15/02/2020');

    // One consultation open now on a sample draft of the scheme, with a comment answered and one waiting.
    const open = await t.gql('{ consultations(status: OPEN) { title commentCount sections { heading comments { accepted response author { name } } } } }');
    expect(open.data!.consultations).toHaveLength(1);
    const [consultation] = open.data!.consultations;
    expect(consultation.title).toContain('Cố đô khởi nghiệp');
    expect(consultation.commentCount).toBe(2);
    expect(consultation.sections.map((s: { heading: string }) => s.heading)).toEqual([
      '',
      'Sự cần thiết',
      'Mục tiêu đến năm 2025',
      'Nhiệm vụ và giải pháp',
      'Tổ chức thực hiện',
    ]);
    const comments = consultation.sections.flatMap((s: { comments: { accepted: boolean | null }[] }) => s.comments);
    expect(comments.map((c: { accepted: boolean | null }) => c.accepted)).toEqual([true, null]);
  });

  it('tells a month of example issues through the lifecycle: agenda, minutes, assignments, a resolution, a duplicate', async () => {
    // Run already by the test above (once more changes nothing).
    const now = Date.now();
    const all = await t.gql(
      `{ issues(first: 15, filter: { topic: "ví dụ" }) { totalCount edges { node {
          title status kind supportCount createdAt topics submitter { name organization { name } }
          comments { body createdAt } timeline { type at note } assignments { status progressPercent updates { note } }
          duplicateOf { title } raisedCount officialResponse } } } }`,
    );
    expect(all.errors).toBeUndefined();
    const issues = all.data!.issues.edges.map((e: { node: any }) => e.node);
    expect(all.data!.issues.totalCount).toBe(12);
    for (const issue of issues) {
      expect(issue.title).toMatch(/\(ví dụ\)$/);
      expect(issue.submitter.organization).not.toBeNull();
      // History, in order, all of it before now.
      const times = [issue.createdAt, ...issue.timeline.map((e: { at: string }) => e.at), ...issue.comments.map((c: { createdAt: string }) => c.createdAt)];
      for (const at of times) expect(Date.parse(at)).toBeLessThanOrEqual(now);
      const timeline = issue.timeline.map((e: { at: string }) => Date.parse(e.at));
      expect(timeline).toEqual([...timeline].sort((a, b) => a - b));
    }
    const count = (status: string) => issues.filter((i: { status: string }) => i.status === status).length;
    expect({ resolved: count('RESOLVED'), assigned: count('ASSIGNED'), discussed: count('DISCUSSED'), onAgenda: count('ON_AGENDA') }).toEqual({
      resolved: 1,
      assigned: 1,
      discussed: 1,
      onAgenda: 2,
    });
    expect(count('DUPLICATE')).toBe(1);
    expect(count('SUBMITTED')).toBe(6);
    expect(new Set(issues.map((i: { kind: string }) => i.kind))).toEqual(new Set(['OBSTACLE', 'PROPOSAL', 'RECOMMENDATION']));
    expect(issues.filter((i: { supportCount: number }) => i.supportCount > 0).length).toBeGreaterThanOrEqual(8);
    expect(issues.filter((i: { comments: unknown[] }) => i.comments.length > 0).length).toBeGreaterThanOrEqual(6);

    // The resolved one, with its whole timeline.
    const resolved = issues.find((i: { status: string }) => i.status === 'RESOLVED');
    expect(resolved.timeline.map((e: { type: string }) => e.type)).toEqual([
      'SUBMITTED',
      'PLACED_ON_AGENDA',
      'DECISION',
      'STATUS_CHANGED',
      'ASSIGNMENT_CREATED',
      'PROGRESS_REPORTED',
      'PROGRESS_REPORTED',
      'RESOLUTION_PROPOSED',
      'RESOLVED',
    ]);
    expect(resolved.assignments).toEqual([expect.objectContaining({ status: 'DONE', progressPercent: 100 })]);
    expect(resolved.officialResponse).toContain('Bản đồ Hệ sinh thái');
    // The assigned one: its assignment in progress, with a report.
    const assigned = issues.find((i: { status: string }) => i.status === 'ASSIGNED');
    expect(assigned.title).toContain('vốn mồi');
    expect(assigned.assignments).toEqual([expect.objectContaining({ status: 'IN_PROGRESS', progressPercent: 30, updates: [expect.anything()] })]);
    // The duplicate points to the original, which counts both people who raised it.
    const duplicate = issues.find((i: { status: string }) => i.status === 'DUPLICATE');
    expect(duplicate.duplicateOf.title).toContain('Thủ tục thành lập doanh nghiệp');
    expect(issues.find((i: { title: string }) => i.title === duplicate.duplicateOf.title).raisedCount).toBe(2);

    // The next Saturday: two issues on its agenda, people coming.
    const next = await t.gql('{ nextMeetup { goingCount agenda { title presenter issue { status title } } } }');
    expect(next.data!.nextMeetup.agenda).toHaveLength(2);
    for (const item of next.data!.nextMeetup.agenda) {
      expect(item.issue).toMatchObject({ status: 'ON_AGENDA', title: item.title });
      expect(item.presenter).toBeTruthy();
    }
    expect(next.data!.nextMeetup.goingCount).toBe(7);

    // Example members get no mail: every kind is off.
    const prefs: { email: string; notification_preferences: Record<string, boolean> }[] = await t.dataSource.query(
      `SELECT email, notification_preferences FROM members WHERE email LIKE '%@example.org'`,
    );
    expect(prefs).toHaveLength(7);
    for (const p of prefs)
      expect(Object.values(p.notification_preferences).every((on) => on === false) && Object.keys(p.notification_preferences).length >= 9).toBe(true);
  });
});
