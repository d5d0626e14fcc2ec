/**
 * <pay-ladder-chart> in real Chromium: lazy Chart.js, in-place updates, lifecycle across
 * disconnect/reconnect, accessibility (names, keyboard, live region, axe), reserved height,
 * reduced motion and theming through inherited custom properties.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { PayLadderChart, type ChartMarker, type ChartSeries } from '../../src/ui/chart/pay-ladder-chart.js';
import { engine, plain, sendKeys } from './helpers.js';

if (!customElements.get('pay-ladder-chart')) customElements.define('pay-ladder-chart', PayLadderChart);

const YEARS = Array.from({ length: 11 }, (_, i) => i);
const MINIMUM: ChartSeries = {
  id: 'min',
  label: 'Garantilønn',
  kind: 'minimum',
  values: [437300, 437300, 439000, 439000, 440200, 440200, 441500, 441500, 443900, 443900, 496700],
};
const TOTAL: ChartSeries = {
  id: 'total',
  label: 'Din lønn',
  kind: 'total',
  values: [450000, 450000, 455000, 455000, 458000, 458000, 460000, 460000, 470000, null, 510000],
};
const MARKERS: ChartMarker[] = [{ years: 3, label: 'Fagskole fullført' }];
const SUMMARY = 'Etter 10 år: 496 700 kr i året';

const parts = (el: PayLadderChart) => ({
  canvas: el.shadowRoot!.querySelector('canvas')!,
  legendItems: [...el.shadowRoot!.querySelectorAll('[part="legend"] .series li')],
  live: el.shadowRoot!.querySelector('[role="status"]')!,
  frame: el.shadowRoot!.querySelector<HTMLElement>('[part="chart"]')!,
});

/** Pure series colours for pixel reads (slot i = series i, i+4). */
const COLOURS: Array<[number, number, number]> = [
  [255, 0, 0],
  [0, 160, 0],
  [0, 0, 255],
  [255, 0, 255],
];

async function makeChart(options: { series?: ChartSeries[]; current?: number | null; width?: string; colours?: boolean } = {}) {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  if (options.width) container.style.width = options.width;
  if (options.colours)
    COLOURS.forEach(([r, g, b], i) => container.style.setProperty(`--pay-ladder-series-${i + 1}`, `rgb(${r}, ${g}, ${b})`));
  const el = document.createElement('pay-ladder-chart');
  el.years = YEARS;
  el.series = options.series ?? [MINIMUM, TOTAL];
  el.markers = MARKERS;
  el.current = options.current ?? null;
  el.summary = SUMMARY;
  el.xLabel = 'Ansiennitet (år)';
  el.yLabel = 'Kroner per år';
  container.append(el);
  return { el, container };
}

/** Two animation frames: Chart.js's resize observer and render have run. */
const frames = () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));

/** The chart's first draw has finished (the 400 ms grow-in; later updates are not animated). */
const drawn = async () => {
  await frames();
  await new Promise((r) => setTimeout(r, 600));
  await frames();
};

/** Where the canvas has pixels of colour `rgb` (±12 a channel, opaque), or any painted pixel when no colour is given. */
function inked(canvas: HTMLCanvasElement, rgb?: [number, number, number]): { count: number; maxX: number } {
  let count = 0;
  let maxX = -1;
  if (!canvas.width || !canvas.height) return { count, maxX };
  const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
  for (let i = 0; i < data.length; i += 4) {
    const hit = rgb ? data[i + 3] === 255 && rgb.every((c, k) => Math.abs(data[i + k] - c) <= 12) : data[i + 3] !== 0;
    if (!hit) continue;
    count++;
    maxX = Math.max(maxX, (i / 4) % canvas.width);
  }
  return { count, maxX };
}

/** The canvas's pixels, to tell whether a change redrew it. */
const snapshot = (canvas: HTMLCanvasElement) => canvas.toDataURL();

