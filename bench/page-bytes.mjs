// What a visitor's browser downloads of the widget, journey by journey (issues #13, #21), measured in
// headless Chromium on the BUILT bundle: every request to a file of dist/, its size gzipped at level
// 9 (as bench/sizes.mjs measures the build), summed file by file. budgets.json budgets each journey.
//
//   page view       a page with one <pay-ladder> at the top (in view), bokmål, no interaction.
//   below the fold  the same widget after 4 000 px of content: what it fetches without scrolling,
//                   then (reported) what it fetches after it is scrolled into view.
//   pinned date     the page view with <pay-ladder tariff-date="2024-09-01"> (an earlier table).
//   comparison      the page view with one <pay-ladder-compare> instead.
//   first keystroke the page view, then the years field is clicked and one digit typed: what that
//                   fetches, on top of the page view. Twice: the widget keeping its state in the page
//                   URL (the default: the first widget of a page does) and with `no-url-sync`.
//
// "4 s after load": the window starts at the later of the page's `load` event and the widget's
// first render (its figure shows digits), so a slow, busy machine does not cut it short, and lasts
// 4 s (after a keystroke: 4 s from the keystroke). Then the network must be quiet (no request in
// flight, none started for 500 ms) before the files are counted: a file whose load started in the
// window counts even when it ends after it. Both are reported: `inWindow` (requests started within
// the 4 s) and the settled set (the budgets use the settled set, the larger of the two). Each page
// gets a fresh browser context (no HTTP or code cache); responses are sent with
// `Cache-Control: no-store`.
//
//   node bench/page-bytes.mjs [--runs N] [--dist DIR]      (or: npm run bench:pages)
//
// Builds nothing: dist/ must exist (npm run build).
import { createServer } from 'node:http';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium.mjs';
import { distDir as builtDist, gzipBytes, num } from './sizes.mjs';

/** Milliseconds after load (or first render) that count as the page view. */
export const WINDOW_MS = 4000;
/** The network counts as quiet after this long without a request starting or in flight. */
export const QUIET_MS = 500;
/** Content above the widget on the below-the-fold page. */
export const FOLD_OFFSET_PX = 4000;
/** The same viewport as bench/browser.mjs: the whole widget is in view on the page-view page. */
export const VIEWPORT = { width: 1280, height: 1600 };
const QUIET_TIMEOUT_MS = 30_000;
const RENDER_TIMEOUT_MS = 30_000;

const TYPES = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.map': 'application/json',
  '.css': 'text/css',
};

const page = (body) => `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>pay-ladder: what a visitor downloads</title>
<script type="module" src="/dist/define.js"></script>
</head>
<body style="margin:0;font-family:system-ui,sans-serif">
<main style="max-width:60rem;margin:0 auto;padding:1rem">
<h1>Hva tjener en helsesekretær?</h1>
${body}
<p>Tekst etter kalkulatoren.</p>
</main>
</body>
</html>`;

/** The pinned date of the pinned-date journey: an earlier table than the newest (KS 2024). */
export const PINNED_DATE = '2024-09-01';

/** The test pages, by path. */
export const PAGES = {
  '/page-view.html': page('<pay-ladder></pay-ladder>'),
  '/below-fold.html': page(
    `<div id="above" style="height:${FOLD_OFFSET_PX}px">Tekst før kalkulatoren, ${FOLD_OFFSET_PX} px høy.</div>\n<pay-ladder></pay-ladder>`,
  ),
  '/pinned-date.html': page(`<pay-ladder tariff-date="${PINNED_DATE}"></pay-ladder>`),
  '/no-url-sync.html': page('<pay-ladder no-url-sync></pay-ladder>'),
  '/comparison.html': page('<pay-ladder-compare></pay-ladder-compare>'),
};

/** Where each element shows its first figures: digits there = its first render. */
const FIGURE = {
  'pay-ladder': '.figure',
  'pay-ladder-compare': '[part~="results"]',
};

