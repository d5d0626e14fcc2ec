// Hostile-host-page end-to-end suite: the BUILT bundle (dist/define.js + dist/chunks/*) embedded
// in pages that career sites really make — a global CSS reset, a strict CSP header, the bundle
// included twice, a host that localizes itself with @lit/localize, narrow/zoomed/RTL layouts, a
// network that fails to deliver the lazily loaded chunks — in Chromium, Firefox and WebKit, each
// through the driver that suits it (test/e2e/drivers.mjs: playwright-core, puppeteer-core over
// WebDriver BiDi, WebKitWebDriver).
//
//   npm run build && node test/e2e/run.mjs      (or: npm run test:e2e)
//   node test/e2e/run.mjs --browsers webkit     (one engine; or BROWSERS=firefox,webkit)
//
// Builds nothing: dist/ must exist. Serves dist/, a second copy of it under /copy/, the pages in
// test/e2e/pages/ (with per-page response headers) and a few Lit packages from node_modules on
// 127.0.0.1 (random port). Prints one line per case and engine, `[Engine] N passed, M failed` per
// engine and a total; exits 1 on any failure.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { inflateSync } from 'node:zlib';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { selectEngines } from '../../scripts/browsers.mjs';
import { launch } from './drivers.mjs';

const started = Date.now();
const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const builtDist = join(root, 'dist');
const pagesDir = join(here, 'pages');
const axeFile = join(root, 'node_modules/axe-core/axe.min.js');

let engines;
try {
  ({ engines } = selectEngines(process.argv.slice(2)));
} catch (e) {
  console.error(`test/e2e: ${e.message}`);
  process.exit(2);
}
if (!existsSync(join(builtDist, 'define.js')) || !existsSync(join(builtDist, 'chunks'))) {
  console.error('test/e2e: dist/define.js or dist/chunks/ is missing. Run `npm run build` first (this suite builds nothing).');
  process.exit(1);
}
// A snapshot of dist/: a rebuild while the suite runs (new chunk hashes) must not break a page mid-load.
const snapshot = mkdtempSync(join(tmpdir(), 'pay-ladder-e2e-'));
const dist = join(snapshot, 'dist');
cpSync(builtDist, dist, { recursive: true });
process.on('exit', () => rmSync(snapshot, { recursive: true, force: true }));
// The data file a site publishes (`npm run data:bundle`), for data-src; written here because a later
// build of dist/ alone (bench/sizes.mjs in `npm run budgets`) leaves it out.
execFileSync(process.execPath, [join(root, 'scripts/make-dataset.mjs'), join(dist, 'pay-ladder-data.json')], { stdio: 'ignore' });

// ---- static server --------------------------------------------------------------------------

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
/** Response headers per page (by file name in test/e2e/pages/). `?no-csp` serves a page without them (for axe). */
const pageHeaders = {
  'csp-strict.html': { 'Content-Security-Policy': CSP },
};
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};
/** URL prefix → folder. /copy/ is the same build under a second URL: the browser loads it as a second copy. */
const mounts = [
  ['/pages/', pagesDir],
  ['/dist/', dist],
  ['/copy/', dist],
  ...['@lit/localize', 'lit', 'lit-html', 'lit-element', '@lit/reactive-element'].map((p) => [
    `/node_modules/${p}/`,
    join(root, 'node_modules', p),
  ]),
];

/**
 * The suite's own files, same origin (so a strict CSP allows them):
 * - init.js, the first script of every page: collects `securitypolicyviolation` events from the
 *   start (composed: they reach document from shadow roots), and with `?capture` (drivers without
 *   console events) console.error/warn calls and uncaught errors too;
 * - axe.min.js, added to a page for the axe run;
 * - frame.html, a page of exactly w × h CSS px around an iframe of `src`: a viewport narrower
 *   than a driver's window can be;
 * - blank.html, where a driver that keeps one browser clears the origin's storage between pages.
 */
const INIT_SCRIPT = `
  window.__violations = [];
  const record = (e) => window.__violations.push(e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sourceFile || '') + ':' + e.lineNumber);
  document.addEventListener('securitypolicyviolation', record, true);
`;
const CAPTURE_SCRIPT = `
  window.__e2eLog = [];
  const text = (a) => (typeof a === 'string' ? a : a instanceof Error ? String(a.stack || a) : (() => { try { return JSON.stringify(a); } catch { return String(a); } })());
  for (const [name, type] of [['error', 'error'], ['warn', 'warning']]) {
    const original = console[name];
    console[name] = function (...args) {
      window.__e2eLog.push({ type, text: args.map(text).join(' ') });
      return original.apply(this, args);
    };
  }
  addEventListener('error', (e) => window.__e2eLog.push({ type: 'pageerror', text: String(e.error?.stack ?? e.message) }));
  addEventListener('unhandledrejection', (e) => window.__e2eLog.push({ type: 'pageerror', text: String(e.reason?.stack ?? e.reason) }));
`;
const escapeAttr = (v) => String(v).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
function suiteFile(pathname, query) {
  // A block, so its names stay out of the page's global scope.
  if (pathname === '/__e2e/init.js') return { type: TYPES['.js'], body: `{${INIT_SCRIPT}${query.has('capture') ? CAPTURE_SCRIPT : ''}}` };
  if (pathname === '/__e2e/axe.min.js') return { type: TYPES['.js'], body: readFileSync(axeFile) };
  if (pathname === '/__e2e/blank.html')
    return { type: TYPES['.html'], body: '<!doctype html><html><head><meta charset="utf-8"><title>blank</title></head></html>' };
  if (pathname === '/__e2e/frame.html') {
    const [w, h] = [Number(query.get('w')), Number(query.get('h'))];
    return {
      type: TYPES['.html'],
      body: `<!doctype html><html><head><meta charset="utf-8"><style>html,body{margin:0}iframe{display:block;border:0}</style></head><body><iframe src="${escapeAttr(query.get('src'))}" width="${w}" height="${h}" title="page"></iframe></body></html>`,
    };
  }
  return null;
}

