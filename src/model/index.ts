/**
 * The headless public API: pure functions over plain data, no DOM. Works in Node and browsers.
 */
export * from './dataset-types.js';
export {
  DEFAULT_SCENARIO,
  LIMITS,
  normalizeScenario,
  validateScenario,
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
export {
  computeLadder,
  computeNormalized,
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
} from './ladder.js';
export {
  compareScenarios,
  type BreakEven,
  type CompareMetric,
  type CompareOptions,
  type ComparisonFailure,
  type ComparisonResult,
  type ComparisonYear,
} from './compare.js';
export { estimateTax, type TaxEstimate } from './tax.js';
export { newestTableDate, placementFor, resolveGroup, tableAgreement, type Provenance, type ResolvedGroup } from './tables.js';
export { defaultDataset } from './default-dataset.js';
export { validateDataset, datasetErrorMessage, type DatasetError, type DatasetErrorCode } from './validate-dataset.js';
export { QUICK_COMPARISONS, SHIFT_PRESETS, presetOf, type QuickComparisonId, type ShiftPreset, type ShiftPresetId } from './presets.js';
