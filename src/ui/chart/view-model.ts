/**
 * What `<pay-ladder-chart>` says, apart from what it draws: its accessible name, the sentence
 * announced for a year, and where the keyboard moves. Pure (no DOM, no Chart.js), tested in Node.
 */
import { bandText, money, notesFor, referenceLines, type ChartView } from './looks.js';

/** The canvas's accessible name: the summary, else the y axis title and the series' names. */
export function accessibleName(view: ChartView & { readonly summary: string }): string {
  return view.summary || [view.yLabel, ...view.series.map((s) => s.label)].filter(Boolean).join(', ');
}

/** "År 6: Garantilønn 441 500 kr, Din lønn 460 000 kr. Fagskole fullført" */
export function describeYear(view: ChartView, index: number): string {
  const year = view.years[index];
  const parts = view.series
    .map((s) => ({ label: s.label, value: s.values[index] }))
    .filter((p): p is { label: string; value: number } => typeof p.value === 'number' && Number.isFinite(p.value))
    .map((p) => `${p.label} ${money(p.value, view.locale)}`);
  const band = bandText(view, index);
  if (band) parts.push(`${view.band!.label} ${band}`);
  parts.push(...referenceLines(view).map((line) => line.replace(': ', ' ')));
  const notes = notesFor(view, year);
  let text = `${view.yearLabel} ${year}`;
  if (parts.length) text += `: ${parts.join(', ')}`;
  if (notes.length) text += `. ${notes.join('. ')}`;
  return text;
}

/** Where the first key press starts: the current year (or the first year), so it is not skipped. */
export function startIndex(view: ChartView): number {
  const i = view.current === null ? -1 : view.years.indexOf(view.current);
  return i >= 0 ? i : 0;
}

/**
 * The year index a key moves to from `active` (null = no year shown yet: ←/→ show the start
 * year itself); `'clear'` for Escape while a year is shown; null for a key the chart leaves alone.
 * ←/→ one year, PageUp/PageDown five, Home/End the ends; never past them.
 */
export function keyTarget(key: string, active: number | null, view: ChartView): number | 'clear' | null {
  const last = view.years.length - 1;
  if (last < 0) return null;
  const start = active ?? startIndex(view);
  const moved = active !== null;
  let next: number;
  switch (key) {
    case 'ArrowRight':
      next = moved ? start + 1 : start;
      break;
    case 'ArrowLeft':
      next = moved ? start - 1 : start;
      break;
    case 'PageUp':
      next = start + 5;
      break;
    case 'PageDown':
      next = start - 5;
      break;
    case 'Home':
      next = 0;
      break;
    case 'End':
      next = last;
      break;
    case 'Escape':
      return moved ? 'clear' : null;
    default:
      return null;
  }
  return Math.min(last, Math.max(0, next));
}
