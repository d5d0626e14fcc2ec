// Where the phone's first figure spends its CPU: a CPU profile of the phone bench's page
// (bench/phone.mjs: the same pages, server and throttling) from navigation until the annual figure
// is painted, mapped through the bundle's source maps to source files and functions. It found
// the 130–180 ms of the first Intl.NumberFormat on the default page (issue #21).
//
//   node bench/phone-profile.mjs [--page widget|pinned|floor] [--loads N]   (npm run bench:phone-profile)
//
// Prints, in throttled ms (CPU 4× slower) per load, the mean of N loads after one warm-up:
// self time by source file, and inclusive time by function (a function's own time and its callees').
// "(program)" is the browser's own work (parsing, style, layout, paint). Builds nothing: dist/ must exist.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium.mjs';
import { phonePage, serveGzip } from './phone.mjs';
import { buildBaseline, distDir, outDir } from './sizes.mjs';

const { values } = parseArgs({ options: { page: { type: 'string', default: 'widget' }, loads: { type: 'string', default: '3' } } });
const loads = Number(values.loads);
if (!existsSync(join(distDir, 'define.js'))) throw new Error('phone-profile: dist/define.js is missing; run `npm run build` first');

await buildBaseline('figure');
const { server, origin } = await serveGzip({ dist: distDir, floor: join(outDir, 'figure', 'dist') });
const { chromium } = await import('playwright-core');
const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });

const maps = new Map();
/** `file:line function` of a profile node's call frame, through the source map of a file of dist/. */
function where({ url, functionName, lineNumber, columnNumber }) {
  const path = url ? new URL(url, origin).pathname : '';
  if (!maps.has(path)) {
    const map = join(distDir, path.replace(/^\/dist\//, '')) + '.map';
    maps.set(path, path.startsWith('/dist/') && existsSync(map) ? new TraceMap(JSON.parse(readFileSync(map, 'utf8'))) : null);
  }
  const o = maps.get(path) && originalPositionFor(maps.get(path), { line: lineNumber + 1, column: columnNumber });
  if (!o?.source) return { file: path || functionName, fn: `${path} ${functionName || '(anonymous)'}` };
  const file = o.source.replace(/^.*?\b(node_modules|src)\//, '$1/');
  return { file, fn: `${file}:${o.line} ${o.name ?? functionName}` };
}

const self = new Map();
const inclusive = new Map();
const add = (m, k, ms) => m.set(k, (m.get(k) ?? 0) + ms / loads);
const figures = [];
try {
  for (let i = 0; i <= loads; i++) {
    const { context, p, cdp } = await phonePage(browser);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await p.goto(`${origin}/${values.page}.html`, { waitUntil: 'commit' });
    await p.waitForFunction(() => globalThis.__phone?.figureAt, null, { polling: 50, timeout: 60_000 });
    const { profile } = await cdp.send('Profiler.stop');
    const figureAt = await p.evaluate(() => globalThis.__phone.figureAt);
    await context.close();
    if (i === 0) continue; // the warm-up
    figures.push(Math.round(figureAt));
    const ms = new Map();
    profile.samples.forEach((id, k) => ms.set(id, (ms.get(id) ?? 0) + (profile.timeDeltas[k + 1] ?? 0) / 1000));
    const node = new Map(profile.nodes.map((n) => [n.id, { ...n, where: where(n.callFrame) }]));
    const parent = new Map(profile.nodes.flatMap((n) => (n.children ?? []).map((c) => [c, n.id])));
    for (const [id, t] of ms) {
      add(self, node.get(id).where.file, t);
      const seen = new Set();
      for (let a = id; a !== undefined; a = parent.get(a)) {
        const fn = node.get(a).where.fn;
        if (!seen.has(fn)) add(inclusive, fn, t);
        seen.add(fn);
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}

const top = (m, n) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`)
    .join('\n');
console.log(`/${values.page}.html, ${loads} loads: annual figure painted at ${figures.join(', ')} ms (profiler on)`);
console.log(`\nSelf time by source file (throttled ms per load):\n${top(self, 25)}`);
console.log(`\nInclusive time by function (throttled ms per load):\n${top(inclusive, 40)}`);