/** What the live region says for each year, walking from Home with → (then Escape). */
async function announced(el: PayLadderChart): Promise<string[]> {
  const { canvas, live } = parts(el);
  const press = (key: string) => canvas.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  const said: string[] = [];
  for (let i = 0; i < el.years.length; i++) {
    press(i === 0 ? 'Home' : 'ArrowRight');
    await el.updateComplete;
    await frames(); // a key a frame: Escape in the same frame as the last move leaves the tooltip drawn
    said.push(plain(live.textContent));
  }
  press('Escape');
  await drawn(); // the tooltip has faded out, so it is not in later pixel reads
  return said;
}

// Chart.js internals: identity of the Chart object is the behaviour (updated in place, a new one per connection, none after removal); no public surface tells two Chart objects apart.
const instance = (el: PayLadderChart) => el.chart;

// Chart.js internals: each line's dash pattern, point shape and stepping are canvas strokes no DOM shows; the legend's samples are checked against them.
const lineLooks = (el: PayLadderChart) =>
  el.chart!.data.datasets as Array<{ borderDash: number[]; pointStyle: string; pointRotation: number; stepped?: unknown }>;

// Chart.js internals: which points the tooltip highlights is drawn on the canvas only (the live region, checked too, says the words).
const tooltipPoints = (el: PayLadderChart) => el.chart!.tooltip!.getActiveElements().map((a) => a.index);

// Chart.js internals: whether the chart animates is an option; pixels mid-animation are too timing-dependent to assert.
const animates = (el: PayLadderChart) => el.chart!.options.animation !== false;

function series(n: number): ChartSeries[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `s${i}`,
    label: `Scenario ${i + 1}`,
    kind: i % 2 ? 'minimum' : 'total',
    values: YEARS.map((y) => 400000 + i * 10000 + y * 5000),
  }));
}

