-- A realistic data set at scale S (`SET bench.scale = S` first; bench/run.js does, from BENCH_SCALE,
-- 1 by default): 2,000·S members in 100·S organisations, a weekly series over S years (52·S past
-- and 13 coming dates) with RSVPs and agendas, 5,000·S issues with supports (a few very popular,
-- most with 0–5; 1 in 5 titles matches "thu tuc"), 2,000·S assignments.
-- Set-based throughout (generate_series and arrays of ids, no per-row subqueries): 10× seeds in
-- well under a minute.
CREATE TEMP TABLE bench_scale AS SELECT current_setting('bench.scale')::int AS s;

INSERT INTO organizations (name, short_name, kind)
SELECT 'Tổ chức ' || i, 'TC' || i, (ARRAY['GOVERNMENT_AGENCY','STARTUP','UNIVERSITY','SUPPORT_ORGANIZATION','INVESTOR'])[1 + i % 5]
FROM bench_scale, generate_series(1, 100 * s) AS i;

CREATE TEMP TABLE bench_orgs AS SELECT array_agg(id ORDER BY name) AS ids FROM organizations;

INSERT INTO members (email, name, role)
SELECT 'member' || i || '@bench.example', 'Thành viên ' || i, CASE WHEN i <= 5 THEN 'ORGANIZER' ELSE 'MEMBER' END
FROM bench_scale, generate_series(1, 2000 * s) AS i;

-- Every member speaks for one organisation (confirmed), as before affiliations existed.
INSERT INTO affiliations (member_id, organization_id, status, role, requested_at, confirmed_at)
SELECT m.id, o.ids[1 + (substring(m.email FROM 'member([0-9]+)@')::int) % 100], 'CONFIRMED', 'MEMBER', now(), now()
FROM members m, bench_orgs o WHERE m.email LIKE 'member%@bench.example';

-- Members in e-mail order (as the 1× seed always picked them), 1-based.
CREATE TEMP TABLE bench_members AS SELECT array_agg(id ORDER BY email) AS ids, count(*)::int AS n FROM members;

INSERT INTO meetup_series (title, recurrence, timezone, start_time, duration_minutes, starts_on, capacity, visibility)
SELECT 'Gặp mặt cộng đồng khởi nghiệp thứ Bảy', 'FREQ=WEEKLY;BYDAY=SA', 'Asia/Ho_Chi_Minh', '08:00', 180, (now() - make_interval(days => 365 * s))::date, 120, 'PUBLIC'
FROM bench_scale;

INSERT INTO meetups (series_id, original_date, title, starts_at, ends_at, timezone, capacity, venue)
SELECT ms.id, d::date, 'Gặp mặt thứ Bảy ' || to_char(d, 'DD/MM/YYYY'), d + interval '1 hour', d + interval '4 hours', 'Asia/Ho_Chi_Minh', 120, 'Viện NCPT'
FROM bench_scale, meetup_series ms,
     generate_series(date_trunc('week', now() - make_interval(days => 364 * s)) + interval '5 days', now() + interval '91 days', interval '7 days') AS d;

INSERT INTO issues (title, description, kind, status, submitter_id, topics, created_at)
SELECT (ARRAY['Thủ tục đăng ký kinh doanh', 'Tiếp cận vốn vay ưu đãi', 'Không gian làm việc chung', 'Thuế thu nhập doanh nghiệp', 'Sở hữu trí tuệ', 'Tuyển kỹ sư phần mềm', 'Chuyển đổi số', 'Hợp tác xã nông nghiệp', 'Cổng thông tin khởi nghiệp', 'Thủ tục hải quan'])[1 + i % 10] || ' số ' || i,
       'Mô tả chi tiết vướng mắc số ' || i || ': hồ sơ, thời gian xử lý, chi phí và đề xuất tháo gỡ.',
       (ARRAY['OBSTACLE','PROPOSAL','RECOMMENDATION','QUESTION'])[1 + i % 4],
       (ARRAY['SUBMITTED','ON_AGENDA','DISCUSSED','ASSIGNED','RESOLVED'])[1 + i % 5],
       mb.ids[1 + i % mb.n],
       ARRAY[(ARRAY['thủ tục hành chính','vốn','nhân lực','chuyển đổi số','nông nghiệp'])[1 + i % 5]],
       now() - (i || ' minutes')::interval
