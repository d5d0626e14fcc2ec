// The phone bench (issue #14): the BUILT bundle (dist/) on a throttled phone, next to a floor page
// measured in the same run, the same way.
//
//   Phone     Chromium's own throttling through CDP, as Lighthouse's mobile profile: network
//             (Network.emulateNetworkConditions) 150 ms latency per request, 1638.4 kbit/s down,
//             675 kbit/s up; CPU slowed 4× (Emulation.setCPUThrottlingRate); viewport 412×823 at
//             device scale 1.75 with mobile emulation and touch. Every file is served gzipped (level
//             9, as the size budgets count) from node:http on 127.0.0.1, `Cache-Control: no-store`,
//             HTTP cache disabled (Network.setCacheDisabled) and a fresh browser context per load.
//   Pages     widget: `<script type="module" src="/dist/define.js">` in <head>, a heading, a line of
//             text, one <pay-ladder>, and a line after it (it moves if the widget grows: a layout
//             shift). pinned: the same with <pay-ladder tariff-date="2024-09-01"> (an earlier table
//             than the newest: issue #21). floor: the same page with bench/sizes.mjs's FIGURE build
//             instead (Lit and one element that renders the annual figure from a JSON import of the
//             first download's figures), loaded the same way.
//   Loads     one unrecorded warm-up of each page, then LOADS loads of each, in turn so all see the
//             same machine, each round starting with the next page (widget, pinned, floor; pinned,
//             floor, widget; …) so none always follows the same one; medians.
//
// Measured in the page, in ms after navigation start (performance.now()):
//   figure    the annual figure is painted: a MutationObserver on the element's shadow root (hooked
//             as it is attached) first sees digits in the figure; then the end of that frame's
//             rendering (requestAnimationFrame, then a MessageChannel message: it runs after paint).
//             Element Timing does not report elements in shadow trees, hence the observer.
//   input     the years input is usable: it is connected, visible and enabled, takes focus
//             (`focus({ preventScroll: true })` makes it the shadow root's activeElement) and an
//             `input` event with another number changes the figure. Tried from the frame the figure
//             is painted in, and every frame after, until it works; the time is when the figure
//             changed. The probe puts the value back at once, in the same task (nothing is painted in
//             between), and keeps its focus events from the page (a capturing listener on window
//             stops them), so the probe itself loads nothing that a reader's focus would.
//   chart     the chart is drawn: the chart element is defined (its chunk comes with Chart.js), its
//             `ready` resolved, then the end of the next frame's rendering; its canvas is checked for
//             drawn (non-transparent) pixels.
//   CLS       the sum of 'layout-shift' entries without recent input, from navigation until 4 s
//             after the chart is drawn (the floor page: 4 s after its figure).
//   requests  every request of the load from Resource Timing (the navigation and each file): start,
//             response start and end, ms after navigation start; the report shows the median load's.
//
//   node bench/phone.mjs [--loads N] [--dist DIR]     (or: npm run bench:phone; `npm run bench` runs it too)
//
// Builds nothing but the floor page: dist/ must exist (npm run build).
import { createServer } from 'node:http';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium.mjs';
import { buildBaseline, distDir as builtDist, outDir } from './sizes.mjs';

/** Lighthouse's mobile profile, as the issue measures it. */
export const PHONE = {
  latencyMs: 150,
  downKbps: 1638.4,
  upKbps: 675,
  cpuSlowdown: 4,
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
};
/**
 * Targets (reported, not asserted): issue #14's, and issue #21's for the figure: the default page
 * within 1.35× the floor page, the pinned-date page within 1.15× the default page.
 */
export const TARGETS = { figureMs: 1500, figureToFloor: 1.35, pinnedToDefault: 1.15, inputMs: 2000, chartMs: 3000, cls: 0 };
/** The pinned date of the pinned page: an earlier table than the newest (KS 2024). */
export const PINNED_DATE = '2024-09-01';
/**
 * Loads of each page. On the 2-core test machines one page's loads spread ±30 % (1 015–1 684 ms
 * for the same page in one run, 2026-12-07), so a median of 5 moved the ratios by ±0.15 from run
 * to run (1.08–1.47 for the default page over the floor); 9 loads narrow that.
 */
export const LOADS = 9;
/** How long after the chart is drawn (the floor: its figure) layout shifts still count. */
export const AFTER_MS = 4000;
const LOAD_TIMEOUT_MS = 60_000;

const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html; charset=utf-8' };

