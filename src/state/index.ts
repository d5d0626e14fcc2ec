/**
 * The state API: a scenario (or a comparison) in the page URL, saved scenarios in local storage,
 * and CSV exports. Plain functions over model data; no DOM beyond the `Storage` interface, no Lit.
 */
export {
  decodeShare,
  encodeShare,
  isDefaultShare,
  readShareFromUrl,
  writeShareToUrl,
  MAX_NAME_LENGTH,
  MAX_SCENARIOS,
  MAX_SHARE_LENGTH,
  SHARE_PARAM,
  SHARE_VERSION,
  type ShareDecodeResult,
  type ShareState,
  type ShareWarning,
  type ShareWarningCode,
} from './share.js';
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
  type ComparisonColumnId,
  type CsvColumnId,
  type CsvLabels,
  type CsvOptions,
  type LadderColumnId,
} from './csv.js';
