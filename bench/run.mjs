#!/usr/bin/env node
// `npm run bench`: every benchmark in ONE run, written to bench/report.md and bench/report.json
// (and the table printed to stdout). Build output and scratch files go to bench/out/ (ignored).
//
//   1. Machine: CPU, cores, memory, OS and load, Node, Chromium.
//   2. Model (Node): bench/*.bench.ts, each bundled with esbuild (TypeScript and JSON imports) and
//      run in its own `node --expose-gc` process, one after the other; each writes JSON.
//   3. Sizes (bench/sizes.mjs): the production build (vite.config.ts → dist/), attribution of the
//      bytes via sourcemaps.
//   4. Browser (bench/browser.mjs): a snapshot of that dist/ served on 127.0.0.1, system Chromium.
//   5. What a visitor downloads (bench/page-bytes.mjs): the files of that dist/ each journey fetches
//      (page view, below the fold, pinned date, comparison, first keystroke), gzip bytes per file, in
//      the same Chromium (two runs); with the budgets (budgets.json) and the previous values
//      (bench/journeys.json).
//   6. Phone (bench/phone.mjs, issues #14, #21): that dist/ on a throttled phone (Lighthouse's mobile
//      profile through CDP): the default page, the pinned-date page and a floor page, measured in the
//      same run: figure, input, chart, CLS.
//
//   npm run bench [-- --update-journeys]   (--update-journeys: record the journeys as the previous values)
//
// Timings are reported, never asserted; the size budgets (budgets.json) are shown here and
// enforced by `npm run budgets` (part of `npm test`). Exit code 1 only when a benchmark could not run.
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { arch, cpus, loadavg, platform, release, totalmem } from 'node:os';
import { spawnSync } from 'node:child_process';
import { basename, join } from 'node:path';
import { build } from 'esbuild';
import { benchDir, distDir, measureAll, outDir, root } from './sizes.mjs';
import { BENCH_CHROMIUM_ARGS, runBrowser } from './browser.mjs';
import { JOURNEYS, change, checkBudgets, measuredJourneys, readBudgets, readPrevious, writePrevious } from './budgets.mjs';
import { measurePageBytes } from './page-bytes.mjs';
import { phoneRows, phoneSection, runPhone } from './phone.mjs';

const KB = 1024;
const kb = (n) => `${(n / KB).toFixed(1)} KB`;
const int = (n) => Math.round(n).toLocaleString('en-US').replace(/,/g, ' ');
const ms = (n) => (n < 10 ? n.toFixed(1) : n.toFixed(0));
const log = (s) => process.stderr.write(`${s}\n`);

const started = new Date();
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

// ---- 1. machine --------------------------------------------------------------------------------
const git = (args) => spawnSync('git', args, { cwd: root, encoding: 'utf8' }).stdout?.trim() ?? '';
const cpuList = cpus();
const machine = {
  cpu: cpuList[0]?.model?.trim() ?? 'unknown',
  cores: cpuList.length,
  memoryGiB: +(totalmem() / 2 ** 30).toFixed(1),
  os: `${platform()} ${release()} (${arch()})`,
  loadAverage1m: +loadavg()[0].toFixed(2),
  node: process.version,
  chromium: null,
};
const commit = {
  head: git(['rev-parse', '--short', 'HEAD']),
  dirty: git(['status', '--porcelain', '--', 'src', 'data', 'vite.config.ts', 'package.json']) !== '',
};