/** Serves `dist` under /dist/ and the test pages on 127.0.0.1:<random port>. */
export async function serve(dist) {
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url, 'http://x');
    if (PAGES[pathname]) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(PAGES[pathname]);
      return;
    }
    const file = pathname.startsWith('/dist/') ? normalize(join(dist, decodeURIComponent(pathname.slice('/dist/'.length)))) : null;
    if (!file || !file.startsWith(dist + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(pathname === '/favicon.ico' ? 204 : 404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    res.end(readFileSync(file));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

/**
 * Records the page's requests: start and end (ms since `t0`), for every URL. `quiet()` resolves
 * once no request is in flight and none started or ended for QUIET_MS (or after QUIET_TIMEOUT_MS,
 * with `quiet: false`).
 */
function recorder(p, t0) {
  const requests = [];
  const byRequest = new Map();
  let lastActivity = performance.now();
  const now = () => performance.now() - t0;
  p.on('request', (r) => {
    const e = { url: r.url(), start: now(), end: null, failed: null };
    requests.push(e);
    byRequest.set(r, e);
    lastActivity = performance.now();
  });
  const done = (failed) => (r) => {
    const e = byRequest.get(r);
    if (e) Object.assign(e, { end: now(), failed: failed ? (r.failure()?.errorText ?? 'failed') : null });
    lastActivity = performance.now();
  };
  p.on('requestfinished', done(false));
  p.on('requestfailed', done(true));
  const quiet = async () => {
    const until = performance.now() + QUIET_TIMEOUT_MS;
    while (performance.now() < until) {
      if (requests.every((e) => e.end !== null) && performance.now() - lastActivity >= QUIET_MS) return { quiet: true, at: now() };
      await new Promise((r) => setTimeout(r, 50));
    }
    return { quiet: false, at: now() };
  };
  return { requests, quiet, now };
}

/** The files of dist/ among `requests` (those that pass `keep(request, 'dist/…')`), with their gzip bytes, biggest first. */
function filesOf(requests, origin, dist, keep = () => true) {
  const seen = new Map();
  for (const e of requests) {
    const url = new URL(e.url);
    if (url.origin !== origin || !url.pathname.startsWith('/dist/')) continue;
    const rel = decodeURIComponent(url.pathname.slice('/dist/'.length));
    if (!keep(e, `dist/${rel}`)) continue;
    const prev = seen.get(rel);
    if (prev) {
      prev.fetches++;
      continue;
    }
    const path = join(dist, rel);
    const buf = existsSync(path) ? readFileSync(path) : null;
    seen.set(rel, {
      file: `dist/${rel}`,
      bytes: buf?.length ?? 0,
      gzip: buf ? gzipBytes(buf) : 0,
      startedMs: Math.round(e.start),
      fetches: 1,
      failed: e.failed ?? (buf ? null : 'not in dist/'),
    });
  }
  const files = [...seen.values()].sort((a, b) => b.gzip - a.gzip || a.file.localeCompare(b.file));
  return { gzip: files.reduce((n, f) => n + f.gzip, 0), bytes: files.reduce((n, f) => n + f.bytes, 0), files };
}

/** Waits until the element's figure shows digits; returns ms since t0, or null on timeout. */
async function firstRender(p, now, timeout, tag = 'pay-ladder') {
  try {
    await p.waitForFunction(
      ([tag, figure]) => /\d/.test(document.querySelector(tag)?.shadowRoot?.querySelector(figure)?.textContent ?? ''),
      [tag, FIGURE[tag]],
      { timeout, polling: 50 },
    );
    return now();
  } catch {
    return null;
  }
}

/** Waits WINDOW_MS from `from` (ms since t0), then for a quiet network. */
async function settle(rec, from) {
  const wait = from + WINDOW_MS - rec.now();
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  return rec.quiet();
}

async function openPage(browser, origin, path) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const p = await context.newPage();
  const errors = [];
  p.on('pageerror', (e) => errors.push(String(e)));
  p.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  p.on('response', (r) => r.status() >= 400 && errors.push(`HTTP ${r.status()}: ${r.url()}`));
  const t0 = performance.now();
  const rec = recorder(p, t0);
  await p.goto(`${origin}${path}`, { waitUntil: 'load', timeout: 60_000 });
  const loadAt = rec.now();
  return { context, p, rec, loadAt, errors };
}

/** Loads `path` and waits for its element's first render, the window and a quiet network. */
async function viewPage(opened, path, tag) {
  const { p, rec, loadAt, errors } = opened;
  const renderAt = await firstRender(p, rec.now, RENDER_TIMEOUT_MS, tag);
  if (renderAt === null)
    throw new Error(
      `page-bytes: <${tag}> on ${path} showed no figure within ${RENDER_TIMEOUT_MS / 1000} s; errors ${JSON.stringify(errors)}`,
    );
  const from = Math.max(loadAt, renderAt);
  const q = await settle(rec, from);
  return { loadAt, renderAt, windowFrom: from, ...q };
}

/** One page view of `path`, no interaction: every file it fetched. */
async function pageView(browser, origin, dist, path = '/page-view.html', tag = 'pay-ladder') {
  const opened = await openPage(browser, origin, path);
  const { context, rec, errors } = opened;
  try {
    const view = await viewPage(opened, path, tag);
    const settled = filesOf(rec.requests, origin, dist);
    const inWindow = filesOf(rec.requests, origin, dist, (e) => e.start <= view.windowFrom + WINDOW_MS);
    return { ...view, ...settled, inWindow: { gzip: inWindow.gzip, files: inWindow.files.map((f) => f.file) }, errors };
  } finally {
    await context.close();
  }
}

/**
 * The page view of `path`, then a click in the years field and one digit typed, as a person does:
 * the files first requested from the click on (what the keystroke adds to the page view).
 */
async function firstKeystroke(browser, origin, dist, path) {
  const opened = await openPage(browser, origin, path);
  const { context, p, rec, errors } = opened;
  try {
    const view = await viewPage(opened, path, 'pay-ladder');
    const before = new Set(filesOf(rec.requests, origin, dist).files.map((f) => f.file));
    const field = p.locator('pay-ladder input[id$="-yearsExperience"]');
    const figure = () => p.locator('pay-ladder .figure').textContent();
    const shown = await figure();
    const typedAt = rec.now();
    await field.click();
    await p.keyboard.press('End');
    await p.keyboard.type('6');
    // The keystroke did what a person sees: the figure follows.
    await p.waitForFunction((was) => document.querySelector('pay-ladder').shadowRoot.querySelector('.figure').textContent !== was, shown, {
      timeout: RENDER_TIMEOUT_MS,
    });
    const q = await settle(rec, typedAt);
    const added = filesOf(rec.requests, origin, dist, (e, file) => e.start >= typedAt && !before.has(file));
    return { pageView: view, typedAt, ...q, ...added, url: p.url(), errors };
  } finally {
    await context.close();
  }
}

/** The below-the-fold page: no scrolling; then the widget scrolled into view. */
async function belowFold(browser, origin, dist) {
  const { context, p, rec, loadAt, errors } = await openPage(browser, origin, '/below-fold.html');
  try {
    const top = await p.evaluate(() => Math.round(document.querySelector('pay-ladder').getBoundingClientRect().top));
    // The widget may wait for the viewport before it renders; then the window starts at load.
    const renderAt = await firstRender(p, rec.now, WINDOW_MS);
    const from = Math.max(loadAt, renderAt ?? loadAt);
    const q = await settle(rec, from);
    const before = filesOf(rec.requests, origin, dist);
    const inWindow = filesOf(rec.requests, origin, dist, (e) => e.start <= from + WINDOW_MS);
    const scrolledAt = rec.now();
    await p.evaluate(() => document.querySelector('pay-ladder').scrollIntoView({ block: 'start' }));
    const renderAfter = renderAt ?? (await firstRender(p, rec.now, RENDER_TIMEOUT_MS));
    const qa = await settle(rec, scrolledAt);
    const all = filesOf(rec.requests, origin, dist);
    // What scrolling adds: files first requested after the scroll.
    const seenBefore = new Set(before.files.map((f) => f.file));
    const after = filesOf(rec.requests, origin, dist, (e, file) => e.start >= scrolledAt && !seenBefore.has(file));
    return {
      topPx: top,
      loadAt,
      renderAt,
      windowFrom: from,
      before: { ...q, ...before, inWindow: { gzip: inWindow.gzip, files: inWindow.files.map((f) => f.file) } },
      afterScroll: { scrolledAt, renderAt: renderAfter, quiet: qa.quiet, at: qa.at, ...after },
      total: { gzip: all.gzip, bytes: all.bytes, files: all.files.map((f) => f.file) },
      errors,
    };
  } finally {
    await context.close();
  }
}

/** Largest of several runs (the budgets use the worst), and whether the runs agree. */
function worst(runs, pick) {
  const best = runs.reduce((a, r) => (pick(r).gzip > pick(a).gzip ? r : a));
  const sig = (r) =>
    pick(r)
      .files.map((f) => (typeof f === 'string' ? f : f.file))
      .join(' ');
  return { run: best, stable: runs.every((r) => sig(r) === sig(runs[0]) && pick(r).gzip === pick(runs[0]).gzip) };
}

/** The journeys measured in the browser, in the order they run: id → (browser, origin, dist) → measurement. */
const JOURNEYS = {
  pageView: (b, o, d) => pageView(b, o, d),
  belowFold: (b, o, d) => belowFold(b, o, d),
  pinnedDate: (b, o, d) => pageView(b, o, d, '/pinned-date.html'),
  comparison: (b, o, d) => pageView(b, o, d, '/comparison.html', 'pay-ladder-compare'),
  firstKeystroke: (b, o, d) => firstKeystroke(b, o, d, '/page-view.html'),
  firstKeystrokeNoUrlSync: (b, o, d) => firstKeystroke(b, o, d, '/no-url-sync.html'),
};

/** The files that count for a journey's budget. */
export const counted = {
  pageView: (m) => m,
  belowFold: (m) => m.before,
  pinnedDate: (m) => m,
  comparison: (m) => m,
  firstKeystroke: (m) => m,
  firstKeystrokeNoUrlSync: (m) => m,
};

/**
 * Measures what a visitor downloads on each journey, `runs` times (fresh contexts each time), from a
 * snapshot of `distDir` (a rebuild during the run must not swap files under the page). Returns
 * { chromium, viewport, windowMs, quietMs, foldOffsetPx, runs, <journey>: measurement, stable, errors }:
 * each journey's measurement is that of the run with the most bytes; `runs` has every run's totals.
 */
export async function measurePageBytes({ distDir = builtDist, runs = 1, executablePath = chromiumPath(), log = () => undefined } = {}) {
  if (!existsSync(join(distDir, 'define.js')))
    throw new Error(`page-bytes: ${join(distDir, 'define.js')} is missing; run \`npm run build\` first`);
  if (!executablePath || !existsSync(executablePath))
    throw new Error('page-bytes: no Chromium found (node scripts/ensure-browsers.mjs, or set CHROME_PATH)');
  const snapshot = mkdtempSync(join(tmpdir(), 'pay-ladder-page-bytes-'));
  const dist = join(snapshot, 'dist');
  cpSync(distDir, dist, { recursive: true });
  const { chromium } = await import('playwright-core');
  const { server, origin } = await serve(dist);
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  try {
    const results = [];
    for (let i = 0; i < runs; i++) {
      const run = {};
      for (const [id, measure] of Object.entries(JOURNEYS)) {
        log(`  page bytes, run ${i + 1}/${runs}: ${id} …`);
        run[id] = await measure(browser, origin, dist);
      }
      results.push(run);
    }
    const out = {};
    let stable = true;
    for (const id of Object.keys(JOURNEYS)) {
      const w = worst(results, (r) => counted[id](r[id]));
      out[id] = w.run[id];
      stable &&= w.stable;
    }
    // What scrolling adds below the fold: the largest of the runs too.
    out.belowFold = { ...out.belowFold, afterScroll: worst(results, (r) => r.belowFold.afterScroll).run.belowFold.afterScroll };
    const errors = [...new Set(results.flatMap((r) => Object.values(r).flatMap((m) => m.errors)))];
    return {
      chromium: browser.version(),
      viewport: VIEWPORT,
      windowMs: WINDOW_MS,
      quietMs: QUIET_MS,
      foldOffsetPx: FOLD_OFFSET_PX,
      pinnedDate: PINNED_DATE,
      runs: results.map((r) => ({
        ...Object.fromEntries(Object.keys(JOURNEYS).map((id) => [id, counted[id](r[id]).gzip])),
        belowFoldAfterScroll: r.belowFold.afterScroll.gzip,
        pageViewRenderAt: Math.round(r.pageView.renderAt),
        pinnedDateRenderAt: Math.round(r.pinnedDate.renderAt),
        quiet: Object.values(r).every((m) => m.quiet ?? m.before.quiet),
      })),
      ...out,
      stable,
      errors,
    };
  } finally {
    await browser.close();
    await new Promise((r) => server.close(r));
    rmSync(snapshot, { recursive: true, force: true });
  }
}

// ---- command line: node bench/page-bytes.mjs [--runs N] [--dist DIR] ------------------------------

/** Lines for a console: one per file. */
export function fileLines(files, indent = '    ') {
  return files.map((f) => `${indent}${f.file.padEnd(48)} ${num(f.gzip).padStart(8)} B gzip${f.failed ? ` (${f.failed})` : ''}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const runs = Math.max(1, Number(arg('--runs', '1')) || 1);
  const log = (s) => process.stderr.write(`${s}\n`);
  const m = await measurePageBytes({ distDir: normalize(arg('--dist', builtDist)), runs, log });
  console.log(
    `Chromium ${m.chromium}, viewport ${m.viewport.width}×${m.viewport.height}, ${runs} run(s)${runs > 1 ? (m.stable ? ', all runs fetched the same files' : ', RUNS DIFFER (the largest is shown)') : ''}`,
  );
  for (const id of Object.keys(JOURNEYS)) {
    const c = counted[id](m[id]);
    console.log(`\n${id}: ${num(c.gzip)} B gzip`);
    console.log(fileLines(c.files).join('\n'));
  }
  const bf = m.belowFold;
  console.log(`\nbelowFold, after scrolling it into view: ${num(bf.afterScroll.gzip)} B gzip more, ${num(bf.total.gzip)} B in all`);
  console.log(fileLines(bf.afterScroll.files).join('\n'));
  if (m.errors.length) console.log(`\nPage errors: ${m.errors.join('; ')}`);
}
