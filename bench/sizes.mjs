// Bundle sizes, shared by bench/run.mjs (report) and scripts/check-budgets.mjs (budgets).
//
//   buildProduction()  the real production build: vite.config.ts through Vite's build API (the
//                      same as `npx vite build`), written to dist/. The chunk graph Vite returns
//                      tells which chunks define.js imports statically (needed before the
//                      calculator is interactive) and which only dynamically (chart, locales).
//   buildBaseline()    the phone bench's floor page (FIGURE: Lit and one element rendering the annual
//                      figure from a JSON import), a tiny entry built with the same Vite, in library
//                      mode, with the target and minify settings read from vite.config.ts; config,
//                      entry and output in bench/out/figure/.
//   attribute(prod)    minified bytes (and marginal gzip bytes) of each chunk attributed to
//                      lit, @lit/localize, chart.js, our model, data JSON, validator, ui, messages
//                      … via the sourcemaps the build writes.
//
// Sizes: minified = bytes on disk; gzip = zlib level 9; brotli = quality 11. A set of files is
// the sum of its files compressed one by one (as a server sends them).
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync, brotliCompressSync, constants as zc } from 'node:zlib';

export const benchDir = dirname(fileURLToPath(import.meta.url));
export const root = dirname(benchDir);
export const outDir = join(benchDir, 'out');
export const distDir = join(root, 'dist');

/** Bytes as the reports write them: 25 600 (a space between thousands; never "-0"). */
export const num = (n) => (Math.round(n) || 0).toLocaleString('en-US').replace(/,/g, ' ');

export function gzipBytes(buf) {
  return gzipSync(buf, { level: 9 }).length;
}
export function brotliBytes(buf) {
  return brotliCompressSync(buf, {
    params: { [zc.BROTLI_PARAM_QUALITY]: 11, [zc.BROTLI_PARAM_SIZE_HINT]: buf.length },
  }).length;
}
export function measure(buf) {
  return { min: buf.length, gzip: gzipBytes(buf), brotli: brotliBytes(buf) };
}
export function sum(list) {
  return list.reduce((a, f) => ({ min: a.min + f.min, gzip: a.gzip + f.gzip, brotli: a.brotli + f.brotli }), {
    min: 0,
    gzip: 0,
    brotli: 0,
  });
}

async function vite() {
  return import('vite');
}

function outputsOf(result) {
  const list = Array.isArray(result) ? result : [result];
  return list.flatMap((r) => r.output);
}

/**
 * Runs the production build (vite.config.ts) and classifies its JavaScript files.
 * Returns { files: [{ file, kind, min, gzip, brotli, modules }], interactive, chart, locales, lazyOther, whole }.
 */
export async function buildProduction({ quiet = true } = {}) {
  const { build } = await vite();
  const result = await build({ configFile: join(root, 'vite.config.ts'), logLevel: quiet ? 'warn' : 'info' });
  const outputs = outputsOf(result);
  const chunks = outputs.filter((o) => o.type === 'chunk');
  // Modules written as files of their own (dist/register.js: build/standalone-module.ts).
  const standalone = outputs.filter((o) => o.type === 'asset' && o.fileName.endsWith('.js'));
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const entry = chunks.find((c) => c.isEntry);
  if (!entry) throw new Error('sizes: the production build has no entry chunk');

  // define.js plus everything it (transitively) imports statically.
  const interactive = new Set();
  const visit = (name) => {
    if (interactive.has(name)) return;
    interactive.add(name);
    for (const i of byName.get(name)?.imports ?? []) visit(i);
  };
  visit(entry.fileName);

  const files = chunks.map((c) => {
    const modules = Object.keys(c.modules ?? {}).map((m) => relative(root, m.replace(/^\0/, '')));
    let kind;
    if (interactive.has(c.fileName)) kind = 'interactive';
    else if (modules.some((m) => /src[\\/]ui[\\/]chart[\\/]engine|node_modules[\\/]chart\.js/.test(m))) kind = 'chart';
    else if (modules.length && modules.every((m) => /src[\\/]i18n[\\/]locales[\\/]/.test(m))) kind = 'locale';
    else kind = 'lazy';
    const buf = readFileSync(join(distDir, c.fileName));
    return { file: c.fileName, kind, ...measure(buf), modules };
  });
  for (const a of standalone)
    files.push({ file: a.fileName, kind: 'standalone', ...measure(readFileSync(join(distDir, a.fileName))), modules: [] });
  const order = { interactive: 0, chart: 1, locale: 2, lazy: 3, standalone: 4 };
  files.sort(
    (a, b) =>
      order[a.kind] - order[b.kind] || (a.file === entry.fileName ? -1 : b.file === entry.fileName ? 1 : a.file.localeCompare(b.file)),
  );
  const of = (k) => files.filter((f) => f.kind === k);
  return {
    entry: entry.fileName,
    files,
    interactive: { files: of('interactive').map((f) => f.file), ...sum(of('interactive')) },
    chart: { files: of('chart').map((f) => f.file), ...sum(of('chart')) },
    locales: of('locale'),
    lazyOther: of('lazy'),
    whole: { files: files.map((f) => f.file), ...sum(files) },
  };
}

