'use strict';
const { mkdtempSync, readFileSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { CASE_NAMES, buildResults, writeResults } = require('./results');

describe('bench results file', () => {
  const measured = {
    home: { rps: 612.34, p50: 31, p99: 70.456, baseline: { rps: 765.5 } },
    'home-prepared': { rps: 612.34, p50: 31, p99: 70.456, baseline: { rps: 1020 } },
    'search-one': { rps: 150, p50: 6, p99: 11 },
    'search-20': { rps: 240, p50: 80, p99: 130 },
    'feed-304': { rps: 45000, p50: 0, p99: 3, baseline: { rps: 80000 } },
    'public-feed-304': { rps: 50000, p50: 0, p99: 3, baseline: { rps: 80000 } },
    burst: { rps: 900, p50: 400, p99: 950, burst: { going: 100, waitlisted: 900, errors: 0 } },
    digest: { rps: 363 },
  };
  const counts = { members: '20000', issues: '50000', meetups: '585', rsvps: '64350', assignments: '20000', supports: '1' };

  it('has the fields the issue lists, cases in order, baselines and ratios only where there is a baseline', () => {
    const results = buildResults({ scale: 10, counts, peakRssMb: 280, startupMs: 700, cases: measured });
    expect(Object.keys(results)).toEqual(['scale', 'data', 'peakRssMb', 'startupMs', 'cases']);
    expect(results.data).toEqual({ members: 20000, issues: 50000, meetups: 585, rsvps: 64350, assignments: 20000 });
    expect(results.cases.map((c) => c.case)).toEqual(CASE_NAMES);
    expect(results.cases[0]).toEqual({ case: 'home', reqPerSec: 612.3, p50Ms: 31, p99Ms: 70.46, baselineReqPerSec: 765.5, ratio: 0.8 });
    expect(results.cases[1].ratio).toBe(0.6);
    const search = results.cases.find((c) => c.case === 'search-one');
    expect(search).toEqual({ case: 'search-one', reqPerSec: 150, p50Ms: 6, p99Ms: 11 });
    expect(results.cases.find((c) => c.case === 'burst')).toEqual({
      case: 'burst',
      reqPerSec: 900,
      p50Ms: 400,
      p99Ms: 950,
      going: 100,
      waitlisted: 900,
      errors: 0,
    });
    expect(results.cases.find((c) => c.case === 'digest')).toEqual({ case: 'digest', reqPerSec: 363, p50Ms: null, p99Ms: null });
  });

  it('reports only the cases that ran, and refuses a case it does not know', () => {
    expect(buildResults({ scale: 1, counts, peakRssMb: 1, startupMs: 1, cases: { burst: measured.burst } }).cases.map((c) => c.case)).toEqual(['burst']);
    expect(() => buildResults({ scale: 1, counts, peakRssMb: 1, startupMs: 1, cases: { burst: { rps: 1 } } })).toThrow(/going/);
  });

  it('writes the JSON, creating the folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-results-'));
    try {
      const path = join(dir, 'var', 'bench', 'results.json');
      const results = buildResults({ scale: 1, counts, peakRssMb: 250, startupMs: 600, cases: measured });
      writeResults(path, results);
      expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(results);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
