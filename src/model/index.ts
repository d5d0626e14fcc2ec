/**
 * The headless public API: pure functions over plain data, no DOM. Works in Node and browsers.
 *
 * Here the dataset argument is optional and defaults to the built-in {@link defaultDataset}. The
 * modules behind it take the dataset as a required argument, so the elements, which pass their own,
 * do not pull the whole built-in dataset (with its source texts) into the first download.
 */
import type { Dataset } from './dataset-types.js';
import { defaultDataset } from './default-dataset.js';
import {
  computeLadder as computeLadderWith,
  computeNormalized as computeNormalizedWith,
  type ComputeOptions,
  type LadderFailure,
  type LadderResult,
} from './ladder.js';
import { normalizeScenario as normalizeScenarioWith, type Scenario, type ScenarioError } from './scenario.js';
import { applyChange as applyChangeWith, type ScenarioChange } from './scenario-change.js';
import { conditionsFor as conditionsForWith, type ConditionsResult } from './rules/conditions.js';
import { compareConditions as compareConditionsWith, type ConditionsComparison } from './rules/compare-conditions.js';
import { paySchedule as payScheduleWith, type ScheduleOptions, type ScheduleResult } from './rules/schedule.js';
import { todayIso } from './dates.js';
import { compareScenarios as compareScenariosWith, type CompareOptions, type ComparisonFailure, type ComparisonResult } from './compare.js';
import { marketPay as marketPayWith, type MarketView } from './rules/market.js';

export * from './dataset-types.js';

/**
 * Turns any input into a complete scenario. Invalid fields keep their default and are reported;
 * unknown properties are ignored. Never throws.
 */
export function normalizeScenario(input: unknown, dataset: Dataset = defaultDataset): { scenario: Scenario; errors: ScenarioError[] } {
  return normalizeScenarioWith(input, dataset);
}

/**
 * One change to a scenario, as a form makes it: the input's valid fields apply, a field with an
 * error keeps its last valid value, and a new agreement resets `tariffDate` unless the input sets
 * it. Never throws.
 */
export function applyChange(current: Scenario, input: unknown, dataset: Dataset = defaultDataset): ScenarioChange {
  return applyChangeWith(current, input, dataset);
}

/** The errors of a scenario input; empty when it is valid. */
export function validateScenario(input: unknown, dataset: Dataset = defaultDataset): ScenarioError[] {
  return normalizeScenarioWith(input, dataset).errors;
}

/**
 * Computes the pay ladder for a scenario. Invalid input gives `{ ok: false, errors }`; this
 * function never throws for any input.
 */
export function computeLadder(
  input: unknown,
  dataset: Dataset = defaultDataset,
  options: ComputeOptions = {},
): LadderResult | LadderFailure {
  return computeLadderWith(input, dataset, options);
}

/** computeLadder for a scenario that `normalizeScenario` has already checked. */
export function computeNormalized(
  s: Scenario,
  dataset: Dataset = defaultDataset,
  options: ComputeOptions = {},
): LadderResult | LadderFailure {
  return computeNormalizedWith(s, dataset, options);
}

/**
 * The working conditions of the scenario's workplace, term by term (hours, holiday, holiday pay,
 * overtime, pension, sick pay, notice, probation, the written contract, supplements), each with its
 * provenance; the agreement's figure where known, else the law's. Invalid input gives
 * `{ ok: false, errors }`; never throws.
 */
export function conditionsFor(input: unknown, dataset: Dataset = defaultDataset): ConditionsResult {
  return conditionsForWith(input, dataset);
}

/**
 * The scenario's pay in `options.year` month by month: gross with its parts (holiday pay and
 * ferietrekk in June), tax withheld (tabelltrekk over 10.5 months, half in December), pension and
 * net. Invalid input or options give `{ ok: false, errors }`; never throws.
 */
export function paySchedule(
  input: unknown,
  dataset: Dataset = defaultDataset,
  options: ScheduleOptions = { year: Number(todayIso().slice(0, 4)) },
): ScheduleResult {
  return payScheduleWith(input, dataset, options);
}