/** The probe, inline in <head> before any module script: see the header of this file. */
const probe = (o) => `<script>
(() => {
  const o = ${JSON.stringify(o)};
  const P = (window.__phone = { cls: 0, shifts: [], figureSeenAt: null, figureAt: null, figure: null, inputAt: null, inputTries: 0, chartAt: null, chartPixels: null, longTasks: [], done: false });
  const now = () => performance.now();
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      P.cls += e.value;
      P.shifts.push({ at: Math.round(e.startTime), value: +e.value.toFixed(5), sources: (e.sources || []).map((s) => (s.node ? s.node.nodeName + (s.node.id ? '#' + s.node.id : '') + (s.node.className && typeof s.node.className === 'string' ? '.' + s.node.className.split(' ')[0] : '') : '?') + ' y ' + Math.round(s.previousRect.y) + '→' + Math.round(s.currentRect.y) + ' h ' + Math.round(s.previousRect.height) + '→' + Math.round(s.currentRect.height)) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) P.longTasks.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true });
  } catch {}
  // After the current frame is painted: rAF runs before the frame's rendering, a message posted there after it.
  const afterPaint = (cb) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => cb(now()); c.port2.postMessage(0); });
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const finish = (from) => setTimeout(() => { P.resources = performance.getEntriesByType('resource').map((e) => ({ url: e.name, start: Math.round(e.startTime), responseStart: Math.round(e.responseStart), end: Math.round(e.responseEnd), bytes: e.encodedBodySize })); const n = performance.getEntriesByType('navigation')[0]; P.navigation = n && { url: n.name, start: 0, responseStart: Math.round(n.responseStart), end: Math.round(n.responseEnd), bytes: n.encodedBodySize, domContentLoaded: Math.round(n.domContentLoadedEventEnd), load: Math.round(n.loadEventEnd) }; P.done = true; }, Math.max(0, from + ${AFTER_MS} - now()));
  // The probe's own focus must not reach the page (a reader's focus loads what it opens).
  let probing = false;
  for (const t of ['focusin', 'focusout', 'focus', 'blur']) window.addEventListener(t, (e) => probing && e.stopImmediatePropagation(), true);
  const digits = (el) => (el ? el.textContent.replace(/\\D/g, '') : '');
  const tryInput = async (root, fig) => {
    const input = root.querySelector(o.input);
    if (!input || !input.isConnected || input.disabled || (input.checkVisibility && !input.checkVisibility()) || input.closest('[inert]')) return false;
    P.inputTries++;
    probing = true;
    input.focus({ preventScroll: true });
    const focused = root.activeElement === input;
    input.blur();
    probing = false;
    if (!focused) return false;
    const before = digits(fig());
    const value = input.value;
    // Ten years on: the ladder's steps are years apart, one year may not change the figure.
    input.value = String((Number(value) || 0) < 10 ? (Number(value) || 0) + 10 : Number(value) - 10);
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    let changed = false;
    for (let i = 0; i < 100 && !changed; i++) {
      await Promise.resolve();
      changed = digits(fig()) !== before;
    }
    for (let f = 0; !changed && f < 300; f++) {
      await frame();
      changed = digits(fig()) !== before;
    }
    const at = now();
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    if (changed) P.inputAt = at;
    return changed;
  };
  const watch = async (host, root) => {
    const fig = () => root.querySelector(o.figure);
    await new Promise((resolve) => {
      const check = () => {
        if (!/\\d/.test(fig()?.textContent ?? '')) return false;
        P.figureSeenAt = now();
        P.figure = fig().textContent.trim();
        resolve();
        return true;
      };
      if (check()) return;
      const mo = new MutationObserver(() => check() && mo.disconnect());
      mo.observe(root, { childList: true, subtree: true, characterData: true });
    });
    await new Promise((r) => afterPaint((t) => r((P.figureAt = t))));
    if (o.input) {
      (async () => {
        while (P.inputAt === null && now() < P.figureAt + 20000) {
          if (await tryInput(root, fig)) break;
          await frame();
        }
      })();
    }
    if (!o.chart) return finish(P.figureAt);
    await customElements.whenDefined(o.chart);
    const chart = root.querySelector(o.chart);
    await chart.ready;
    P.chartAt = await new Promise((r) => afterPaint(r));
    try {
      const canvas = chart.shadowRoot.querySelector('canvas');
      const d = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      let n = 0;
      for (let i = 3; i < d.length; i += 16) if (d[i]) n++;
      P.chartPixels = n;
    } catch (e) {
      P.chartPixels = String(e);
    }
    finish(P.chartAt);
  };
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    if (this.localName === o.host) watch(this, root);
    return root;
  };
})();
</script>`;

