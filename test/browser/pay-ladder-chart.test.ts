/**
 * <pay-ladder-chart> in real Chromium: lazy Chart.js, in-place updates, lifecycle across
 * disconnect/reconnect, accessibility (names, keyboard, live region, axe), reserved height,
 * reduced motion and theming through inherited custom properties.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { Chart } from 'chart.js';
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

async function makeChart(options: { series?: ChartSeries[]; current?: number | null; width?: string } = {}) {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  if (options.width) container.style.width = options.width;
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

    await el.ready;
    const chart = Chart.getChart(canvas);
    expect(chart).to.exist;
    expect(chart).to.equal(el.chart);
    expect(frame.getAttribute('aria-busy')).to.equal('false');
    expect(el.shadowRoot!.querySelector('.placeholder')!.hasAttribute('hidden')).to.equal(true);
    expect(chart!.data.labels).to.deep.equal(YEARS);
    expect(chart!.data.datasets[1].data).to.deep.equal(TOTAL.values);
    expect((chart!.data.datasets[0] as { stepped?: unknown }).stepped).to.equal('before');
    expect(chart!.options.responsive).to.equal(true);
    expect(chart!.options.maintainAspectRatio).to.equal(false);
  });

  it('gives N series N datasets with distinct dash patterns and point styles, legend samples matching', async () => {
    const { el } = await makeChart({ series: series(8) });
    await el.ready;
    const datasets = el.chart!.data.datasets as Array<{ borderDash: number[]; pointStyle: string; pointRotation: number }>;
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
    const { el } = await makeChart();
    await el.ready;
    const chart = el.chart!;
    const raised: ChartSeries = { ...TOTAL, values: TOTAL.values.map((v) => (v === null ? null : v + 1000)) };
    el.series = [MINIMUM, raised];
    await el.updateComplete;
    expect(el.chart).to.equal(chart);
    expect(Chart.getChart(parts(el).canvas)).to.equal(chart);
    expect(chart.data.datasets[1].data).to.deep.equal(raised.values);

    el.series = [MINIMUM, raised, { id: 'x', label: 'Med tillegg', values: YEARS.map(() => 520000) }];
    await el.updateComplete;
    expect(el.chart).to.equal(chart);
    expect(chart.data.datasets).to.have.length(3);
    expect(parts(el).legendItems).to.have.length(3);

    el.series = [MINIMUM];
    el.years = [0, 1, 2];
    await el.updateComplete;
    expect(el.chart).to.equal(chart);
    expect(chart.data.datasets).to.have.length(1);
    expect(chart.data.datasets[0].data).to.deep.equal([437300, 437300, 439000]);
    expect(chart.options.scales!.x!.max).to.equal(2);
  });

  it('destroys the chart when removed and creates a new one when added again', async () => {
    const { el, container } = await makeChart();
    await el.ready;
    const first = el.chart!;
    const { canvas } = parts(el);
    el.remove();
    expect(Chart.getChart(canvas)).to.equal(undefined);
    expect(el.chart).to.equal(undefined);

    container.append(el);
    await el.ready;
    const second = el.chart!;
    expect(second).to.exist;
    expect(second).not.to.equal(first);
    expect(Chart.getChart(canvas)).to.equal(second);
    expect(second.data.datasets).to.have.length(2);
  });

  it('drops a load that finishes after the element was removed', async () => {
    const { el } = await makeChart();
    el.remove(); // before Chart.js could have arrived
    await new Promise((r) => setTimeout(r, 50));
    expect(el.chart).to.equal(undefined);
    expect(Chart.getChart(parts(el).canvas)).to.equal(undefined);
  });

  it('keeps two instances on one page independent', async () => {
    const a = await makeChart();
    const b = await makeChart({ series: [TOTAL] });
    await Promise.all([a.el.ready, b.el.ready]);
    expect(a.el.chart).not.to.equal(b.el.chart);
    expect(a.el.chart!.data.datasets).to.have.length(2);
    expect(b.el.chart!.data.datasets).to.have.length(1);

    a.el.series = [MINIMUM];
    await a.el.updateComplete;
    expect(b.el.chart!.data.datasets[0].data).to.deep.equal(TOTAL.values);

    a.el.remove();
    expect(Chart.getChart(parts(b.el).canvas)).to.equal(b.el.chart);
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
    expect(el.chart!.tooltip!.getActiveElements().map((a) => a.index)).to.deep.equal([6, 6]);

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
    expect(el.chart!.tooltip!.getActiveElements()).to.have.length(1);

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
    expect(el.chart!.tooltip!.getActiveElements()).to.have.length(0);
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
    expect(el.chart!.data.datasets[0].borderColor).to.equal('#010203');
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
    expect(normal.el.chart!.options.animation).not.to.equal(false);
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
      expect(reduced.el.chart!.options.animation).to.equal(false);
      // The already-running chart follows the change too.
      await frames();
      expect(normal.el.chart!.options.animation).to.equal(false);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});
