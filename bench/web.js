// The web app's speed, for bench/run.js (BENCH_CASES=web): the JavaScript and CSS the first page
// loads (gzip and brotli, as the api serves them), and the home page in Chromium with 4× CPU
// throttling and a slow-4G network until the RSVP button is usable. Reported, never asserted.
'use strict';
const { existsSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const http = require('node:http');
const { cpus, loadavg } = require('node:os');

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const RUNS = Number(process.env.BENCH_WEB_RUNS || 3);
const BUDGET_GZIP_BYTES = 150 * 1000;
const GOAL_USABLE_MS = 2500;
/** The RSVP button's accessible name in Vietnamese, the app's default language. */
const RSVP_BUTTON = 'Tôi sẽ đến';
// Lighthouse's "slow 4G": 150 ms RTT, 1.6 Mbps down (1,638.4 kbps), 750 kbps up; 4× slower CPU.
// BENCH_WEB_CPU_RATE=1 measures the network alone (docs/BENCHMARKS.md).
const CPU_THROTTLING_RATE = Number(process.env.BENCH_WEB_CPU_RATE || 4);
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1638.4 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

/** Why the case cannot run here, or null. */
function unavailable() {
  if (!existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`;
  try {
    require.resolve('playwright-core');
  } catch {
    return 'playwright-core is not installed (npm ci)';
  }
  return null;
}

/** The body's bytes as sent for one Accept-Encoding (node:http does not decompress). */
function encodedSize(url, encoding) {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': encoding } }, (res) => {
        let bytes = 0;
        res.on('data', (chunk) => (bytes += chunk.length));
        res.on('end', () => resolve({ bytes, encoding: res.headers['content-encoding'] || 'identity', status: res.statusCode }));
      })
      .on('error', reject);
  });
}

/**
 * Installed before the app's scripts: records when a button named RSVP_BUTTON is first in the
 * page, visible and enabled (a MutationObserver, so the time is the DOM change's, not a poll's).
 */
function watchForButton(name) {
  // Cheap on every DOM change (a forced layout here would slow the page it measures): the
  // visibility check runs only for a button with that name.
  const buttons = document.getElementsByTagName('button');
  const found = () => {
    for (const button of buttons) {
      if (button.disabled || button.textContent.trim() !== name) continue;
      if (button.checkVisibility ? button.checkVisibility() : button.offsetParent !== null) return true;
    }
    return false;
  };
  const observer = new MutationObserver(() => {
    if (window.__rsvpUsableAt === undefined && found()) {
      window.__rsvpUsableAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled', 'class', 'hidden', 'style'] });
}

/** Paint and navigation timings, relative to navigation start (performance.timeOrigin). */
function readTimings() {
  return new Promise((resolve) => {
    const nav = performance.getEntriesByType('navigation')[0];
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    // Where the time goes: the page, then its scripts and styles (GraphQL is timed through CDP).
    const resources = performance.getEntriesByType('resource');
    const assets = resources.filter((r) => r.initiatorType === 'script' || r.initiatorType === 'link');
    const done = (lcp, lcpElement) =>
      resolve({
        usable: window.__rsvpUsableAt ?? null,
        lcp,
        lcpElement,
        fcp: fcp ? fcp.startTime : null,
        dcl: nav ? nav.domContentLoadedEventEnd : null,
        html: nav ? nav.responseEnd : null,
        assets: assets.length ? Math.max(...assets.map((r) => r.responseEnd)) : null,
      });
    let lcp = null;
    let lcpElement = null;
    new PerformanceObserver((list) => {
      const entries = list.getEntries();
      const last = entries[entries.length - 1];
      lcp = last.startTime;
      const el = last.element;
      lcpElement = el
        ? `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} "${(el.textContent || '').trim().slice(0, 40)}"`
        : null;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    // Buffered entries arrive in a task after observe(); give them a moment.
    setTimeout(() => done(lcp, lcpElement), 250);
  });
}

async function loadHome(browser, baseUrl, token, throttled, profile) {
  const context = await browser.newContext({
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  try {
    await context.addInitScript((value) => window.localStorage.setItem('accessToken', value), token);
    await context.addInitScript(watchForButton, RSVP_BUTTON);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.clearBrowserCache');
    if (throttled) {
      await cdp.send('Network.emulateNetworkConditions', NETWORK);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLING_RATE });
    }
    // Every script and stylesheet the page loads (modulepreloads are scripts too), as received.
    const received = new Map();
    cdp.on('Network.responseReceived', ({ requestId, type, response }) => {
      if (type === 'Script' || type === 'Stylesheet')
        received.set(requestId, {
          url: response.url,
          type,
          encoding: response.headers['content-encoding'] || response.headers['Content-Encoding'] || 'identity',
          transferred: null,
        });
    });
    // The GraphQL operations the page sends, by name, with when they were sent and answered
    // (CDP's monotonic seconds, made relative to the document's request).
    const operations = new Map();
    let documentSent = null;
    cdp.on('Network.requestWillBeSent', ({ requestId, type, timestamp, request }) => {
      if (type === 'Document' && documentSent === null) documentSent = timestamp;
      if (new URL(request.url).pathname !== '/graphql') return;
      let name = '?';
      try {
        name = JSON.parse(request.postData || '{}').operationName || /(query|mutation)\s+(\w+)/.exec(JSON.parse(request.postData).query)?.[2] || '?';
      } catch {
        // not a JSON body: the operation stays unnamed
      }
      operations.set(requestId, { name, sent: timestamp, answered: null });
    });
    cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength, timestamp }) => {
      const file = received.get(requestId);
      if (file) file.transferred = encodedDataLength;
      const operation = operations.get(requestId);
      if (operation) operation.answered = timestamp;
    });
    if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
      await cdp.send('Profiler.start');
    }
    await page.goto(`${baseUrl}/`, { waitUntil: 'commit', timeout: 60000 });
    // Waits on the page's own record (polled every 250 ms, so Playwright's checks do not load the
    // throttled page), then checks by role and accessible name that it is the RSVP button.
    await page.waitForFunction(() => window.__rsvpUsableAt !== undefined, null, { polling: 250, timeout: 60000 });
    const button = page.getByRole('button', { name: RSVP_BUTTON, exact: true });
    if (!(await button.isVisible()) || !(await button.isEnabled())) throw new Error(`the "${RSVP_BUTTON}" button is not visible and enabled`);
    const timings = await page.evaluate(readTimings);
    if (profile) writeFileSync(profile, JSON.stringify((await cdp.send('Profiler.stop')).profile));
    if (throttled) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await page.waitForLoadState('load');
    const since = (t) => (t === null || documentSent === null ? null : Math.round((t - documentSent) * 1000));
    const graphql = [...operations.values()].map((o) => ({ name: o.name, sent: since(o.sent), answered: since(o.answered) }));
    return { timings, files: [...received.values()], graphql };
  } finally {
    await context.close();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * The `web` case. `baseUrl` is the api serving the built app (dist/web), `token` a member's access
 * token; `nextMeetup` must be open to them (bench/run.js checks it). Returns the numbers.
 */
async function measureWeb({ baseUrl, token, log }) {
  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    // An unthrottled load first: warms the api and lists what the first page loads.
    const warm = await loadHome(browser, baseUrl, token, false);
    const files = [];
    for (const f of warm.files) {
      const path = new URL(f.url).pathname;
      const [raw, gzip, brotli] = await Promise.all([encodedSize(f.url, 'identity'), encodedSize(f.url, 'gzip'), encodedSize(f.url, 'br')]);
      if (gzip.encoding !== 'gzip' || brotli.encoding !== 'br') log(`  ! ${path}: served as ${gzip.encoding} for gzip, ${brotli.encoding} for br`);
      files.push({
        path,
        type: f.type === 'Stylesheet' ? 'css' : 'js',
        raw: raw.bytes,
        gzip: gzip.bytes,
        brotli: brotli.bytes,
        browserEncoding: f.encoding,
        browserTransferred: f.transferred,
      });
    }
    files.sort((a, b) => b.gzip - a.gzip);
    const sum = (key) => files.reduce((n, f) => n + (f[key] || 0), 0);
    const bundle = {
      files,
      raw: sum('raw'),
      gzip: sum('gzip'),
      brotli: sum('brotli'),
      browserTransferred: sum('browserTransferred'),
      budget: BUDGET_GZIP_BYTES,
    };
    log(`  first page: ${files.length} scripts and stylesheets, ${(bundle.gzip / 1000).toFixed(1)} kB gzipped, ${(bundle.brotli / 1000).toFixed(1)} kB brotli`);

    // CPU throttling slows the page in proportion to the time it gets: on a busy machine the page
    // is slower than 4× a quiet one's. The load is printed with the numbers.
    const load = loadavg()[0];
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      // BENCH_WEB_PROFILE=dir writes each run's main-thread CPU profile there (open it in Chrome's DevTools).
      const profile = process.env.BENCH_WEB_PROFILE ? join(process.env.BENCH_WEB_PROFILE, `web-run-${i + 1}.cpuprofile`) : null;
      const { timings, graphql } = await loadHome(browser, baseUrl, token, true, profile);
      if (timings.usable === null) throw new Error("the RSVP button was found by Playwright but not by the page's own observer");
      runs.push({ ...timings, graphql });
      log(
        `  run ${i + 1}: RSVP button usable at ${Math.round(timings.usable)} ms, LCP ${Math.round(timings.lcp)} ms (${timings.lcpElement}), FCP ${Math.round(timings.fcp)} ms, DOMContentLoaded ${Math.round(timings.dcl)} ms`,
      );
      log(
        `    HTML in at ${Math.round(timings.html)} ms, last script/stylesheet in at ${Math.round(timings.assets)} ms, GraphQL ${graphql.map((o) => `${o.name} ${o.sent}–${o.answered}`).join(', ')} ms`,
      );
    }
    const stat = (key) => {
      const values = runs.map((r) => r[key]).filter((v) => v !== null && v !== undefined);
      return values.length ? { median: median(values), min: Math.min(...values), max: Math.max(...values) } : null;
    };
    return {
      browser: browser.version(),
      load: { average1m: load, cores: cpus().length },
      throttling: { cpu: CPU_THROTTLING_RATE, latencyMs: NETWORK.latency, downKbps: 1638.4, upKbps: 750 },
      bundle,
      runs,
      usable: stat('usable'),
      lcp: stat('lcp'),
      fcp: stat('fcp'),
      dcl: stat('dcl'),
      html: stat('html'),
      assets: stat('assets'),
      // Each GraphQL operation the home page sends, in the order of the first run.
      operations: runs[0].graphql.map(({ name }) => {
        const of = runs.map((r) => r.graphql.find((o) => o.name === name)).filter(Boolean);
        const times = (key) => of.map((o) => o[key]).filter((t) => t !== null);
        return { name, sent: times('sent').length ? median(times('sent')) : null, answered: times('answered').length ? median(times('answered')) : null };
      }),
      goalMs: GOAL_USABLE_MS,
    };
  } finally {
    await browser.close();
  }
}

/** The case's tables, for the bench's output. */
function formatWeb(web) {
  const kb = (bytes) => (bytes / 1000).toFixed(1);
  const ms = (s) => (s ? `${Math.round(s.median)} (${Math.round(s.min)}–${Math.round(s.max)})` : 'n/a');
  const verdict = (s, goal) => (s ? (s.median <= goal ? 'met' : 'missed') : '');
  const lines = [
    `web app, first page (/): JavaScript and CSS, kB = 1,000 bytes of body as served (headers not counted)`,
    '',
    '| file | raw kB | gzip kB | brotli kB | the browser got |',
    '|---|---:|---:|---:|---|',
    ...web.bundle.files.map(
      (f) =>
        `| ${f.path} | ${kb(f.raw)} | ${kb(f.gzip)} | ${kb(f.brotli)} | ${f.browserEncoding}, ${f.browserTransferred === null ? '?' : kb(f.browserTransferred)} kB with headers |`,
    ),
    `| **total** (budget ${kb(web.bundle.budget)} kB gzipped: ${web.bundle.gzip <= web.bundle.budget ? 'met' : 'missed'}) | ${kb(web.bundle.raw)} | **${kb(web.bundle.gzip)}** | **${kb(web.bundle.brotli)}** | ${kb(web.bundle.browserTransferred)} kB with headers |`,
    '',
    `web app, home page signed in, Chromium ${web.browser}, ${web.throttling.cpu}× CPU throttling, slow 4G (${web.throttling.latencyMs} ms RTT, ${web.throttling.downKbps} kbps down, ${web.throttling.upKbps} kbps up), fresh cache, 390×844; median (min–max) of ${web.runs.length} runs, ms from navigation start; load average ${web.load.average1m.toFixed(1)} on ${web.load.cores} cores when it started`,
    '',
    '| measure | ms | goal |',
    '|---|---:|---|',
    `| RSVP button "${RSVP_BUTTON}" visible and enabled | ${ms(web.usable)} | ≤ ${web.goalMs} ms: ${verdict(web.usable, web.goalMs)} |`,
    `| largest contentful paint (${web.runs[web.runs.length - 1].lcpElement ?? '?'}) | ${ms(web.lcp)} | reported (≤ ${web.goalMs} ms is "good": ${verdict(web.lcp, web.goalMs)}) |`,
    `| first contentful paint | ${ms(web.fcp)} | |`,
    `| DOMContentLoaded (end) | ${ms(web.dcl)} | |`,
    `| where it goes: HTML received | ${ms(web.html)} | |`,
    `| where it goes: last script or stylesheet received | ${ms(web.assets)} | |`,
    ...web.operations.map(
      (o) =>
        `| where it goes: GraphQL ${o.name}, sent → answered (medians) | ${o.sent === null ? '?' : Math.round(o.sent)} → ${o.answered === null ? '?' : Math.round(o.answered)} | |`,
    ),
  ];
  return lines;
}

module.exports = { measureWeb, formatWeb, unavailable };