describe('<pay-ladder-chart>', () => {
  it('renders the legend at once and the chart after Chart.js has loaded', async () => {
    const { el } = await makeChart();
    await el.updateComplete;
    const { canvas, legendItems, frame } = parts(el);
    expect(legendItems.map((li) => li.textContent.trim())).to.deep.equal(['Garantilønn', 'Din lønn']);
    expect(legendItems.every((li) => li.querySelector('svg[aria-hidden="true"] line'))).to.equal(true);
    expect(plain(el.shadowRoot!.querySelector('.markers')!.textContent)).to.equal('År 3: Fagskole fullført');
    expect(canvas).to.exist;

    expect(inked(canvas).count, 'nothing drawn before Chart.js').to.equal(0);

    await el.ready;
    await drawn();
    expect(instance(el)).to.exist;
    expect(frame.getAttribute('aria-busy')).to.equal('false');
    expect(el.shadowRoot!.querySelector('.placeholder')!.hasAttribute('hidden')).to.equal(true);
    expect(inked(canvas).count, 'the chart is drawn').to.be.greaterThan(0);
    const said = await announced(el);
    expect(said).to.have.length(YEARS.length);
    expect(said[0]).to.equal('År 0: Garantilønn 437 300 kr, Din lønn 450 000 kr');
    expect(said[3]).to.equal('År 3: Garantilønn 439 000 kr, Din lønn 455 000 kr. Fagskole fullført');
    expect(said[9]).to.equal('År 9: Garantilønn 443 900 kr');
    expect(said[10]).to.equal('År 10: Garantilønn 496 700 kr, Din lønn 510 000 kr');
    // Pay from year N holds until year N+1.
    expect(lineLooks(el).map((d) => d.stepped)).to.deep.equal(['before', 'before']);
  });

  it('draws each series in its colour, across the whole x axis', async () => {
    const { el } = await makeChart({ colours: true });
    await el.ready;
    await drawn();
    const { canvas } = parts(el);
    const [minimum, total] = [inked(canvas, COLOURS[0]), inked(canvas, COLOURS[1])];
    expect(minimum.count, 'minimum').to.be.greaterThan(0);
    expect(total.count, 'total').to.be.greaterThan(0);
    expect(inked(canvas, COLOURS[2]).count, 'no third series').to.equal(0);
    // The last year is at the plot's right edge (x max = the last year; the chart fills its box).
    expect(minimum.maxX).to.be.greaterThan(canvas.width * 0.9);
  });

  it('gives N series N datasets with distinct dash patterns and point styles, legend samples matching', async () => {
    const { el } = await makeChart({ series: series(8) });
    await el.ready;
    const datasets = lineLooks(el);
    expect(datasets).to.have.length(8);
    expect(new Set(datasets.map((d) => `${d.pointStyle}/${d.pointRotation}`)).size).to.equal(8);
    expect(new Set(datasets.map((d) => JSON.stringify(d.borderDash))).size).to.equal(8);
    const samples = parts(el).legendItems.map((li) => li.querySelector('line')!.getAttribute('stroke-dasharray'));
    expect(samples).to.deep.equal(datasets.map((d) => (d.borderDash.length ? d.borderDash.join(' ') : 'none')));
    // The minimum is always dashed; the first total is solid.
    expect(datasets[0].borderDash).to.deep.equal([]);
    expect(datasets[1].borderDash.length).to.be.greaterThan(0);
  });

  it('updates the same Chart instance in place when series change', async () => {
    const { el } = await makeChart({ colours: true });
    await el.ready;
    await drawn();
    const chart = instance(el);
    const { canvas } = parts(el);
    const before = snapshot(canvas);
    const raised: ChartSeries = { ...TOTAL, values: TOTAL.values.map((v) => (v === null ? null : v + 20000)) };
    el.series = [MINIMUM, raised];
    await el.updateComplete;
    await frames();
    expect(instance(el)).to.equal(chart);
    expect(parts(el).canvas).to.equal(canvas);
    expect(snapshot(canvas) !== before, 'redrawn with the new values').to.equal(true);
    expect((await announced(el))[10]).to.equal('År 10: Garantilønn 496 700 kr, Din lønn 530 000 kr');

    el.series = [MINIMUM, raised, { id: 'x', label: 'Med tillegg', values: YEARS.map(() => 520000) }];
    await el.updateComplete;
    await frames();
    expect(instance(el)).to.equal(chart);
    expect(inked(canvas, COLOURS[2]).count, 'third line drawn').to.be.greaterThan(0);
    expect(parts(el).legendItems).to.have.length(3);

    el.series = [MINIMUM];
    el.years = [0, 1, 2];
    await el.updateComplete;
    await frames();
    expect(instance(el)).to.equal(chart);
    expect(inked(canvas, COLOURS[1]).count, 'second line gone').to.equal(0);
    expect(inked(canvas, COLOURS[2]).count, 'third line gone').to.equal(0);
    // Three years fill the x axis: its end is the last year, 2.
    expect(inked(canvas, COLOURS[0]).maxX).to.be.greaterThan(canvas.width * 0.9);
    expect(await announced(el)).to.deep.equal([
      'År 0: Garantilønn 437 300 kr',
      'År 1: Garantilønn 437 300 kr',
      'År 2: Garantilønn 439 000 kr',
    ]);
  });

  it('destroys the chart when removed and creates a new one when added again', async () => {
    const { el, container } = await makeChart({ colours: true });
    await el.ready;
    await drawn();
    const first = instance(el);
    const { canvas } = parts(el);
    expect(inked(canvas).count).to.be.greaterThan(0);
    el.remove();
    expect(instance(el)).to.equal(undefined);
    expect(inked(canvas).count, 'the destroyed chart left the canvas blank').to.equal(0);

    container.append(el);
    await el.ready;
    await drawn();
    const second = instance(el);
    expect(second).to.exist;
    expect(second).not.to.equal(first);
    expect(parts(el).canvas).to.equal(canvas);
    expect(inked(canvas, COLOURS[0]).count, 'minimum drawn again').to.be.greaterThan(0);
    expect(inked(canvas, COLOURS[1]).count, 'total drawn again').to.be.greaterThan(0);
  });

  it('drops a load that finishes after the element was removed', async () => {
    const { el } = await makeChart();
    el.remove(); // before Chart.js could have arrived
    await new Promise((r) => setTimeout(r, 50));
    expect(instance(el)).to.equal(undefined);
    expect(inked(parts(el).canvas).count).to.equal(0);
    expect(parts(el).frame.getAttribute('aria-busy')).to.equal('true');
  });

  it('keeps two instances on one page independent', async () => {
    const a = await makeChart({ colours: true });
    const b = await makeChart({ series: [TOTAL], colours: true });
    await Promise.all([a.el.ready, b.el.ready]);
    await drawn();
    expect(instance(a.el)).not.to.equal(instance(b.el));
    const [ca, cb] = [parts(a.el).canvas, parts(b.el).canvas];
    expect([inked(ca, COLOURS[0]).count > 0, inked(ca, COLOURS[1]).count > 0], 'a: two lines').to.deep.equal([true, true]);
    expect([inked(cb, COLOURS[0]).count > 0, inked(cb, COLOURS[1]).count > 0], 'b: one line').to.deep.equal([true, false]);
    const bBefore = snapshot(cb);

    a.el.series = [MINIMUM];
    await a.el.updateComplete;
    await frames();
    expect(inked(ca, COLOURS[1]).count, 'a lost its second line').to.equal(0);
    expect(snapshot(cb) === bBefore, 'b unchanged').to.equal(true);

    const bChart = instance(b.el);
    a.el.remove();
    await frames();
    expect(instance(b.el)).to.equal(bChart);
    // Not pixel-equal: the page's layout may change (Firefox redraws when its scrollbar goes).
    expect(inked(cb, COLOURS[0]).count, 'b still drawn').to.be.greaterThan(0);
  });

  it('names the canvas with the summary (role=img)', async () => {
    const { el } = await makeChart();
    await el.ready;
    const { canvas } = parts(el);
    expect(canvas.getAttribute('role')).to.equal('img');
    expect(canvas.getAttribute('aria-label')).to.equal(SUMMARY);
    el.summary = 'Etter 6 år: 460 000 kr i året';
    await el.updateComplete;
    expect(canvas.getAttribute('aria-label')).to.equal('Etter 6 år: 460 000 kr i året');
  });

  it('is no image while it has no words: a canvas with role=img always has a name', async () => {
    // A calculator far down the page holds its chart element, with nothing given yet, until it comes near.
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('pay-ladder-chart');
    container.append(el);
    await el.ready;
    const { canvas } = parts(el);
    expect(canvas.hasAttribute('role'), 'role').to.equal(false);
    expect(canvas.hasAttribute('aria-label'), 'aria-label').to.equal(false);
    expect(canvas.getAttribute('aria-hidden')).to.equal('true');
    expect(canvas.tabIndex, 'not focusable').to.equal(-1);
    await expect(el).to.be.accessible();
    el.years = YEARS;
    el.series = [TOTAL];
    await el.updateComplete;
    // Without a summary: the y axis title and the series' names.
    expect(canvas.getAttribute('role')).to.equal('img');
    expect(canvas.getAttribute('aria-label')).to.equal('Din lønn');
    expect(canvas.hasAttribute('aria-hidden')).to.equal(false);
    expect(canvas.tabIndex).to.equal(0);
    el.summary = SUMMARY;
    await el.updateComplete;
    expect(canvas.getAttribute('aria-label')).to.equal(SUMMARY);
    await expect(el).to.be.accessible();
  });

  it('walks through the years with the keyboard, showing the tooltip and announcing values', async () => {
    const { el } = await makeChart({ current: 6 });
    await el.ready;
    const { canvas, live } = parts(el);
    canvas.focus();
    expect(el.shadowRoot!.activeElement).to.equal(canvas);

    await sendKeys({ press: 'ArrowRight' }); // first press: the current year
    await el.updateComplete;
    expect(plain(live.textContent)).to.equal('År 6: Garantilønn 441 500 kr, Din lønn 460 000 kr');
    expect(tooltipPoints(el)).to.deep.equal([6, 6]);

    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(plain(live.textContent)).to.equal('År 7: Garantilønn 441 500 kr, Din lønn 460 000 kr');

    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(plain(live.textContent)).to.equal('År 0: Garantilønn 437 300 kr, Din lønn 450 000 kr');

    await sendKeys({ press: 'ArrowLeft' }); // stays on the first year
    await el.updateComplete;
    expect(plain(live.textContent)).to.match(/^År 0:/);

    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'ArrowLeft' }); // year 9: "Din lønn" unknown, so not announced
    await el.updateComplete;
    expect(plain(live.textContent)).to.equal('År 9: Garantilønn 443 900 kr');
    expect(tooltipPoints(el)).to.deep.equal([9]);

    el.yearLabel = 'Year';
    el.locale = 'en';
    await el.updateComplete;
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(plain(live.textContent)).to.equal('Year 3: Garantilønn NOK 439,000, Din lønn NOK 455,000. Fagskole fullført');

    await sendKeys({ press: 'Escape' });
    expect(tooltipPoints(el)).to.deep.equal([]);
  });

  it('has a fixed height (plot 18em + 3.5em for the legend) before and after the chart loads, also at 320 px', async () => {
    const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
    for (const width of ['320px', '800px']) {
      const { el } = await makeChart({ width });
      await el.updateComplete;
      const before = el.getBoundingClientRect();
      expect(before.height, width).to.equal(21.5 * rem);
      const legend = parts(el).frame.previousElementSibling!.getBoundingClientRect().height;
      expect(parts(el).frame.getBoundingClientRect().height, width).to.be.closeTo(21.5 * rem - legend - 0.75 * rem, 1);
      await el.ready;
      await frames();
      const after = el.getBoundingClientRect();
      expect(after.height, width).to.equal(before.height);
      expect(after.width).to.equal(Number.parseFloat(width));
      expect(parts(el).canvas.getBoundingClientRect().width).to.be.at.most(Number.parseFloat(width));
      el.remove();
    }
  });

  it('follows --pay-ladder-chart-height and series colours set on an ancestor', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div class="themed"></div>`);
    wrapper.style.setProperty('--pay-ladder-chart-height', '200px');
    wrapper.style.setProperty('--pay-ladder-series-1', '#010203');
    const el = document.createElement('pay-ladder-chart');
    el.years = YEARS;
    el.series = [TOTAL];
    el.summary = SUMMARY;
    wrapper.append(el);
    await el.ready;
    const em = Number.parseFloat(getComputedStyle(el).fontSize);
    expect(el.getBoundingClientRect().height).to.equal(200 + 3.5 * em);
    await drawn();
    expect(inked(parts(el).canvas, [1, 2, 3]).count, "the line in the ancestor's colour").to.be.greaterThan(0);
  });

  it('uses no inline style attributes of its own (CSP without unsafe-inline)', async () => {
    const { el } = await makeChart();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[style]')).to.have.length(0);
  });

  it('has no axe-core violations, before and after the chart loads', async () => {
    const { el } = await makeChart({ current: 4 });
    el.currentLabel = 'Du er her';
    await el.updateComplete;
    await expect(el).to.be.accessible();
    await el.ready;
    await expect(el).to.be.accessible();
  });

  it('turns animation off under prefers-reduced-motion: reduce', async function (this: MochaLite.Context) {
    const normal = await makeChart();
    await normal.el.ready;
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(false);
    expect(animates(normal.el)).to.equal(true);
    // Engine-specific skip: only Chromium's driver can emulate the preference. Firefox: WebDriver
    // BiDi's emulation.setMediaFeaturesOverride is not implemented yet
    // (https://bugzilla.mozilla.org/show_bug.cgi?id=2064352). WebKit: WebKitWebDriver speaks classic
    // WebDriver, which has no media emulation (https://github.com/w3c/webdriver/issues/1693).
    if ((await engine()) !== 'chromium') this.skip();
    try {
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
      const reduced = await makeChart();
      await reduced.el.ready;
      expect(animates(reduced.el)).to.equal(false);
      // The already-running chart follows the change too.
      await frames();
      expect(animates(normal.el)).to.equal(false);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});
