// Size budgets (budgets.json at the project root), checked against the measurements of
// bench/sizes.mjs. Shared by bench/run.mjs (shown in the report) and scripts/check-budgets.mjs
// (enforced by `npm test`). Only sizes are budgeted; timings are reported, never asserted.
// `enforced: false` marks a target that is reported (with the bytes over) but does not fail.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './sizes.mjs';

const num = (n) => Math.round(n).toLocaleString('en-US').replace(/,/g, ' ');

export function readBudgets(file = join(root, 'budgets.json')) {
  const b = JSON.parse(readFileSync(file, 'utf8'));
  for (const key of ['interactiveGzipMaxBytes', 'wholeBundleMaxRatioToFloor', 'wholeBundleTargetRatioToFloor', 'dataGzipMaxBytes']) {
    if (typeof b[key] !== 'number' || !(b[key] > 0)) throw new Error(`budgets.json: "${key}" must be a positive number`);
  }
  return b;
}

/**
 * Returns one result per budget: { id, ok, actual, limit, over (bytes), files: [{ file, gzip }],
 * message }. `files` lists the files that count towards the budget, biggest first.
 */
/** The bundled dataset with its sources (a chunk of data, not code): budgeted on its own. */
export const isDataChunk = (file) => /^chunks\/default-dataset-/.test(file);

export function checkBudgets(budgets, sizes) {
  const p = sizes.prod;
  const gzipOf = (file) => p.files.find((f) => f.file === file).gzip;
  const codeFiles = p.whole.files.filter((f) => !isDataChunk(f));
  const dataFiles = p.whole.files.filter(isDataChunk);
  const code = { files: codeFiles, gzip: codeFiles.reduce((n, f) => n + gzipOf(f), 0) };
  const gz = (names) =>
    names
      .map((file) => ({ file: `dist/${file}`, gzip: p.files.find((f) => f.file === file).gzip }))
      .sort((a, b) => b.gzip - a.gzip);
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
  for (const [id, enforced] of [
    ['wholeBundleMaxRatioToFloor', true],
    ['wholeBundleTargetRatioToFloor', false],
  ]) {
    const maxRatio = budgets[id];
    const floor = sizes.floor.gzip;
    const limit = Math.floor(floor * maxRatio);
    const actual = code.gzip;
    const over = actual - limit;
    const r = (actual / floor).toFixed(3);
    results.push({
      id,
      enforced,
      ok: over <= 0,
      actual,
      limit,
      ratio: actual / floor,
      floor,
      over: Math.max(0, over),
      files: gz(code.files),
      message:
        (over <= 0
          ? `${id}: whole bundle ${num(actual)} B gzip = ${r} × FLOOR ${num(floor)} B ≤ ${maxRatio} × (${num(limit)} B; ${num(-over)} B to spare)`
          : `${id}: whole bundle ${num(actual)} B gzip = ${r} × FLOOR ${num(floor)} B > ${maxRatio} × (${num(limit)} B), ${num(over)} B over`) +
        (enforced ? '' : ' [target, reported only]') +
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
  return results;
}
