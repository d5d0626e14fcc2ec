#!/usr/bin/env node
// `npm run budgets` (part of `npm test`): builds the production bundle (vite.config.ts → dist/) with
// bench/sizes.mjs — the same code the benchmark report uses —, measures what a visitor's browser
// fetches of that dist/ on each journey with bench/page-bytes.mjs (headless Chromium; `npm test`
// makes sure there is one), and checks budgets.json: gzip bytes (level 9, file by file) per journey.
// Each journey is shown with its previous value (bench/journeys.json). A budget that fails names
// itself, the bytes over and the files that count, and exits 1.
//
//   npm run budgets                 check
//   npm run budgets -- --update     check, and record these values as the previous ones (bench/journeys.json)
import { spawnSync } from 'node:child_process';
import { buildProduction, num, root } from '../bench/sizes.mjs';
import { checkBudgets, measuredJourneys, readBudgets, readPrevious, writePrevious } from '../bench/budgets.mjs';
import { measurePageBytes } from '../bench/page-bytes.mjs';

const update = process.argv.includes('--update');
const budgets = readBudgets();
const previous = readPrevious();
const prod = await buildProduction();
let pages;
try {
  pages = await measurePageBytes({ log: (s) => process.stderr.write(`${s}\n`) });
} catch (error) {
  console.error(`budgets: could not measure what a visitor downloads: ${error?.stack ?? error}`);
  process.exit(1);
}
const measured = measuredJourneys(prod, pages);
const results = checkBudgets(budgets, measured, previous);

if (previous) console.log(`Previous values: bench/journeys.json (${previous.recorded.date}, ${previous.recorded.commit || 'no commit'})`);
for (const r of results) {
  console.log(`${r.limit === undefined ? ' ' : r.ok ? '✓' : '✗'} ${r.message}`);
  if (r.ok === false || r.id === 'pageView')
    for (const f of r.files) console.log(`    ${f.file.padEnd(48)} ${num(f.gzip).padStart(8)} B gzip`);
}
if (pages.errors.length) console.log(`  (page errors while measuring: ${pages.errors.join('; ')})`);
if (update) {
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout?.trim() ?? '';
  writePrevious(measured, { commit });
  console.log('budgets: recorded these values in bench/journeys.json');
}
const failed = results.filter((r) => r.ok === false);
if (failed.length) {
  console.error(
    `\nbudgets: ${failed.length} of ${results.filter((r) => r.limit !== undefined).length} budgets failed: ${failed.map((r) => `${r.id} (${num(r.over)} B over)`).join(', ')}`,
  );
  process.exit(1);
}
console.log(`budgets: all ${results.filter((r) => r.limit !== undefined).length} budgets met.`);
