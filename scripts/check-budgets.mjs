#!/usr/bin/env node
// `npm run budgets` (part of `npm test`): builds the production bundle (vite.config.ts → dist/) and
// the FLOOR baseline (bench/out/floor/) with bench/sizes.mjs — the same code the benchmark report
// uses —, measures what a visitor's browser fetches of that dist/ with bench/page-bytes.mjs
// (headless Chromium; `npm test` makes sure there is one), and checks budgets.json. An enforced
// budget that fails names itself, the bytes over and the files that count, and exits 1. A budget
// that is not enforced (the page budgets while budgets.json has "enforcePageBudgets": false) is
// printed the same way, but does not fail. Sizes are gzip level 9, summed file by file.
import { buildBaseline, buildProduction, num } from '../bench/sizes.mjs';
import { checkBudgets, readBudgets } from '../bench/budgets.mjs';
import { measurePageBytes } from '../bench/page-bytes.mjs';

const budgets = readBudgets();
const prod = await buildProduction();
const floor = await buildBaseline('floor');
let pages = null;
try {
  pages = await measurePageBytes({ log: (s) => process.stderr.write(`${s}\n`) });
} catch (error) {
  if (budgets.enforcePageBudgets) {
    console.error(`budgets: could not measure what a visitor downloads: ${error?.stack ?? error}`);
    process.exit(1);
  }
  console.error(`budgets: WARNING: could not measure what a visitor downloads (page budgets not enforced yet): ${error?.message ?? error}`);
}
const results = checkBudgets(budgets, { prod, floor, pages });

for (const r of results) {
  console.log(`${r.ok ? '✓' : '✗'} ${r.message}`);
  if (!r.ok || r.id === 'interactiveGzipMaxBytes')
    for (const f of r.files) console.log(`    ${f.file.padEnd(48)} ${num(f.gzip).padStart(8)} B gzip`);
}
if (pages) {
  const bf = pages.belowFold;
  console.log(
    `  (below the fold, after scrolling the widget into view: ${num(bf.afterScroll.gzip)} B gzip more${bf.afterScroll.files.length ? `: ${bf.afterScroll.files.map((f) => f.file).join(', ')}` : ''}; reported, not budgeted)`,
  );
  if (pages.errors.length) console.log(`  (page errors while measuring: ${pages.errors.join('; ')})`);
}
const missed = results.filter((r) => !r.ok && !r.enforced);
if (missed.length) console.log(`\nbudgets: not met, not enforced yet: ${missed.map((r) => `${r.id} (${num(r.over)} B over)`).join(', ')}`);
const failed = results.filter((r) => !r.ok && r.enforced);
if (failed.length) {
  console.error(
    `\nbudgets: ${failed.length} of ${results.filter((r) => r.enforced).length} enforced budgets failed: ${failed.map((r) => `${r.id} (${num(r.over)} B over)`).join(', ')}`,
  );
  process.exit(1);
}
console.log(`budgets: all ${results.filter((r) => r.enforced).length} enforced budgets met.`);
