#!/usr/bin/env node
// `npm run budgets`: builds the production bundle (vite.config.ts → dist/) and the FLOOR baseline
// (bench/out/floor/) with bench/sizes.mjs — the same code the benchmark report uses — and checks
// budgets.json. Failure: names the budget, the bytes over and the files that count, exits 1.
// Success: prints the numbers. Sizes are gzip level 9, summed file by file.
import { buildBaseline, buildProduction } from '../bench/sizes.mjs';
import { checkBudgets, readBudgets } from '../bench/budgets.mjs';

const num = (n) => Math.round(n).toLocaleString('en-US').replace(/,/g, ' ');

const budgets = readBudgets();
const prod = await buildProduction();
const floor = await buildBaseline('floor');
const results = checkBudgets(budgets, { prod, floor });

for (const r of results) {
  console.log(`${r.ok ? '✓' : '✗'} ${r.message}`);
  for (const f of r.files) console.log(`    ${f.file.padEnd(48)} ${num(f.gzip).padStart(8)} B gzip`);
}
const failed = results.filter((r) => !r.ok);
if (failed.length) {
  console.error(`\nbudgets: ${failed.length} of ${results.length} failed: ${failed.map((r) => `${r.id} (${num(r.over)} B over)`).join(', ')}`);
  process.exit(1);
}
console.log(`\nbudgets: all ${results.length} met.`);
