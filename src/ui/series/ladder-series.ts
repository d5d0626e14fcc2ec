/**
 * The chart's lines from the model's ladders, built once for both elements (model → view model →
 * chart): the calculator's chart view (calculator/deferred/chart-view.ts) and the comparison's
 * view model (compare/view-model.ts) make their `ChartSeries` here, from the ladder's rows, so a
 * line is one value per year of the ladder in both. Pure: no DOM, no Chart.js.
 */
import type { LadderResult, LadderRow } from '../../model/ladder.js';
import type { ChartSeries } from '../chart/types.js';

/** One line: `value` of each row of `ladder` (null = not known: a gap). */
export function ladderSeries(
  id: string,
  label: string,
  ladder: LadderResult,
  value: (row: LadderRow) => number | null,
  kind: ChartSeries['kind'] = 'total',
): ChartSeries {
  return { id, label, values: ladder.rows.map(value), kind };
}

/** The chart's x values: every year of experience of the ladder. */
export function ladderYears(ladder: LadderResult): number[] {
  return ladder.rows.map((row) => row.years);
}
