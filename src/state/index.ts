/**
 * The state API: a scenario (or a comparison) in the page URL, saved scenarios in local storage,
 * and CSV exports. Plain functions over model data; no DOM beyond the `Storage` interface, no Lit.
 * What reads scenarios (a link, saved scenarios) takes the dataset they are checked against as an
 * argument: the caller's, never a built-in default.
 */
export {
  decodeShare,
  readShareFromUrl,
  MAX_SHARE_LENGTH,
  type ShareDecodeResult,
  type ShareWarning,
  type ShareWarningCode,
} from './share.js';
export {
  encodeShare,
  isDefaultShare,
  writeShareToUrl,
  MAX_NAME_LENGTH,
  MAX_SCENARIOS,
  SHARE_PARAM,
  SHARE_VERSION,
  type ShareState,
} from './share-encode.js';
export {
  createScenarioStore,
  migrations,
  DEFAULT_STORE_KEY,
  STORE_VERSION,
  type ResetResult,
  type SavedScenario,
  type SaveResult,
  type ScenarioStore,
  type StoredV1,
  type StoreFailure,
  type StoreNotice,
  type StoreNoticeCode,
  type StoreOptions,
  type UpdateResult,
} from './storage.js';
export {
  comparisonCsv,
  csvText,
  ladderCsv,
  COMPARISON_COLUMNS,
  CSV_BOM,
  LADDER_COLUMNS,
  ESTIMATE_COLUMNS,
  type EstimateColumnId,
  type ComparisonColumnId,
  type CsvColumnId,
  type CsvLabels,
  type CsvOptions,
  type LadderColumnId,
} from './csv.js';