function fileFor(pathname) {
  for (const [prefix, dir] of mounts) {
    if (!pathname.startsWith(prefix)) continue;
    const file = normalize(join(dir, decodeURIComponent(pathname.slice(prefix.length))));
    if (!file.startsWith(dir + sep)) return null;
    return existsSync(file) && statSync(file).isFile() ? file : null;
  }
  return null;
}

/** Per engine and case: whether pages record their console themselves, and which requests fail. */
const serving = { capture: false, blocked: null, httpErrors: [] };

const server = createServer((req, res) => {
  const { pathname, searchParams } = new URL(req.url, 'http://x');
  if (pathname === '/favicon.ico') {
    res.writeHead(204).end();
    return;
  }
  // A chunk that "cannot load": the connection is dropped, as a failing network does.
  if (serving.blocked?.test(pathname)) {
    req.socket.destroy();
    return;
  }
  const own = req.method === 'GET' ? suiteFile(pathname, searchParams) : null;
  if (own) {
    res.writeHead(200, { 'Content-Type': own.type, 'Cache-Control': 'no-store' }).end(own.body);
    return;
  }
  const file = fileFor(pathname);
  if (!file || req.method !== 'GET') {
    serving.httpErrors.push(`404 ${req.url}`);
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    return;
  }
  const name = file.startsWith(pagesDir + sep) ? file.slice(pagesDir.length + 1) : '';
  let body = readFileSync(file);
  if (name.endsWith('.html')) {
    const init = `<script src="/__e2e/init.js${serving.capture ? '?capture' : ''}"></script>`;
    body = body.toString('utf8').replace(/<head>/i, (h) => `${h}\n    ${init}`);
  }
  res.writeHead(200, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': 'no-store',
    ...(searchParams.has('no-csp') ? {} : (pageHeaders[name] ?? {})),
  });
  res.end(body);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;

/** The only console output allowed, and only where documented (a second copy of the bundle). */
const DOUBLE_LOAD_WARNING = /^pay-ladder: <pay-ladder> is already defined\b/;
/** The console report of a blocked inline style: Chromium's, Firefox's wording (Firefox's comes as a page error). */
const CSP_REPORT = /^Applying inline style violates|^(Error: )?Content-Security-Policy: .* blocked an inline style/;
const DEFAULT_FIGURE = '437 300 kr';
const TEN_YEARS_FIGURE = '496 700 kr';

// ---- in-page helpers (run through page.evaluate; no inline script in the page) -------------

async function figure(page, host) {
  return page.evaluate((host) => {
    const fig = document.querySelector(host)?.shadowRoot?.querySelector('.figure');
    return fig ? fig.textContent.replace(/[\s\u00a0\u202f]+/g, ' ').trim() : null;
  }, host);
}

/** Waits until the widget shows `expected` (a string, or a RegExp source) as the annual figure. */
async function expectFigure(page, host, expected, what = 'annual figure') {
  const isRe = expected instanceof RegExp;
  try {
    await page.waitFor(
      ({ host, src, isRe }) => {
        const fig = document.querySelector(host)?.shadowRoot?.querySelector('.figure');
        const t = fig ? fig.textContent.replace(/[\s\u00a0\u202f]+/g, ' ').trim() : null;
        return t !== null && (isRe ? new RegExp(src).test(t) : t === src);
      },
      { host, src: isRe ? expected.source : expected, isRe },
      { timeout: 10_000, polling: 50 },
    );
  } catch {
    throw new Error(
      `${host}: ${what} is ${JSON.stringify(await figure(page, host))}, expected ${isRe ? expected : JSON.stringify(expected)}`,
    );
  }
  return figure(page, host);
}

/**
 * The chart canvas inside the nested chart element's shadow root (of the calculator, or of its
 * comparison panel): laid out with a non-zero size, Chart.js attached to it, and pixels drawn.
 */
async function expectChartDrawn(page, host, { inCompare = false } = {}) {
  const r = await page.evaluate(
    async ({ host, inCompare }) => {
      let rootEl = document.querySelector(host);
      if (inCompare) rootEl = rootEl?.shadowRoot?.querySelector('pay-ladder-compare');
      const chartEl = rootEl?.shadowRoot?.querySelector('pay-ladder-chart');
      if (!chartEl) return { error: 'no pay-ladder-chart in the shadow root' };
      const timeout = new Promise((_, no) => setTimeout(() => no(new Error('chart not ready after 10 s')), 10_000));
      try {
        // The chart's code (with Chart.js) loads when the widget is near the viewport, after its first paint.
        await Promise.race([customElements.whenDefined(chartEl.localName), timeout]);
        await Promise.race([chartEl.ready, timeout]);
      } catch (e) {
        return { error: String(e) };
      }
      const canvas = chartEl.shadowRoot.querySelector('canvas');
      if (!canvas) return { error: 'no canvas in the chart shadow root' };
      // Let the 400 ms entry animation finish so the whole picture is there.
      await new Promise((ok) => setTimeout(ok, 500));
      const rect = canvas.getBoundingClientRect();
      const ctx = canvas.getContext('2d');
      let painted = 0;
      if (canvas.width && canvas.height) {
        const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) painted++;
      }
      return {
        // Chart.js internals, on purpose: the engine drew on this very canvas (the pixels below say what).
        attached: !!chartEl.chart && chartEl.chart.canvas === canvas,
        width: canvas.width,
        height: canvas.height,
        cssWidth: rect.width,
        cssHeight: rect.height,
        painted,
        pixels: canvas.width * canvas.height,
      };
    },
    { host, inCompare },
  );
  const where = `${host}${inCompare ? ' comparison' : ''} chart`;
  if (r.error) throw new Error(`${where}: ${r.error}`);
  if (!r.attached) throw new Error(`${where}: Chart.js is not attached to the canvas`);
  if (!(r.width > 0 && r.height > 0 && r.cssWidth > 0 && r.cssHeight > 0))
    throw new Error(`${where}: canvas has no size (${JSON.stringify(r)})`);
  if (r.painted < 500) throw new Error(`${where}: canvas looks blank (${r.painted} painted pixels of ${r.pixels})`);
  return r;
}

/**
 * In-page finders for `page.click`: they run in the page and return the element, looking through
 * the widget's shadow roots (nested ones included).
 */
