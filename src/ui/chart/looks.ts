/**
 * What `<pay-ladder-chart>` (first download) and the lazily loaded chart engine (chart/engine.ts)
 * both need: the look of each series (shared by the HTML legend and the canvas) and the text of a
 * year's notes and amounts. No Chart.js here.
 */
import type { PointStyle } from 'chart.js';
import { formatNok } from '../../i18n/format.js';
import type { TokenName } from '../base/theme.js';
import type { ChartBand, ChartLocale, ChartMarker, ChartReference, ChartSeries } from './types.js';

/** Dash patterns (px): solid first for what the user earns, always dashed for the minimum. */
const TOTAL_DASHES: number[][] = [[], [9, 4], [2, 3], [12, 3, 2, 3]];
const MINIMUM_DASHES: number[][] = [
  [6, 4],
  [1, 4],
  [14, 4, 2, 4, 2, 4],
  [4, 2],
];

/** Point styles by series index; 8 shapes that tell lines apart without colour. */
const MARKS: Array<{ style: PointStyle & string; rotation: number }> = [
  { style: 'circle', rotation: 0 },
  { style: 'rect', rotation: 0 },
  { style: 'triangle', rotation: 0 },
  { style: 'rectRot', rotation: 0 },
  { style: 'star', rotation: 0 },
  { style: 'crossRot', rotation: 0 },
  { style: 'cross', rotation: 0 },
  { style: 'triangle', rotation: 180 },
];

export const SERIES_TOKENS: TokenName[] = ['series-1', 'series-2', 'series-3', 'series-4'];
export const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/** The look of series `index` (colour slot, dash, point style), shared by canvas and legend. */
export interface SeriesLook {
  slot: number;
  dash: number[];
  width: number;
  style: PointStyle & string;
  rotation: number;
}

export function looks(series: readonly ChartSeries[]): SeriesLook[] {
  let totals = 0;
  let minimums = 0;
  return series.map((s, i) => {
    const minimum = s.kind === 'minimum';
    const dash = minimum ? MINIMUM_DASHES[minimums++ % MINIMUM_DASHES.length] : TOTAL_DASHES[totals++ % TOTAL_DASHES.length];
    const mark = MARKS[i % MARKS.length];
    return { slot: i % SERIES_TOKENS.length, dash, width: minimum ? 1.5 : 2.5, style: mark.style, rotation: mark.rotation };
  });
}

/** What the chart shows: the public properties of `<pay-ladder-chart>`. */
export interface ChartView {
  readonly years: number[];
  readonly series: ChartSeries[];
  readonly markers: ChartMarker[];
  readonly band: ChartBand | null;
  readonly reference: ChartReference | null;
  readonly current: number | null;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly yearLabel: string;
  readonly currentLabel: string;
  readonly locale: ChartLocale;
}

export function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia(REDUCED_MOTION).matches;
}

export function money(value: number | null | undefined, locale: ChartLocale): string {
  return typeof value === 'number' && Number.isFinite(value) ? formatNok(value, locale) : '–';
}

/** The marker labels of `year`, after the current year's name when it is that year. */
export function notesFor(view: ChartView, year: number | undefined): string[] {
  if (year === undefined) return [];
  const notes = view.markers.filter((m) => m.years === year).map((m) => m.label);
  if (view.currentLabel && view.current === year) notes.unshift(view.currentLabel);
  return notes;
}

/** The band's range at year index `index` ("451 800 kr–478 700 kr", "≥ 451 800 kr"); '' when none. */
export function bandText(view: ChartView, index: number): string {
  const low = view.band?.low[index];
  if (typeof low !== 'number' || !Number.isFinite(low)) return '';
  const high = view.band?.high[index];
  return typeof high === 'number' && Number.isFinite(high)
    ? `${money(low, view.locale)}–${money(high, view.locale)}`
    : `≥ ${money(low, view.locale)}`;
}

/** The reference's two lines for the tooltip ("SSB 2025: median: 548 520 kr", "…: 521 880 kr–570 960 kr"); [] when none. */
export function referenceLines(view: ChartView): string[] {
  const r = view.reference;
  if (!r) return [];
  return [`${r.lineLabel}: ${money(r.line, view.locale)}`, `${r.label}: ${money(r.low, view.locale)}–${money(r.high, view.locale)}`];
}
