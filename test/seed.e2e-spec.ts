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
    const seed = new SeedService(t.dataSource, t.app.get(MeetupSeriesService));
    const first = await seed.run();
    expect(first.organizationsAdded).toBe(4);
    expect(first.seriesAdded).toBe(1);
    expect(first.meetupsAdded).toBeGreaterThanOrEqual(13);
    expect(await seed.run()).toEqual({ organizationsAdded: 0, seriesAdded: 0, meetupsAdded: 0 });

    const orgs = await t.gql('{ organizations { name kind } }');
    expect(orgs.data!.organizations.map((o: { name: string }) => o.name)).toEqual(
      expect.arrayContaining(['Sở Khoa học và Công nghệ', 'Sở Kế hoạch và Đầu tư', 'Viện Nghiên cứu phát triển', 'Ủy ban nhân dân tỉnh Thừa Thiên Huế']),
    );
    const firstMeeting = await t.gql('{ meetups(filter: { to: "2020-02-16T00:00:00Z" }) { edges { node { title startsAt venue series { recurrence timezone startTime } } } } }');
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
  });
});
