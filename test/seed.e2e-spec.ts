import request from 'supertest';
import { Clock } from '@app/core';
import { MeetupSeriesService } from '@app/meetups';
import { SeedService } from '../apps/cli/src/seed/seed.service';
import { TestApp, startTestApp } from './support/test-app';

describe('npm run seed', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('loads the organisations and the Saturday series of the seed article, and is safe to run twice', async () => {
    const seed = new SeedService(t.dataSource, t.app.get(MeetupSeriesService), t.app.get(Clock));
    const first = await seed.run();
    expect(first.organizationsAdded).toBe(4);
    expect(first.seriesAdded).toBe(1);
    expect(first.meetupsAdded).toBeGreaterThanOrEqual(13);
    expect(first).toMatchObject({ minutesAdded: 1, assignmentsAdded: 5, consultationsAdded: 1 });
    expect(await seed.run()).toEqual({
      organizationsAdded: 0,
      seriesAdded: 0,
      meetupsAdded: 0,
      minutesAdded: 0,
      assignmentsAdded: 0,
      consultationsAdded: 0,
      ecosystem: { targetsAdded: 0, actorsAdded: 0, projectsAdded: 0, supportsAdded: 0 },
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
});
