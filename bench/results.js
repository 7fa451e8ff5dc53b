// The machine-readable results of a bench run (var/bench/results.json): what the printed table
// shows, for the cases the issue names, so that runs at different scales can be compared.
'use strict';
const { mkdirSync, writeFileSync } = require('node:fs');
const { dirname } = require('node:path');

/** The cases results.json reports, in this order. */
const CASE_NAMES = ['home', 'home-prepared', 'search-one', 'search-20', 'feed-304', 'public-feed-304', 'burst', 'digest'];

const round = (n, digits) => (n === undefined || n === null || Number.isNaN(Number(n)) ? null : Number(Number(n).toFixed(digits)));

/**
 * One case's object: `case`, `reqPerSec`, `p50Ms`, `p99Ms`; with a baseline `baselineReqPerSec`
 * and `ratio` (req/s over the baseline's); `going`, `waitlisted` and `errors` for the burst.
 * A measured row is `{ rps, p50, p99, baseline?: { rps }, burst?: { going, waitlisted, errors } }`.
 */
function caseResult(name, row) {
  if (!CASE_NAMES.includes(name)) throw new Error(`unknown bench case ${name}`);
  const out = { case: name, reqPerSec: round(row.rps, 1), p50Ms: round(row.p50, 2), p99Ms: round(row.p99, 2) };
  if (row.baseline) {
    out.baselineReqPerSec = round(row.baseline.rps, 1);
    out.ratio = round(row.rps / row.baseline.rps, 3);
  }
  if (name === 'burst') {
    if (!row.burst) throw new Error('the burst case needs its going, waitlisted and errors counts');
    out.going = row.burst.going;
    out.waitlisted = row.burst.waitlisted;
    out.errors = row.burst.errors;
  }
  return out;
}

/**
 * The whole file. `cases` maps case names to measured rows; cases not run are left out (a
 * `BENCH_CASES` run reports only what it measured), and the order is always CASE_NAMES'.
 */
function buildResults({ scale, counts, peakRssMb, startupMs, cases }) {
  return {
    scale,
    data: {
      members: Number(counts.members),
      issues: Number(counts.issues),
      meetups: Number(counts.meetups),
      rsvps: Number(counts.rsvps),
      assignments: Number(counts.assignments),
    },
    peakRssMb,
    startupMs,
    cases: CASE_NAMES.filter((name) => cases[name]).map((name) => caseResult(name, cases[name])),
  };
}

function writeResults(path, results) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(results, null, 2) + '\n');
}

module.exports = { CASE_NAMES, buildResults, caseResult, writeResults };
