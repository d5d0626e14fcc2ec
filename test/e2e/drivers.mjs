// One small page API for the e2e suite over the driver that suits each engine:
//   - Chromium: playwright-core (CDP);
//   - Firefox: puppeteer-core over WebDriver BiDi;
//   - WebKit: webdriverio over classic WebDriver (WebKitWebDriver + MiniBrowser on Xvfb).
// Each engine's binary is the system's (scripts/browsers.mjs). What a driver cannot do is stated
// by its capabilities, and the suite says where it checks less because of it:
//   consoleEvents: the driver reports the page's console and errors (classic WebDriver does not;
//                  there the suite's init script records console.error/warn and uncaught errors);
//   pdf:           it prints to PDF (WebKitWebDriver has no Print command);
//   printMedia:    it emulates print media (only Chromium's; elsewhere the page's @media print
//                  rules are switched on through the CSSOM: see switchPrintRules).
import { CHROMIUM_ARGS, ENGINE_LABELS, chromiumPath, firefoxPath, startWebKitDriver } from '../../scripts/browsers.mjs';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs in the page: switches @media print rules on (and @media screen rules off) in the
 * document's and every open shadow root's style sheets, adopted ones included; `false` restores
 * them. For drivers that cannot emulate the print media type.
 */
function switchPrintRules(on) {
  const saved = (window.__printSwitched ??= new Map());
  if (!on) {
    for (const [media, text] of saved) media.mediaText = text;
    saved.clear();
    return;
  }
  const visit = (rules) => {
    for (const rule of rules) {
      if (rule instanceof CSSMediaRule) {
        const text = rule.media.mediaText;
        const printed = text.replace(/\b(print|screen)\b/g, (t) => (t === 'print' ? 'all' : 'not all'));
        if (printed !== text) {
          saved.set(rule.media, text);
          rule.media.mediaText = printed;
        }
      }
      if (rule.cssRules) visit(rule.cssRules);
    }
  };
  const roots = [document];
  for (let i = 0; i < roots.length; i++) {
    for (const sheet of [...roots[i].styleSheets, ...(roots[i].adoptedStyleSheets ?? [])]) visit(sheet.cssRules);
    for (const el of roots[i].querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
  }
}

/**
 * Runs in the page: scrolls `el` into view and resolves to the viewport point of its centre where
 * a hit test (through shadow roots) finds `el`, once that point holds still over two rendered
 * frames (WebKit may undo a scroll made right after load, and its UI process maps a click by the
 * scroll position it has drawn); null when `el` cannot be hit. Under a zoomed root
 * (`html { zoom: 2 }`) WebKit gives boxes and scroll offsets in unzoomed px while the viewport is
 * zoomed (a box's viewport y = (top + scrollY) × zoom − scrollY), so that mapping is tried too;
 * elsewhere boxes are in viewport px.
 */
async function clickPoint(el) {
  const zoom = parseFloat(getComputedStyle(document.documentElement).zoom) || 1;
  const deepHit = (x, y) => {
    let hit = document.elementFromPoint(x, y);
    while (hit?.shadowRoot) {
      const inner = hit.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === hit) break;
      hit = inner;
    }
    return hit;
  };
  const centre = () => {
    const r = el.getBoundingClientRect();
    for (const z of new Set([1, zoom])) {
      const x = Math.round((r.left + scrollX + r.width / 2) * z - scrollX);
      const y = Math.round((r.top + scrollY + r.height / 2) * z - scrollY);
      const hit = deepHit(x, y);
      if (hit && (hit === el || el.contains(hit))) return { x, y };
    }
    return null;
  };
  const frames = () => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
  let last = null;
  for (let i = 0; i < 20; i++) {
    if (!last) el.scrollIntoView({ block: 'center', inline: 'center' });
    await frames();
    const p = centre();
    if (p && last && p.x === last.x && p.y === last.y) return p;
    last = p;
  }
  return null;
}

/**
 * Runs in the page: watches the next click (in the capture phase, before the page's own
 * handlers), and records in `window.__e2eClick.missed` what it landed on if that was not `el`.
 */
function watchClick(el) {
  const watch = { missed: 'nothing' };
  window.__e2eClick = watch;
  addEventListener(
    'click',
    (e) => {
      const target = e.composedPath()[0];
      watch.missed =
        target === el || el.contains(target) ? '' : `<${target.localName} class="${target.className}"> at ${e.clientX},${e.clientY}`;
    },
    { capture: true, once: true },
  );
}

