/**
 * The order in which the BUILT bundle (`dist/define.js`, from `npm run build`) loads (issue #14),
 * in a page of its own (an iframe: its own module map and Resource Timing), as a CMS page loads it:
 *
 *   - the first render needs one request: define.js carries everything the annual figure and the
 *     form need, so no chunk of dist/chunks/ is requested before the figure is painted (a chain of
 *     requests before the first figure costs a round trip each on a phone); with a pinned earlier
 *     `tariff-date` too, whose table's figures and the "Flere valg" fields it opens are in define.js
 *     (issue #21);
 *   - the chart is requested after the figure is painted, and drawn after it;
 *   - no chain of requests after define.js is longer than two: a chunk, and the small chunks it
 *     shares with other parts, which are found when it arrives (one round trip more; issue #21
 *     took out the build step that rewrote each import() to request them with it);
 *   - no file is requested twice.
 *
 * Nothing here imports the TypeScript sources; web-test-runner.config.js serves /dist/ byte for byte.
 */
import { expect } from '@open-wc/testing';

const BUNDLE = '/dist/define.js';

/** In the iframe's <head>, before define.js: the time the figure is first painted, and the chart drawn. */
const PROBE = `(() => {
  const P = (window.__order = { figureAt: null, figure: null, chartAt: null });
  const afterPaint = (cb) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => cb(performance.now()); c.port2.postMessage(0); });
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    if (this.localName !== 'pay-ladder') return root;
    const mo = new MutationObserver(() => {
      if (!/\\d/.test(root.querySelector('.figure')?.textContent ?? '')) return;
      mo.disconnect();
      P.figure = root.querySelector('.figure').textContent.replace(/\\s+/g, ' ').trim();
      afterPaint(async (t) => {
        P.figureAt = t;
        await customElements.whenDefined('pay-ladder-chart');
        await root.querySelector('pay-ladder-chart').ready;
        afterPaint((t2) => (P.chartAt = t2));
      });
    });
    mo.observe(root, { childList: true, subtree: true, characterData: true });
    return root;
  };
})();`;

interface Order {
  figureAt: number | null;
  /** The figure's text when it first showed digits. */
  figure: string | null;
  chartAt: number | null;
}

/** The static imports of a built chunk, as absolute URLs. */
async function staticImports(url: string): Promise<string[]> {
  const code = await (await fetch(url, { cache: 'no-store' })).text();
  return [
    ...code.matchAll(/(?:^|[;}])\s*(?:import|export)\s*(?:\{[^}]*\}\s*from\s*|\*\s*(?:as\s+\w+\s*)?from\s*)?["'`]([^"'`]+)["'`]/g),
  ].map((m) => new URL(m[1], url).href);
}

/** Loads `element` with the built bundle in an iframe of its own; the probe's times and the files of dist/ requested. */
async function loadInFrame(element: string): Promise<{ frame: HTMLIFrameElement; order: Order; resources: PerformanceResourceTiming[] }> {
  const head = await fetch(BUNDLE, { cache: 'no-store' });
  if (!head.ok) throw new Error(`${BUNDLE} is missing (HTTP ${head.status}): run \`npm run build\` before the browser tests.`);
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:800px;height:600px;border:0';
  frame.srcdoc = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script>${PROBE}</script><script type="module" src="${BUNDLE}"></script></head>
<body>${element}<p>Tekst etter kalkulatoren.</p></body></html>`;
  document.body.append(frame);
  const win = (): (Window & { __order?: Order }) | null => frame.contentWindow;
  const until = Date.now() + 25_000;
  while (!(win()?.__order?.chartAt ?? null) && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
  const order = { ...win()!.__order! };
  // What loads right after the chart (the dataset, the blocks under the results) is recorded too.
  await new Promise((r) => setTimeout(r, 1000));
  const resources = win()!
    .performance.getEntriesByType('resource')
    .filter((e): e is PerformanceResourceTiming => new URL(e.name).pathname.startsWith('/dist/'));
  return { frame, order, resources };
}

describe('loading order of the built bundle', () => {
  let frame: HTMLIFrameElement;
  let order: Order;
  let resources: PerformanceResourceTiming[];

  before(async function (this: MochaLite.Context) {
    this.timeout(30_000);
    ({ frame, order, resources } = await loadInFrame('<pay-ladder></pay-ladder>'));
  });

  after(() => frame?.remove());

  it('paints the figure, then draws the chart', () => {
    expect(order.figureAt, 'the figure was painted').to.be.a('number');
    expect(order.chartAt, 'the chart was drawn').to.be.a('number');
    expect(order.chartAt!).to.be.greaterThan(order.figureAt!);
  });

  it('needs one request before the first figure: define.js, no chunk', () => {
    const before = resources.filter((e) => e.startTime < order.figureAt!).map((e) => new URL(e.name).pathname);
    expect(before).to.deep.equal([BUNDLE]);
  });

  it('requests the chart after the figure is painted', () => {
    const chart = resources.filter((e) => /\/dist\/chunks\/chart-[\w-]{8}\.js$/.test(e.name));
    expect(chart, 'the chart chunk was requested once').to.have.length(1);
    expect(chart[0].startTime).to.be.at.least(order.figureAt!);
  });

  it('has no chain longer than a chunk and the chunks it imports, each requested once it arrives', async () => {
    const byUrl = new Map(resources.map((e) => [e.name, e]));
    const problems: string[] = [];
    /** Requests in a row from this file on (define.js is there from the start). */
    const depth = async (url: string, seen: string[] = []): Promise<number> => {
      if (new URL(url).pathname === BUNDLE || seen.includes(url)) return 0;
      let deepest = 0;
      for (const dep of await staticImports(url)) {
        if (new URL(dep).pathname !== BUNDLE && !byUrl.has(dep)) problems.push(`${url} imports ${dep}, which was not requested`);
        deepest = Math.max(deepest, await depth(dep, [...seen, url]));
      }
      return 1 + deepest;
    };
    for (const e of resources) {
      const d = await depth(e.name);
      if (d > 2) problems.push(`${e.name} starts a chain of ${d} requests`);
    }
    expect(problems).to.deep.equal([]);
  });

  it('requests no file twice', () => {
    const names = resources.map((e) => new URL(e.name).pathname);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).to.deep.equal([]);
  });
});

describe('loading order of the built bundle, with a pinned earlier tariff-date', () => {
  let frame: HTMLIFrameElement;
  let order: Order;
  let resources: PerformanceResourceTiming[];

  before(async function (this: MochaLite.Context) {
    this.timeout(30_000);
    ({ frame, order, resources } = await loadInFrame('<pay-ladder tariff-date="2023-05-01"></pay-ladder>'));
  });

  after(() => frame?.remove());

  it("paints the 1.5.2023 table's figure first, from define.js alone: no chunk, not the full dataset", () => {
    expect(order.figure).to.equal('415 300 kr');
    const before = resources.filter((e) => e.startTime < order.figureAt!).map((e) => new URL(e.name).pathname);
    expect(before).to.deep.equal([BUNDLE]);
  });
});