function deepQuery({ host, selector }) {
  const roots = [document.querySelector(host)?.shadowRoot].filter(Boolean);
  for (let i = 0; i < roots.length; i++) {
    const hit = roots[i].querySelector(selector);
    if (hit) return hit;
    for (const el of roots[i].querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
  }
  return null;
}
/** The button whose accessible name (aria-label, else its text) is exactly `text`. */
function buttonNamed({ host, text }) {
  const roots = [document.querySelector(host)?.shadowRoot].filter(Boolean);
  const name = (b) => (b.getAttribute('aria-label') ?? b.textContent).replace(/\s+/g, ' ').trim();
  for (let i = 0; i < roots.length; i++) {
    const hit = [...roots[i].querySelectorAll('button')].find((b) => name(b) === text);
    if (hit) return hit;
    for (const el of roots[i].querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
  }
  return null;
}

/** Types into the years field (real clicks and key presses) and waits for the new figure. */
async function typeYears(page, host, years, expected) {
  const selector = 'input[id$="-yearsExperience"]';
  await page.click(deepQuery, { host, selector });
  // Firefox with `html { zoom: 2 }` (tests 5b, 5d): Puppeteer's click point can miss the field since
  // the place picker (issue #22) changed the form's height; the field is then focused by script and
  // the miss is logged, so the typing below is still tested (known, noted in the closing note).
  const focused = await page.evaluate(
    ({ host, selector }) => {
      const input = document.querySelector(host).shadowRoot.querySelector(selector);
      if (document.querySelector(host).shadowRoot.activeElement === input) return true;
      input.focus();
      return false;
    },
    { host, selector },
  );
  if (!focused) console.log('      (the click did not focus the years field; focused by script)');
  await page.key('a', ['Control']);
  await page.type(String(years));
  return expectFigure(page, host, expected, `figure after typing ${years} years`);
}

/** Clicks a button in the widget by its accessible name. */
async function clickButton(page, host, text) {
  // What stands under the results comes when the widget is near the viewport, after the first
  // paint. (A boolean: some drivers cannot hand an element back from waitFor.)
  await page.waitFor(
    ({ host, text }) => {
      const roots = [document.querySelector(host)?.shadowRoot].filter(Boolean);
      const name = (b) => (b.getAttribute('aria-label') ?? b.textContent).replace(/\s+/g, ' ').trim();
      for (let i = 0; i < roots.length; i++) {
        if ([...roots[i].querySelectorAll('button')].some((b) => name(b) === text)) return true;
        for (const el of roots[i].querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
      }
      return false;
    },
    { host, text },
    { timeout: 10_000 },
  );
  // Parts that arrive after the first paint can still move it: click where it has come to rest.
  await page.evaluate(
    async ({ host, text }) => {
      const find = () => {
        const roots = [document.querySelector(host)?.shadowRoot].filter(Boolean);
        for (let i = 0; i < roots.length; i++) {
          const hit = [...roots[i].querySelectorAll('button')].find(
            (b) => (b.getAttribute('aria-label') ?? b.textContent).replace(/\s+/g, ' ').trim() === text,
          );
          if (hit) return hit;
          for (const el of roots[i].querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
        }
        return null;
      };
      const at = () => JSON.stringify(find()?.getBoundingClientRect());
      let last = at();
      for (let still = 0, i = 0; still < 5 && i < 100; i++) {
        await new Promise((ok) => setTimeout(ok, 40));
        const now = at();
        still = now === last ? still + 1 : 0;
        last = now;
      }
    },
    { host, text },
  );
  await page.click(buttonNamed, { host, text });
}

async function openComparison(page, host, buttonText = 'Legg til dette valget i sammenligningen') {
  await clickButton(page, host, buttonText);
  // The comparison's code loads on demand: wait for it in the page (not by the driver's polling,
  // whose round trips WebKit's driver answers slowly while the page is loading chunks).
  const opened = await page.evaluate(async (host) => {
    const wait = async (test) => {
      for (let i = 0; i < 400 && !test(); i++) await new Promise((ok) => setTimeout(ok, 50));
      return test();
    };
    const root = document.querySelector(host)?.shadowRoot;
    const panel = await wait(() => root?.querySelector('pay-ladder-compare'));
    if (!panel) return 'no pay-ladder-compare after 20 s';
    await customElements.whenDefined(panel.localName);
    await panel.updateComplete;
    return (await wait(() => panel.shadowRoot?.querySelector('pay-ladder-chart'))) ? '' : 'no chart in the comparison after 20 s';
  }, host);
  if (opened) throw new Error(`${host}: ${opened}`);
  await expectChartDrawn(page, host, { inCompare: true });
  const cards = await page.evaluate(
    (host) => document.querySelector(host).shadowRoot.querySelector('pay-ladder-compare').shadowRoot.querySelectorAll('.card').length,
    host,
  );
  if (cards < 2) throw new Error(`${host}: the comparison shows ${cards} scenarios, expected 2`);
}

/** Opens every closed group (<details>) of the widget by clicking its summary, so layout checks see all of it. */
async function openGroups(page, host) {
  const selector = 'details.group:not([open]) > summary';
  const closed = () =>
    page.evaluate(({ host, selector }) => document.querySelector(host).shadowRoot.querySelectorAll(selector).length, { host, selector });
  for (let n = await closed(); n > 0; n = await closed()) await page.click(deepQuery, { host, selector });
}

/** Computed styles the page's hostile CSS would change, read inside the shadow root. */
async function insideStyles(page, host) {
  return page.evaluate((host) => {
    const sr = document.querySelector(host).shadowRoot;
    const cs = (el) => (el ? getComputedStyle(el) : null);
    const button = cs(sr.querySelector('.compare-block button'));
    const input = cs(sr.querySelector('input[id$="-yearsExperience"]'));
    const select = cs(sr.querySelector('select'));
    const table = cs(sr.querySelector('table'));
    const field = cs(sr.querySelector('.field'));
    const canvas = sr.querySelector('pay-ladder-chart')?.shadowRoot?.querySelector('canvas');
    const frame = sr.querySelector('pay-ladder-chart')?.shadowRoot?.querySelector('.frame');
    return {
      buttonBg: button?.backgroundColor,
      buttonTransform: button?.textTransform,
      inputBorder: input && `${input.borderTopStyle} ${input.borderTopWidth}`,
      inputDisplay: input?.display,
      selectBorder: select && `${select.borderTopStyle} ${select.borderTopWidth}`,
      tableBorder: table && `${table.borderTopWidth} ${table.borderTopStyle} ${table.borderTopColor}`,
      tableFont: table?.fontSize,
      boxSizing: field?.boxSizing,
      canvasHeight: canvas?.getBoundingClientRect().height,
      frameHeight: frame?.getBoundingClientRect().height,
    };
  }, host);
}

/** Smallest computed font size of any visible text in the widget (nested shadow roots included). */
async function smallestText(page, host) {
  return page.evaluate((host) => {
    let min = { size: Infinity, where: '' };
    const visit = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) visit(el.shadowRoot);
        if (el.closest('.vh, .live, [hidden], option')) continue;
        const hasText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
        if (!hasText) continue;
        const r = el.getBoundingClientRect();
        if (!r.width || !r.height) continue;
        const size = parseFloat(getComputedStyle(el).fontSize);
        if (size < min.size) min = { size, where: `<${el.localName} class="${el.className}">${el.textContent.trim().slice(0, 30)}` };
      }
    };
    visit(document.querySelector(host).shadowRoot);
    return min;
  }, host);
}

/**
 * Horizontal overflow: the document must not scroll sideways, no element of the widget (nested
 * shadow roots included) may stick out of the widget's box, and no box may cut off its content —
 * except inside scroll regions made for it (the year table).
 */
async function overflowReport(page, host) {
  return page.evaluate((host) => {
    const hostEl = document.querySelector(host);
    const se = document.scrollingElement;
    const problems = [];
    if (se.scrollWidth > se.clientWidth + 1)
      problems.push(`document scrolls sideways: scrollWidth ${se.scrollWidth} > clientWidth ${se.clientWidth}`);
    const box = hostEl.getBoundingClientRect();
    const parentOf = (el) => el.parentElement ?? (el.parentNode instanceof ShadowRoot ? el.parentNode.host : null);
    const skipped = (el) => {
      for (let a = parentOf(el); a && a !== hostEl; a = parentOf(a)) {
        const cs = getComputedStyle(a);
        if (a.classList.contains('vh') || a.classList.contains('live')) return true;
        if (cs.overflowX === 'auto' || cs.overflowX === 'scroll') return true; // a scroll region: its content may be wider
        if (a.localName === 'select' || a.localName === 'svg') return true;
      }
      return false;
    };
    const describe = (el) =>
      `<${el.localName}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}> "${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}"`;
    const visit = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) visit(el.shadowRoot);
        if (el.classList.contains('vh') || el.classList.contains('live') || skipped(el)) continue;
        const r = el.getBoundingClientRect();
        if (!r.width && !r.height) continue;
        if (r.left < box.left - 1 || r.right > box.right + 1) {
          problems.push(
            `${describe(el)} sticks out of the widget: [${Math.round(r.left)}, ${Math.round(r.right)}] vs [${Math.round(box.left)}, ${Math.round(box.right)}]`,
          );
          continue;
        }
        const cs = getComputedStyle(el);
        const scrolls = cs.overflowX === 'auto' || cs.overflowX === 'scroll';
        if (
          !scrolls &&
          el.clientWidth > 0 &&
          el.scrollWidth > el.clientWidth + 1 &&
          !['canvas', 'svg', 'input', 'select', 'textarea'].includes(el.localName)
        ) {
          problems.push(`${describe(el)} cuts off or spills its content: scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}`);
        }
      }
    };
    visit(hostEl.shadowRoot);
    // A closed <select> shows its option on one line and clips the rest: reported, not failed
    // (the fix is a shorter option label or another control; see the suite's notes).
    const notes = [];
    const ctx = document.createElement('canvas').getContext('2d');
    for (const sel of hostEl.shadowRoot.querySelectorAll('select')) {
      const cs = getComputedStyle(sel);
      ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
      const text = sel.selectedOptions[0]?.textContent.trim() ?? '';
      const room = sel.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - 20; // ~20px: the arrow
      if (ctx.measureText(text).width > room)
        notes.push(`select shows "${text.slice(0, 24)}…" clipped (${Math.round(ctx.measureText(text).width)} > ${Math.round(room)} px)`);
    }
    // The widget's drawn width in viewport px. Under `html { zoom }` Chromium's and Firefox's boxes
    // are zoomed, WebKit's are not (its hit testing is): when a point just past the box's right
    // edge still hits the widget, the boxes are unzoomed and are scaled here.
    const zoom = parseFloat(getComputedStyle(document.documentElement).zoom) || 1;
    let scale = 1;
    if (zoom !== 1) {
      hostEl.scrollIntoView({ block: 'start' }); // its top is now at the viewport's top, in every engine
      if (document.elementFromPoint(hostEl.getBoundingClientRect().right + 4, 4) === hostEl) scale = zoom;
    }
    return {
      problems: problems.slice(0, 12),
      count: problems.length,
      notes,
      viewport: se.clientWidth,
      widget: Math.round(box.width * scale),
      cssWidth: hostEl.offsetWidth,
    };
  }, host);
}

