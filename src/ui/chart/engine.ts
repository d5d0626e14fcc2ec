/**
 * The only module that imports Chart.js at runtime. `<pay-ladder-chart>` loads it with a dynamic
 * `import()`, so the calculator's form and numbers render before the chart code arrives (this
 * module + the registered Chart.js pieces: 150 KB minified, 54 KB gzip, esbuild). The element's
 * Chart.js configuration (datasets, scales, tooltip, guide lines, the keyboard's active year) is
 * here too: it is only needed once Chart.js is.
 *
 * Only the pieces a stepped line chart needs are registered: the line controller, line and point
 * elements, the linear scale (x = years, y = kroner) and the tooltip. No Legend plugin (the element
 * renders its legend as HTML), no Filler, no `chart.js/auto`.
 *
 * Registration changes the Chart.js registry, which a host page using the same Chart.js copy
 * shares: adding pieces is harmless there, and this module never touches `Chart.defaults`.
 */
import {
  Chart,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
  type ActiveElement,
  type ChartConfiguration,
  type ChartOptions,
  type ChartType,
  type DefaultDataPoint,
  type Plugin,
  type ScriptableContext,
} from 'chart.js';
import { formatNumber } from '../../i18n/format.js';
import { SERIES_TOKENS, bandText, looks, money, notesFor, reducedMotion, referenceLines, type ChartView } from './looks.js';
import { tokenDefaults, type TokenName } from '../base/theme.js';

let registered = false;

/** Registers the pieces once (idempotent; Chart.register is additive anyway). */
export function registerChartPieces(): void {
  if (registered) return;
  Chart.register(LineController, LineElement, PointElement, LinearScale, Tooltip);
  registered = true;
}

/** Creates a chart on `canvas` after making sure the pieces are registered. */
export function createChart<TType extends ChartType, TData = DefaultDataPoint<TType>, TLabel = unknown>(
  canvas: HTMLCanvasElement,
  config: ChartConfiguration<TType, TData, TLabel>,
): Chart<TType, TData, TLabel> {
  registerChartPieces();
  return new Chart(canvas, config);
}

// ---- <pay-ladder-chart>'s chart ------------------------------------------------------------------

type LineChart = Chart<'line', Array<number | null>, number>;
type LineConfig = ChartConfiguration<'line', Array<number | null>, number>;

interface Colors {
  series: string[];
  text: string;
  muted: string;
  grid: string;
  font: string;
  size: number;
}

/** The theme of each element as last read (the guide-line plugin draws with it). */
const themes = new WeakMap<ChartView, Colors>();

function readTheme(el: ChartView & Element): Colors {
  const cs = getComputedStyle(el);
  const read = (name: TokenName) => cs.getPropertyValue(`--_pl-${name}`).trim() || tokenDefaults[name];
  const size = Number.parseFloat(cs.fontSize);
  const colors: Colors = {
    series: SERIES_TOKENS.map(read),
    text: read('text'),
    muted: read('muted'),
    grid: read('grid'),
    font: cs.fontFamily,
    size: Number.isFinite(size) ? Math.max(12, Math.round(size * 0.875)) : 12,
  };
  themes.set(el, colors);
  return colors;
}

/** Animation settings for the user's motion preference. */
export function animation(): ChartOptions<'line'>['animation'] {
  return reducedMotion() ? false : { duration: 400 };
}

/** Draws `el`'s chart on `canvas` (read theme, datasets, options, guide lines). */
export function mountChart(canvas: HTMLCanvasElement, el: ChartView & Element): LineChart {
  const colors = readTheme(el);
  const config: LineConfig = {
    type: 'line',
    data: { labels: [...el.years], datasets: datasets(el, colors) },
    options: options(el, colors),
    plugins: [guides(el)],
  };
  return createChart(canvas, config);
}

/**
 * Updates the existing chart in place (never a second Chart) to `el`'s properties and theme, and
 * shows year `active` again (dropped when the years end before it). Returns the active year.
 */
export function syncChart(chart: LineChart, el: ChartView & Element, active: number | null): number | null {
  const colors = readTheme(el);
  chart.data.labels = [...el.years];
  const next = datasets(el, colors);
  const current = chart.data.datasets;
  next.forEach((ds, i) => {
    if (current[i]) Object.assign(current[i], ds);
    else current.push(ds);
  });
  current.splice(next.length);
  chart.options = options(el, colors);
  if (active !== null && active >= el.years.length) active = null;
  // The points of the active year are where the updated chart puts them.
  if (active !== null) chart.update('none');
  showYear(chart, active);
  return active;
}