const page = (title, script, element, o) => `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${title}</title>
${probe(o)}
<script type="module" src="${script}"></script>
</head>
<body style="margin:0;font-family:system-ui,sans-serif">
<main style="max-width:60rem;margin:0 auto;padding:1rem">
<h1>Hva tjener en helsesekretær?</h1>
<p>Tekst før kalkulatoren.</p>
${element}
<p id="after">Tekst etter kalkulatoren: flytter den seg, er det et layoutskift.</p>
</main>
</body>
</html>`;

const WIDGET = {
  host: 'pay-ladder',
  figure: '[part~="summary"] .figure',
  input: 'input[id$="-yearsExperience"]',
  chart: 'pay-ladder-chart',
};

export const PAGES = {
  '/widget.html': page('pay-ladder on a phone', '/dist/define.js', '<pay-ladder></pay-ladder>', WIDGET),
  '/pinned.html': page(
    'pay-ladder with a pinned date on a phone',
    '/dist/define.js',
    `<pay-ladder tariff-date="${PINNED_DATE}"></pay-ladder>`,
    WIDGET,
  ),
  '/floor.html': page('floor page on a phone', '/floor/figure.js', '<floor-figure></floor-figure>', {
    host: 'floor-figure',
    figure: '.figure',
    input: null,
    chart: null,
  }),
};

/** Serves the pages, `dist` under /dist/ and `floor` under /floor/, gzipped (level 9, once per file). */
export async function serveGzip({ dist, floor, pages = PAGES }) {
  const cache = new Map();
  const gz = (key, body) => {
    if (!cache.has(key)) cache.set(key, gzipSync(body, { level: 9 }));
    return cache.get(key);
  };
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url, 'http://x');
    const send = (type, body, key) => {
      const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      res.writeHead(200, {
        'Content-Type': type,
        'Cache-Control': 'no-store',
        ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
      });
      res.end(gzip ? gz(key, body) : body);
    };
    if (pages[pathname]) return send(TYPES['.html'], Buffer.from(pages[pathname]), pathname);
    for (const [prefix, dir] of [
      ['/dist/', dist],
      ['/floor/', floor],
    ]) {
      if (!pathname.startsWith(prefix)) continue;
      const file = normalize(join(dir, decodeURIComponent(pathname.slice(prefix.length))));
      if (file.startsWith(dir + sep) && existsSync(file) && statSync(file).isFile())
        return send(TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file), file);
    }
    res.writeHead(pathname === '/favicon.ico' ? 204 : 404).end();
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

/** A new context and page, throttled as PHONE, with the HTTP cache off. */
export async function phonePage(browser, phone = PHONE) {
  const context = await browser.newContext({
    viewport: phone.viewport,
    deviceScaleFactor: phone.deviceScaleFactor,
    isMobile: true,
    hasTouch: true,
  });
  const p = await context.newPage();
  const cdp = await context.newCDPSession(p);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: phone.latencyMs,
    downloadThroughput: (phone.downKbps * 1024) / 8,
    uploadThroughput: (phone.upKbps * 1024) / 8,
    connectionType: 'cellular4g',
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: phone.cpuSlowdown });
  return { context, p, cdp };
}

async function load(browser, origin, path) {
  const { context, p } = await phonePage(browser);
  const errors = [];
  p.on('pageerror', (e) => errors.push(String(e)));
  p.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  p.on('response', (r) => r.status() >= 400 && errors.push(`HTTP ${r.status()}: ${r.url()}`));
  try {
    await p.goto(`${origin}${path}`, { waitUntil: 'commit', timeout: LOAD_TIMEOUT_MS });
    try {
      await p.waitForFunction(() => window.__phone?.done, null, { timeout: LOAD_TIMEOUT_MS, polling: 200 });
    } catch (error) {
      const state = await p.evaluate(() => window.__phone).catch(() => null);
      throw new Error(
        `phone: ${path} did not finish within ${LOAD_TIMEOUT_MS / 1000} s: ${JSON.stringify(state)}; errors ${JSON.stringify(errors)}`,
        {
          cause: error,
        },
      );
    }
    const r = await p.evaluate(() => window.__phone);
    const rel = (u) => {
      const url = new URL(u);
      return url.origin === origin ? url.pathname : u;
    };
    const requests = [r.navigation, ...r.resources].filter(Boolean).map((e) => ({ ...e, url: rel(e.url) }));
    return { ...r, resources: undefined, navigation: undefined, requests, errors };
  } finally {
    await context.close();
  }
}