FROM bench_scale, bench_members mb, generate_series(1, 5000 * s) AS i;

INSERT INTO issue_events (issue_id, type, actor_id, at) SELECT id, 'SUBMITTED', submitter_id, created_at FROM issues;

CREATE TEMP TABLE bench_issues AS SELECT id, title, row_number() OVER (ORDER BY created_at)::int AS n FROM issues;

-- Most issues 0–5 supports; one in 1,000 very popular (a quarter of all members).
INSERT INTO issue_supports (issue_id, member_id)
SELECT i.id, mb.ids[1 + (i.n * 7 + j) % mb.n]
FROM bench_members mb, bench_issues i,
     generate_series(0, CASE WHEN i.n % 1000 = 1 THEN mb.n / 4 ELSE i.n % 6 END - 1) AS j
ON CONFLICT DO NOTHING;
UPDATE issues SET support_count = s.n FROM (SELECT issue_id, count(*)::int AS n FROM issue_supports GROUP BY issue_id) s WHERE s.issue_id = issues.id;

CREATE TEMP TABLE bench_meetups AS SELECT id, row_number() OVER (ORDER BY starts_at)::int AS k FROM meetups;

INSERT INTO agenda_items (meetup_id, position, title, issue_id)
SELECT m.id, p, i.title, i.id
FROM bench_meetups m CROSS JOIN generate_series(1, 5) AS p
JOIN bench_issues i ON i.n = m.k * 5 + p;

-- 110 answers a date: 100 GOING, 10 waiting. The counters on the meetup row are set once
-- afterwards, as the migration that introduced them does, instead of by the trigger row by row.
ALTER TABLE rsvps DISABLE TRIGGER rsvps_count_seats_insert_delete;
INSERT INTO rsvps (meetup_id, member_id, status, guests, waitlisted_at)
SELECT m.id, mb.ids[1 + (m.k * 37 + j - 1) % (mb.n - 200)], CASE WHEN j <= 100 THEN 'GOING' ELSE 'WAITLISTED' END, 0,
       CASE WHEN j > 100 THEN now() + (j || ' milliseconds')::interval END
FROM bench_members mb, bench_meetups m, generate_series(1, 110) AS j;
ALTER TABLE rsvps ENABLE TRIGGER rsvps_count_seats_insert_delete;
UPDATE meetups m SET going_count = c.going, waitlist_count = c.waitlisted
FROM (
  SELECT meetup_id, coalesce(sum(1 + guests) FILTER (WHERE status = 'GOING'), 0)::int AS going, count(*) FILTER (WHERE status = 'WAITLISTED')::int AS waitlisted
  FROM rsvps GROUP BY meetup_id
) c
WHERE c.meetup_id = m.id;

INSERT INTO assignments (title, lead_organization_id, due_on, status, progress_percent, completed_at, created_at)
SELECT 'Nhiệm vụ ' || i, o.ids[1 + i % 100],
       (now() - interval '200 days' + (i || ' hours')::interval)::date,
       (ARRAY['OPEN','IN_PROGRESS','DONE','CANCELLED'])[1 + i % 4], CASE WHEN i % 4 = 2 THEN 100 ELSE (i % 100) END,
       CASE WHEN i % 4 = 2 THEN now() - interval '150 days' + (i || ' hours')::interval END,
       now() - interval '250 days'
FROM bench_scale, bench_orgs o, generate_series(1, 2000 * s) AS i;

DROP TABLE bench_scale, bench_orgs, bench_members, bench_issues, bench_meetups;
ANALYZE;