// ---- 2. model ----------------------------------------------------------------------------------
log('bench: model (Node) …');
const benches = {};
let failed = 0;
for (const file of readdirSync(benchDir)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort()) {
  const name = basename(file, '.bench.ts');
  const outfile = join(outDir, `${name}.bench.mjs`);
  const jsonFile = join(outDir, `${name}.json`);
  await build({
    entryPoints: [join(benchDir, file)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    tsconfig: join(root, 'tsconfig.json'),
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  const r = spawnSync(process.execPath, ['--expose-gc', '--enable-source-maps', outfile, jsonFile], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    log(`bench: ${file} exited with ${r.status ?? r.signal}`);
    continue;
  }
  benches[name] = JSON.parse(readFileSync(jsonFile, 'utf8'));
}
const model = benches.model;

// ---- 3. sizes ----------------------------------------------------------------------------------
log('bench: production build …');
const sizes = await measureAll();
const budgets = readBudgets();
const previous = readPrevious();

// ---- 4. browser --------------------------------------------------------------------------------
log('bench: browser …');
// Serve a snapshot: someone else's `vite build` during the run must not swap files under the page.
const served = join(outDir, 'dist');
cpSync(distDir, served, { recursive: true });
let browser = null;
try {
  browser = await runBrowser({ distDir: served, log });
  machine.chromium = browser.chromium;
} catch (error) {
  failed++;
  log(`bench: browser benchmarks failed: ${error?.stack ?? error}`);
}

// ---- 5. what a visitor downloads ---------------------------------------------------------------
log('bench: what a visitor downloads …');
const PAGE_RUNS = 2;
let pages = null;
try {
  pages = await measurePageBytes({ distDir: served, runs: PAGE_RUNS, log });
  machine.chromium ??= pages.chromium;
} catch (error) {
  failed++;
  log(`bench: page bytes failed: ${error?.stack ?? error}`);
}
const measured = pages ? measuredJourneys(sizes.prod, pages) : null;
const budgetResults = measured ? checkBudgets(budgets, measured, previous) : [];
if (measured && process.argv.includes('--update-journeys')) writePrevious(measured, { commit: commit.head });

// ---- 6. phone ----------------------------------------------------------------------------------
log('bench: phone (throttled) …');
let phone = null;
try {
  phone = await runPhone({ distDir: served, log });
} catch (error) {
  failed++;
  log(`bench: phone failed: ${error?.stack ?? error}`);
}

// ---- report ------------------------------------------------------------------------------------
machine.loadAverage1mAtEnd = +loadavg()[0].toFixed(2);
const p = sizes.prod;
const size = (s) => `${kb(s.min)} min · ${kb(s.gzip)} gz · ${kb(s.brotli)} br`;
const shortName = (f) => f.replace(/^chunks\//, '').replace(/-[\w-]{8}\.js$/, '.js');
const mark = (ok) => (ok ? '✓' : '✗');

const rows = [];
const row = (measure, value, target = '') => rows.push([measure, value, target]);
if (model) {
  const l = model.ladders;
  const c = model.comparisons;
  // Rounds that differ by more than 30 % mean something else ran on the machine.
  const noisy = (s) => (s.max / s.min > 1.3 ? ' ⚠ noisy: other load on the machine, rerun when idle' : '');
  row(
    'Model: 45-year ladders/s (`computeLadder`, every supplement on)',
    `**${int(l.median)}**/s median of ${l.rounds.length} rounds (${int(l.min)}–${int(l.max)})${noisy(l)}`,
    `≥ 20 000 ${mark(l.median >= 20000)}`,
  );
  row('Model: 4-scenario comparisons/s (`compareScenarios`)', `**${int(c.median)}**/s (${int(c.min)}–${int(c.max)})${noisy(c)}`, '');
} else row('Model', 'failed to run', '');
const was = (b) => (b.previous === null ? '' : ` (previous ${int(b.previous)} B, ${change(b.actual, b.previous)})`);
for (const b of budgetResults.filter((r) => r.limit !== undefined))
  row(
    `Journey: ${b.label} (${b.what}; ${b.files.length} file${b.files.length === 1 ? '' : 's'})`,
    `**${int(b.actual)} B** gz${was(b)}`,
    `≤ ${int(b.limit)} B ${mark(b.ok)}${b.ok ? ` (${int(b.spare)} B to spare)` : ` (${int(b.over)} B over)`}`,
  );
if (!pages) row('Journeys (bench/page-bytes.mjs)', 'failed to run (see stderr)', '');
else
  row(
    `Journey: the widget below the fold, after it is scrolled into view (${pages.belowFold.afterScroll.files.length} more files)`,
    `+${int(pages.belowFold.afterScroll.gzip)} B gz, ${int(pages.belowFold.total.gzip)} B in all`,
    'reported',
  );
for (const f of p.files.filter((f) => f.kind !== 'interactive'))
  row(
    `Size: ${f.kind === 'chart' ? 'chart chunk' : f.kind === 'locale' ? 'locale chunk' : f.kind === 'standalone' ? 'module' : 'lazy chunk'} ${shortName(f.file)}`,
    size(f),
    '',
  );
row(`Size: interactive (${p.interactive.files.map(shortName).join(' + ')})`, size(p.interactive), '');
const whole = budgetResults.find((r) => r.id === 'wholeBundle');
row(`Size: whole bundle (${p.files.length} files)`, `${size(p.whole)}${whole ? was(whole) : ''}`, '');
if (browser) {
  const L = browser.loads;
  const C = browser.changes;
  const H = browser.heap;
  const spread = (s) => `median **${ms(s.median)} ms** (${ms(s.min)}–${ms(s.max)}, n=${s.n})`;
  row('Browser: script start → form + annual figure rendered', spread(L.scriptToForm), '');
  row('Browser: navigation start → form + annual figure', spread(L.navToForm), '');
  row('Browser: script start → chart drawn', spread(L.scriptToChart), '');
  row(
    'Browser: input change → numbers + chart updated',
    `p50 **${ms(C.updated.p50)} ms**, p95 ${ms(C.updated.p95)} ms (max ${ms(C.updated.max)}, n=${C.updated.n}; ${C.verified}/${C.updated.n} verified)`,
    '',
  );
  row('Browser: input change → next animation frame', `p50 ${ms(C.framed.p50)} ms, p95 ${ms(C.framed.p95)} ms`, '');
  row(
    'Browser: layout shift while the chart loads',
    `**${L.clsWhileChartLoads.max === 0 ? '0' : L.clsWhileChartLoads.max.toFixed(4)}** max of ${L.n} loads (widget ${int(L.heightAtForm.median)} px tall at form, ${int(L.heightAtChart.median)} px with chart)`,
    `0 ${mark(L.clsWhileChartLoads.max === 0)}`,
  );
  row(
    'Browser: layout shift of the widget’s first render',
    `${L.clsFirstRender.median.toFixed(4)} (the test page reserves no space for it)`,
    '',
  );
  row(
    `Browser: JS heap growth, ${H.cycles} create/remove cycles`,
    `**${H.growth >= 0 ? '+' : ''}${kb(H.growth)}** (${kb(H.heapBefore)} → ${kb(H.heapAfter)}, forced GC)`,
    `≤ 1 MB ${mark(H.growth <= 1024 * 1024)}`,
  );
  row(
    'Browser: live after the cycles',
    `${H.liveChartsAfter} Chart.instances (1 with one element live), ${H.chartObjectsAfter} Chart + ${H.payLadderObjectsAfter} PayLadder objects in heap, ${H.elementsAfter} elements`,
    `0 ${mark(H.liveChartsAfter === 0 && H.chartObjectsAfter === 0 && H.payLadderObjectsAfter === 0)}`,
  );
  const K = browser.compare;
  row(
    'Browser: four-scenario comparison, input change → figures + chart updated',
    `p50 **${ms(K.updated.p50)} ms**, p95 ${ms(K.updated.p95)} ms (max ${ms(K.updated.max)}, n=${K.updated.n}; ${K.verified}/${K.updated.n} verified)`,
    `p95 ≤ 16 ms ${mark(K.updated.p95 <= 16)}`,
  );
} else row('Browser', 'failed to run (see stderr)', '');

if (phone) for (const r of phoneRows(phone)) row(...r);
else row('Phone (bench/phone.mjs)', 'failed to run (see stderr)', '');

const fileTable = (files) =>
  files.length
    ? [
        '| File | gz | min | requested at |',
        '|---|---|---|---|',
        ...files.map(
          (f) =>
            `| ${f.file} | ${int(f.gzip)} B | ${f.bytes === undefined ? '–' : `${int(f.bytes)} B`} | ${f.startedMs === undefined ? '–' : `${int(f.startedMs)} ms`} |`,
        ),
      ].join('\n')
    : 'No file.';
const visitorSection = !pages
  ? 'Not measured: bench/page-bytes.mjs failed (see stderr).'
  : (() => {
      const bf = pages.belowFold;
      const perRun = pages.runs
        .map(
          (r, i) =>
            `run ${i + 1}: ${JOURNEYS.filter((j) => j.id in r)
              .map((j) => `${j.label} ${int(r[j.id])} B`)
              .join(', ')}`,
        )
        .join('; ');
      const sections = budgetResults
        .filter((b) => b.id !== 'wholeBundle')
        .map(
          (b) =>
            `### ${b.label}: ${int(b.actual)} B gz${b.limit === undefined ? '' : ` (budget ${int(b.limit)} B)`}\n\n${b.what}.\n\n${fileTable(b.files)}`,
        );
      return `Measured in Chromium by bench/page-bytes.mjs, ${pages.runs.length} runs (${pages.stable ? 'every run fetched the same files' : '**the runs differ**: the largest is shown'}; ${perRun}). Budgets: budgets.json; previous values: bench/journeys.json${previous ? ` (${previous.recorded.date}, ${previous.recorded.commit || 'no commit'})` : ' (none recorded)'}.${pages.errors.length ? ` Page errors: ${pages.errors.join('; ')}.` : ''}

${sections.join('\n\n')}

### Below the fold, after scrolling it into view: +${kb(bf.afterScroll.gzip)} gz (${kb(bf.total.gzip)} in all)

The widget's top is ${int(bf.topPx)} px down the page; viewport ${pages.viewport.width}×${pages.viewport.height}.

${fileTable(bf.afterScroll.files)}`;
    })();

const table = ['| Measure | Value | Target |', '|---|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

const attr = sizes.attribution;
const wholeBy = new Map(attr.whole.map((a) => [a.category, a]));
const attrRows = attr.whole.map((w) => {
  const i = attr.interactive.find((a) => a.category === w.category);
  return `| ${w.category} | ${i ? kb(i.min) : '–'} | ${i ? kb(i.gzip) : '–'} | ${kb(w.min)} | ${kb(wholeBy.get(w.category).gzip)} |`;
});

const md = `# pay-ladder benchmarks

Generated by \`npm run bench\` (bench/run.mjs) on ${started.toISOString().replace(/\.\d+Z$/, 'Z')}, commit ${commit.head}${commit.dirty ? ' with uncommitted changes in src/, data/ or configs' : ''}. All numbers come from this one run; timings are reported, never asserted.

## Machine

| | |
|---|---|
| CPU | ${machine.cpu}, ${machine.cores} logical cores |
| Memory | ${machine.memoryGiB} GiB |
| OS | ${machine.os}, load average (1 min) ${machine.loadAverage1m} at start, ${machine.loadAverage1mAtEnd} at end |
| Node | ${machine.node} |
| Chromium | ${machine.chromium ?? 'not run'} (system /usr/bin/chromium, headless, via playwright-core) |

## Results

KB = 1024 bytes. min = minified bytes on disk, gz = gzip level 9, br = brotli quality 11; a set of files is the sum of its files compressed one by one.

${table}

## What a visitor downloads

${visitorSection}

## On a phone

${phone ? phoneSection(phone) : 'Not measured: bench/phone.mjs failed (see stderr).'}

## What the bundle is made of

Minified bytes attributed through the build's sourcemaps; gz = marginal gzip bytes (how much smaller the gzipped file gets without that part; marginals do not add up exactly). "data JSON" = the bundled data/*.json (Rolldown maps no JSON module: large unmapped spans in chunks that contain JSON modules).
Whitespace inside Lit \`html\`/\`css\` templates (newline + indentation, which the minifier keeps): ${kb(attr.templateWhitespace.interactive.min)} min, ≈ ${kb(attr.templateWhitespace.interactive.gzip)} gz in the interactive files.

| Part | interactive min | interactive gz | whole min | whole gz |
|---|---|---|---|---|
${attrRows.join('\n')}

## Method

- **Model**: bench/model.bench.ts, bundled by esbuild and run in \`node --expose-gc\`. Scenario: Spekter, 80 %, rotating shifts (evening, night, weekend, holiday hours), 60 h overtime, responsibility supplement in %, individual supplement in kr, local education supplement, an education event (fagskole, study cost, months without pay) and a responsibility event, 3 % growth, age 35, horizon 45 (46 rows; parts seen: ${model ? model.partsSeen.join(', ') : '–'}). ${model ? `${model.warmupMs} ms warm-up, then ${model.ladders.rounds.length} rounds of ≥ ${model.roundMs} ms, gc() between rounds; median and min–max of the rounds by wall clock (report.json also has the rate per CPU-second of the process, \`ladders.cpu\`)` : ''}. Comparisons: four variants of that scenario (KS, legekontor day work, høyskole without events).
- **Sizes**: bench/sizes.mjs runs the production build with vite.config.ts (Vite's build API: the same build as \`npx vite build\`) and follows the chunk graph: "interactive" = define.js and every chunk it imports statically (transitively); every other chunk (chart, locales, validator, …) is only reached through a dynamic \`import()\`. The chart chunk is the one holding src/ui/chart/engine.ts / chart.js; locale chunks hold only src/i18n/locales/*; a module is a file written on its own (dist/register.js).
- **Browser**: bench/browser.mjs serves a copy of dist/ from node:http on 127.0.0.1; Chromium flags \`${BENCH_CHROMIUM_ARGS.join(' ')}\`; viewport ${browser ? `${browser.viewport.width}×${browser.viewport.height}` : '–'}. Page loads: fresh browser context each (no HTTP or code cache), one unrecorded warm-up; "script start" = an inline classic script in \`<head>\` before define.js is requested; "form rendered" = a MutationObserver on the element's shadow root (attached as it is created) first sees \`[part~=form]\` and digits in the annual figure; "chart drawn" = \`<pay-ladder-chart>\` defined (its chunk comes with Chart.js), its \`ready\`, + one frame. Layout shift: 'layout-shift' entries without recent input, until 1 s after the chart is drawn; "while the chart loads" = entries from the second frame after the form first painted. Input changes: the element's own years \`<input>\` gets a new value and an \`input\` event; timed to \`el.updateComplete\` + the chart's \`updateComplete\` (Chart.js redraws synchronously there), then to the next animation frame; each change verified (scenario, figure, chart series). Heap: CDP \`Runtime.getHeapUsage\` after \`gc()\` + \`HeapProfiler.collectGarbage\` ×3, before and after ${browser ? browser.heap.cycles : 500} cycles (create, append, await render and chart, remove; after ${browser ? browser.heap.warmupCycles : 20} unrecorded); live charts via \`Chart.instances\` (the Chart class is the constructor of the first element's chart) and CDP \`Runtime.queryObjects\` on Chart.prototype and PayLadder.prototype.
- **Phone**: bench/phone.mjs (its header has the method): Chromium's own throttling through CDP (Network.emulateNetworkConditions ${phone ? `${phone.phone.latencyMs} ms, ${phone.phone.downKbps}/${phone.phone.upKbps} kbit/s` : ''}, Emulation.setCPUThrottlingRate ${phone ? phone.phone.cpuSlowdown : 4}), ${phone ? `${phone.phone.viewport.width}×${phone.phone.viewport.height}` : '412×823'} mobile emulation, gzip from node:http, cache off, a fresh context per load; the widget page, the pinned-date page (\`tariff-date="${phone ? phone.pinned.date : '2024-09-01'}"\`) and the floor page (bench/sizes.mjs FIGURE build: Lit + one element rendering the figure from a JSON import) take turns (each round starting with the next page), ${phone ? phone.loads : 5} loads each after a warm-up; medians. Figure = the frame that paints it (MutationObserver on the shadow root, then rAF + a message after paint); input = the years input takes focus and an \`input\` event changes the figure (put back at once); chart = the chart element's \`ready\` + a frame; CLS = layout shifts after the figure's frame until ${phone ? phone.afterMs / 1000 : 4} s after the chart (the first render's own shift is shown apart: the test page reserves no room for the widget).
- **What a visitor downloads**: bench/page-bytes.mjs serves a copy of dist/ under /dist/ and its pages (one \`<pay-ladder>\` at the top; the same after a ${pages ? int(pages.foldOffsetPx) : '4 000'} px block; with \`tariff-date="${pages ? pages.pinnedDate : '2024-09-01'}"\`; with \`no-url-sync\`; one \`<pay-ladder-compare>\`) from node:http on 127.0.0.1, system Chromium with the project's flags, viewport ${pages ? `${pages.viewport.width}×${pages.viewport.height}` : '–'}, \`<html lang="nb">\`, a fresh browser context per page (no HTTP or code cache; \`Cache-Control: no-store\`). Every request to /dist/ is recorded (playwright \`request\`/\`requestfinished\`); each file counts once, at the gzip size (level 9) of its bytes on disk, as the other budgets. The window: ${pages ? pages.windowMs / 1000 : 4} s from the later of the \`load\` event and the widget's first render (its annual figure shows digits), then until the network is quiet (nothing in flight, nothing started for ${pages ? pages.quietMs : 500} ms): a slow machine does not cut a load short, and a load that starts within the window counts even when it ends after it. Below the fold: the same window without scrolling, then \`scrollIntoView()\` and the same window again; files first requested after the scroll are listed apart. First keystroke: after the page view, a click in the years field and one digit typed (playwright's keyboard); what is first requested from the click on, until 4 s after it and a quiet network. "interactive" comes from the build's chunk graph, "bundled data" from the build. The budgets use the run with the most bytes.
`;

const report = {
  generatedAt: started.toISOString(),
  commit,
  machine,
  model: model ?? null,
  benches,
  sizes: {
    interactive: p.interactive,
    chart: p.chart,
    locales: p.locales.map(({ modules, ...f }) => f),
    lazyOther: p.lazyOther.map(({ modules, ...f }) => f),
    whole: p.whole,
    files: p.files.map(({ modules, ...f }) => ({ ...f, modules })),
    attribution: { interactive: attr.interactive, whole: attr.whole, templateWhitespace: attr.templateWhitespace, perFile: attr.perFile },
  },
  budgets: budgetResults.map(({ files, ...b }) => b),
  journeys: budgetResults.map(({ id, files }) => ({ id, files })),
  browser,
  pages,
  phone,
};

writeFileSync(join(benchDir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(join(benchDir, 'report.md'), md);

console.log(
  `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, Chromium ${machine.chromium ?? '–'}\n`,
);
console.log(table);
console.log('');
for (const b of budgetResults) console.log(`budget ${b.limit === undefined ? '    ' : b.ok ? 'ok  ' : 'FAIL'} ${b.message}`);
if (process.argv.includes('--update-journeys')) console.log('Recorded the journeys as the previous values: bench/journeys.json');
console.log('\nWritten: bench/report.md, bench/report.json');
process.exit(failed === 0 ? 0 : 1);
