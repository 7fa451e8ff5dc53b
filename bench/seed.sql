-- A realistic data set: 2,000 members in 100 organisations, a weekly series over a year
-- (52 past and 13 coming dates) with RSVPs and agendas, 5,000 issues with supports, 2,000 assignments.
INSERT INTO organizations (name, short_name, kind)
SELECT 'Tổ chức ' || i, 'TC' || i, (ARRAY['GOVERNMENT_AGENCY','STARTUP','UNIVERSITY','SUPPORT_ORGANIZATION','INVESTOR'])[1 + i % 5]
FROM generate_series(1, 100) AS i;

INSERT INTO members (email, name, role, organization_id)
SELECT 'member' || i || '@bench.example', 'Thành viên ' || i, CASE WHEN i <= 5 THEN 'ORGANIZER' ELSE 'MEMBER' END,
       (SELECT id FROM organizations ORDER BY name OFFSET (i % 100) LIMIT 1)
FROM generate_series(1, 2000) AS i;

INSERT INTO meetup_series (title, recurrence, timezone, start_time, duration_minutes, starts_on, capacity, visibility)
VALUES ('Gặp mặt cộng đồng khởi nghiệp thứ Bảy', 'FREQ=WEEKLY;BYDAY=SA', 'Asia/Ho_Chi_Minh', '08:00', 180, (now() - interval '365 days')::date, 120, 'PUBLIC');

INSERT INTO meetups (series_id, original_date, title, starts_at, ends_at, timezone, capacity, venue)
SELECT s.id, d::date, 'Gặp mặt thứ Bảy ' || to_char(d, 'DD/MM/YYYY'), d + interval '1 hour', d + interval '4 hours', 'Asia/Ho_Chi_Minh', 120, 'Viện NCPT'
FROM meetup_series s, generate_series(date_trunc('week', now() - interval '364 days') + interval '5 days', now() + interval '91 days', interval '7 days') AS d;

INSERT INTO issues (title, description, kind, status, submitter_id, topics, created_at)
SELECT (ARRAY['Thủ tục đăng ký kinh doanh', 'Tiếp cận vốn vay ưu đãi', 'Không gian làm việc chung', 'Thuế thu nhập doanh nghiệp', 'Sở hữu trí tuệ', 'Tuyển kỹ sư phần mềm', 'Chuyển đổi số', 'Hợp tác xã nông nghiệp', 'Cổng thông tin khởi nghiệp', 'Thủ tục hải quan'])[1 + i % 10] || ' số ' || i,
       'Mô tả chi tiết vướng mắc số ' || i || ': hồ sơ, thời gian xử lý, chi phí và đề xuất tháo gỡ.',
       (ARRAY['OBSTACLE','PROPOSAL','RECOMMENDATION','QUESTION'])[1 + i % 4],
       (ARRAY['SUBMITTED','ON_AGENDA','DISCUSSED','ASSIGNED','RESOLVED'])[1 + i % 5],
       (SELECT id FROM members ORDER BY email OFFSET (i % 2000) LIMIT 1),
       ARRAY[(ARRAY['thủ tục hành chính','vốn','nhân lực','chuyển đổi số','nông nghiệp'])[1 + i % 5]],
       now() - (i || ' minutes')::interval
FROM generate_series(1, 5000) AS i;

INSERT INTO issue_events (issue_id, type, actor_id, at) SELECT id, 'SUBMITTED', submitter_id, created_at FROM issues;

INSERT INTO issue_supports (issue_id, member_id)
SELECT i.id, m.id FROM (SELECT id, row_number() OVER (ORDER BY created_at) AS n FROM issues) i
JOIN LATERAL (SELECT id FROM members ORDER BY email OFFSET ((i.n * 7) % 1990) LIMIT (i.n % 6)) m ON true
ON CONFLICT DO NOTHING;
UPDATE issues SET support_count = (SELECT count(*) FROM issue_supports s WHERE s.issue_id = issues.id);

INSERT INTO agenda_items (meetup_id, position, title, issue_id)
SELECT m.id, p, i.title, i.id
FROM (SELECT id, row_number() OVER (ORDER BY starts_at) AS n FROM meetups) m
CROSS JOIN generate_series(1, 5) AS p
JOIN (SELECT id, title, row_number() OVER (ORDER BY created_at) AS n FROM issues) i ON i.n = m.n * 5 + p;

INSERT INTO rsvps (meetup_id, member_id, status, guests, waitlisted_at)
SELECT m.id, mem.id, CASE WHEN mem.n <= 100 THEN 'GOING' ELSE 'WAITLISTED' END, 0,
       CASE WHEN mem.n > 100 THEN now() + (mem.n || ' milliseconds')::interval END
FROM (SELECT id, row_number() OVER (ORDER BY starts_at) AS k FROM meetups) m
JOIN LATERAL (SELECT id, row_number() OVER () AS n FROM (SELECT id FROM members ORDER BY email OFFSET ((m.k * 37) % 1800) LIMIT 110) x) mem ON true;

INSERT INTO assignments (title, lead_organization_id, due_on, status, progress_percent, completed_at, created_at)
SELECT 'Nhiệm vụ ' || i, (SELECT id FROM organizations ORDER BY name OFFSET (i % 100) LIMIT 1),
       (now() - interval '200 days' + (i || ' hours')::interval)::date,
       (ARRAY['OPEN','IN_PROGRESS','DONE','CANCELLED'])[1 + i % 4], CASE WHEN i % 4 = 2 THEN 100 ELSE (i % 100) END,
       CASE WHEN i % 4 = 2 THEN now() - interval '150 days' + (i || ' hours')::interval END,
       now() - interval '250 days'
FROM generate_series(1, 2000) AS i;

ANALYZE;