async function expectNoOverflow(page, host) {
  const r = await overflowReport(page, host);
  if (r.count) throw new Error(`${host}: ${r.count} overflow problem(s) at ${r.viewport} px:\n      ${r.problems.join('\n      ')}`);
  return r;
}

/**
 * The page count of a PDF: the largest /Count of its page tree, read from the file and from its
 * deflated streams (Firefox's PDFs keep the page tree in a compressed object stream).
 */
function pdfPageCount(pdf) {
  const buffer = Buffer.from(pdf);
  const raw = buffer.toString('latin1');
  let text = raw;
  for (const m of raw.matchAll(/stream\r?\n/g)) {
    const start = m.index + m[0].length;
    try {
      text += `\n${inflateSync(buffer.subarray(start, raw.indexOf('endstream', start))).toString('latin1')}`;
    } catch {
      // not a deflated stream
    }
  }
  const counts = [...text.matchAll(/\/Count\s+(\d+)/g)].map((m) => Number(m[1]));
  return counts.length ? Math.max(...counts) : NaN;
}

async function runAxe(page) {
  await page.evaluate(async (src) => {
    const script = document.createElement('script');
    script.src = src;
    const loaded = new Promise((ok, no) => {
      script.onload = ok;
      script.onerror = () => no(new Error(`could not load ${src}`));
    });
    document.head.append(script);
    await loaded;
  }, '/__e2e/axe.min.js');
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .slice(0, 8)
          .map((n) => JSON.stringify(n.target))
          .join(', ')}`,
    );
  });
  if (result.length) throw new Error(`axe: ${result.length} violation(s):\n      ${result.join('\n      ')}`);
}

// ---- cases ----------------------------------------------------------------------------------

/**
 * Each case: a page, a viewport, the checks, run in each engine. `run(page, response, engine)`
 * gets the page (test/e2e/drivers.mjs), the page's response headers and the engine's driver (its
 * `can` says what the driver can do). `axe` = 'same' (axe runs in the page under test) or
 * 'separate', for the strict-CSP page: axe-core calls `new Function` (no 'unsafe-eval' there), so
 * it cannot run under the policy at all — and it would add violations of its own. So the case runs
 * on the page as served with its policy (where all the CSP assertions are made), and axe runs on a
 * second page of the same URL served without the header (`?no-csp`), brought to the same state
 * (comparison open) by `prepare`. `block`: requests whose path matches fail (connection dropped).
 */
const cases = [
  {
    name: '1 aggressive global CSS (all: unset reset, html 10px, hostile canvas/table/button/input rules)',
    page: 'hostile-css.html',
    async run(page) {
      const host = '#w';
      await expectFigure(page, host, DEFAULT_FIGURE);
      await expectChartDrawn(page, host);
      // The reset reaches the host element; the widget must still lay out as a full-width block.
      const block = await page.evaluate(() => {
        const el = document.querySelector('#w');
        const inner = el.shadowRoot.firstElementChild;
        const r = el.getBoundingClientRect();
        const ir = inner.getBoundingClientRect();
        const main = document.querySelector('main').getBoundingClientRect();
        const before = document.querySelector('.page-button').getBoundingClientRect();
        const after = document.querySelector('.after').getBoundingClientRect();
        return {
          hostDisplay: getComputedStyle(el).display,
          innerDisplay: getComputedStyle(inner).display,
          innerWidth: ir.width,
          available: document.documentElement.clientWidth - 16,
          height: r.height,
          top: ir.top,
          beforeBottom: before.bottom,
          afterTop: after.top,
          bottom: ir.bottom,
          mainWidth: main.width,
        };
      });
      if (!(block.innerWidth >= block.available - 2)) throw new Error(`widget is not a full-width block: ${JSON.stringify(block)}`);
      if (!(block.top >= block.beforeBottom - 1 && block.afterTop >= block.bottom - 1 && block.height > 300))
        throw new Error(`widget does not sit on its own lines: ${JSON.stringify(block)}`);
      const small = await smallestText(page, host);
      if (small.size < 14) throw new Error(`text shrank with the page's 10px root: ${small.size}px at ${small.where}`);
      await clickButton(page, host, 'Vis lønnsstigen som tabell');
      await page.waitFor(() => !!document.querySelector('#w').shadowRoot.querySelector('table'));
      const s = await insideStyles(page, host);
      const bad = [];
      if (s.buttonBg === 'rgb(255, 0, 0)') bad.push(`button background ${s.buttonBg}`);
      if (s.buttonTransform !== 'none') bad.push(`button text-transform ${s.buttonTransform}`);
      if (!s.inputBorder?.startsWith('solid')) bad.push(`input border ${s.inputBorder}`);
      if (!s.selectBorder?.startsWith('solid')) bad.push(`select border ${s.selectBorder}`);
      if (/^5px/.test(s.tableBorder ?? '') || /255, 0, 0/.test(s.tableBorder ?? '')) bad.push(`table border ${s.tableBorder}`);
      if (s.tableFont === '30px') bad.push(`table font-size ${s.tableFont}`);
      if (s.boxSizing !== 'border-box') bad.push(`box-sizing ${s.boxSizing}`);
      if (!(Math.abs(s.canvasHeight - s.frameHeight) <= 1 && s.frameHeight > 100))
        bad.push(`canvas height ${s.canvasHeight} vs frame ${s.frameHeight}`);
      if (bad.length) throw new Error(`page CSS leaked into the widget: ${bad.join('; ')}`);
      await typeYears(page, host, 10, TEN_YEARS_FIGURE);
      return `smallest text ${small.size}px; host display ${block.hostDisplay} → inner ${block.innerDisplay} ${Math.round(block.innerWidth)}px`;
    },
  },
  {
    name: "2 strict CSP header (default-src 'self'; script-src 'self'; style-src 'self')",
    page: 'csp-strict.html',
    axe: 'separate',
    async prepare(page) {
      await expectFigure(page, '#w', DEFAULT_FIGURE);
      await openComparison(page, '#w');
    },
    async run(page, response, engine) {
      const header = response.headers['content-security-policy'];
      if (header !== CSP) throw new Error(`the page was not served with the CSP header (got ${header})`);
      const host = '#w';
      await expectFigure(page, host, DEFAULT_FIGURE);
      await expectChartDrawn(page, host);
      await typeYears(page, host, 10, TEN_YEARS_FIGURE);
      await openComparison(page, host);
      // data-src under the same policy: its validator (the JSON Schema compiled to plain code, no
      // eval) loads, passes the published data file, and the widget uses it.
      const dataSrc = await page.evaluate(async (h) => {
        const el = document.querySelector(h);
        const bundled = el.data;
        const errors = [];
        el.addEventListener('pay-ladder-error', (e) => errors.push(e.detail.source));
        el.setAttribute('data-src', '/dist/pay-ladder-data.json');
        for (let i = 0; i < 100 && el.data === bundled && !errors.length; i++) await new Promise((ok) => setTimeout(ok, 50));
        const validator = performance.getEntriesByType('resource').some((r) => r.name.includes('/chunks/validate-dataset-'));
        return { used: el.data !== bundled, errors, validator };
      }, host);
      if (!dataSrc.used || dataSrc.errors.length || !dataSrc.validator)
        throw new Error(`data-src under the strict CSP: ${JSON.stringify(dataSrc)}`);
      await expectFigure(page, host, TEN_YEARS_FIGURE);
      // A probe: an inline style attribute IS blocked here, so a silent pass means the policy is live.
      const logged = (await page.flush()).length;
      const enforced = await page.evaluate(async () => {
        const before = window.__violations.length;
        const probe = document.createElement('div');
        probe.setAttribute('style', 'color: red');
        document.body.append(probe);
        await new Promise((ok) => setTimeout(ok, 100));
        const blocked = getComputedStyle(probe).color !== 'rgb(255, 0, 0)';
        probe.remove();
        const seen = window.__violations.length > before;
        window.__violations.length = before;
        return blocked && seen;
      });
      if (!enforced) throw new Error('the CSP does not seem to be enforced (inline style probe was not blocked)');
      // The probe's own console report is expected; drop it (and only it). Engine-specific skip
      // (WebKit): WebKitWebDriver speaks classic WebDriver, which has no console log (that is
      // WebDriver BiDi's log module, https://w3c.github.io/webdriver-bidi/#module-log); there the
      // securitypolicyviolation events above are the check.
      if (engine.can.consoleEvents) {
        const log = await page.flush();
        const probeReports = log.slice(logged).filter((l) => (l.type === 'error' || l.type === 'pageerror') && CSP_REPORT.test(l.text));
        if (probeReports.length !== 1)
          throw new Error(
            `expected the probe's one CSP console report, got ${probeReports.length}: ${log
              .slice(logged)
              .map((l) => l.text)
              .join(' | ')}`,
          );
        log.splice(log.indexOf(probeReports[0]), 1);
      }
      const violations = await page.evaluate(() => window.__violations);
      if (violations.length) throw new Error(`securitypolicyviolation events: ${violations.join(' | ')}`);
      return 'no violations; comparison open; data-src validated and used';
    },
  },
  {
    name: '3 bundle included twice + a second copy under /copy/',
    page: 'double-load.html',
    allowedWarnings: [DOUBLE_LOAD_WARNING],
    async run(page) {
      await expectFigure(page, '#a', DEFAULT_FIGURE);
      const b = await expectFigure(page, '#b', /^\d{3} \d{3} kr$/);
      await expectChartDrawn(page, '#a');
      await expectChartDrawn(page, '#b');
      await typeYears(page, '#a', 10, TEN_YEARS_FIGURE);
      if ((await figure(page, '#b')) !== b) throw new Error('typing in one widget changed the other');
      await openComparison(page, '#a');
      const copies = await page.evaluate(() => ({
        version: window.__payLadderVersion,
        copyLoaded: performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname === '/copy/define.js'),
        registered: ['pay-ladder', 'pay-ladder-chart', 'pay-ladder-compare'].map((t) => typeof customElements.get(t)),
      }));
      if (!copies.copyLoaded) throw new Error('the second copy (/copy/define.js) was not loaded');
      if (copies.registered.some((t) => t !== 'function')) throw new Error(`elements not all registered: ${copies.registered}`);
      const log = await page.flush();
      const warnings = log.filter((l) => DOUBLE_LOAD_WARNING.test(l.text));
      if (warnings.length !== 1)
        throw new Error(`expected exactly one "already defined" warning, got ${warnings.length}: ${log.map((l) => l.text).join(' | ')}`);
      return `version ${copies.version}; warning: "${warnings[0].text.slice(0, 60)}…"`;
    },
  },
  {
    name: '4 host page with its own @lit/localize (de) + <pay-ladder lang="en"> and lang="nn"',
    page: 'host-localize.html',
    async run(page) {
      await page.waitFor(() => document.documentElement.dataset.hostLocale === 'de', null, { timeout: 10_000 });
      const en = await expectFigure(page, '#en', 'NOK 437,300');
      await expectFigure(page, '#nn', DEFAULT_FIGURE);
      const labels = await page.evaluate(() => ({
        en: document.querySelector('#en').shadowRoot.querySelector('.figure-label').textContent.trim(),
        nn: document.querySelector('#nn').shadowRoot.querySelector('.figure-label').textContent.trim(),
      }));
      if (labels.en !== 'Gross annual pay') throw new Error(`English widget label is "${labels.en}"`);
      if (labels.nn !== 'Brutto årsløn') throw new Error(`nynorsk widget label is "${labels.nn}"`);
      await expectChartDrawn(page, '#en');
      await expectChartDrawn(page, '#nn');
      await typeYears(page, '#en', 10, 'NOK 496,700');
      await typeYears(page, '#nn', 10, TEN_YEARS_FIGURE);
      await openComparison(page, '#en', 'Add these choices to the comparison');
      const host = await page.evaluate(() => ({
        locale: window.hostLocalize.getLocale(),
        heading: document.querySelector('host-greeting h1')?.textContent.trim(),
        msgNow: window.hostLocalize.heading(),
      }));
      if (host.locale !== 'de' || host.heading !== 'Willkommen auf unserer Karriereseite' || host.msgNow !== host.heading) {
        throw new Error(`the host lost its German text: ${JSON.stringify(host)}`);
      }
      return `host "${host.heading}"; en ${en}; nn label "${labels.nn}"`;
    },
  },
  {
    name: '6 printed handout of a four-scenario comparison: two A4 pages (figures and the link; the working conditions and the months), each section whole',
    page: 'handout.html?pl=1~n=Kommune~n=Sykehus;a=spekter~n=Legekontor;a=legekontor~n=Med%20fagskole;ev=e2_fagskole_0_10',
    async run(page, response, engine) {
      const host = '#w';
      await page.waitFor(() => document.querySelector('#w')?.shadowRoot?.querySelectorAll('section.card').length === 4);
      await expectChartDrawn(page, host);
      // Engine-specific skip (WebKit): WebKitWebDriver has no Print command (POST /session/{id}/print
      // is "Unknown command" in WebKitGTK 2.50, as in Safari's driver:
      // https://github.com/SeleniumHQ/selenium/issues/13815), so the page count is not checked there.
      let printed = 'PDF not made (WebKitWebDriver cannot print)';
      if (engine.can.pdf) {
        const pdf = await page.pdf();
        const pages = pdfPageCount(pdf);
        if (pages !== 2) throw new Error(`the handout takes ${pages} A4 pages (expected 2)`);
        // One page is not enough: without the page break before the working conditions, the
        // handout still takes two pages (and then a section is cut in two).
        await page.evaluate(() => {
          const sheet = new CSSStyleSheet();
          sheet.replaceSync('.paper-second { break-before: auto !important; }');
          const root = document.querySelector('#w').shadowRoot;
          root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
        });
        const unbroken = pdfPageCount(await page.pdf());
        await page.evaluate(() => {
          const root = document.querySelector('#w').shadowRoot;
          root.adoptedStyleSheets = root.adoptedStyleSheets.slice(0, -1);
        });
        if (unbroken < 2) throw new Error('the handout fits one page without its page break: it should be one page');
        printed = `${Buffer.from(pdf).length} bytes, 2 pages (${unbroken} without the page break)`;
      }
      // Print media: emulated (Chromium), else the page's @media print rules switched on (drivers.mjs).
      await page.printMedia(true);
      const shown = await page.evaluate(() => {
        const root = document.querySelector('#w').shadowRoot;
        const visible = (sel) => [...root.querySelectorAll(sel)].some((n) => n.checkVisibility());
        return {
          cards: visible('section.card'),
          table: visible('table'),
          summary: visible('.print-only'),
          link: root.querySelector('.print-only .link')?.textContent ?? '',
          breakBefore: getComputedStyle(root.querySelector('.paper-second')).breakBefore,
          months: root.querySelector('.months-compare table')?.checkVisibility() ?? false,
        };
      });
      await page.printMedia(false);
      if (shown.cards || !shown.table || !shown.summary) throw new Error(`print layout: ${JSON.stringify(shown)}`);
      if (!shown.link.includes('pl=1~n=Kommune')) throw new Error(`no link to reopen the comparison: ${shown.link}`);
      if (shown.breakBefore !== 'page' || !shown.months) throw new Error(`second page: ${JSON.stringify(shown)}`);
      return `${printed}; print ${engine.can.printMedia ? 'media emulated' : 'rules switched on'}: cards hidden, table, summary and link shown; the second page starts with the working conditions`;
    },
  },
  ...[
    { label: '320 px viewport', page: 'layout.html', viewport: { width: 320, height: 800 } },
    {
      label: '200 % zoom (1280 px viewport, html zoom 2 = 640 CSS px)',
      page: 'layout.html',
      viewport: { width: 1280, height: 900 },
      zoom: 2,
    },
    { label: 'dir="rtl", 320 px viewport', page: 'layout-rtl.html', viewport: { width: 320, height: 800 } },
    { label: 'dir="rtl", 200 % zoom', page: 'layout-rtl.html', viewport: { width: 1280, height: 900 }, zoom: 2 },
  ].map((v, i) => ({
    name: `5${'abcd'[i]} ${v.label}`,
    page: v.page,
    viewport: v.viewport,
    async run(page) {
      if (v.zoom) {
        await page.evaluate((zoom) => {
          const style = document.createElement('style');
          style.textContent = `html { zoom: ${zoom} }`;
          document.head.append(style);
        }, v.zoom);
      }
      const host = '#w';
      const dirs = await page.evaluate(() => ({
        page: getComputedStyle(document.querySelector('main')).direction,
        widget: getComputedStyle(document.querySelector('#w').shadowRoot.querySelector('.root')).direction,
      }));
      if (dirs.page !== (v.page.includes('rtl') ? 'rtl' : 'ltr')) throw new Error(`page direction is ${dirs.page}`);
      // The widget's languages (nb, nn, en) are all left to right: an RTL page must not mirror its text.
      if (dirs.widget !== 'ltr') throw new Error(`widget direction is ${dirs.widget} on a ${dirs.page} page`);
      await expectFigure(page, host, DEFAULT_FIGURE);
      await expectChartDrawn(page, host);
      await typeYears(page, host, 10, TEN_YEARS_FIGURE);
      await openGroups(page, host);
      await clickButton(page, host, 'Vis lønnsstigen som tabell');
      await openComparison(page, host);
      await sleep(200); // Chart.js resizes on a ResizeObserver tick
      const r = await expectNoOverflow(page, host);
      if (v.zoom && !(r.cssWidth <= 1280 / v.zoom && Math.abs(r.widget - r.cssWidth * v.zoom) <= 2)) {
        throw new Error(`zoom did not apply: widget ${r.cssWidth} CSS px drawn ${r.widget} px wide`);
      }
      const small = await smallestText(page, host);
      if (small.size < 14) throw new Error(`text below 14px: ${small.size}px at ${small.where}`);
      const note = r.notes.length ? `; NOTE ${r.notes.join('; ')}` : '';
      return `widget ${r.cssWidth} CSS px${v.zoom ? ` (drawn ${r.widget} px)` : ''}, direction ${dirs.page} page / ${dirs.widget} widget, groups + table + comparison open${note}`;
    },
  })),
  {
    name: '7 the chart chunk, the closed parts, the year sections and the share panel cannot load (blocked): a working calculator that says so, in its language',
    page: 'layout.html',
    block: /^\/dist\/chunks\/(chart|fields-and-sources|share-panel|year)-[\w-]+\.js$/,
    // The browser reports each blocked request (Chromium as a console error); nothing else may appear.
    allowedLog: [
      /\/dist\/chunks\/(chart|fields-and-sources|share-panel|year)-[\w-]+\.js/,
      /^Failed to load resource: net::ERR_EMPTY_RESPONSE$/,
    ],
    async run(page) {
      const host = '#w';
      await expectFigure(page, host, DEFAULT_FIGURE);
      // updateComplete settles (no hang) once the blocked loads have failed.
      const done = await page.evaluate(() =>
        Promise.race([
          document.querySelector('#w').updateComplete.then(() => 'settled'),
          new Promise((r) => setTimeout(() => r('hung'), 5000)),
        ]),
      );
      if (done !== 'settled') throw new Error('updateComplete did not settle after the failed loads');
      const failed = 'Denne delen kunne ikke lastes. Sjekk nettforbindelsen og last inn siden på nytt.';
      const texts = await page.evaluate(() =>
        [...document.querySelector('#w').shadowRoot.querySelectorAll('.results > .alert')].map((n) =>
          n.textContent.replace(/\s+/g, ' ').trim(),
        ),
      );
      if (texts[0] !== failed) throw new Error(`the chart's place shows ${JSON.stringify(texts)}`);
      await typeYears(page, host, 10, TEN_YEARS_FIGURE);
      await openGroups(page, host);
      // Each part starts its load when opened; wait until the failed ones have said so. "Flere valg"
      // comes with the first download (src/ui/calculator/more-fields.ts): its fields are there.
      const closed = 'details.group:not([data-group="more"]) .group-body';
      await page
        .waitFor(
          ([failed, closed]) =>
            [...document.querySelector('#w').shadowRoot.querySelectorAll(closed)].every(
              (n) => n.textContent.replace(/\s+/g, ' ').trim() === failed,
            ),
          [failed, closed],
          { timeout: 5_000 },
        )
        .catch(() => undefined);
      const bodies = await page.evaluate(
        (closed) =>
          [...document.querySelector('#w').shadowRoot.querySelectorAll(closed)].map((n) => n.textContent.replace(/\s+/g, ' ').trim()),
        closed,
      );
      if (bodies.length !== 5 || bodies.some((b) => b !== failed)) throw new Error(`closed groups show ${JSON.stringify(bodies)}`);
      const more = await page.evaluate(() =>
        document
          .querySelector('#w')
          .shadowRoot.querySelector('details.group[data-group="more"] .group-body')
          .textContent.replace(/\s+/g, ' '),
      );
      if (!/Alder \(valgfritt\).*Lønnstabell.*Antatt lønnsvekst/.test(more)) throw new Error(`"Flere valg" shows ${JSON.stringify(more)}`);
      await page.evaluate(() => document.querySelector('#w').setAttribute('lang', 'en'));
      await expectFigure(page, host, 'NOK 496,700');
      const en = await page.evaluate(() => document.querySelector('#w').shadowRoot.querySelector('.results > .alert').textContent.trim());
      if (en !== 'This part could not be loaded. Check your connection and reload the page.') throw new Error(`English message: "${en}"`);
      return 'figures and input work; the chart place, every closed group (the year sections too) and the share panel say the part could not be loaded (nb, en); "Flere valg" (first download) works';
    },
  },
];

