// `npm run data:check FILE` (scripts/data-check.mjs) and `npm run data:bundle` (scripts/make-dataset.mjs),
// run as a site maintainer would: as child processes, on files written to a temporary folder.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
let dir: string;
let good: string;

function node(script: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'scripts', script), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: root },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function variant(name: string, edit: (d: any) => void): string {
  const data = JSON.parse(readFileSync(good, 'utf8'));
  edit(data);
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(data, null, 2));
  return file;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pay-ladder-data-check-'));
  good = join(dir, 'pay-ladder-data.json');
  const r = node('make-dataset.mjs', good);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
}, 30_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('data:bundle', () => {
  it('writes the data of data/ as one dataset, with a $schema pointer for editors', () => {
    const data = JSON.parse(readFileSync(good, 'utf8'));
    expect(data.$schema).toMatch(/^https:\/\/cdn\.jsdelivr\.net\/npm\/pay-ladder@\d+\.\d+\.\d+\/data\/schema\/dataset\.schema\.json$/);
    expect(data.formatVersion).toBe(1);
    expect(Object.keys(data.agreements)).toEqual([
      'ks',
      'spekter',
      'legekontor',
      'private',
      'nho481',
      'virke-legesentre',
      'virke-huk',
      'tannhelse',
    ]);
    expect(Object.keys(data.rules)).toEqual(['holidayPay', 'g', 'tax', 'conditions']);
  });
});

describe('data:check', () => {
  it('accepts the bundled dataset: exit 0 and a summary', () => {
    const r = node('data-check.mjs', good);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('valid pay-ladder dataset (format 1, updated ');
    expect(r.out).toMatch(/ks: \d+ pay tables, 20\d\d-\d\d-\d\d to 20\d\d-\d\d-\d\d/);
    expect(r.out).toContain('legekontor: uses the tables of ks');
  }, 30_000);

  it('lists each problem with its path and a sentence, and exits 1', () => {
    const broken = variant('broken.json', (d) => {
      d.updated = '2026-02-30';
      d.agreements.ks.tables[0].groups.fagarbeider.steps['0'] = -5;
      d.agreements.spekter.tables[0].groups['gruppe-1'].source = 'no-such-source';
      d.agreements.private.surprise = true;
    });
    const r = node('data-check.mjs', broken);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    const lines = r.err.trim().split('\n');
    expect(lines[0]).toBe(`${broken}: not a valid pay-ladder dataset.`);
    expect(lines).toContain('  - updated must be a real date written YYYY-MM-DD.');
    expect(lines.some((l) => l.startsWith('  - agreements.ks.tables[0].groups.fagarbeider.steps["0"] '))).toBe(true);
    expect(lines).toContain(
      `  - agreements.spekter.tables[0].groups["gruppe-1"].source names a source that is not in this file's "sources".`,
    );
    expect(lines).toContain('  - agreements.private.surprise is not a known property.');
    expect(lines.at(-1)).toMatch(/^4 problems: a widget given this file with data-src ignores it/);
  }, 30_000);

  it('reports a wrong structure (the test fixture) with one line per problem', () => {
    const r = node('data-check.mjs', 'test/fixtures/schema-error.json');
    expect(r.code).toBe(1);
    expect(r.err).toContain('  - agreements.ks.tables must be an array.');
    expect(r.err).toContain('  - rules.tax is missing.');
  }, 30_000);

  it('says where a JSON syntax error is', () => {
    const r = node('data-check.mjs', 'test/fixtures/invalid-json.json');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/test\/fixtures\/invalid-json\.json: is not valid JSON at line \d+, column \d+/);
  }, 30_000);

  it('a missing file is a problem (exit 1); no file at all is a usage error (exit 2)', () => {
    expect(node('data-check.mjs', join(dir, 'nope.json')).code).toBe(1);
    const usage = node('data-check.mjs');
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('Usage: npm run data:check FILE');
  }, 30_000);
});
