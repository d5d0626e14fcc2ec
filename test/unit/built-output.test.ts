/**
 * The shape of the browser bundle that the size budgets and the phone figures rely on, checked on a
 * real production build (vite.config.ts through Vite's build API, written to a temporary folder).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, parseAst, type Rolldown } from 'vite';

const root = join(import.meta.dirname, '../..');
let out: string;
let chunks: Rolldown.OutputChunk[];

/** The module specifiers a built file imports: statically (import … from, export … from) and dynamically (import()). */
function imports(code: string): { static: string[]; dynamic: string[] } {
  const found = { static: [] as string[], dynamic: [] as string[] };
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const n = node as { type?: string; source?: { value?: unknown } | null };
    if ((n.type === 'ImportDeclaration' || n.type === 'ExportAllDeclaration' || n.type === 'ExportNamedDeclaration') && n.source)
      found.static.push(String(n.source.value));
    if (n.type === 'ImportExpression' && n.source && typeof n.source.value === 'string') found.dynamic.push(n.source.value);
    for (const v of Object.values(node)) Array.isArray(v) ? v.forEach(visit) : visit(v);
  };
  visit(parseAst(code));
  return found;
}
const moduleOf = (c: Rolldown.OutputChunk, path: RegExp) => c.moduleIds.some((m) => path.test(relative(root, m).replace(/\\/g, '/')));

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'pay-ladder-build-'));
  const result = await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'silent', build: { outDir: out, emptyOutDir: true } });
  chunks = (Array.isArray(result) ? result : [result])
    .flatMap((r) => (r as Rolldown.RolldownOutput).output)
    .filter((o) => o.type === 'chunk');
}, 120_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the built bundle', () => {
  it('define.js is the whole first download: it imports no other file before it runs', () => {
    const define = chunks.find((c) => c.fileName === 'define.js')!;
    expect(define.isEntry).toBe(true);
    expect(imports(define.code).static).toEqual([]);
    expect(define.exports).toEqual(expect.arrayContaining(['VERSION', 'definePayLadder']));
    // The calculator and its first-download figures; not the chart, the comparison or the full dataset.
    expect(moduleOf(define, /^src\/ui\/calculator\/pay-ladder\.ts$/)).toBe(true);
    expect(moduleOf(define, /^src\/generated\/dataset-figures\.json$/)).toBe(true);
    expect(moduleOf(define, /node_modules\/chart\.js\//)).toBe(false);
    expect(moduleOf(define, /^src\/ui\/compare\//)).toBe(false);
    expect(moduleOf(define, /^src\/model\/default-dataset\.ts$/)).toBe(false);
  });

  it('Chart.js, the comparison, the full dataset and the translations are chunks loaded on demand', () => {
    const lazy = chunks.filter((c) => !c.isEntry);
    for (const path of [
      /node_modules\/chart\.js\//,
      /^src\/ui\/compare\/pay-ladder-compare\.ts$/,
      /^src\/model\/default-dataset\.ts$/,
      /^src\/i18n\/locales\/nn\.ts$/,
    ])
      expect(
        lazy.some((c) => moduleOf(c, path)),
        String(path),
      ).toBe(true);
    expect(chunks.filter((c) => c.isEntry).map((c) => c.fileName)).toEqual(['define.js']);
  });

  it('register.js is a module of its own that loads define.js by URL', () => {
    const code = readFileSync(join(out, 'register.js'), 'utf8');
    expect(imports(code).static).toEqual([]);
    expect(code).toContain('import.meta.resolve(`./define.js`)');
    expect(code).toMatch(/export\s*const\s*\{\s*definePayLadder\s*,\s*VERSION\s*\}/);
  });

  it('every file a chunk imports exists', () => {
    const missing: string[] = [];
    for (const c of chunks) {
      const { static: s, dynamic: d } = imports(c.code);
      for (const spec of [...s, ...d]) if (!existsSync(join(out, dirname(c.fileName), spec))) missing.push(`${c.fileName} → ${spec}`);
    }
    expect(missing).toEqual([]);
  });

  it('keeps the translations keyed by their message ids, as lit-localize wrote them', () => {
    const nn = chunks.find((c) => moduleOf(c, /^src\/i18n\/locales\/nn\.ts$/))!;
    expect(nn.code).toMatch(/["'`]field\.years["'`]\s*:/);
  });
});