/** Shows the tooltip and larger points of year index `index`; null clears them. */
export function showYear(chart: LineChart, index: number | null): void {
  const active: ActiveElement[] = [];
  if (index !== null) {
    chart.data.datasets.forEach((ds, datasetIndex) => {
      const v = ds.data[index];
      if (typeof v === 'number' && chart.isDatasetVisible(datasetIndex))
        active.push({ datasetIndex, index, element: chart.getDatasetMeta(datasetIndex).data[index] });
    });
  }
  const anchor = active[0]?.element;
  const list = active.map(({ datasetIndex, index: i }) => ({ datasetIndex, index: i }));
  chart.setActiveElements(list);
  chart.tooltip?.setActiveElements(list, { x: anchor?.x ?? 0, y: anchor?.y ?? 0 });
  chart.update('none');
}

function datasets(el: ChartView, colors: Colors): LineConfig['data']['datasets'] {
  const styles = looks(el.series);
  const every = Math.max(1, Math.round((el.years.length - 1) / 9));
  return el.series.map((s, i) => {
    const look = styles[i];
    const color = colors.series[look.slot];
    const values = el.years.map((_, j) => {
      const v = s.values[j];
      return typeof v === 'number' && Number.isFinite(v) ? v : null;
    });
    return {
      label: s.label,
      data: values,
      borderColor: color,
      backgroundColor: color,
      borderWidth: look.width,
      borderDash: look.dash,
      pointStyle: look.style,
      pointRotation: look.rotation,
      pointBorderColor: color,
      pointBackgroundColor: color,
      pointRadius: (ctx: ScriptableContext<'line'>) => {
        if (el.current !== null && el.years[ctx.dataIndex] === el.current) return 6;
        return ctx.dataIndex % every === 0 ? 3.5 : 0;
      },
      pointHoverRadius: 6,
      pointHitRadius: 6,
      // Pay from year N holds until year N+1: draw each value flat to the right, step at the next point.
      stepped: 'before' as const,
      spanGaps: false,
      fill: false,
    };
  });
}

function options(el: ChartView, colors: Colors): ChartOptions<'line'> {
  const { text, muted, grid, font, size } = colors;
  const tickFont = { family: font, size };
  const first = el.years.length ? Math.min(...el.years) : 0;
  const last = el.years.length ? Math.max(...el.years) : 1;
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: animation(),
    locale: el.locale === 'en' ? 'en-GB' : 'nb-NO',
    interaction: { mode: 'index', intersect: false, axis: 'x' },
    layout: { padding: { top: 8, right: 8 } },
    scales: {
      x: {
        type: 'linear',
        min: first,
        max: last,
        grid: { color: grid },
        border: { color: muted },
        ticks: { color: muted, font: tickFont, precision: 0, maxRotation: 0, autoSkipPadding: 12 },
        title: { display: el.xLabel !== '', text: el.xLabel, color: text, font: tickFont },
      },
      y: {
        type: 'linear',
        grace: '5%',
        // The band is drawn by the guide plugin, not as a dataset: make room for its top.
        suggestedMax: bandMax(el),
        grid: { color: grid },
        border: { color: muted },
        ticks: { color: muted, font: tickFont, callback: (value) => formatNumber(Number(value), el.locale, 0) },
        title: { display: el.yLabel !== '', text: el.yLabel, color: text, font: tickFont },
      },
    },
    plugins: {
      tooltip: {
        enabled: true,
        usePointStyle: true,
        titleFont: { ...tickFont, weight: 'bold' },
        bodyFont: tickFont,
        footerFont: { ...tickFont, weight: 'normal' },
        callbacks: {
          title: (items) => (items.length ? `${el.yearLabel} ${el.years[items[0].dataIndex]}` : ''),
          label: (item) => `${item.dataset.label ?? ''}: ${money(item.parsed.y, el.locale)}`,
          footer: (items) => {
            if (!items.length) return [];
            const band = bandText(el, items[0].dataIndex);
            return [...(band ? [`${el.band!.label}: ${band}`] : []), ...referenceLines(el), ...notesFor(el, el.years[items[0].dataIndex])];
          },
        },
      },
    },
  };
}

