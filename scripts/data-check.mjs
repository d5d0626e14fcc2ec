#!/usr/bin/env node
// `npm run data:check FILE`: checks a dataset file (the combined format that `data-src` loads and
// `npm run data:bundle` writes; data/schema/dataset.schema.json) with the validator the widget
// itself uses before it accepts data (src/model/validate-dataset.ts): shapes, dates, ranges, and
// what a schema cannot check (sources that resolve, pay groups that exist, derived amounts that add up).
//
// Prints each problem as its path and a sentence and exits 1; prints a summary and exits 0 when the
// file is valid; exits 2 when no file is given.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importSource } from './load-source.mjs';

const arg = process.argv[2];
if (!arg || arg === '--help' || arg === '-h') {
  console.error('Usage: npm run data:check FILE   (FILE: a dataset JSON file, e.g. dist/pay-ladder-data.json)');
  process.exit(2);
}
// npm runs scripts in the package folder; a relative FILE means the folder the command was typed in.
const file = resolve(process.env.INIT_CWD ?? process.cwd(), arg);
const name = arg;

function fail(lines) {
  for (const line of lines) console.error(line);
  process.exit(1);
}

let text;
try {
  text = readFileSync(file, 'utf8');
} catch (e) {
  fail([`${name}: cannot be read (${e.code ?? e.message}).`]);
}

let json;
try {
  json = JSON.parse(text.replace(/^\uFEFF/, ''));
} catch (e) {
  // V8 names the offset ("... in JSON at position 123"); say where that is in the file.
  const offset = Number(/position (\d+)/.exec(e.message)?.[1]);
  const where = Number.isFinite(offset)
    ? (() => {
        const before = text.slice(0, offset).split('\n');
        return ` at line ${before.length}, column ${before.at(-1).length + 1}`;
      })()
    : '';
  fail([`${name}: is not valid JSON${where}: ${e.message}`, '1 problem: the file is not used.']);
}

const { validateDataset, datasetErrorMessage, MAX_DATASET_ERRORS } = await importSource('src/model/validate-dataset.ts');
const result = validateDataset(json);

if (!result.ok) {
  const lines = [`${name}: not a valid pay-ladder dataset.`];
  for (const e of result.errors) lines.push(`  - ${datasetErrorMessage(e)}`);
  const n = result.errors.length;
  const capped = n >= MAX_DATASET_ERRORS ? ` (the first ${MAX_DATASET_ERRORS})` : '';
  lines.push(`${n} problem${n === 1 ? '' : 's'}${capped}: a widget given this file with data-src ignores it and keeps its built-in data.`);
  fail(lines);
}

// Valid: say what is in it, so a wrong-but-valid edit (an old file, a missing year) shows.
const d = result.dataset;
const lines = [`${name}: valid pay-ladder dataset (format ${d.formatVersion}, updated ${d.updated}).`];
for (const [id, a] of Object.entries(d.agreements)) {
  const tables = a.tables ?? [];
  const what =
    a.coverage === 'tariff'
      ? `${tables.length} pay table${tables.length === 1 ? '' : 's'}, ${tables[0]?.effectiveFrom} to ${tables.at(-1)?.effectiveFrom}`
      : a.coverage === 'follows'
        ? `uses the tables of ${a.tablesFrom}`
        : 'no pay tables (law only)';
  lines.push(`  ${id}: ${what}; ${Object.keys(a.sources).length} sources`);
}
const taxYears = d.rules.tax.years?.map((y) => y.year) ?? [];
if (taxYears.length) lines.push(`  tax rules: ${taxYears.join(', ')}`);
console.log(lines.join('\n'));