/** Polls `fn(arg)` in the page until it returns something truthy; throws after `timeout` ms. */
async function waitFor(evaluate, fn, arg, { timeout = 10_000, polling = 50 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const v = await evaluate(fn, arg);
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${String(fn).slice(0, 120)}`);
    await sleep(polling);
  }
}

const logEntry = (type, text) => ({ type, text: String(text) });

/**
 * What the Playwright (Chromium) and Puppeteer (Firefox) pages share: the log of console errors and
 * warnings, page errors and failed requests, and the page's operations, both libraries having the
 * same calls for them. The drivers add their keys and print media.
 */
function session(page, context) {
  page.setDefaultTimeout(10_000);
  const log = [];
  page.on('console', (m) => {
    const type = m.type() === 'warn' || m.type() === 'warning' ? 'warning' : m.type();
    if (type === 'error' || type === 'warning') log.push(logEntry(type, m.text()));
  });
  page.on('pageerror', (e) => log.push(logEntry('pageerror', e?.stack ?? e)));
  page.on('requestfailed', (r) => log.push(logEntry('requestfailed', `${r.url()} ${r.failure()?.errorText}`)));
  const evaluate = (fn, arg) => page.evaluate(fn, arg);
  return {
    log,
    async goto(url) {
      const response = await page.goto(url, { waitUntil: 'load' });
      return { headers: response?.headers() ?? {} };
    },
    evaluate,
    waitFor: (fn, arg, options) => waitFor(evaluate, fn, arg, options),
    async click(fn, arg) {
      const handle = await page.evaluateHandle(fn, arg);
      const el = handle.asElement();
      if (!el) throw new Error(`click: no element from ${String(fn).slice(0, 120)}`);
      await el.click();
      await handle.dispose();
    },
    type: (text) => page.keyboard.type(text),
    pdf: () => page.pdf({ format: 'A4', printBackground: true }),
    flush: async () => log,
    close: () => context.close(),
  };
}

async function chromium() {
  const { chromium: pw } = await import('playwright-core');
  const browser = await pw.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  return {
    version: `Chromium ${browser.version()}`,
    can: { consoleEvents: true, pdf: true, printMedia: true },
    async open({ viewport }) {
      const context = await browser.newContext({ viewport, reducedMotion: 'no-preference' });
      const page = await context.newPage();
      return {
        ...session(page, context),
        key: (key, modifiers = []) => page.keyboard.press([...modifiers, key].join('+')),
        printMedia: (on) => page.emulateMedia({ media: on ? 'print' : 'screen' }),
      };
    },
    close: () => browser.close(),
  };
}

async function firefox() {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath(), headless: true });
  return {
    version: (await browser.version()).replace(/^firefox\//, 'Firefox '),
    can: { consoleEvents: true, pdf: true, printMedia: false },
    async open({ viewport }) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport(viewport);
      const base = session(page, context);
      return {
        ...base,
        async key(key, modifiers = []) {
          for (const m of modifiers) await page.keyboard.down(m);
          await page.keyboard.press(key);
          for (const m of [...modifiers].reverse()) await page.keyboard.up(m);
        },
        printMedia: (on) => base.evaluate(switchPrintRules, on),
      };
    },
    close: () => browser.close(),
  };
}

// WebDriver's code points for the named keys the suite uses (https://w3c.github.io/webdriver/#keyboard-actions).
const WEBDRIVER_KEYS = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  Space: '\uE00D',
};

async function webkit({ origin }) {
  const { remote } = await import('webdriverio');
  const driver = await startWebKitDriver();
  /**
   * One WebDriver session (one MiniBrowser) for the run, one page at a time: WebKitWebDriver
   * holds one session at a time, and starting a new one for every page now and then hangs. Each
   * page starts from a blank page of the origin with its storage cleared.
   */
  let b;
  try {
    b = await remote({
      hostname: '127.0.0.1',
      port: driver.port,
      path: '/',
      logLevel: 'silent',
      connectionRetryTimeout: 60_000,
      capabilities: driver.capabilities,
    });
  } catch (e) {
    driver.stop();
    throw e;
  }
  return {
    version: `WebKit ${b.capabilities.browserVersion ?? ''}`.trim(),
    can: { consoleEvents: false, pdf: false, printMedia: false },
    async open({ viewport }) {
      await b.switchFrame(null);
      await b.url(`${origin}/__e2e/blank.html`);
      await b.execute(() => {
        localStorage.clear();
        sessionStorage.clear();
      });
      // MiniBrowser's window cannot be made narrower than its toolbar (about 450 px): a narrower
      // viewport is an iframe of exactly that size, and the page is driven inside it.
      const measure = () => b.execute(() => [innerWidth, innerHeight, outerWidth, outerHeight]);
      let [iw, ih, ow, oh] = await measure();
      await b.setWindowRect(null, null, viewport.width + ow - iw, viewport.height + oh - ih);
      [iw, ih] = await measure();
      const framed = iw !== viewport.width || ih !== viewport.height;
      const log = [];
      const evaluate = (fn, arg) => b.execute(fn, arg);
      const keyActions = (actions) => b.performActions([{ type: 'key', id: 'keyboard', actions }]);
      const code = (k) => WEBDRIVER_KEYS[k] ?? k;
      return {
        log,
        async goto(url) {
          const headers = Object.fromEntries((await fetch(url)).headers);
          if (!framed) await b.url(url);
          else {
            await b.url(`${origin}/__e2e/frame.html?${new URLSearchParams({ src: url, w: viewport.width, h: viewport.height })}`);
            await b.switchFrame(await b.$('iframe'));
          }
          return { headers };
        },
        evaluate,
        waitFor: (fn, arg, options) => waitFor(evaluate, fn, arg, options),
        // A mouse click at the element's centre, in viewport coordinates found by hit-testing.
        // (Element Click refuses elements in shadow roots: its hit test sees the shadow host and
        // calls the click "intercepted". And under `html { zoom }` WebKit's getBoundingClientRect
        // is not zoomed while the viewport is, so the driver's own centre can fall outside.)
        async click(fn, arg) {
          const ref = await b.execute(fn, arg);
          if (!ref?.[ELEMENT]) throw new Error(`click: no element from ${String(fn).slice(0, 120)}`);
          // WebKit can still undo the scroll between the hit test and the click (its UI process
          // then maps the point by the older scroll position, and the click lands elsewhere): the
          // page says whether the click reached the element, and a missed one is made again.
          for (let attempt = 1; ; attempt++) {
            const point = await b.execute(clickPoint, ref);
            if (!point) throw new Error(`click: the element from ${String(fn).slice(0, 120)} cannot be hit at its centre`);
            await b.execute(watchClick, ref);
            await b.performActions([
              {
                type: 'pointer',
                id: 'mouse',
                parameters: { pointerType: 'mouse' },
                actions: [
                  { type: 'pointerMove', origin: 'viewport', ...point },
                  { type: 'pointerDown', button: 0 },
                  { type: 'pointerUp', button: 0 },
                ],
              },
            ]);
            await b.releaseActions();
            const missed = await b.execute(() => window.__e2eClick?.missed);
            if (!missed) break;
            console.log(`      (WebKit: a click landed on ${missed}; clicking again)`);
            if (attempt === 3)
              throw new Error(`click: three clicks at the centre of the element from ${String(fn).slice(0, 120)} landed on ${missed}`);
          }
        },
        async key(key, modifiers = []) {
          await keyActions([
            ...modifiers.map((m) => ({ type: 'keyDown', value: code(m) })),
            { type: 'keyDown', value: code(key) },
            { type: 'keyUp', value: code(key) },
            ...[...modifiers].reverse().map((m) => ({ type: 'keyUp', value: code(m) })),
          ]);
        },
        // One key-down and key-up per character (webdriverio's keys() sends all downs first, which loses repeats).
        type: (text) =>
          keyActions(
            [...text].flatMap((c) => [
              { type: 'keyDown', value: c },
              { type: 'keyUp', value: c },
            ]),
          ),
        pdf: () => {
          throw new Error('WebKitWebDriver has no Print command');
        },
        printMedia: (on) => evaluate(switchPrintRules, on),
        /** Moves what the init script recorded in the page (console.error/warn, uncaught errors) into `log`. */
        async flush() {
          const recorded = await b.execute(() => (window.__e2eLog ?? []).splice(0)).catch(() => []);
          log.push(...recorded.map((l) => logEntry(l.type, l.text)));
          return log;
        },
        async close() {
          await b.switchFrame(null);
          await b.url('about:blank');
        },
      };
    },
    async close() {
      await b.deleteSession().catch(() => {});
      driver.stop();
    },
  };
}

/** Starts `engine` ('chromium' | 'firefox' | 'webkit'); `origin` is the suite's server. */
export async function launch(engine, { origin }) {
  const start = { chromium, firefox, webkit }[engine];
  if (!start) throw new Error(`unknown engine ${engine}`);
  return Object.assign(await start({ origin }), { engine, label: ENGINE_LABELS[engine] });
}
