// Browser benchmarks of the BUILT bundle (dist/), served by a tiny node:http static server on
// 127.0.0.1 and driven by playwright-core on the system Chromium.
//
//   loads         N page loads (fresh browser context each: empty HTTP and code cache), after one
//                 unrecorded warm-up load. Per load, measured in the page with performance.now():
//                 script start (an inline classic script in <head>, before define.js is fetched)
//                 → form rendered (the <pay-ladder> shadow root holds [part~=form] and the annual
//                 figure in [part~=summary] shows digits; seen by a MutationObserver attached to
//                 the shadow root the moment it is created), → chart drawn (`ready` of the nested
//                 <pay-ladder-chart>, once its chunk has defined it, + one frame); and the layout shift (sum of 'layout-shift'
//                 entries without recent input, until 1 s after the chart is drawn).
//   changes       200 changes of the years input (after 10 unrecorded): set the value of the
//                 element's own <input>, dispatch `input`, await el.updateComplete and the chart's
//                 updateComplete (Chart.js updates synchronously inside it: `chart.update('none')`),
//                 then one animation frame. Each change is checked: scenario, figure and the chart's
//                 series must show the new year.
//   heap          500 create/append/await render + chart/remove cycles of <pay-ladder> (after 20
//                 unrecorded), JS heap (CDP Runtime.getHeapUsage) after forced GC before and after.
//                 Then: <pay-ladder> elements in the document, live Chart.js charts
//                 (Chart.instances, the registry Chart.js keeps of undestroyed charts; the Chart
//                 class is the constructor of the first element's chart), and objects in the heap whose prototype is PayLadder.prototype or
//                 Chart.prototype (CDP Runtime.queryObjects, which collects garbage first).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium.mjs';

/** The project's Chromium flags, and gc() in the page for the heap measurements. */
export const BENCH_CHROMIUM_ARGS = [...CHROMIUM_ARGS, '--js-flags=--expose-gc'];

const VIEWPORT = { width: 1280, height: 1600 };
const LOADS = 7;
const CHANGES = 200;
const CHANGE_WARMUP = 10;
const CYCLES = 500;
const CYCLE_WARMUP = 20;

const TYPES = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.html': 'text/html',
  '.json': 'application/json',
  '.map': 'application/json',
  '.css': 'text/css',
};

/** The head probe: timings, layout shifts, and the first moment the form and figure exist. */
const PROBE = `
(() => {
  const b = (window.__bench = { t0: performance.now(), cls: 0, shifts: [], formAt: null, figure: null });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      b.cls += e.value;
      b.shifts.push({ at: e.startTime, value: e.value, sources: (e.sources || []).map((s) => ({ node: s.node ? s.node.nodeName + (s.node.id ? '#' + s.node.id : '') : '?', fromY: Math.round(s.previousRect.y), toY: Math.round(s.currentRect.y), fromH: Math.round(s.previousRect.height), toH: Math.round(s.currentRect.height) })) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  const check = (host) => {
    const r = host.shadowRoot;
    if (!r || b.formAt !== null) return;
    const form = r.querySelector('[part~="form"]');
    const summary = r.querySelector('[part~="summary"]');
    const fig = summary && (summary.querySelector('.figure') || summary);
    if (form && fig && /\\d/.test(fig.textContent)) {
      b.formAt = performance.now();
      b.figure = fig.textContent.trim();
      // The frame that first paints the form; shifts after the next frame are "while the chart loads".
      requestAnimationFrame(() => {
        b.formFrameAt = performance.now();
        b.heightAtForm = host.getBoundingClientRect().height;
        requestAnimationFrame(() => (b.chartPhaseFrom = performance.now()));
      });
    }
  };
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    if (this.localName === 'pay-ladder') {
      const host = this;
      const mo = new MutationObserver(() => {
        check(host);
        if (b.formAt !== null) mo.disconnect();
      });
      mo.observe(root, { childList: true, subtree: true, characterData: true });
    }
    return root;
  };
})();`;

const AFTER = `
window.__bench ??= {};
const el = document.querySelector('pay-ladder');
await customElements.whenDefined('pay-ladder');
// Not el.updateComplete: it also waits for the parts that load after the first render.
while (!el.shadowRoot?.querySelector('.figure')) await new Promise((r) => requestAnimationFrame(r));
const chart = el.shadowRoot.querySelector('pay-ladder-chart');
if (chart) {
  await customElements.whenDefined('pay-ladder-chart'); // the chart element comes with Chart.js
  await chart.ready;
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
}
window.__bench.chartAt = performance.now();
window.__bench.heightAtChart = el.getBoundingClientRect().height;`;