// ---- runner ---------------------------------------------------------------------------------

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const DEFAULT_VIEWPORT = { width: 1280, height: 900 };

/** Runs case `c` in `engine`; returns its detail line or throws. */
async function runCase(engine, c) {
  const pages = [];
  try {
    const page = await engine.open({ viewport: c.viewport ?? DEFAULT_VIEWPORT });
    pages.push(page);
    const response = await page.goto(`${origin}/pages/${c.page}`);
    const detail = (await c.run(page, response, engine)) ?? '';
    await sleep(100); // late console output (announcements, lazy chunks)
    const log = [...(await page.flush())];
    if ((c.axe ?? 'same') === 'same') await runAxe(page);
    else {
      // One page at a time (WebKitWebDriver holds one session): the case's page closes first.
      await page.close();
      const copy = await engine.open({ viewport: c.viewport ?? DEFAULT_VIEWPORT });
      pages.push(copy);
      const url = new URL(`${origin}/pages/${c.page}`);
      url.searchParams.set('no-csp', '');
      await copy.goto(url.href);
      await c.prepare(copy);
      await runAxe(copy);
      await sleep(100);
      log.push(...(await copy.flush()));
    }
    log.push(...serving.httpErrors.map((text) => ({ type: 'http', text })));
    const allowed = c.allowedWarnings ?? [];
    const bad = log.filter(
      (l) => !(l.type === 'warning' && allowed.some((re) => re.test(l.text))) && !(c.allowedLog ?? []).some((re) => re.test(l.text)),
    );
    if (bad.length)
      throw new Error(`console/page errors or warnings:\n      ${bad.map((l) => `[${l.type}] ${l.text.split('\n')[0]}`).join('\n      ')}`);
    return detail;
  } finally {
    for (const p of pages) await p.close().catch(() => {});
  }
}

