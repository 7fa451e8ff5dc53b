import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MeetupSeries, MeetupSeriesService } from '@app/meetups';
import { SEED_ORGANIZATIONS, SEED_SERIES } from './seed-data';

export interface SeedReport {
  organizationsAdded: number;
  seriesAdded: number;
  meetupsAdded: number;
}

/** Demo data from the seed article. Every step inserts only what is missing: safe to run twice. */
@Injectable()
export class SeedService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly series: MeetupSeriesService,
  ) {}

  async run(): Promise<SeedReport> {
    return this.dataSource.transaction(async (manager) => {
      let organizationsAdded = 0;
      for (const organization of SEED_ORGANIZATIONS) {
        const rows: unknown[] = await manager.query(
          `INSERT INTO organizations (name, short_name, kind, website) VALUES ($1, $2, $3, $4)
           ON CONFLICT ((lower(name))) DO NOTHING RETURNING id`,
          [organization.name, organization.shortName, organization.kind, organization.website],
        );
        organizationsAdded += rows.length;
      }

      // The Institute's Saturday series, found again by its title on a second run.
      const repository = manager.getRepository(MeetupSeries);
      let series = await repository.findOneBy({ title: SEED_SERIES.title });
      let seriesAdded = 0;
      if (!series) {
        const [host] = await manager.query('SELECT id FROM organizations WHERE lower(name) = lower($1)', [SEED_SERIES.hostOrganizationName]);
        const { hostOrganizationName: _host, ...fields } = SEED_SERIES;
        series = await repository.save(repository.create({ ...fields, hostOrganizationId: host?.id ?? null }));
        seriesAdded = 1;
      }
      // The first meeting (15 Feb 2020) is history; it is recorded so its minutes can hang on it.
      const first: unknown[] = await manager.query(
        `INSERT INTO meetups (series_id, original_date, title, description, starts_at, ends_at, timezone, venue, venue_address, capacity)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (series_id, original_date) DO NOTHING RETURNING id`,
        [
          series.id,
          '2020-02-15',
          'Gặp mặt Hệ sinh thái khởi nghiệp Thừa Thiên Huế năm 2020',
          'Trao đổi và đề xuất các giải pháp phát triển khởi nghiệp đổi mới sáng tạo của tỉnh. Chủ trì: đồng chí Phan Thiên Định, Phó Chủ tịch UBND tỉnh.',
          new Date('2020-02-15T01:00:00Z'),
          new Date('2020-02-15T04:00:00Z'),
          series.timezone,
          'Văn phòng UBND tỉnh',
          null,
          series.capacity,
        ],
      );
      const meetupsAdded = first.length + (await this.series.generateDates(manager, series));
      return { organizationsAdded, seriesAdded, meetupsAdded };
    });
  }
}