/** Draws the marker lines (dashed) and the current year (solid) behind the data. */
function guides(el: ChartView): Plugin<'line'> {
  return {
    id: 'payLadderGuides',
    beforeDatasetsDraw: (chart) => {
      const { ctx, chartArea } = chart;
      const x = chart.scales['x'];
      if (!x || !chartArea) return;
      const line = (year: number, dash: number[], width: number) => {
        const px = x.getPixelForValue(year);
        if (!Number.isFinite(px) || px < chartArea.left - 0.5 || px > chartArea.right + 0.5) return;
        ctx.save();
        ctx.strokeStyle = themes.get(el)?.muted ?? tokenDefaults.muted;
        ctx.lineWidth = width;
        ctx.setLineDash(dash);
        ctx.beginPath();
        ctx.moveTo(px, chartArea.top);
        ctx.lineTo(px, chartArea.bottom);
        ctx.stroke();
        ctx.restore();
      };
      if (el.reference) drawReference(chart, el);
      if (el.band) drawBand(chart, el);
      for (const m of el.markers) line(m.years, [4, 4], 1.5);
      if (el.current !== null) line(el.current, [], 2);
    },
  };
}

function bandMax(el: ChartView): number | undefined {
  const highs = [...(el.band?.high ?? []), el.reference?.high].filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  return highs.length ? Math.max(...highs) : undefined;
}

/** The reference level across the plot: a light band (e.g. quartiles) and a dash-dot line (e.g. the median). */
function drawReference(chart: Chart<'line', unknown[], unknown>, el: ChartView): void {
  const { ctx, chartArea } = chart;
  const y = chart.scales['y'];
  const r = el.reference;
  if (!y || !r || !chartArea) return;
  const color = themes.get(el)?.series[2] ?? tokenDefaults['series-3'];
  const top = y.getPixelForValue(r.high);
  const bottom = y.getPixelForValue(r.low);
  const width = chartArea.right - chartArea.left;
  ctx.save();
  ctx.beginPath();
  ctx.rect(chartArea.left, chartArea.top, width, chartArea.bottom - chartArea.top);
  ctx.clip();
  ctx.globalAlpha = 0.14;
  ctx.fillStyle = color;
  ctx.fillRect(chartArea.left, top, width, bottom - top);
  ctx.globalAlpha = 1;
  ctx.strokeStyle = color;
  ctx.lineWidth = 2;
  ctx.setLineDash([8, 3, 2, 3]);
  ctx.beginPath();
  ctx.moveTo(chartArea.left, y.getPixelForValue(r.line));
  ctx.lineTo(chartArea.right, y.getPixelForValue(r.line));
  ctx.stroke();
  ctx.restore();
}

/**
 * The band as steps like the lines (a value holds until the next year): shaded between low and
 * high where both are known, and the low edge dotted (where only it is known, that is all).
 */
function drawBand(chart: Chart<'line', unknown[], unknown>, el: ChartView): void {
  const { ctx, chartArea } = chart;
  const x = chart.scales['x'];
  const y = chart.scales['y'];
  const band = el.band;
  if (!x || !y || !band || !chartArea) return;
  const color = themes.get(el)?.series[0] ?? tokenDefaults['series-1'];
  ctx.save();
  ctx.beginPath();
  ctx.rect(chartArea.left, chartArea.top, chartArea.right - chartArea.left, chartArea.bottom - chartArea.top);
  ctx.clip();
  el.years.forEach((year, i) => {
    const low = band.low[i];
    if (typeof low !== 'number' || !Number.isFinite(low)) return;
    const x0 = x.getPixelForValue(i === 0 ? year : el.years[i - 1]);
    const x1 = x.getPixelForValue(year);
    const left = i === 0 ? x1 : x0;
    const high = band.high[i];
    if (typeof high === 'number' && Number.isFinite(high)) {
      ctx.globalAlpha = 0.16;
      ctx.fillStyle = color;
      ctx.fillRect(left, y.getPixelForValue(high), Math.max(1, x1 - left), y.getPixelForValue(low) - y.getPixelForValue(high));
    }
    ctx.globalAlpha = 0.9;
    ctx.strokeStyle = color;
    ctx.lineWidth = 1.5;
    ctx.setLineDash([2, 3]);
    ctx.beginPath();
    ctx.moveTo(left, y.getPixelForValue(low));
    ctx.lineTo(x1, y.getPixelForValue(low));
    ctx.stroke();
  });
  ctx.restore();
}