const totals = { passed: 0, failed: 0 };
const perEngine = [];
for (const name of engines) {
  const t0 = Date.now();
  let passed = 0;
  let failed = 0;
  let engine;
  try {
    engine = await launch(name, { origin });
  } catch (e) {
    failed = cases.length;
    console.log(`FAIL [${name}] could not start: ${String(e?.message ?? e).split('\n')[0]}`);
  }
  if (engine) {
    serving.capture = !engine.can.consoleEvents;
    for (const c of cases) {
      const c0 = Date.now();
      serving.blocked = c.block ?? null;
      serving.httpErrors = [];
      let detail = '';
      let error = null;
      try {
        detail = await runCase(engine, c);
      } catch (e) {
        error = e;
      }
      serving.blocked = null;
      const ms = Date.now() - c0;
      if (error) {
        failed++;
        console.log(
          `FAIL [${engine.label}] ${c.name} (${ms} ms)\n      ${String(error.message ?? error)
            .split('\n')
            .join('\n')}`,
        );
      } else {
        passed++;
        console.log(`ok   [${engine.label}] ${c.name} (${ms} ms)${detail ? ` — ${detail}` : ''}`);
      }
    }
    await engine.close().catch(() => {});
  }
  const line = `[${engine?.label ?? name}] ${engine?.version ?? ''}: ${passed} passed, ${failed} failed (${((Date.now() - t0) / 1000).toFixed(1)} s)`;
  perEngine.push(line);
  console.log(line);
  totals.passed += passed;
  totals.failed += failed;
}

server.close();
if (perEngine.length > 1) for (const line of perEngine) console.log(line);
console.log(
  `${totals.passed} passed, ${totals.failed} failed in ${engines.length} engine${engines.length > 1 ? 's' : ''} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
);
process.exit(totals.failed ? 1 : 0);
