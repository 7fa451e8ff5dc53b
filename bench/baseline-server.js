// The raw baselines the benchmark compares against, in their own process:
//   GET /home?member=<id>  — the home page JSON from hand-written SQL over node-postgres
//                            (&prepared=1: as a named prepared statement)
//   GET /static.ics        — a file's bytes with an ETag, 304 on If-None-Match
'use strict';
const http = require('node:http');
const { createHash } = require('node:crypto');
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const staticBody = Buffer.from(process.env.STATIC_BODY_B64 || '', 'base64');
const staticEtag = `"${createHash('sha256').update(staticBody).digest('base64url')}"`;

const HOME_SQL = `
  WITH upcoming AS (
    SELECT m.id, m.title, m.starts_at, m.capacity, m.series_id FROM meetups m
    WHERE m.ends_at >= now() ORDER BY m.starts_at, m.id LIMIT 20
  ), counts AS (
    SELECT r.meetup_id, coalesce(sum(1 + r.guests) FILTER (WHERE r.status = 'GOING'), 0)::int AS going,
           count(*) FILTER (WHERE r.status = 'WAITLISTED')::int AS waitlisted
    FROM rsvps r WHERE r.meetup_id IN (SELECT id FROM upcoming) GROUP BY r.meetup_id
  )
  SELECT u.id, u.title, u.starts_at, u.capacity, s.title AS series_title,
         coalesce(c.going, 0) AS going, coalesce(c.waitlisted, 0) AS waitlisted, mine.status AS my_status,
         coalesce((SELECT json_agg(json_build_object('title', a.title, 'position', a.position,
                    'issue', CASE WHEN i.id IS NULL THEN NULL ELSE json_build_object('title', i.title, 'submitter', json_build_object('name', sm.name)) END)
                    ORDER BY a.position)
                   FROM agenda_items a LEFT JOIN issues i ON i.id = a.issue_id LEFT JOIN members sm ON sm.id = i.submitter_id
                   WHERE a.meetup_id = u.id), '[]') AS agenda
  FROM upcoming u JOIN meetup_series s ON s.id = u.series_id
  LEFT JOIN counts c ON c.meetup_id = u.id
  LEFT JOIN rsvps mine ON mine.meetup_id = u.id AND mine.member_id = $1
  ORDER BY u.starts_at, u.id`;

http
  .createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/static.ics') {
      if (req.headers['if-none-match'] === staticEtag) {
        res.writeHead(304, { ETag: staticEtag });
        return res.end();
      }
      res.writeHead(200, { 'Content-Type': 'text/calendar; charset=utf-8', ETag: staticEtag });
      return res.end(staticBody);
    }
    if (url.pathname === '/home') {
      try {
        // ?prepared=1: as a named prepared statement (parsed and planned once per connection),
        // as the api runs its hot statements.
        const member = url.searchParams.get('member');
        const { rows } = await pool.query(
          url.searchParams.has('prepared') ? { name: 'home', text: HOME_SQL, values: [member] } : { text: HOME_SQL, values: [member] },
        );
        const meetups = rows.map((r) => ({
          id: r.id,
          title: r.title,
          startsAt: r.starts_at.toISOString(),
          goingCount: r.going,
          waitlistCount: r.waitlisted,
          spotsLeft: r.capacity === null ? null : Math.max(r.capacity - r.going, 0),
          myRsvp: r.my_status ? { status: r.my_status } : null,
          series: { title: r.series_title },
          agenda: r.agenda,
        }));
        const body = JSON.stringify({ data: { meetups: { edges: meetups.map((node) => ({ node })) } } });
        res.writeHead(200, { 'Content-Type': 'application/json' });
        return res.end(body);
      } catch (error) {
        res.writeHead(500);
        return res.end(String(error));
      }
    }
    res.writeHead(404);
    res.end();
  })
  .listen(Number(process.env.PORT), '127.0.0.1', () => process.send && process.send('ready'));
