// What a visitor's browser downloads of the widget (issue #13), measured in headless Chromium on
// the BUILT bundle: every request to a file of dist/, its size gzipped at level 9 (as
// bench/sizes.mjs measures the other budgets), summed file by file.
//
//   page view     a page with one <pay-ladder> at the top (in view), bokmål, no interaction.
//   below fold    the same widget after 4 000 px of content: what it fetches without scrolling,
//                 then what it fetches after it is scrolled into view.
//
// "4 s after load": the window starts at the later of the page's `load` event and the widget's
// first render (the annual figure shows digits), so a slow, busy machine does not cut it short,
// and lasts 4 s. Then the network must be quiet (no request in flight, none started for 500 ms)
// before the files are counted: a file whose load started in the window counts even when it ends
// after it. Both are reported: `inWindow` (requests started within the 4 s) and the settled set
// (the budgets use the settled set, the larger of the two). Each page gets a fresh browser context
// (no HTTP or code cache); responses are sent with `Cache-Control: no-store`.
//
//   first keystroke   the page-view page, and the same with `no-url-sync`: what typing one digit
//                 in the years field fetches after the page view has settled (measureFirstKeystroke,
//                 below; issue #20).
//
//   node bench/page-bytes.mjs [--runs N] [--dist DIR]      (or: npm run bench:pages)
//
// Builds nothing: dist/ must exist (npm run build). The command line also builds the FLOOR
// baseline (bench/out/floor/) and prints the two page budgets of budgets.json.
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

const page = (before, attrs = '') => `<!doctype html>
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
${before}<pay-ladder${attrs}></pay-ladder>
<p>Tekst etter kalkulatoren.</p>
</main>
</body>
</html>`;