export function median(values) {
  const s = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  if (!s.length) return null;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
const spread = (values) => {
  const s = values.filter((v) => typeof v === 'number');
  return { median: median(s), min: s.length ? Math.min(...s) : null, max: s.length ? Math.max(...s) : null, n: s.length, all: values };
};

/**
 * Runs the phone bench on `distDir` (copied first: a rebuild during the run must not swap files).
 * Returns { chromium, phone, loads, loadAverage, widget: {...}, floor: {...}, targets, ... }.
 */
export async function runPhone({ distDir = builtDist, loads = LOADS, executablePath = chromiumPath(), log = () => undefined } = {}) {
  if (!existsSync(join(distDir, 'define.js')))
    throw new Error(`phone: ${join(distDir, 'define.js')} is missing; run \`npm run build\` first`);
  if (!executablePath || !existsSync(executablePath))
    throw new Error('phone: no Chromium found (node scripts/ensure-browsers.mjs, or set CHROME_PATH)');
  log('  phone: FIGURE floor build …');
  const floorBuild = await buildBaseline('figure');
  const snapshot = mkdtempSync(join(tmpdir(), 'pay-ladder-phone-'));
  const dist = join(snapshot, 'dist');
  cpSync(distDir, dist, { recursive: true });
  const floorDir = join(outDir, 'figure', 'dist');
  const { chromium } = await import('playwright-core');
  const { server, origin } = await serveGzip({ dist, floor: floorDir });
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  const loadAverage = [loadavg()[0]];
  try {
    log(`  phone: warm-up loads …`);
    await load(browser, origin, '/widget.html');
    await load(browser, origin, '/pinned.html');
    await load(browser, origin, '/floor.html');
    const widget = [];
    const pinned = [];
    const floor = [];
    const pages = [
      ['/widget.html', widget],
      ['/pinned.html', pinned],
      ['/floor.html', floor],
    ];
    for (let i = 0; i < loads; i++) {
      // Each page in turn, starting with another one each round: a page does not always follow the
      // same one (whose context is still closing, or whose leftovers are collected).
      const round = [...pages.slice(i % pages.length), ...pages.slice(0, i % pages.length)];
      log(`  phone: load ${i + 1}/${loads} (${round.map(([path]) => path.slice(1, -5)).join(', ')}) …`);
      for (const [path, into] of round) into.push(await load(browser, origin, path));
      loadAverage.push(loadavg()[0]);
    }
    const figure = spread(widget.map((l) => l.figureAt));
    const pinnedFigure = spread(pinned.map((l) => l.figureAt));
    const floorFigure = spread(floor.map((l) => l.figureAt));
    const input = spread(widget.map((l) => l.inputAt));
    const chart = spread(widget.map((l) => l.chartAt));
    // Shifts in the frame that paints the figure (or before) are the widget's first render: the
    // host page shows nothing in its place before, and reserves no room for it. The target is about
    // what comes later: everything after that frame.
    const later = (l) => l.shifts.filter((e) => e.at > l.figureAt).reduce((a, e) => a + e.value, 0);
    const cls = spread(widget.map(later));
    const clsFirstRender = spread(widget.map((l) => l.cls - later(l)));
    // The load whose figure time is the median one (the lower middle for an even count): its waterfall goes in the report.
    const order = widget.map((l, i) => [l.figureAt, i]).sort((a, b) => a[0] - b[0]);
    const medianLoad = widget[order[Math.floor((order.length - 1) / 2)][1]];
    const medianOf = (list) => list[list.map((l, i) => [l.figureAt, i]).sort((a, b) => a[0] - b[0])[Math.floor((list.length - 1) / 2)][1]];
    const medianFloorLoad = medianOf(floor);
    const medianPinnedLoad = medianOf(pinned);
    const ratio = figure.median / floorFigure.median;
    const pinnedRatio = pinnedFigure.median / figure.median;
    return {
      chromium: browser.version(),
      phone: PHONE,
      loads,
      afterMs: AFTER_MS,
      loadAverage: {
        start: +loadAverage[0].toFixed(2),
        max: +Math.max(...loadAverage).toFixed(2),
        each: loadAverage.map((x) => +x.toFixed(2)),
      },
      floorBuild: { file: floorBuild.files[0], gzip: floorBuild.gzip, min: floorBuild.min },
      widget: {
        figure,
        input,
        chart,
        cls,
        clsFirstRender,
        clsAll: spread(widget.map((l) => l.cls)),
        figureSeen: spread(widget.map((l) => l.figureSeenAt)),
        figureText: widget[0].figure,
      },
      pinned: {
        date: PINNED_DATE,
        figure: pinnedFigure,
        input: spread(pinned.map((l) => l.inputAt)),
        chart: spread(pinned.map((l) => l.chartAt)),
        cls: spread(pinned.map(later)),
        figureText: pinned[0].figure,
      },
      floor: { figure: floorFigure, cls: spread(floor.map((l) => l.cls)), clsLater: spread(floor.map(later)), figureText: floor[0].figure },
      figureToFloor: ratio,
      pinnedToDefault: pinnedRatio,
      targets: TARGETS,
      ok: {
        figure: figure.median <= TARGETS.figureMs,
        figureToFloor: ratio <= TARGETS.figureToFloor,
        pinnedToDefault: pinnedRatio <= TARGETS.pinnedToDefault,
        input: input.median !== null && input.median <= TARGETS.inputMs,
        chart: chart.median !== null && chart.median <= TARGETS.chartMs,
        cls: cls.max === TARGETS.cls,
        chartAfterFigure: widget.every((l) => l.chartAt > l.figureAt),
      },
      medianLoad: slim(medianLoad),
      medianFloorLoad: slim(medianFloorLoad),
      medianPinnedLoad: slim(medianPinnedLoad),
      runs: { widget: widget.map(slim), pinned: pinned.map(slim), floor: floor.map(slim) },
      errors: [...new Set([...widget, ...pinned, ...floor].flatMap((l) => l.errors))],
    };
  } finally {
    await browser.close();
    await new Promise((r) => server.close(r));
    rmSync(snapshot, { recursive: true, force: true });
  }
}

const slim = (l) => ({
  figureSeenAt: l.figureSeenAt,
  figureAt: l.figureAt,
  inputAt: l.inputAt,
  inputTries: l.inputTries,
  chartAt: l.chartAt,
  chartPixels: l.chartPixels,
  cls: l.cls,
  shifts: l.shifts,
  longTasks: l.longTasks,
  requests: l.requests,
});

// ---- report --------------------------------------------------------------------------------------

const msf = (n) => (n === null || n === undefined ? '–' : `${Math.round(n)} ms`);
const mark = (ok) => (ok ? '✓' : '✗');
const cls4 = (v) => (v === 0 ? '0' : v.toFixed(4));
const range = (s) => `(${msf(s.min)}–${msf(s.max)}, n=${s.n})`;

/** Table rows [measure, value, target] for bench/run.mjs and the command line. */
export function phoneRows(r) {
  const w = r.widget;
  const t = r.targets;
  return [
    [
      'Phone: navigation → annual figure painted',
      `median **${msf(w.figure.median)}** ${range(w.figure)}; floor page **${msf(r.floor.figure.median)}** ${range(r.floor.figure)}; **${r.figureToFloor.toFixed(2)}×** floor`,
      `≤ ${t.figureMs} ms ${mark(r.ok.figure)}, ≤ ${t.figureToFloor}× floor ${mark(r.ok.figureToFloor)}`,
    ],
    [
      `Phone: pinned date (\`tariff-date="${r.pinned.date}"\`): navigation → annual figure painted`,
      `median **${msf(r.pinned.figure.median)}** ${range(r.pinned.figure)}; **${r.pinnedToDefault.toFixed(2)}×** the default page (same run); input ${msf(r.pinned.input.median)}, chart ${msf(r.pinned.chart.median)}`,
      `≤ ${t.pinnedToDefault}× default ${mark(r.ok.pinnedToDefault)}`,
    ],
    [
      'Phone: navigation → years input usable (focus + input changes the figure)',
      `median **${msf(w.input.median)}** ${range(w.input)}`,
      `≤ ${t.inputMs} ms ${mark(r.ok.input)}`,
    ],
    [
      'Phone: navigation → chart drawn',
      `median **${msf(w.chart.median)}** ${range(w.chart)}${r.ok.chartAfterFigure ? ', after the figure in every load' : ', **before the figure in some load**'}`,
      `≤ ${t.chartMs} ms ${mark(r.ok.chart)}`,
    ],
    [
      `Phone: layout shift (CLS) after the figure is painted, until ${r.afterMs / 1000} s after the chart`,
      `**${cls4(w.cls.max)}** max of ${w.cls.n} loads; the widget's first render (the page reserves no room for it) ${cls4(w.clsFirstRender.median)} median, ${cls4(w.clsFirstRender.max)} max; floor page ${cls4(r.floor.cls.max)} max`,
      `0 ${mark(r.ok.cls)}`,
    ],
  ];
}

/** The request waterfall of one load as a markdown table. */
export function waterfall(load) {
  const rows = load.requests
    .slice()
    .sort((a, b) => a.start - b.start)
    .map(
      (e) =>
        `| ${e.url.replace(/^\/dist\/chunks\//, 'chunks/').replace(/^\/dist\//, '')} | ${e.start} | ${e.responseStart} | ${e.end} | ${e.bytes ?? ''} |`,
    );
  return ['| Request | start | first byte | end | bytes (gz) |', '|---|---|---|---|---|', ...rows].join('\n');
}

/** The markdown section of bench/report.md. */
export function phoneSection(r) {
  const m = r.medianLoad;
  const perLoad = r.runs.widget
    .map(
      (l, i) =>
        `${i + 1}: figure ${msf(l.figureAt)}, input ${msf(l.inputAt)}, chart ${msf(l.chartAt)}, CLS ${+l.cls.toFixed(4)} / pinned ${msf(r.runs.pinned[i].figureAt)} / floor ${msf(r.runs.floor[i].figureAt)}`,
    )
    .join('; ');
  const shifts = r.runs.widget.flatMap((l, i) => l.shifts.map((s) => `load ${i + 1} at ${s.at} ms: ${s.value} (${s.sources.join(', ')})`));
  const long = (l) => l.longTasks.filter(([start]) => start <= (l.figureAt ?? Infinity));
  return `bench/phone.mjs: Chromium ${r.chromium}, throttled through CDP as Lighthouse's mobile profile: ${r.phone.latencyMs} ms latency per request, ${r.phone.downKbps} kbit/s down, ${r.phone.upKbps} kbit/s up, CPU ${r.phone.cpuSlowdown}× slower, ${r.phone.viewport.width}×${r.phone.viewport.height} at ${r.phone.deviceScaleFactor}× with mobile emulation; files gzipped (level 9), no HTTP cache, a fresh context per load; ${r.loads} loads of each page after one warm-up, in turn (each round starting with the next page). Load average (1 min) ${r.loadAverage.start} at start, ${r.loadAverage.max} at most during the loads. The floor page: ${r.floorBuild.file} (Lit + one element rendering the annual figure from a JSON import, ${r.floorBuild.gzip} B gz), the same page around it.

Per load (ms after navigation start): ${perLoad}.

Layout shifts: ${shifts.length ? shifts.join('; ') : 'none'}.

Long tasks (≥ 50 ms, CPU slowed ${r.phone.cpuSlowdown}×) before the figure, median load: ${
    long(m)
      .map(([s, d]) => `${d} ms at ${s}`)
      .join(', ') || 'none'
  }.${r.errors.length ? `\n\nPage errors: ${r.errors.join('; ')}.` : ''}

### Requests of the median load (figure ${msf(m.figureAt)}, input ${msf(m.inputAt)}, chart ${msf(m.chartAt)})

${waterfall(m)}

### Requests of the pinned-date page's median load (figure ${msf(r.medianPinnedLoad.figureAt)}, input ${msf(r.medianPinnedLoad.inputAt)}, chart ${msf(r.medianPinnedLoad.chartAt)})

${waterfall(r.medianPinnedLoad)}

### Requests of the floor page's median load (figure ${msf(r.medianFloorLoad.figureAt)})

${waterfall(r.medianFloorLoad)}`;
}

// ---- command line --------------------------------------------------------------------------------

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const log = (s) => process.stderr.write(`${s}\n`);
  const r = await runPhone({
    distDir: normalize(arg('--dist', builtDist)),
    loads: Math.max(1, Number(arg('--loads', LOADS)) || LOADS),
    log,
  });
  const table = ['| Measure | Value | Target |', '|---|---|---|', ...phoneRows(r).map((row) => `| ${row.join(' | ')} |`)].join('\n');
  console.log(`${table}\n\n${phoneSection(r)}`);
  writeFileSync(join(outDir, 'phone.json'), `${JSON.stringify(r, null, 2)}\n`);
  log('Written: bench/out/phone.json');
}