/**
 * The FIGURE floor of the phone bench (bench/phone.mjs, issue #14): Lit and one element that renders
 * the annual figure from a JSON import (the figures the widget's first download carries).
 */
function figureEntry() {
  const json = join(root, 'src/generated/dataset-figures.json');
  return `// FIGURE: lit + one element rendering the annual figure from a JSON import (bench/phone.mjs).
import { LitElement, html, css } from 'lit';
import figures from ${JSON.stringify(json)};
const nok = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 });
class FloorFigure extends LitElement {
  static styles = css\`:host { display: block; } .figure { font-size: 2rem; font-weight: 700; margin: 0; }\`;
  render() {
    const tables = figures.agreements.ks.tables;
    const annual = tables[tables.length - 1].groups.fagarbeider.steps['0'];
    return html\`<p class="label">Brutto årslønn</p><p class="figure">\${nok.format(annual)} kr</p>\`;
  }
}
customElements.define('floor-figure', FloorFigure);
`;
}

/** Target and minify settings of the production config, reused for the baselines. */
async function productionSettings() {
  const { loadConfigFromFile } = await vite();
  const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, join(root, 'vite.config.ts'), root, 'silent');
  const b = loaded?.config?.build ?? {};
  return {
    target: b.target ?? 'es2022',
    minify: b.minify,
    outputMinify: b.rolldownOptions?.output?.minify ?? b.rollupOptions?.output?.minify,
  };
}

/** Builds the FIGURE floor page's bundle (bench/phone.mjs); returns { kind, files, min, gzip, brotli }. */
export async function buildBaseline(kind = 'figure') {
  if (kind !== 'figure') throw new Error(`sizes: unknown baseline ${kind}`);
  const dir = join(outDir, kind);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const entrySource = figureEntry();
  writeFileSync(join(dir, 'entry.js'), entrySource);
  const s = await productionSettings();
  const output = { entryFileNames: `${kind}.js` };
  if (s.outputMinify !== undefined) output.minify = s.outputMinify;
  const build = {
    outDir: join(dir, 'dist'),
    emptyOutDir: true,
    target: s.target,
    sourcemap: false,
    lib: { entry: join(dir, 'entry.js'), formats: ['es'], fileName: () => `${kind}.js` },
    rolldownOptions: { output },
  };
  if (s.minify !== undefined) build.minify = s.minify;
  const configFile = join(dir, 'vite.config.mjs');
  writeFileSync(
    configFile,
    `// Generated by bench/sizes.mjs: the ${kind.toUpperCase()} baseline, library mode, settings of vite.config.ts.\n` +
      `export default ${JSON.stringify({ root: dir, logLevel: 'warn', publicDir: false, build }, null, 2)};\n`,
  );
  const { build: viteBuild } = await vite();
  const result = await viteBuild({ configFile, logLevel: 'warn' });
  const js = outputsOf(result).filter((o) => o.type === 'chunk');
  const bufs = js.map((c) => readFileSync(join(dir, 'dist', c.fileName)));
  const sizes = sum(bufs.map(measure));
  return {
    kind,
    files: js.map((c) => relative(root, join(dir, 'dist', c.fileName))),
    ...sizes,
  };
}

