// Size budgets (budgets.json at the project root), checked against the measurements of
// bench/sizes.mjs (the build) and bench/page-bytes.mjs (what a visitor's browser fetches). Shared by
// bench/run.mjs (shown in the report) and scripts/check-budgets.mjs (enforced by `npm test`). Only
// sizes are budgeted; timings are reported, never asserted. `enforced: false` marks a budget that
// is reported (with the bytes over) but does not fail: the page budgets until budgets.json sets
// "enforcePageBudgets": true (or PAY_LADDER_ENFORCE_PAGE_BUDGETS=1 / =0 overrides it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { num, root } from './sizes.mjs';

export const BUDGET_KEYS = [
  'interactiveGzipMaxBytes',
  'wholeBundleMaxRatioToFloor',
  'dataGzipMaxBytes',
  'pageViewMaxRatioToFloor',
  'belowFoldGzipMaxBytes',
];

export function readBudgets(file = join(root, 'budgets.json'), env = process.env) {
  const b = JSON.parse(readFileSync(file, 'utf8'));
  for (const key of BUDGET_KEYS) {
    if (typeof b[key] !== 'number' || !(b[key] > 0)) throw new Error(`budgets.json: "${key}" must be a positive number`);
  }
  if (typeof b.enforcePageBudgets !== 'boolean') throw new Error('budgets.json: "enforcePageBudgets" must be true or false');
  const override = env.PAY_LADDER_ENFORCE_PAGE_BUDGETS;
  if (override === '1' || override === '0') b.enforcePageBudgets = override === '1';
  else if (override !== undefined && override !== '') throw new Error('PAY_LADDER_ENFORCE_PAGE_BUDGETS must be 1 or 0');
  return b;
}

/**
 * The page budgets, against a measurement of bench/page-bytes.mjs (`pages`) and the FLOOR build:
 * pageViewMaxRatioToFloor (gzip bytes fetched by a page view ≤ ratio × FLOOR) and
 * belowFoldGzipMaxBytes (gzip bytes fetched by the widget below the fold before it is scrolled
 * near the viewport). Enforced when budgets.enforcePageBudgets is true.
 */
