// Size budgets per journey (budgets.json at the project root): absolute gzip bytes of what a visitor's
// browser fetches, measured on the production build by bench/sizes.mjs (the build's chunk graph) and
// bench/page-bytes.mjs (headless Chromium). Shared by bench/run.mjs (the report) and
// scripts/check-budgets.mjs (`npm run budgets`, part of `npm test`). Each journey is reported with its
// previous value, recorded in bench/journeys.json (`npm run budgets -- --update` writes it). Only sizes
// are budgeted; timings are reported, never asserted.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { num, root } from './sizes.mjs';

/** The budgets, in the order they are reported, each with what it counts. */
export const JOURNEYS = [
  { id: 'pageView', label: 'page view', what: 'a page with one <pay-ladder> in view, no interaction' },
  {
    id: 'interactive',
    label: 'interactive',
    what: 'define.js and every chunk it imports statically (before the calculator is interactive)',
  },
  {
    id: 'firstKeystroke',
    label: 'first keystroke',
    what: 'one digit typed in the years field after the page view, on top of it (URL sync on)',
  },
  { id: 'firstKeystrokeNoUrlSync', label: 'first keystroke, no-url-sync', what: 'the same with `no-url-sync`' },
  { id: 'belowFold', label: 'below the fold', what: 'the widget 4 000 px down a page, before it comes near the viewport' },
  { id: 'pinnedDate', label: 'pinned-date page', what: 'the page view with tariff-date="2024-09-01"' },
  { id: 'comparison', label: 'comparison', what: 'a page with one <pay-ladder-compare> in view, no interaction' },
  { id: 'data', label: 'bundled data', what: 'the full dataset chunk (chunks/default-dataset-*.js), whoever loads it' },
];
export const BUDGET_IDS = JOURNEYS.map((j) => j.id);

/** Reported beside the budgets, not budgeted. */
export const REPORTED = [{ id: 'wholeBundle', label: 'whole bundle', what: 'every .js file of dist/, lazy chunks and data included' }];

export const BUDGETS_FILE = join(root, 'budgets.json');
export const PREVIOUS_FILE = join(root, 'bench/journeys.json');

/** budgets.json: `maxGzipBytes`, a positive whole number of bytes for each of BUDGET_IDS. */
export function readBudgets(file = BUDGETS_FILE) {
  const b = JSON.parse(readFileSync(file, 'utf8'));
  const max = b.maxGzipBytes;
  if (!max || typeof max !== 'object') throw new Error('budgets.json: "maxGzipBytes" must be an object of bytes per journey');
  for (const id of BUDGET_IDS)
    if (!Number.isInteger(max[id]) || !(max[id] > 0))
      throw new Error(`budgets.json: "maxGzipBytes.${id}" must be a positive whole number of bytes`);
  const unknown = Object.keys(max).filter((k) => !BUDGET_IDS.includes(k));
  if (unknown.length) throw new Error(`budgets.json: unknown budget ${unknown.map((k) => `"${k}"`).join(', ')}`);
  return b;
}

/** bench/journeys.json: the recorded value of each journey (gzip bytes), or null when there is none. */
export function readPrevious(file = PREVIOUS_FILE) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    if (error?.code === 'ENOENT') return null;
    throw error;
  }
}

/** Writes `measured` as the new previous values (bench/journeys.json). */
export function writePrevious(measured, { commit = '', date = new Date().toISOString().slice(0, 10) } = {}, file = PREVIOUS_FILE) {
  const gzipBytes = Object.fromEntries([...JOURNEYS, ...REPORTED].map(({ id }) => [id, measured[id].gzip]));
  const record = {
    _comment:
      'The journeys as last recorded (gzip bytes), shown beside each new measurement by `npm run budgets` and `npm run bench`. Written by `npm run budgets -- --update` (or `npm run bench -- --update-journeys`): record a change on purpose, in the commit that makes it.',
    recorded: { commit, date },
    gzipBytes,
  };
  writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
  return record;
}

/** A set of files, biggest first, with their sum. */
const set = (files) => {
  const sorted = [...files].sort((a, b) => b.gzip - a.gzip || a.file.localeCompare(b.file));
  return { gzip: sorted.reduce((n, f) => n + f.gzip, 0), files: sorted };
};

/** The bundled dataset with its sources: a chunk of data, not code. */
export const isDataChunk = (file) => /^chunks\/default-dataset-/.test(file);

/**
 * Each journey's bytes and files, from the production build (bench/sizes.mjs buildProduction: `prod`)
 * and what Chromium fetched (bench/page-bytes.mjs measurePageBytes: `pages`).
 */
export function measuredJourneys(prod, pages) {
  const dist = (files) => files.map((file) => ({ file: `dist/${file}`, gzip: prod.files.find((f) => f.file === file).gzip }));
  return {
    pageView: set(pages.pageView.files),
    interactive: set(dist(prod.interactive.files)),
    firstKeystroke: set(pages.firstKeystroke.files),
    firstKeystrokeNoUrlSync: set(pages.firstKeystrokeNoUrlSync.files),
    belowFold: set(pages.belowFold.before.files),
    pinnedDate: set(pages.pinnedDate.files),
    comparison: set(pages.comparison.files),
    data: set(dist(prod.whole.files.filter(isDataChunk))),
    wholeBundle: set(dist(prod.whole.files)),
  };
}

/** "+1 234 B" / "−56 B" / "±0 B" against the previous value; '' without one. */
export function change(actual, previous) {
  if (typeof previous !== 'number') return '';
  const d = actual - previous;
  return d === 0 ? '±0 B' : `${d > 0 ? '+' : '−'}${num(Math.abs(d))} B`;
}

/**
 * One result per budget (JOURNEYS order), then the reported sizes: { id, label, what, actual,
 * previous, limit, ok, over, spare, files, message }. `limit`, `ok`, `over` and `spare` are
 * undefined for a reported size.
 */
export function checkBudgets(budgets, measured, previous = null) {
  const before = previous?.gzipBytes ?? {};
  const line = ({ id, label, what }, limit) => {
    const { gzip: actual, files } = measured[id];
    const prev = typeof before[id] === 'number' ? before[id] : null;
    const was = prev === null ? 'no previous value' : `previous ${num(prev)} B, ${change(actual, prev)}`;
    const r = { id, label, what, actual, previous: prev, files };
    if (limit === undefined) return { ...r, message: `${label}: ${num(actual)} B gzip (${was}; reported, not budgeted)` };
    const over = Math.max(0, actual - limit);
    const spare = Math.max(0, limit - actual);
    const verdict = over ? `> ${num(limit)} B, ${num(over)} B over` : `≤ ${num(limit)} B (${num(spare)} B to spare)`;
    return { ...r, limit, ok: over === 0, over, spare, message: `${label}: ${num(actual)} B gzip ${verdict} (${was})` };
  };
  return [...JOURNEYS.map((j) => line(j, budgets.maxGzipBytes[j.id])), ...REPORTED.map((j) => line(j))];
}
