/// <reference types="node" />
/**
 * Shared by the tests of `npm run data:add` (data-add*.test.ts): the kit run as a maintainer runs
 * it, a child process, on a temporary copy of data/ and src/generated/ (`--root`); a snapshot of
 * every file there, to prove that a refusal or a dry run leaves each byte-identical; and the
 * dataset the widget would build from the copy.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect } from 'vitest';
import { defaultDataset, type Dataset } from '../../src/model/index.js';

export const repo = fileURLToPath(new URL('../..', import.meta.url));
export const fixture = (name: string) => join(repo, 'test/fixtures/data-add', name);

let root = '';
/** The temporary project folder of the running test. */
export const tempRoot = () => root;
export const dataFile = (rel: string) => join(root, 'data', rel);
export const figuresFile = () => join(root, 'src/generated/dataset-figures.json');

/** A fresh copy of data/ and the generated figures for each test of the calling file. */
export function useTempRoot(): void {
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'pay-ladder-data-add-'));
    cpSync(join(repo, 'data'), join(root, 'data'), { recursive: true });
    mkdirSync(join(root, 'src/generated'), { recursive: true });
    cpSync(join(repo, 'src/generated/dataset-figures.json'), figuresFile());
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));
}

export function kit(...args: string[]) {
  const r = spawnSync(process.execPath, [join(repo, 'scripts/data-add.mjs'), '--root', root, ...args], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: repo },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** `{ name: value }` → `--name value …`; a `null` value leaves the option out, an array repeats it. */
export function options(all: Record<string, string | string[] | null>): string[] {
  return Object.entries(all).flatMap(([k, v]) => (v === null ? [] : (Array.isArray(v) ? v : [v]).flatMap((x) => [`--${k}`, x])));
}

/** Every file under the temporary root, path → bytes. */
export function snapshot(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(root, path), readFileSync(path).toString('base64'));
    }
  };
  walk(root);
  return files;
}

/** Runs the kit, expects a refusal (exit 1, nothing on stdout) and every file unchanged; returns stderr. */
export function refused(...argv: string[]): string {
  const before = snapshot();
  const r = kit(...argv);
  expect(r.out).toBe('');
  expect(r.code).toBe(1);
  expect(r.err.startsWith('data:add: ')).toBe(true);
  expect(snapshot()).toEqual(before);
  return r.err;
}

/**
 * Runs the kit with `--dry-run`, expects success, the report ending with the line that says
 * nothing was written, and every file unchanged; returns stdout.
 */
export function dryRun(...argv: string[]): string {
  const before = snapshot();
  const r = kit(...argv, '--dry-run');
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  expect(r.out.trimEnd().split('\n').at(-1)).toBe('data:add: dry run: the change is checked and valid; nothing was written.');
  expect(snapshot()).toEqual(before);
  return r.out;
}

const content = (rel: string) => {
  const { $schema: _, ...rest } = JSON.parse(readFileSync(dataFile(rel), 'utf8'));
  return rest;
};

/** The dataset the widget builds, with the temporary copy's agreement, tax and market files. */
export function loadedDataset(): Dataset {
  const agreements = Object.fromEntries(Object.keys(defaultDataset.agreements).map((id) => [id, content(`agreements/${id}.json`)]));
  return {
    ...defaultDataset,
    agreements,
    rules: { ...defaultDataset.rules, tax: content('rules/tax.json') },
    market: content('market/ssb.json'),
  } as unknown as Dataset;
}
