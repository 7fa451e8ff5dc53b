import { TestApp, startTestApp } from './support/test-app';

/**
 * Every filter and sort the API offers can use an index. The tables are small here, so the
 * planner is told to avoid sequential scans; a plan that still has one has no index to use.
 */
describe('indexes for the filters and sorts of the API', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const QUERIES: [string, string, string][] = [
    ['meetups by start', `SELECT id FROM meetups ORDER BY starts_at, id LIMIT 21`, 'meetups_starts_at_idx'],
    [
      'meetups of a series by start',
      `SELECT id FROM meetups WHERE series_id = '00000000-0000-4000-8000-000000000000' ORDER BY starts_at, id LIMIT 21`,
      'meetups_series_starts_at_idx',
    ],
    [
      'one date of a series',
      `SELECT id FROM meetups WHERE series_id = '00000000-0000-4000-8000-000000000000' AND original_date = '2026-11-28'`,
      'meetups_series_',
    ],
    [
      'RSVP counts of meetups',
      `SELECT meetup_id, count(*) FROM rsvps WHERE meetup_id = ANY('{00000000-0000-4000-8000-000000000000}') AND status = 'GOING' GROUP BY meetup_id`,
      'rsvps_',
    ],
    ["a member's RSVPs", `SELECT * FROM rsvps WHERE member_id = '00000000-0000-4000-8000-000000000000'`, 'rsvps_member_idx'],
    ['issues newest first', `SELECT id FROM issues ORDER BY created_at DESC, id DESC LIMIT 21`, 'issues_created_idx'],
    ['issues by status', `SELECT id FROM issues WHERE status = 'SUBMITTED' ORDER BY created_at DESC LIMIT 21`, 'issues_status_idx'],
    ['issues by kind', `SELECT id FROM issues WHERE kind = 'OBSTACLE' ORDER BY created_at DESC LIMIT 21`, 'issues_kind_idx'],
    [
      'issues by submitter',
      `SELECT id FROM issues WHERE submitter_id = '00000000-0000-4000-8000-000000000000' ORDER BY created_at DESC LIMIT 21`,
      'issues_submitter_idx',
    ],
    ['issues by topic', `SELECT id FROM issues WHERE topics @> ARRAY['vốn']`, 'issues_topics_idx'],
    ['issue search', `SELECT id FROM issues WHERE search_document @@ plainto_tsquery('simple', 'thu tuc')`, 'issues_search_idx'],
    ['similar titles', `SELECT id FROM issues WHERE immutable_unaccent(lower('thu tuc')) <% title_folded`, 'issues_title_trgm_idx'],
    ['issue timeline', `SELECT * FROM issue_events WHERE issue_id = '00000000-0000-4000-8000-000000000000' ORDER BY at, id`, 'issue_events_issue_idx'],
    [
      'sections of consultations',
      `SELECT * FROM consultation_sections WHERE consultation_id IN ('00000000-0000-4000-8000-000000000000') ORDER BY position`,
      'consultation_sections_',
    ],
    [
      'comments of sections',
      `SELECT * FROM consultation_comments WHERE section_id IN ('00000000-0000-4000-8000-000000000000') ORDER BY created_at, id`,
      'consultation_comments_section_idx',
    ],
    [
      "a member's consultation comments",
      `SELECT * FROM consultation_comments WHERE author_id = '00000000-0000-4000-8000-000000000000' ORDER BY created_at`,
      'consultation_comments_author_idx',
    ],
    [
      'visible comments of consultations',
      `SELECT consultation_id, count(*) FROM consultation_comments WHERE consultation_id = ANY('{00000000-0000-4000-8000-000000000000}') AND hidden_at IS NULL GROUP BY consultation_id`,
      'consultation_comments_consultation_idx',
    ],
    [
      'assignments by due date',
      `SELECT id FROM assignments WHERE status IN ('OPEN','IN_PROGRESS') AND due_on < '2026-12-01' ORDER BY due_on, id`,
      'assignments_status_due_idx',
    ],
    [
      'assignments of an organisation',
      `SELECT id FROM assignments WHERE lead_organization_id = '00000000-0000-4000-8000-000000000000'`,
      'assignments_lead_idx',
    ],
    ['assignments of an issue', `SELECT id FROM assignments WHERE issue_id = '00000000-0000-4000-8000-000000000000'`, 'assignments_issue_idx'],
    [
      'deliveries of a member',
      `SELECT id FROM deliveries WHERE member_id = '00000000-0000-4000-8000-000000000000' ORDER BY created_at DESC`,
      'deliveries_member_idx',
    ],
    [
      'pending outbox',
      `SELECT id FROM outbox WHERE processed_at IS NULL AND failed_at IS NULL AND kind = ANY('{rsvp.confirmed}') ORDER BY id LIMIT 1`,
      'outbox_pending_idx',
    ],
    ['projects newest first', `SELECT id FROM startup_projects ORDER BY created_at DESC, id DESC LIMIT 21`, 'startup_projects_created_idx'],
    ['projects by stage', `SELECT id FROM startup_projects WHERE stage = 'MVP' ORDER BY created_at DESC, id DESC LIMIT 21`, 'startup_projects_stage_idx'],
    ['projects by sector', `SELECT id FROM startup_projects WHERE sectors @> ARRAY['du lịch']`, 'startup_projects_sectors_idx'],
    ['project search', `SELECT id FROM startup_projects WHERE search_folded LIKE immutable_unaccent(lower('%ca phe%'))`, 'startup_projects_search_idx'],
    [
      'projects supported by an organisation',
      `SELECT project_id FROM supports WHERE provider_id = '00000000-0000-4000-8000-000000000000'`,
      'supports_provider_idx',
    ],
    ['supports of a project', `SELECT id FROM supports WHERE project_id = '00000000-0000-4000-8000-000000000000' ORDER BY started_on`, 'supports_project_idx'],
    [
      'supports started in a window',
      `SELECT DISTINCT project_id FROM supports WHERE started_on BETWEEN '2017-01-01' AND '2025-12-31'`,
      'supports_started_on_idx',
    ],
    ['projects of a company', `SELECT id FROM startup_projects WHERE company_id = '00000000-0000-4000-8000-000000000000'`, 'startup_projects_company_idx'],
    ['organisations by kind', `SELECT id FROM organizations WHERE kind = ANY('{INCUBATOR,MEDIA}')`, 'organizations_kind_idx'],
    ['organisations by sector', `SELECT id FROM organizations WHERE sectors @> ARRAY['du lịch']`, 'organizations_sectors_idx'],
    [
      'issues addressed to an organisation',
      `SELECT id FROM issues WHERE addressed_to_organization_id = '00000000-0000-4000-8000-000000000000' ORDER BY created_at DESC, id DESC LIMIT 21`,
      'issues_addressed_to_idx',
    ],
    ['calendar token', `SELECT id FROM members WHERE calendar_token_hash = 'x'`, 'members_calendar_token_hash_key'],
  ];

  it.each(QUERIES)('%s', async (_name, sql, index) => {
    const plan = await t.dataSource.transaction(async (manager) => {
      await manager.query('SET LOCAL enable_seqscan = off');
      const rows: { 'QUERY PLAN': string }[] = await manager.query(`EXPLAIN ${sql}`);
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    });
    expect(plan).toContain(index);
    expect(plan).not.toContain('Seq Scan');
  });
});