export function checkPageBudgets(budgets, { floor, pages }) {
  const enforced = budgets.enforcePageBudgets === true;
  const note = enforced ? '' : ' [not enforced yet: "enforcePageBudgets": false in budgets.json]';
  const names = (files) => files.map((f) => f.file.replace(/^dist\//, '')).join(' + ');
  const results = [];
  {
    const maxRatio = budgets.pageViewMaxRatioToFloor;
    const limit = Math.floor(floor.gzip * maxRatio);
    const { gzip: actual, files } = pages.pageView;
    const over = actual - limit;
    const r = (actual / floor.gzip).toFixed(3);
    results.push({
      id: 'pageViewMaxRatioToFloor',
      enforced,
      ok: over <= 0,
      actual,
      limit,
      ratio: actual / floor.gzip,
      floor: floor.gzip,
      over: Math.max(0, over),
      files: files.map(({ file, gzip }) => ({ file, gzip })),
      message:
        (over <= 0
          ? `pageViewMaxRatioToFloor: a page view fetches ${num(actual)} B gzip = ${r} × FLOOR ${num(floor.gzip)} B ≤ ${maxRatio} × (${num(limit)} B; ${num(-over)} B to spare)`
          : `pageViewMaxRatioToFloor: a page view fetches ${num(actual)} B gzip = ${r} × FLOOR ${num(floor.gzip)} B > ${maxRatio} × (${num(limit)} B), ${num(over)} B over`) +
        ` — ${names(files)}${note}`,
    });
  }
  {
    const limit = budgets.belowFoldGzipMaxBytes;
    const { gzip: actual, files } = pages.belowFold.before;
    const over = actual - limit;
    results.push({
      id: 'belowFoldGzipMaxBytes',
      enforced,
      ok: over <= 0,
      actual,
      limit,
      over: Math.max(0, over),
      files: files.map(({ file, gzip }) => ({ file, gzip })),
      message:
        (over <= 0
          ? `belowFoldGzipMaxBytes: the widget below the fold fetches ${num(actual)} B gzip before it is scrolled near ≤ ${num(limit)} B (${num(-over)} B to spare)`
          : `belowFoldGzipMaxBytes: the widget below the fold fetches ${num(actual)} B gzip before it is scrolled near > ${num(limit)} B, ${num(over)} B over`) +
        ` — ${names(files)}${note}`,
    });
  }
  return results;
}

/** The bundled dataset with its sources (a chunk of data, not code): budgeted on its own. */
export const isDataChunk = (file) => /^chunks\/default-dataset-/.test(file);

/**
 * Returns one result per budget: { id, enforced, ok, actual, limit, over (bytes), files: [{ file,
 * gzip }], message }. `files` lists the files that count towards the budget, biggest first. The
 * page budgets are included when `sizes.pages` (a bench/page-bytes.mjs measurement) is given.
 */
export function checkBudgets(budgets, sizes) {
  const p = sizes.prod;
  const gzipOf = (file) => p.files.find((f) => f.file === file).gzip;
  const codeFiles = p.whole.files.filter((f) => !isDataChunk(f));
  const dataFiles = p.whole.files.filter(isDataChunk);
  const code = { files: codeFiles, gzip: codeFiles.reduce((n, f) => n + gzipOf(f), 0) };
  const gz = (names) =>
    names.map((file) => ({ file: `dist/${file}`, gzip: p.files.find((f) => f.file === file).gzip })).sort((a, b) => b.gzip - a.gzip);
  const results = [];

  {
    const limit = budgets.interactiveGzipMaxBytes;
    const actual = p.interactive.gzip;
    const over = actual - limit;
    results.push({
      id: 'interactiveGzipMaxBytes',
      enforced: true,
      ok: over <= 0,
      actual,
      limit,
      over: Math.max(0, over),
      files: gz(p.interactive.files),
      message:
        over <= 0
          ? `interactiveGzipMaxBytes: ${num(actual)} B gzip ≤ ${num(limit)} B (${num(-over)} B to spare) — ${p.interactive.files.join(' + ')}`
          : `interactiveGzipMaxBytes: ${num(actual)} B gzip > ${num(limit)} B, ${num(over)} B over — ${p.interactive.files.join(' + ')}`,
    });
  }
  {
    const maxRatio = budgets.wholeBundleMaxRatioToFloor;
    const floor = sizes.floor.gzip;
    const limit = Math.floor(floor * maxRatio);
    const actual = code.gzip;
    const over = actual - limit;
    const r = (actual / floor).toFixed(3);
    results.push({
      id: 'wholeBundleMaxRatioToFloor',
      enforced: true,
      ok: over <= 0,
      actual,
      limit,
      ratio: actual / floor,
      floor,
      over: Math.max(0, over),
      files: gz(code.files),
      message:
        (over <= 0
          ? `wholeBundleMaxRatioToFloor: whole bundle ${num(actual)} B gzip = ${r} × FLOOR ${num(floor)} B ≤ ${maxRatio} × (${num(limit)} B; ${num(-over)} B to spare)`
          : `wholeBundleMaxRatioToFloor: whole bundle ${num(actual)} B gzip = ${r} × FLOOR ${num(floor)} B > ${maxRatio} × (${num(limit)} B), ${num(over)} B over`) +
        ' (code and translations; the bundled data is budgeted on its own)',
    });
  }
  {
    const limit = budgets.dataGzipMaxBytes;
    const actual = dataFiles.reduce((n, f) => n + gzipOf(f), 0);
    const over = actual - limit;
    results.push({
      id: 'dataGzipMaxBytes',
      enforced: true,
      ok: over <= 0,
      actual,
      limit,
      over: Math.max(0, over),
      files: gz(dataFiles),
      message:
        over <= 0
          ? `dataGzipMaxBytes: the bundled data with its sources ${num(actual)} B gzip ≤ ${num(limit)} B (${num(-over)} B to spare)`
          : `dataGzipMaxBytes: the bundled data with its sources ${num(actual)} B gzip > ${num(limit)} B, ${num(over)} B over`,
    });
  }
  if (sizes.pages) results.push(...checkPageBudgets(budgets, sizes));
  return results;
}
