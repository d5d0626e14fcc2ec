/**
 * The only module that imports Chart.js at runtime. `<pay-ladder-chart>` loads it with a dynamic
 * `import()`, so the calculator's form and numbers render before the chart code arrives (this
 * module + the registered Chart.js pieces: 150 KB minified, 54 KB gzip, esbuild).
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
  type ChartConfiguration,
  type ChartType,
  type DefaultDataPoint,
} from 'chart.js';

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
