import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BUDGET_IDS,
  change,
  checkBudgets,
  measuredJourneys,
  readBudgets,
  readPrevious,
  writePrevious,
  type Budgets,
} from '../../bench/budgets.mjs';

const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'budgets-'));
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const file = (name: string, gzip: number) => ({ file: `dist/${name}`, gzip });
/** A measurement of every journey: `n` bytes each, in one file. */
const measured = (n: number, over: Partial<Record<string, number>> = {}) =>
  Object.fromEntries([...BUDGET_IDS, 'wholeBundle'].map((id) => [id, { gzip: over[id] ?? n, files: [file(`${id}.js`, over[id] ?? n)] }]));
const budgets: Budgets = { maxGzipBytes: Object.fromEntries(BUDGET_IDS.map((id) => [id, 10_000])) as Budgets['maxGzipBytes'] };

describe('checkBudgets (npm run budgets, part of npm test)', () => {
  it('passes a journey at or under its bytes, with what is to spare, and reports the whole bundle without a budget', () => {
    const r = checkBudgets(budgets, measured(9_000, { pageView: 10_000 }));
    expect(r.map((b) => b.id)).toEqual([...BUDGET_IDS, 'wholeBundle']);
    expect(r.find((b) => b.id === 'pageView')).toMatchObject({ ok: true, actual: 10_000, limit: 10_000, over: 0, spare: 0 });
    expect(r.find((b) => b.id === 'data')).toMatchObject({ ok: true, spare: 1_000 });
    expect(r.find((b) => b.id === 'data')!.message).toBe('bundled data: 9 000 B gzip ≤ 10 000 B (1 000 B to spare) (no previous value)');
    const whole = r.find((b) => b.id === 'wholeBundle')!;
    expect(whole.limit).toBeUndefined();
    expect(whole.ok).toBeUndefined();
    expect(whole.message).toContain('reported, not budgeted');
  });

  it('fails a journey by the bytes over, with its files, and shows each value beside the previous one', () => {
    const previous = { recorded: { commit: 'abc1234', date: '2026-12-06' }, gzipBytes: { firstKeystroke: 33_251, pageView: 9_000 } };
    const r = checkBudgets(budgets, measured(9_000, { firstKeystroke: 10_001 }), previous);
    const k = r.find((b) => b.id === 'firstKeystroke')!;
    expect(k).toMatchObject({ ok: false, over: 1, spare: 0, previous: 33_251, files: [file('firstKeystroke.js', 10_001)] });
    expect(k.message).toBe('first keystroke: 10 001 B gzip > 10 000 B, 1 B over (previous 33 251 B, −23 250 B)');
    expect(r.find((b) => b.id === 'pageView')!.message).toContain('(previous 9 000 B, ±0 B)');
    expect(r.filter((b) => b.ok === false).map((b) => b.id)).toEqual(['firstKeystroke']);
  });
});

describe('change', () => {
  it('writes the difference to the previous value with its sign, or nothing without one', () => {
    expect(change(1_300, 1_000)).toBe('+300 B');
    expect(change(1_000, 2_500)).toBe('−1 500 B');
    expect(change(1_000, 1_000)).toBe('±0 B');
    expect(change(1_000, null)).toBe('');
  });
});

describe('measuredJourneys', () => {
  it('takes the page journeys from the browser, and the interactive files and the data chunk from the build', () => {
    const prod = {
      files: [
        { file: 'define.js', gzip: 25_000 },
        { file: 'chunks/default-dataset-x.js', gzip: 19_000 },
        { file: 'chunks/chart-y.js', gzip: 50_000 },
        { file: 'register.js', gzip: 200 },
      ],
      interactive: { files: ['define.js'] },
      whole: { files: ['define.js', 'chunks/default-dataset-x.js', 'chunks/chart-y.js', 'register.js'] },
    };
    const page = (...files: Array<[string, number]>) => ({ files: files.map(([f, g]) => file(f, g)) });
    const pages = {
      pageView: page(['define.js', 25_000], ['chunks/chart-y.js', 50_000]),
      belowFold: { before: page(['define.js', 25_000]), afterScroll: page(['chunks/chart-y.js', 50_000]) },
      pinnedDate: page(['define.js', 25_000]),
      comparison: page(['define.js', 25_000], ['chunks/default-dataset-x.js', 19_000]),
      firstKeystroke: page(['chunks/default-dataset-x.js', 19_000]),
      firstKeystrokeNoUrlSync: page(),
    };
    const m = measuredJourneys(prod, pages);
    expect(m.pageView).toEqual({ gzip: 75_000, files: [file('chunks/chart-y.js', 50_000), file('define.js', 25_000)] });
    expect(m.interactive).toEqual({ gzip: 25_000, files: [file('define.js', 25_000)] });
    expect(m.belowFold.gzip).toBe(25_000);
    expect(m.firstKeystrokeNoUrlSync).toEqual({ gzip: 0, files: [] });
    expect(m.data).toEqual({ gzip: 19_000, files: [file('chunks/default-dataset-x.js', 19_000)] });
    expect(m.wholeBundle.gzip).toBe(94_200);
  });
});

describe('readBudgets (budgets.json) and the previous values (bench/journeys.json)', () => {
  it("reads the project's budgets: bytes for every journey and the data, nothing else", () => {
    const b = readBudgets();
    expect(Object.keys(b.maxGzipBytes).sort()).toEqual([...BUDGET_IDS].sort());
    for (const id of BUDGET_IDS) expect(Number.isInteger(b.maxGzipBytes[id])).toBe(true);
  });

  it('refuses a budget that is missing, not a whole number of bytes, or unknown', () => {
    const d = tmp();
    const write = (maxGzipBytes: object) => {
      const path = join(d, `${Math.random()}.json`);
      writeFileSync(path, JSON.stringify({ maxGzipBytes }));
      return path;
    };
    const ok = { ...budgets.maxGzipBytes };
    expect(readBudgets(write(ok)).maxGzipBytes.pageView).toBe(10_000);
    expect(() => readBudgets(write({ ...ok, pinnedDate: undefined }))).toThrow(/"maxGzipBytes.pinnedDate" must be a positive whole number/);
    expect(() => readBudgets(write({ ...ok, data: 1.5 }))).toThrow(/"maxGzipBytes.data"/);
    expect(() => readBudgets(write({ ...ok, pageViewMaxRatioToFloor: 1.5 }))).toThrow(/unknown budget "pageViewMaxRatioToFloor"/);
  });

  it('records a measurement as the previous values and reads it back; no file, no previous values', () => {
    const path = join(tmp(), 'journeys.json');
    expect(readPrevious(path)).toBeNull();
    writePrevious(measured(1_234, { data: 20_000 }), { commit: 'abc1234', date: '2026-12-06' }, path);
    const p = readPrevious(path)!;
    expect(p.recorded).toEqual({ commit: 'abc1234', date: '2026-12-06' });
    expect(p.gzipBytes).toMatchObject({ pageView: 1_234, data: 20_000, wholeBundle: 1_234 });
    expect(checkBudgets(budgets, measured(1_000), p).find((b) => b.id === 'data')!.previous).toBe(20_000);
  });
});