/** The two test pages, by path. */
export const PAGES = {
  '/page-view.html': page(''),
  '/below-fold.html': page(`<div id="above" style="height:${FOLD_OFFSET_PX}px">Tekst før kalkulatoren, ${FOLD_OFFSET_PX} px høy.</div>\n`),
  // The first keystroke (measureFirstKeystroke): the page-view page, and the same widget with `no-url-sync`.
  '/no-url-sync.html': page('', ' no-url-sync'),
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

/** Waits until the widget's annual figure shows digits; returns ms since t0, or null on timeout. */
async function firstRender(p, now, timeout) {
  try {
    await p.waitForFunction(
      () => /\d/.test(document.querySelector('pay-ladder')?.shadowRoot?.querySelector('.figure')?.textContent ?? ''),
      null,
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

/** One page view: the page-view page, no interaction. */
async function pageView(browser, origin, dist) {
  const { context, p, rec, loadAt, errors } = await openPage(browser, origin, '/page-view.html');
  try {
    const renderAt = await firstRender(p, rec.now, RENDER_TIMEOUT_MS);
    if (renderAt === null)
      throw new Error(
        `page-bytes: the widget on /page-view.html showed no annual figure within ${RENDER_TIMEOUT_MS / 1000} s; errors ${JSON.stringify(errors)}`,
      );
    const from = Math.max(loadAt, renderAt);
    const q = await settle(rec, from);
    const settled = filesOf(rec.requests, origin, dist);
    const inWindow = filesOf(rec.requests, origin, dist, (e) => e.start <= from + WINDOW_MS);
    return {
      loadAt,
      renderAt,
      windowFrom: from,
      ...q,
      ...settled,
      inWindow: { gzip: inWindow.gzip, files: inWindow.files.map((f) => f.file) },
      errors,
    };
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

/**
 * Measures what a visitor downloads, `runs` times (fresh contexts each time), from a snapshot of
 * `distDir` (a rebuild during the run must not swap files under the page). Returns
 * { chromium, viewport, windowMs, quietMs, foldOffsetPx, runs, pageView, belowFold, stable, errors }:
 * pageView and belowFold are the run with the most bytes; `runs` has every run's totals.
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
      log(`  page bytes, run ${i + 1}/${runs}: page view …`);
      const pv = await pageView(browser, origin, dist);
      log(`  page bytes, run ${i + 1}/${runs}: below the fold …`);
      const bf = await belowFold(browser, origin, dist);
      results.push({ pageView: pv, belowFold: bf });
    }
    const pv = worst(results, (r) => r.pageView);
    const bf = worst(results, (r) => r.belowFold.before);
    const bfAfter = worst(results, (r) => r.belowFold.afterScroll);
    const errors = [...new Set(results.flatMap((r) => [...r.pageView.errors, ...r.belowFold.errors]))];
    return {
      chromium: browser.version(),
      viewport: VIEWPORT,
      windowMs: WINDOW_MS,
      quietMs: QUIET_MS,
      foldOffsetPx: FOLD_OFFSET_PX,
      runs: results.map((r) => ({
        pageView: {
          gzip: r.pageView.gzip,
          inWindowGzip: r.pageView.inWindow.gzip,
          loadAt: Math.round(r.pageView.loadAt),
          renderAt: Math.round(r.pageView.renderAt),
          quiet: r.pageView.quiet,
          settledAt: Math.round(r.pageView.at),
        },
        belowFold: {
          before: r.belowFold.before.gzip,
          inWindowGzip: r.belowFold.before.inWindow.gzip,
          afterScroll: r.belowFold.afterScroll.gzip,
          renderAt: r.belowFold.renderAt === null ? null : Math.round(r.belowFold.renderAt),
          quiet: r.belowFold.before.quiet && r.belowFold.afterScroll.quiet,
        },
      })),
      pageView: pv.run.pageView,
      belowFold: { ...bf.run.belowFold, afterScroll: bfAfter.run.belowFold.afterScroll },
      stable: pv.stable && bf.stable && bfAfter.stable,
      errors,
    };
  } finally {
    await browser.close();
    await new Promise((r) => server.close(r));
    rmSync(snapshot, { recursive: true, force: true });
  }
}

// ---- the first keystroke ------------------------------------------------------------------------
//
// What typing in a field downloads (issue #20: "a keystroke downloads no data"). The page-view page
// (URL sync on, the default) and the same widget with `no-url-sync`: after the first render and the
// page-view window has settled (as above), the years field is clicked and one digit typed; then
// KEYSTROKE_WAIT_MS (past the URL write's 250 ms debounce and the 600 ms announcement) and a quiet
// network. Counted: the files of dist/ first requested after the click. Separate from the page
// budgets on purpose; bench/run.mjs reports it.

/** Time after the keystroke before the network must be quiet. */
export const KEYSTROKE_WAIT_MS = 2000;

/** The field typed in: the calculator's years of experience. */
const KEYSTROKE_FIELD = 'pay-ladder input[id$="-yearsExperience"]';

async function firstKeystroke(browser, origin, dist, path) {
  const { context, p, rec, loadAt, errors } = await openPage(browser, origin, path);
  try {
    const renderAt = await firstRender(p, rec.now, RENDER_TIMEOUT_MS);
    if (renderAt === null) throw new Error(`page-bytes: the widget on ${path} showed no annual figure; errors ${JSON.stringify(errors)}`);
    await settle(rec, Math.max(loadAt, renderAt));
    const before = new Set(filesOf(rec.requests, origin, dist).files.map((f) => f.file));
    const typedAt = rec.now();
    const field = p.locator(KEYSTROKE_FIELD);
    await field.click();
    await p.keyboard.press('End');
    await p.keyboard.type('7');
    await new Promise((r) => setTimeout(r, KEYSTROKE_WAIT_MS));
    const q = await rec.quiet();
    const after = filesOf(rec.requests, origin, dist, (e, file) => e.start >= typedAt && !before.has(file));
    // The keystroke took effect, and the URL was written (or not) as the page asks: else this measured nothing.
    const years = await p.evaluate(() => document.querySelector('pay-ladder').scenario.yearsExperience);
    const href = await p.evaluate(() => location.href);
    const synced = new URL(href).searchParams.get('pl') === '1~y=7';
    if (years !== 7 || synced !== (path === '/page-view.html'))
      throw new Error(`page-bytes: the keystroke on ${path} gave years ${years} and the URL ${href}; errors ${JSON.stringify(errors)}`);
    return { path, typedAt, years, href, quiet: q.quiet, ...after, errors };
  } finally {
    await context.close();
  }
}

/**
 * What the first keystroke downloads, URL sync on and off, `runs` times each (the largest run is
 * kept). Returns { chromium, waitMs, urlSync, noUrlSync, stable, errors }; `urlSync` and
 * `noUrlSync` are { gzip, bytes, files, years, href, quiet }.
 */
export async function measureFirstKeystroke({
  distDir = builtDist,
  runs = 1,
  executablePath = chromiumPath(),
  log = () => undefined,
} = {}) {
  if (!existsSync(join(distDir, 'define.js')))
    throw new Error(`page-bytes: ${join(distDir, 'define.js')} is missing; run \`npm run build\` first`);
  if (!executablePath || !existsSync(executablePath))
    throw new Error('page-bytes: no Chromium found (node scripts/ensure-browsers.mjs, or set CHROME_PATH)');
  const snapshot = mkdtempSync(join(tmpdir(), 'pay-ladder-keystroke-'));
  const dist = join(snapshot, 'dist');
  cpSync(distDir, dist, { recursive: true });
  const { chromium } = await import('playwright-core');
  const { server, origin } = await serve(dist);
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  try {
    const results = [];
    for (let i = 0; i < runs; i++) {
      log(`  first keystroke, run ${i + 1}/${runs} …`);
      results.push({
        urlSync: await firstKeystroke(browser, origin, dist, '/page-view.html'),
        noUrlSync: await firstKeystroke(browser, origin, dist, '/no-url-sync.html'),
      });
    }
    const on = worst(results, (r) => r.urlSync);
    const off = worst(results, (r) => r.noUrlSync);
    return {
      chromium: browser.version(),
      waitMs: KEYSTROKE_WAIT_MS,
      urlSync: on.run.urlSync,
      noUrlSync: off.run.noUrlSync,
      stable: on.stable && off.stable,
      errors: [...new Set(results.flatMap((r) => [...r.urlSync.errors, ...r.noUrlSync.errors]))],
    };
  } finally {
    await browser.close();
    await new Promise((r) => server.close(r));
    rmSync(snapshot, { recursive: true, force: true });
  }
}

/** Issue #20's ceiling for what the first keystroke fetches, gzip bytes (8 KB). Reported, not enforced here. */
export const KEYSTROKE_MAX_BYTES = 8 * 1024;

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** Rows (measure, value, target) of the benchmark report's table: the first keystroke, URL sync on and off. */
export function keystrokeRows(k) {
  const row = (label, m) => [
    `Downloaded: first keystroke in the years field, ${label} (${m.files.length} files)`,
    `**${kb(m.gzip)}** gz`,
    `≤ ${kb(KEYSTROKE_MAX_BYTES)} (issue #20, reported) ${m.gzip <= KEYSTROKE_MAX_BYTES ? '✓' : '✗'}`,
  ];
  return [row('URL sync on', k.urlSync), row('`no-url-sync`', k.noUrlSync)];
}

/** The report's section on the first keystroke: how it is measured and the files, URL sync on and off. */
export function keystrokeSection(k) {
  const files = (m) =>
    m.files.length ? ['| File | gz |', '|---|---|', ...m.files.map((f) => `| ${f.file} | ${num(f.gzip)} B |`)].join('\n') : 'No file.';
  return `Measured in Chromium by bench/page-bytes.mjs (\`measureFirstKeystroke\`): the page-view page, after its first render and its settled page view, the years field clicked and one digit typed; then ${k.waitMs / 1000} s (past the URL write's 250 ms) and a quiet network. Counted: the files of dist/ first requested after the click${k.stable ? '' : ' (**the runs differ**: the largest is shown)'}. Issue #20: ≤ ${kb(KEYSTROKE_MAX_BYTES)} gz in all.${k.errors.length ? ` Page errors: ${k.errors.join('; ')}.` : ''}

### URL sync on (the default): ${kb(k.urlSync.gzip)} gz

${files(k.urlSync)}

### \`no-url-sync\`: ${kb(k.noUrlSync.gzip)} gz

${files(k.noUrlSync)}`;
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
  const { buildBaseline } = await import('./sizes.mjs');
  const { checkPageBudgets, readBudgets } = await import('./budgets.mjs');
  const log = (s) => process.stderr.write(`${s}\n`);
  const m = await measurePageBytes({ distDir: normalize(arg('--dist', builtDist)), runs, log });
  log('  FLOOR build …');
  const floor = await buildBaseline('floor');
  const pv = m.pageView;
  const bf = m.belowFold;
  console.log(
    `Chromium ${m.chromium}, viewport ${m.viewport.width}×${m.viewport.height}, ${runs} run(s)${runs > 1 ? (m.stable ? ', all runs fetched the same files' : ', RUNS DIFFER (the largest is shown)') : ''}`,
  );
  console.log(
    `\nPage view (${WINDOW_MS / 1000} s after load and first render, then a quiet network): ${num(pv.gzip)} B gzip = ${(pv.gzip / floor.gzip).toFixed(3)} × FLOOR ${num(floor.gzip)} B (${num(pv.inWindow.gzip)} B from requests started within the ${WINDOW_MS / 1000} s)`,
  );
  console.log(fileLines(pv.files).join('\n'));
  console.log(
    `\nBelow the fold (widget ${num(bf.topPx)} px down), before scrolling: ${num(bf.before.gzip)} B gzip (${num(bf.before.inWindow.gzip)} B started within the ${WINDOW_MS / 1000} s)`,
  );
  console.log(fileLines(bf.before.files).join('\n'));
  console.log(
    `After scrolling it into view (+ ${WINDOW_MS / 1000} s): ${num(bf.afterScroll.gzip)} B gzip more, ${num(bf.total.gzip)} B in all`,
  );
  console.log(fileLines(bf.afterScroll.files).join('\n'));
  if (m.errors.length) console.log(`\nPage errors: ${m.errors.join('; ')}`);
  log('  first keystroke …');
  const k = await measureFirstKeystroke({ distDir: normalize(arg('--dist', builtDist)), runs, log });
  for (const [label, r] of [
    ['URL sync on', k.urlSync],
    ['no-url-sync', k.noUrlSync],
  ]) {
    console.log(
      `\nFirst keystroke in the years field, ${label}: ${num(r.gzip)} B gzip (≤ ${num(KEYSTROKE_MAX_BYTES)} B: ${r.gzip <= KEYSTROKE_MAX_BYTES ? '✓' : '✗'})`,
    );
    console.log(fileLines(r.files).join('\n'));
  }
  if (k.errors.length) console.log(`\nPage errors: ${k.errors.join('; ')}`);
  console.log('');
  for (const r of checkPageBudgets(readBudgets(), { floor, pages: m })) console.log(`${r.ok ? '✓' : '✗'} ${r.message}`);
}
