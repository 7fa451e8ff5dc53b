import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '@app/core';
import { MeetupSeries, MeetupSeriesService } from '@app/meetups';
import { seedConsultation } from './seed-consultation';
import { EcosystemSeedReport, seedEcosystem } from './ecosystem-seed';
import { ExampleIssuesReport, ExampleIssuesSeed } from './example-issues-seed';
import { SEED_ASSIGNMENTS, SEED_MINUTES, SEED_ORGANIZATIONS, SEED_SERIES } from './seed-data';

export interface SeedReport {
  organizationsAdded: number;
  seriesAdded: number;
  meetupsAdded: number;
  minutesAdded: number;
  assignmentsAdded: number;
  consultationsAdded: number;
  /** Targets, actors, example projects and supports of the ecosystem map (ecosystem-seed.ts). */
  ecosystem: EcosystemSeedReport;
  /** Example members, their issues and the Saturdays that dealt with them (example-issues-seed.ts). */
  examples: ExampleIssuesReport;
}

/**
 * Demo data from the seed article. Every step inserts only what is missing: safe to run twice.
 * The article's history first, in one transaction; then the example issues, told through the
 * services (example-issues-seed.ts).
 */
@Injectable()
export class SeedService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly series: MeetupSeriesService,
    private readonly clock: Clock,
    private readonly examples: ExampleIssuesSeed,
  ) {}

  async run(): Promise<SeedReport> {
    const history = await this.history();
    return { ...history, examples: await this.examples.run() };
  }

  private async history(): Promise<Omit<SeedReport, 'examples'>> {
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
      const { minutesAdded, assignmentsAdded } = await this.seedFirstMinutes(manager, series.id);
      const consultationsAdded = await seedConsultation(manager, this.clock.now());
      const ecosystem = await seedEcosystem(manager);
      return { organizationsAdded, seriesAdded, meetupsAdded, minutesAdded, assignmentsAdded, consultationsAdded, ecosystem };
    });
  }

  /** The published minutes of 15 Feb 2020 and the assignments its conclusions gave, once. */
  private async seedFirstMinutes(manager: EntityManager, seriesId: string): Promise<{ minutesAdded: number; assignmentsAdded: number }> {
    const [meetup] = await manager.query(`SELECT id FROM meetups WHERE series_id = $1 AND original_date = '2020-02-15'`, [seriesId]);
    const [existing] = await manager.query('SELECT id FROM minutes WHERE meetup_id = $1', [meetup.id]);
    if (existing) return { minutesAdded: 0, assignmentsAdded: 0 };
    const publishedAt = new Date('2020-02-15T10:00:00Z');
    const [minutes] = await manager.query(
      `INSERT INTO minutes (meetup_id, status, version, summary, published_at, created_at) VALUES ($1, 'PUBLISHED', 1, $2, $3, $3) RETURNING id`,
      [meetup.id, SEED_MINUTES.summary, publishedAt],
    );
    const decisionIds: string[] = [];
    for (const [index, text] of SEED_MINUTES.decisions.entries()) {
      const [decision] = await manager.query('INSERT INTO decisions (minutes_id, position, text, created_at) VALUES ($1, $2, $3, $4) RETURNING id', [
        minutes.id,
        index + 1,
        text,
        publishedAt,
      ]);
      decisionIds.push(decision.id);
    }
    await manager.query(
      `INSERT INTO minutes_versions (minutes_id, version, summary, decisions, attendee_ids, item_notes, published_at)
       SELECT $1, 1, $2, jsonb_agg(jsonb_build_object('id', id, 'position', position, 'text', text, 'issueIds', issue_ids) ORDER BY position), '{}', '[]'::jsonb, $3
       FROM decisions WHERE minutes_id = $1`,
      [minutes.id, SEED_MINUTES.summary, publishedAt],
    );
    const orgs: { id: string; name: string }[] = await manager.query('SELECT id, name FROM organizations');
    const orgId = (name: string) => orgs.find((o) => o.name === name)!.id;
    const ids = new Map<string, string>();
    for (const a of SEED_ASSIGNMENTS) {
      const [row] = await manager.query(
        `INSERT INTO assignments (title, lead_organization_id, due_on, status, progress_percent, meetup_id, decision_id, completed_at, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [
          a.title,
          orgId(a.lead),
          a.dueOn,
          a.doneOn ? 'DONE' : 'OPEN',
          a.doneOn ? 100 : 0,
          meetup.id,
          decisionIds[a.decision - 1],
          a.doneOn ? new Date(`${a.doneOn}T04:00:00Z`) : null,
          publishedAt,
        ],
      );
      ids.set(a.key, row.id);
      for (const name of a.coordinating) {
        await manager.query('INSERT INTO assignment_coordinators (assignment_id, organization_id) VALUES ($1, $2)', [row.id, orgId(name)]);
      }
      for (const key of a.dependsOn) {
        await manager.query('INSERT INTO assignment_dependencies (assignment_id, depends_on_id) VALUES ($1, $2)', [row.id, ids.get(key)]);
      }
    }
    return { minutesAdded: 1, assignmentsAdded: SEED_ASSIGNMENTS.length };
  }
}