/**
 * Compares scenarios year by year against the first one (the baseline): differences, cumulative
 * differences, the lifetime difference and when an education path pays off. Invalid input gives
 * the failing scenarios' errors; never throws.
 */
export function compareScenarios(
  scenarios: readonly unknown[],
  dataset: Dataset = defaultDataset,
  options: CompareOptions = {},
): ComparisonResult | ComparisonFailure {
  return compareScenariosWith(scenarios, dataset, options);
}

/**
 * What people in the occupation actually earn (SSB), a month and a year, with its source; `null`
 * when the dataset has no pay statistics for it. Shown beside the tariff figures, never in them.
 */
export function marketPay(dataset: Dataset = defaultDataset, occupation = 'helsesekretaer'): MarketView | null {
  return marketPayWith(dataset, occupation);
}

/**
 * The working conditions of several scenarios side by side, term by term, each row marked where
 * the scenarios differ. Invalid input gives the failing scenarios' errors; never throws.
 */
export function compareConditions(scenarios: readonly unknown[], dataset: Dataset = defaultDataset): ConditionsComparison {
  return compareConditionsWith(scenarios, dataset);
}

export { type ConditionsComparison, type ConditionsRow } from './rules/compare-conditions.js';
export { TERM_IDS, type ConditionsResult, type Term, type TermId, type TermUnit, type TermValueId } from './rules/conditions.js';
export {
  scheduleYears,
  type ScheduleMonth,
  type ScheduleNote,
  type ScheduleNoteId,
  type ScheduleOptions,
  type SchedulePart,
  type SchedulePartId,
  type ScheduleResult,
  type ScheduleSummary,
} from './rules/schedule.js';
export { holidayPayAmount } from './rules/holiday-pay.js';
export { MONTHS_A_YEAR, type MarketView } from './rules/market.js';
export {
  DEFAULT_SCENARIO,
  LIMITS,
  isIsoDate,
  type Amount,
  type EducationEvent,
  type ResponsibilityEvent,
  type Scenario,
  type ScenarioError,
  type ScenarioErrorCode,
  type ScenarioEvent,
  type ScenarioInput,
  type Schedule,
  type ShiftPattern,
} from './scenario.js';
export { topField, type ScenarioChange } from './scenario-change.js';
export {
  freshness,
  type ComputeOptions,
  type Freshness,
  type LadderFailure,
  type LadderResult,
  type LadderRow,
  type Note,
  type NoteId,
  type Part,
  type PartId,
  type RowEstimate,
} from './ladder.js';
export { estimateStep, roundsAfter, type EstimateRound, type RiseBasis, type StepEstimate } from './rules/estimate.js';
export {
  QUICK_COMPARISONS,
  type QuickComparisonId,
  type BreakEven,
  type CompareMetric,
  type CompareOptions,
  type ComparisonFailure,
  type ComparisonResult,
  type ComparisonYear,
} from './compare.js';
export { TAX_AREAS, estimateTax, type TaxArea, type TaxEstimate } from './rules/tax.js';
export { todayIso } from './dates.js';
export {
  newestTableDate,
  placementEntryFor,
  placementFor,
  resolveGroup,
  tableAgreement,
  type Provenance,
  type ResolvedGroup,
} from './tables.js';
export { defaultDataset } from './default-dataset.js';
export { validateDataset, datasetErrorMessage, type DatasetError, type DatasetErrorCode } from './validate-dataset.js';
export { SHIFT_PRESETS, presetOf, type ShiftPreset, type ShiftPresetId } from './presets.js';
export { WORKPLACE_GROUPS, type WorkplaceGroup } from './workplaces.js';
export {
  DEFAULT_OCCUPATION,
  defaultPlaceFor,
  educationPaths,
  localized,
  occupationIds,
  occupationIn,
  occupationsIn,
  placeGroups,
  placeIn,
  placeOf,
  placesIn,
} from './occupations.js';
export { quickComparisonFor, type QuickEntry } from './quick-comparisons.js';
