import type { EntityManager } from 'typeorm';
import { HUE_TIME_ZONE } from '@app/core';

/**
 * The ecosystem part of `npm run seed`: the scheme's targets ("Đề án Hỗ trợ HST khởi nghiệp ĐMST
 * đến năm 2025": 800 projects and 200 startups supported), the kinds, profiles and approximate
 * positions in Huế of the organisations of the 15 Feb 2020 meeting, and a few example actors,
 * projects and supports (marked "ví dụ"). Each step inserts or fills in only what is missing.
 */
export const SEED_TARGETS = [
  { title: 'Hỗ trợ 800 dự án khởi nghiệp đổi mới sáng tạo', metric: 'PROJECTS_SUPPORTED', goal: 800, startsOn: '2017-01-01', endsOn: '2025-12-31' },
  { title: 'Hỗ trợ 200 doanh nghiệp khởi nghiệp đổi mới sáng tạo', metric: 'STARTUPS_SUPPORTED', goal: 200, startsOn: '2017-01-01', endsOn: '2025-12-31' },
];

interface SeedActor {
  name: string;
  shortName: string | null;
  kind: string;
  description: string;
  sectors: string[];
  services: string[];
  address: string;
  latitude: number;
  longitude: number;
}

/** Profiles of the meeting's organisations (already seeded by name) and example actors. */
export const SEED_ACTORS: SeedActor[] = [
  {
    name: 'Ủy ban nhân dân tỉnh Thừa Thiên Huế',
    shortName: 'UBND tỉnh',
    kind: 'GOVERNMENT_AGENCY',
    description: 'Chỉ đạo Kế hoạch Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo của tỉnh.',
    sectors: [],
    services: ['chính sách'],
    address: '16 Lê Lợi, Huế',
    latitude: 16.4622,
    longitude: 107.5951,
  },
  {
    name: 'Sở Khoa học và Công nghệ',
    shortName: 'Sở KH&CN',
    kind: 'GOVERNMENT_AGENCY',
    description: 'Tham mưu xây dựng Bản đồ Hệ sinh thái khởi nghiệp đổi mới sáng tạo và Đề án “Cố đô khởi nghiệp”.',
    sectors: ['khoa học công nghệ'],
    services: ['tài trợ', 'chính sách'],
    address: '26 Hà Nội, Huế',
    latitude: 16.4603,
    longitude: 107.5878,
  },
  {
    name: 'Sở Kế hoạch và Đầu tư',
    shortName: 'Sở KH&ĐT',
    kind: 'GOVERNMENT_AGENCY',
    description: 'Đăng ký doanh nghiệp, kết nối đầu tư.',
    sectors: [],
    services: ['pháp lý', 'kết nối đầu tư'],
    address: '7 Tôn Đức Thắng, Huế',
    latitude: 16.4574,
    longitude: 107.5846,
  },
  {
    name: 'Viện Nghiên cứu phát triển',
    shortName: 'Viện NCPT',
    kind: 'RESEARCH_INSTITUTE',
    description: 'Chủ trì gặp mặt cộng đồng khởi nghiệp vào thứ Bảy hằng tuần.',
    sectors: ['khoa học công nghệ'],
    services: ['đào tạo', 'kết nối'],
    address: '16 Lê Lợi, Huế',
    latitude: 16.4648,
    longitude: 107.5914,
  },
  {
    name: 'Đại học Huế',
    shortName: 'ĐH Huế',
    kind: 'UNIVERSITY',
    description: 'Nghiên cứu, chuyển giao công nghệ và đào tạo.',
    sectors: ['khoa học công nghệ', 'giáo dục'],
    services: ['công nghệ', 'đào tạo'],
    address: '3 Lê Lợi, Huế',
    latitude: 16.4671,
    longitude: 107.5889,
  },
  {
    name: 'Vườn ươm khởi nghiệp Huế (ví dụ)',
    shortName: null,
    kind: 'INCUBATOR',
    description: 'Ví dụ: ươm tạo dự án khởi nghiệp giai đoạn đầu.',
    sectors: ['nông nghiệp', 'du lịch'],
    services: ['cố vấn', 'không gian làm việc'],
    address: 'Phú Hội, Huế',
    latitude: 16.4656,
    longitude: 107.6012,
  },
  {
    name: 'Công ty TNHH Trà Cung Đình (ví dụ)',
    shortName: null,
    kind: 'STARTUP',
    description: 'Ví dụ: doanh nghiệp khởi nghiệp chế biến trà thảo mộc.',
    sectors: ['nông nghiệp', 'thực phẩm'],
    services: [],
    address: 'Hương Thủy, Thừa Thiên Huế',
    latitude: 16.4079,
    longitude: 107.6342,
  },
];

