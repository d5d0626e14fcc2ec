/**
 * Comparing scenarios year by year against the first one (the baseline): differences,
 * cumulative differences, the lifetime difference over the horizon and when an education path
 * (its study cost and months without pay included) has paid for itself.
 */
import type { Dataset } from './dataset-types.js';
import { computeLadder, type ComputeOptions, type LadderResult } from './ladder.js';
import type { LadderRow } from './ladder-types.js';
import type { ScenarioError, ScenarioInput } from './scenario.js';
import { SHIFT_PRESETS, type ShiftPresetId } from './presets.js';

export type CompareMetric = 'grossAnnual' | 'netAnnualEstimate';

export interface CompareOptions extends ComputeOptions {
  /** What is compared; study costs are always subtracted. Default `grossAnnual`. */
  metric?: CompareMetric;
  /**
   * `nominal` (default): kroner of each year, with the scenarios' assumed pay growth.
   * `today`: divided by that growth again, i.e. in today's kroner.
   */
  kroner?: 'nominal' | 'today';
}

export interface ComparisonYear {
  years: number;
  /** Per scenario: the metric minus study costs in that year (in today's kroner if asked). */
  values: number[];
  /** Per scenario: value minus the baseline's value. */
  diffs: number[];
  /** Per scenario: running sum of `diffs` from the first compared year. */
  cumulative: number[];
}

/**
 * `same`: never differs from the baseline. `ahead`: never behind it. `paysOff`: behind at first
 * (costs, lost income), then ahead for good from `year`. `never`: still behind at the horizon.
 */
export type BreakEven =
  { status: 'same' } | { status: 'ahead' } | { status: 'paysOff'; year: number; afterYears: number } | { status: 'never' };

export interface ComparisonResult {
  ok: true;
  metric: CompareMetric;
  ladders: LadderResult[];
  /** From the baseline's current year of experience to the shortest horizon. */
  years: ComparisonYear[];
  /** Per scenario: the cumulative difference at the last compared year. */
  lifetime: number[];
  breakEven: BreakEven[];
}

export interface ComparisonFailure {
  ok: false;
  /** Per failing scenario: its index and its errors. */
  errors: Array<{ index: number; errors: ScenarioError[] }>;
}

/**
 * The value compared in one row of a ladder: `metric` minus the study costs of that year, in today's
 * kroner (divided by the row's assumed pay growth) if `kroner` is `today`. `ComparisonYear.values`
 * holds it for the compared years; a chart of every year asks it per row.
 */
export function comparedValue(row: LadderRow, metric: CompareMetric, kroner: CompareOptions['kroner'] = 'nominal'): number {
  const value = row[metric] - row.studyCost;
  return kroner === 'today' ? value / row.growthFactor : value;
}

/** Compares the scenarios with `dataset` (the headless API in index.ts defaults it to the bundled one). */
export function compareScenarios(
  scenarios: readonly unknown[],
  dataset: Dataset,
  options: CompareOptions = {},
): ComparisonResult | ComparisonFailure {
  const metric = options.metric ?? 'grossAnnual';
  if (!Array.isArray(scenarios) || scenarios.length === 0) {
    return { ok: false, errors: [{ index: 0, errors: [{ field: '', code: 'invalidType' }] }] };
  }
  const ladders: LadderResult[] = [];
  const failures: ComparisonFailure['errors'] = [];
  scenarios.forEach((s, index) => {
    const r = computeLadder(s, dataset, options);
    if (r.ok) ladders.push(r);
    else failures.push({ index, errors: r.errors });
  });
  if (failures.length) return { ok: false, errors: failures };

  const from = ladders[0].scenario.yearsExperience;
  const to = Math.min(...ladders.map((l) => l.scenario.horizon));
  const n = ladders.length;
  const running = new Array<number>(n).fill(0);
  const years: ComparisonYear[] = [];
  for (let y = from; y <= to; y++) {
    const values = ladders.map((l) => comparedValue(l.rows[y], metric, options.kroner));
    const diffs = values.map((v) => v - values[0]);
    diffs.forEach((d, i) => (running[i] += d));
    years.push({ years: y, values, diffs, cumulative: [...running] });
  }
  const breakEven = ladders.map((_, i) => breakEvenOf(years, i, from));
  return { ok: true, metric, ladders, years, lifetime: [...running], breakEven };
}

function breakEvenOf(years: ComparisonYear[], i: number, from: number): BreakEven {
  if (years.every((y) => y.diffs[i] === 0)) return { status: 'same' };
  let lastBehind = -1;
  years.forEach((y, k) => {
    if (y.cumulative[i] < 0) lastBehind = k;
  });
  if (lastBehind === -1) return { status: 'ahead' };
  if (lastBehind === years.length - 1) return { status: 'never' };
  const year = years[lastBehind + 1].years;
  return { status: 'paysOff', year, afterYears: year - from };
}

function presetScenario(id: ShiftPresetId): ScenarioInput {
  const p = SHIFT_PRESETS.find((x) => x.id === id)!;
  return { schedule: p.schedule, shifts: { ...p.shifts } };
}

export type QuickComparisonId = 'workplace' | 'fagskole' | 'partTime' | 'shifts';

/**
 * The common questions a counsellor gets, as ready comparisons. `label` is a message id the UI
 * translates; scenarios differ from the defaults only in what the question is about.
 */
export const QUICK_COMPARISONS: Readonly<Record<QuickComparisonId, ReadonlyArray<{ label: string; scenario: ScenarioInput }>>> = {
  workplace: [
    { label: 'agreement.ks', scenario: { agreement: 'ks' } },
    { label: 'agreement.spekter', scenario: { agreement: 'spekter' } },
    { label: 'agreement.legekontor', scenario: { agreement: 'legekontor' } },
  ],
  // A full-time fagskole year after one year of work: ten months without pay, no tuition
  // (public fagskoler charge none); the user can change both.
  fagskole: [
    { label: 'compare.name.withoutFagskole', scenario: {} },
    {
      label: 'compare.name.withFagskole',
      scenario: { events: [{ type: 'education', year: 2, education: 'fagskole', studyCost: 0, monthsWithoutPay: 10 }] },
    },
  ],
  partTime: [
    { label: 'compare.name.fullTime', scenario: { positionPercent: 100 } },
    { label: 'compare.name.partTime80', scenario: { positionPercent: 80 } },
  ],
  shifts: [
    { label: 'preset.day', scenario: { schedule: 'day' } },
    { label: 'compare.name.threeShift', scenario: presetScenario('threeShift') },
  ],
};