function page(probe) {
  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>pay-ladder bench</title>
${probe ? `<script>${PROBE}</script>` : ''}
<script type="module" src="/define.js"></script>
</head>
<body style="margin:0;font-family:system-ui,sans-serif">
<main style="max-width:60rem;margin:0 auto;padding:1rem">
<h1>Hva tjener en helsesekretær?</h1>
<p>Tekst før kalkulatoren.</p>
<pay-ladder></pay-ladder>
<p id="after">Tekst etter kalkulatoren: flytter den seg, er det et layoutskift.</p>
<div id="pool"></div>
</main>
<script type="module">${AFTER}</script>
</body>
</html>`;
}

/** Serves `dir` and the bench pages on 127.0.0.1:<random port>. */
export async function serve(dir) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (url.pathname === '/__bench/compare.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(`<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>compare bench</title>
<script type="module" src="/define.js"></script></head>
<body style="margin:0"><main style="max-width:72rem;margin:0 auto;padding:1rem"><pay-ladder-compare no-url-sync></pay-ladder-compare></main></body></html>`);
      return;
    }
    if (url.pathname === '/__bench/load.html' || url.pathname === '/__bench/plain.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(page(url.pathname.endsWith('load.html')));
      return;
    }
    const path = normalize(join(dir, decodeURIComponent(url.pathname)));
    if (!path.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(path);
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

export function stats(values) {
  const s = [...values].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
  const median = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return { n: s.length, median, p50: q(0.5), p95: q(0.95), min: s[0], max: s[s.length - 1] };
}

/** Opens `path`, waits until the chart is drawn; on timeout the error says what the page showed. */
async function open(browser, origin, path, errors, { waitForChart = true } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const p = await context.newPage();
  p.on('pageerror', (e) => errors.push(String(e)));
  p.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  p.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
  p.on('response', (r) => r.status() >= 400 && errors.push(`HTTP ${r.status()}: ${r.url()}`));
  await p.goto(`${origin}${path}`);
  if (!waitForChart) return { context, p };
  try {
    await p.waitForFunction(() => window.__bench && window.__bench.chartAt !== undefined, null, { timeout: 30_000 });
  } catch (error) {
    const state = await p
      .evaluate(() => {
        const el = document.querySelector('pay-ladder');
        const chart = el?.shadowRoot?.querySelector('pay-ladder-chart');
        return {
          bench: window.__bench,
          defined: !!customElements.get('pay-ladder'),
          shadow: !!el?.shadowRoot,
          chart: !!chart,
          chartShadow: chart?.shadowRoot?.innerHTML?.slice(0, 300),
        };
      })
      .catch(() => null);
    await context.close();
    throw new Error(
      `browser: ${path}: the chart was not drawn within 30 s; page state ${JSON.stringify(state)}; errors ${JSON.stringify(errors)}`,
      { cause: error },
    );
  }
  return { context, p };
}

async function pageLoad(browser, origin) {
  const errors = [];
  const { context, p } = await open(browser, origin, '/__bench/load.html', errors);
  await p.waitForTimeout(1000); // late layout shifts (chart animation, fonts)
  const b = await p.evaluate(() => ({ ...window.__bench }));
  await context.close();
  if (b.formAt === null) throw new Error('browser: the form and annual figure never appeared');
  const chartPhase = b.shifts.filter((e) => e.at >= b.chartPhaseFrom);
  return {
    clsWhileChartLoads: chartPhase.reduce((a, e) => a + e.value, 0),
    clsFirstRender: b.shifts.filter((e) => e.at < b.chartPhaseFrom).reduce((a, e) => a + e.value, 0),
    scriptToForm: b.formAt - b.t0,
    navToForm: b.formAt,
    scriptToChart: b.chartAt - b.t0,
    cls: b.cls,
    shifts: b.shifts,
    formAt: b.formAt,
    formFrameAt: b.formFrameAt,
    chartPhaseFrom: b.chartPhaseFrom,
    chartAt: b.chartAt,
    heightAtForm: b.heightAtForm,
    heightAtChart: b.heightAtChart,
    figure: b.figure,
    errors,
  };
}

async function inputChanges(browser, origin) {
  const errors = [];
  const { context, p } = await open(browser, origin, '/__bench/plain.html', errors);
  const r = await p.evaluate(
    async ({ changes, warmup }) => {
      const el = document.querySelector('pay-ladder');
      const root = el.shadowRoot;
      let input = root.querySelector('input[id$="-yearsExperience"]');
      if (!input) {
        const label = [...root.querySelectorAll('label')].find((l) => /erfaring/i.test(l.textContent));
        input = label && root.getElementById(label.htmlFor);
      }
      if (!input) return { error: 'years input not found (input[id$="-yearsExperience"] or the label "År med erfaring")' };
      const frame = () => new Promise((res) => requestAnimationFrame(() => res()));
      const updated = [];
      const framed = [];
      let verified = 0;
      const problems = [];
      let prev = el.result.scenario.yearsExperience;
      for (let i = 0; i < warmup + changes; i++) {
        let v = (i * 7 + 3) % 46;
        if (v === prev) v = (v + 1) % 46;
        prev = v;
        const t0 = performance.now();
        input.value = String(v);
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await el.updateComplete;
        const chart = root.querySelector('pay-ladder-chart');
        if (chart) await chart.updateComplete;
        const t1 = performance.now();
        await frame();
        const t2 = performance.now();
        if (i >= warmup) {
          updated.push(t1 - t0);
          framed.push(t2 - t0);
          const res = el.result;
          const gross = Math.round(res.rows[v].grossAnnual);
          const fig = root.querySelector('[part~="summary"] .figure') || root.querySelector('[part~="summary"]');
          const figureOk = fig.textContent.replace(/\D/g, '').includes(String(gross));
          const chartOk = !chart || (chart.current === v && Math.round(chart.series[0].values[v]) === gross);
          if (res.scenario.yearsExperience === v && figureOk && chartOk) verified++;
          else if (problems.length < 3)
            problems.push({
              v,
              scenario: res.scenario.yearsExperience,
              figure: fig.textContent.trim(),
              gross,
              chartCurrent: chart?.current,
            });
        }
      }
      return { updated, framed, verified, problems };
    },
    { changes: CHANGES, warmup: CHANGE_WARMUP },
  );
  await context.close();
  if (r.error) throw new Error(`browser: ${r.error}`);
  return { updated: stats(r.updated), framed: stats(r.framed), verified: r.verified, problems: r.problems, errors };
}

async function heapCycles(browser, origin) {
  const errors = [];
  const { context, p } = await open(browser, origin, '/__bench/plain.html', errors);
  const cdp = await context.newCDPSession(p);

  // Reach the Chart class through the first element's chart, while that element is still live.
  const before = await p.evaluate(async () => {
    const el = document.querySelector('pay-ladder');
    await el.updateComplete;
    const chart = el.shadowRoot.querySelector('pay-ladder-chart');
    await chart.ready;
    window.__Chart = chart.chart.constructor;
    const live = Object.keys(window.__Chart.instances).length;
    el.remove();
    return { liveWithOneElement: live };
  });

  const cycles = (n) =>
    p.evaluate(async (n) => {
      const pool = document.getElementById('pool');
      for (let i = 0; i < n; i++) {
        const el = document.createElement('pay-ladder');
        pool.append(el);
        await el.updateComplete;
        const chart = el.shadowRoot.querySelector('pay-ladder-chart');
        if (chart) await chart.ready;
        el.remove();
      }
    }, n);
  const settle = async () => {
    await p.waitForTimeout(1000); // timers (e.g. announcements), pending frames
    for (let i = 0; i < 3; i++) {
      await p.evaluate(() => window.gc?.());
      await cdp.send('HeapProfiler.collectGarbage');
    }
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const count = async (expression) => {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    if (!result.objectId) return null;
    const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: result.objectId });
    const { result: len } = await cdp.send('Runtime.callFunctionOn', {
      objectId: objects.objectId,
      functionDeclaration: 'function () { return this.length; }',
      returnByValue: true,
    });
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'console' }).catch(() => undefined);
    return len.value;
  };

  await cycles(CYCLE_WARMUP);
  const heapBefore = await settle();
  const t0 = Date.now();
  await cycles(CYCLES);
  const cyclesMs = Date.now() - t0;
  const heapAfter = await settle();
  const after = await p.evaluate(() => ({
    elements: document.querySelectorAll('pay-ladder').length,
    liveCharts: Object.keys(window.__Chart.instances).length,
  }));
  const payLadderObjects = await count("customElements.get('pay-ladder').prototype");
  const chartObjects = await count('window.__Chart.prototype');
  await context.close();
  return {
    cycles: CYCLES,
    warmupCycles: CYCLE_WARMUP,
    cyclesMs,
    heapBefore,
    heapAfter,
    growth: heapAfter - heapBefore,
    liveChartsWithOneElement: before.liveWithOneElement,
    elementsAfter: after.elements,
    liveChartsAfter: after.liveCharts,
    payLadderObjectsAfter: payLadderObjects,
    chartObjectsAfter: chartObjects,
    errors,
  };
}

/**
 * A four-scenario comparison: the first card's years input changes 200 times; each change is timed
 * until the comparison and its chart have updated, and checked against the element's result.
 */
async function compareChanges(browser, origin) {
  const errors = [];
  const { context, p } = await open(browser, origin, '/__bench/compare.html', errors, { waitForChart: false });
  const r = await p.evaluate(
    async ({ changes, warmup }) => {
      await customElements.whenDefined('pay-ladder-compare');
      const el = document.querySelector('pay-ladder-compare');
      el.entries = [
        { name: 'Kommune', scenario: { agreement: 'ks' } },
        {
          name: 'Sykehus',
          scenario: { agreement: 'spekter', schedule: 'rotating', shifts: { evening: 6, night: 6, weekend: 5, holiday: 0 } },
        },
        { name: 'Legekontor', scenario: { agreement: 'legekontor', positionPercent: 80 } },
        {
          name: 'Fagskole',
          scenario: { events: [{ type: 'education', year: 2, education: 'fagskole', studyCost: 0, monthsWithoutPay: 10 }] },
        },
      ];
      await el.updateComplete;
      const root = el.shadowRoot;
      const chart = root.querySelector('pay-ladder-chart');
      await chart.ready;
      const input = root.querySelector('.card input[id$="-yearsExperience"]');
      if (!input) return { error: 'years input of the first card not found' };
      const updated = [];
      let verified = 0;
      let prev = 0;
      for (let i = 0; i < warmup + changes; i++) {
        let v = (i * 7 + 3) % 46;
        if (v === prev) v = (v + 1) % 46;
        prev = v;
        const t0 = performance.now();
        input.value = String(v);
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await el.updateComplete;
        await chart.updateComplete;
        const t1 = performance.now();
        if (i >= warmup) {
          updated.push(t1 - t0);
          if (el.entries[0].scenario.yearsExperience === v && el.result.ladders.length === 4 && chart.series.length === 4) verified++;
        }
      }
      return { updated, verified };
    },
    { changes: CHANGES, warmup: CHANGE_WARMUP },
  );
  await context.close();
  if (r.error) throw new Error(`browser: ${r.error}`);
  return { measured: true, updated: stats(r.updated), verified: r.verified, errors };
}

/** Runs all browser benchmarks against dist/. Returns { chromium, loads, changes, heap, compare }. */
export async function runBrowser({ distDir, executablePath = chromiumPath(), log = () => undefined }) {
  const { chromium } = await import('playwright-core');
  const { server, origin } = await serve(distDir);
  const browser = await chromium.launch({ executablePath, headless: true, args: BENCH_CHROMIUM_ARGS });
  try {
    const version = browser.version();
    log(`  Chromium ${version}: ${LOADS} page loads …`);
    await pageLoad(browser, origin); // warm-up, not recorded
    const loads = [];
    for (let i = 0; i < LOADS; i++) loads.push(await pageLoad(browser, origin));
    log(`  ${CHANGES} input changes …`);
    const changes = await inputChanges(browser, origin);
    log(`  ${CYCLES} create/remove cycles …`);
    const heap = await heapCycles(browser, origin);
    log(`  ${CHANGES} changes of a four-scenario comparison …`);
    const compare = await compareChanges(browser, origin);
    return {
      chromium: version,
      viewport: VIEWPORT,
      loads: {
        n: LOADS,
        scriptToForm: stats(loads.map((l) => l.scriptToForm)),
        navToForm: stats(loads.map((l) => l.navToForm)),
        scriptToChart: stats(loads.map((l) => l.scriptToChart)),
        cls: stats(loads.map((l) => l.cls)),
        clsWhileChartLoads: stats(loads.map((l) => l.clsWhileChartLoads)),
        clsFirstRender: stats(loads.map((l) => l.clsFirstRender)),
        heightAtForm: stats(loads.map((l) => l.heightAtForm)),
        heightAtChart: stats(loads.map((l) => l.heightAtChart)),
        shifts: loads.map((l) => l.shifts.map((e) => ({ ...e, phase: e.at >= l.chartPhaseFrom ? 'chart' : 'first render' }))),
        figure: loads[0].figure,
        errors: [...new Set(loads.flatMap((l) => l.errors))],
      },
      changes,
      heap,
      compare,
    };
  } finally {
    await browser.close();
    await new Promise((r) => server.close(r));
  }
}