export const SEED_PROJECTS = [
  {
    name: 'Trà thảo mộc Cung Đình (ví dụ)',
    summary: 'Ví dụ: trà thảo mộc từ công thức cung đình Huế, nguyên liệu của nông dân địa phương.',
    stage: 'EARLY_REVENUE',
    sectors: ['nông nghiệp', 'thực phẩm'],
    teamSize: 6,
    company: 'Công ty TNHH Trà Cung Đình (ví dụ)',
    foundedOn: '2018-03-01',
  },
  {
    name: 'Ứng dụng đặt tour làng nghề Huế (ví dụ)',
    summary: 'Ví dụ: đặt tour trải nghiệm làng nghề quanh Huế trên điện thoại.',
    stage: 'MVP',
    sectors: ['du lịch', 'công nghệ thông tin'],
    teamSize: 4,
    company: null,
    foundedOn: '2019-11-01',
  },
  {
    name: 'Gốm Phước Tích số hoá (ví dụ)',
    summary: 'Ví dụ: bảo tồn và bán gốm Phước Tích qua mạng.',
    stage: 'PROTOTYPE',
    sectors: ['thủ công', 'du lịch'],
    teamSize: 3,
    company: null,
    foundedOn: '2021-06-01',
  },
];

export const SEED_SUPPORTS = [
  {
    project: 'Trà thảo mộc Cung Đình (ví dụ)',
    provider: 'Vườn ươm khởi nghiệp Huế (ví dụ)',
    kind: 'MENTORING',
    startedOn: '2018-09-01',
    endedOn: '2019-03-01',
  },
  { project: 'Trà thảo mộc Cung Đình (ví dụ)', provider: 'Sở Khoa học và Công nghệ', kind: 'FUNDING', startedOn: '2019-06-01', endedOn: null },
  {
    project: 'Ứng dụng đặt tour làng nghề Huế (ví dụ)',
    provider: 'Viện Nghiên cứu phát triển',
    kind: 'TRAINING',
    startedOn: '2020-03-07',
    endedOn: '2020-05-30',
  },
  {
    project: 'Ứng dụng đặt tour làng nghề Huế (ví dụ)',
    provider: 'Vườn ươm khởi nghiệp Huế (ví dụ)',
    kind: 'WORKSPACE',
    startedOn: '2021-01-10',
    endedOn: null,
  },
  { project: 'Gốm Phước Tích số hoá (ví dụ)', provider: 'Đại học Huế', kind: 'TECHNOLOGY', startedOn: '2022-05-01', endedOn: null },
];

export interface EcosystemSeedReport {
  targetsAdded: number;
  actorsAdded: number;
  projectsAdded: number;
  supportsAdded: number;
}

export async function seedEcosystem(manager: EntityManager): Promise<EcosystemSeedReport> {
  let targetsAdded = 0;
  for (const t of SEED_TARGETS) {
    const rows: unknown[] = await manager.query(
      `INSERT INTO programme_targets (title, metric, goal, starts_on, ends_on) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT ((lower(title))) DO NOTHING RETURNING id`,
      [t.title, t.metric, t.goal, t.startsOn, t.endsOn],
    );
    targetsAdded += rows.length;
  }
  let actorsAdded = 0;
  for (const a of SEED_ACTORS) {
    const rows: unknown[] = await manager.query(
      `INSERT INTO organizations (name, short_name, kind) VALUES ($1, $2, $3) ON CONFLICT ((lower(name))) DO NOTHING RETURNING id`,
      [a.name, a.shortName, a.kind],
    );
    actorsAdded += rows.length;
    // The profile is filled in once; what people changed since is kept.
    await manager.query(
      `UPDATE organizations SET description = $2, sectors = $3, services = $4, address = $5, latitude = $6, longitude = $7
        WHERE lower(name) = lower($1) AND description IS NULL AND address IS NULL AND latitude IS NULL`,
      [a.name, a.description, a.sectors, a.services, a.address, a.latitude, a.longitude],
    );
  }
  let projectsAdded = 0;
  for (const p of SEED_PROJECTS) {
    const rows: unknown[] = await manager.query(
      `INSERT INTO startup_projects (name, summary, stage, sectors, team_size, company_id, founded_on, created_at)
       SELECT $1, $2, $3, $4, $5, (SELECT id FROM organizations WHERE lower(name) = lower($6)), $7, $7::date::timestamp AT TIME ZONE '${HUE_TIME_ZONE}'
        WHERE NOT EXISTS (SELECT 1 FROM startup_projects WHERE name = $1) RETURNING id`,
      [p.name, p.summary, p.stage, p.sectors, p.teamSize, p.company, p.foundedOn],
    );
    projectsAdded += rows.length;
  }
  let supportsAdded = 0;
  for (const s of SEED_SUPPORTS) {
    const rows: unknown[] = await manager.query(
      `INSERT INTO supports (project_id, provider_id, kind, started_on, ended_on, created_at, verified_at)
       SELECT p.id, o.id, $3, $4, $5, $4::date::timestamp AT TIME ZONE '${HUE_TIME_ZONE}', $4::date::timestamp AT TIME ZONE '${HUE_TIME_ZONE}'
         FROM startup_projects p, organizations o
        WHERE p.name = $1 AND lower(o.name) = lower($2)
          AND NOT EXISTS (SELECT 1 FROM supports x WHERE x.project_id = p.id AND x.provider_id = o.id AND x.kind = $3 AND x.started_on = $4)
       RETURNING id`,
      [s.project, s.provider, s.kind, s.startedOn, s.endedOn],
    );
    supportsAdded += rows.length;
  }
  return { targetsAdded, actorsAdded, projectsAdded, supportsAdded };
}