// ---- attribution via sourcemaps -----------------------------------------------------------------

const B64 = new Map([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));

function decodeLine(line) {
  const segs = [];
  for (const seg of line.split(',')) {
    if (!seg) continue;
    const vals = [];
    let v = 0;
    let shift = 0;
    for (const ch of seg) {
      const d = B64.get(ch);
      v += (d & 31) << shift;
      if (d & 32) shift += 5;
      else {
        vals.push(v & 1 ? -(v >>> 1) : v >>> 1);
        v = 0;
        shift = 0;
      }
    }
    segs.push(vals);
  }
  return segs;
}

export function categoryOf(source) {
  const s = (source ?? '').replace(/\\/g, '/');
  if (s === '') return 'unmapped (bundler glue)';
  if (/node_modules\/(chart\.js|@kurkle\/color)\//.test(s)) return 'chart.js';
  if (/node_modules\/@lit\/localize\//.test(s)) return '@lit/localize';
  if (/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(s)) return 'lit';
  if (/@oxc-project|rolldown|\0/.test(s)) return 'unmapped (bundler glue)';
  if (/node_modules\//.test(s)) return 'other deps';
  if (/(^|\/)data\/.*\.json$/.test(s)) return 'data JSON';
  if (/src\/model\/validate-dataset/.test(s)) return 'validator';
  if (/src\/model\//.test(s)) return 'model';
  if (/src\/ui\/messages/.test(s)) return 'messages';
  if (/src\/i18n\/locales\//.test(s)) return 'locale messages';
  if (/src\/i18n\//.test(s)) return 'i18n (format, localize)';
  if (/src\/state\//.test(s)) return 'state';
  if (/src\/ui\/(pay-ladder\.styles|theme)\./.test(s)) return 'ui: styles';
  if (/src\/ui\/pay-ladder\./.test(s)) return 'ui: `<pay-ladder>`';
  if (/src\/ui\/pay-ladder-chart\./.test(s)) return 'ui: `<pay-ladder-chart>`';
  if (/src\/ui\/pay-ladder-compare\./.test(s)) return 'ui: `<pay-ladder-compare>`';
  if (/src\/(ui\/|define)/.test(s)) return 'ui: other';
  return 'other';
}

/**
 * For each file of a production build: minified bytes per category, and marginal gzip bytes
 * (gzip of the file minus gzip of the file without that category's spans: what the category adds
 * to the compressed file; the marginals do not add up exactly to the file's gzip size).
 *
 * From the sourcemap: each generated span belongs to the source of the mapping that starts it.
 * Text at the start of a line before its first mapping continues the previous line's token (the
 * minifier keeps newlines only inside template literals: Lit html``/css``), so it goes to that
 * token's source. Rolldown maps no JSON module: in a chunk that contains data/*.json modules,
 * explicitly unmapped spans of ≥ 256 bytes are counted as "data JSON"; the rest is bundler glue
 * (import/export statements, helpers).
 */
export function attribute(prod, categorize = categoryOf) {
  const perFile = [];
  for (const f of prod.files) {
    const path = join(distDir, f.file);
    const mapPath = `${path}.map`;
    if (!existsSync(mapPath)) {
      perFile.push({ file: f.file, kind: f.kind, min: { 'unmapped (bundler glue)': f.min }, gzip: { 'unmapped (bundler glue)': f.gzip } });
      continue;
    }
    const hasJson = f.modules.some((m) => /\.json$/.test(m));
    const code = readFileSync(path, 'utf8');
    const map = JSON.parse(readFileSync(mapPath, 'utf8'));
    const cats = map.sources.map((s) => categorize(s));
    const lines = code.split('\n');
    const mapLines = map.mappings.split(';');
    const spans = []; // [category, text]
    let src = 0; // source index is relative across the whole mappings string
    let carry = 'unmapped (bundler glue)';
    const unmappedCat = (text) => (hasJson && text.length >= 256 ? 'data JSON' : 'unmapped (bundler glue)');
    lines.forEach((text, li) => {
      const nl = li < lines.length - 1 ? '\n' : '';
      const segs = decodeLine(mapLines[li] ?? '');
      let col = 0;
      let prevCat = carry; // continuation of a multi-line token
      let prevExplicitUnmapped = false;
      let prevStart = 0;
      const push = (end, tail = '') => {
        const t = text.slice(prevStart, end) + tail;
        if (t) spans.push([prevExplicitUnmapped ? unmappedCat(t) : prevCat, t]);
      };
      for (const seg of segs) {
        col += seg[0];
        if (col > prevStart) push(col);
        if (seg.length >= 4) {
          src += seg[1];
          prevCat = cats[src];
          prevExplicitUnmapped = false;
        } else {
          prevCat = 'unmapped (bundler glue)';
          prevExplicitUnmapped = true;
        }
        prevStart = col;
      }
      push(undefined, nl);
      carry = prevExplicitUnmapped ? 'unmapped (bundler glue)' : prevCat;
    });
    const min = {};
    for (const [cat, t] of spans) min[cat] = (min[cat] ?? 0) + Buffer.byteLength(t);
    const whole = gzipBytes(Buffer.from(code));
    const gzip = {};
    for (const cat of Object.keys(min)) {
      const without = spans
        .filter(([c]) => c !== cat)
        .map(([, t]) => t)
        .join('');
      gzip[cat] = whole - gzipBytes(Buffer.from(without));
    }
    // Whitespace the minifier cannot touch: newline + indentation inside template literals.
    const ws = code.replace(/\n\/\/# sourceMappingURL=.*$/, '');
    const collapsed = ws.replace(/\n[ \t]*/g, '\n');
    const templateWhitespace = {
      min: Buffer.byteLength(ws) - Buffer.byteLength(collapsed),
      gzip: gzipBytes(Buffer.from(ws)) - gzipBytes(Buffer.from(collapsed)),
    };
    perFile.push({ file: f.file, kind: f.kind, min, gzip, templateWhitespace });
  }
  const total = (filter) => {
    const min = {};
    const gzip = {};
    for (const p of perFile.filter(filter)) {
      for (const [c, v] of Object.entries(p.min)) min[c] = (min[c] ?? 0) + v;
      for (const [c, v] of Object.entries(p.gzip)) gzip[c] = (gzip[c] ?? 0) + v;
    }
    return Object.keys(min)
      .map((category) => ({ category, min: min[category], gzip: gzip[category] }))
      .sort((a, b) => b.min - a.min);
  };
  const ws = (filter) =>
    perFile
      .filter(filter)
      .reduce((a, p) => ({ min: a.min + (p.templateWhitespace?.min ?? 0), gzip: a.gzip + (p.templateWhitespace?.gzip ?? 0) }), {
        min: 0,
        gzip: 0,
      });
  return {
    perFile,
    interactive: total((p) => p.kind === 'interactive'),
    whole: total(() => true),
    templateWhitespace: { interactive: ws((p) => p.kind === 'interactive'), whole: ws(() => true) },
  };
}

/** The production build and what its bytes are made of. */
export async function measureAll({ attribution = true } = {}) {
  const prod = await buildProduction();
  return { prod, attribution: attribution ? attribute(prod) : null };
}

// Allow `node bench/sizes.mjs` for a quick look.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await measureAll();
  console.log(JSON.stringify(r, (k, v) => (k === 'modules' || k === 'perFile' ? undefined : v), 2));
}
