#!/usr/bin/env node
// `npm run budgets` (part of `npm test`): builds the production bundle (vite.config.ts → dist/) and
// the FLOOR baseline (bench/out/floor/) with bench/sizes.mjs — the same code the benchmark report
// uses — and checks budgets.json. An enforced budget that fails names itself, the bytes over and
// the files that count, and exits 1. A target that is not enforced is printed the same way, but
// does not fail. Sizes are gzip level 9, summed file by file.
import { buildBaseline, buildProduction } from '../bench/sizes.mjs';
import { checkBudgets, readBudgets } from '../bench/budgets.mjs';

const num = (n) => Math.round(n).toLocaleString('en-US').replace(/,/g, ' ');

const budgets = readBudgets();
const prod = await buildProduction();
const floor = await buildBaseline('floor');
const results = checkBudgets(budgets, { prod, floor });

for (const r of results) {
  console.log(`${r.ok ? '✓' : '✗'} ${r.message}`);
  if (!r.ok || r.id === 'interactiveGzipMaxBytes') for (const f of r.files) console.log(`    ${f.file.padEnd(48)} ${num(f.gzip).padStart(8)} B gzip`);
}
const missed = results.filter((r) => !r.ok && !r.enforced);
if (missed.length) console.log(`\nbudgets: target not met, not enforced: ${missed.map((r) => `${r.id} (${num(r.over)} B over)`).join(', ')}`);
const failed = results.filter((r) => !r.ok && r.enforced);
if (failed.length) {
  console.error(`\nbudgets: ${failed.length} of ${results.length} failed: ${failed.map((r) => `${r.id} (${num(r.over)} B over)`).join(', ')}`);
  process.exit(1);
}
console.log(`budgets: all ${results.filter((r) => r.enforced).length} enforced budgets met.`);
