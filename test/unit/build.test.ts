import { describe, expect, it } from 'vitest';
import { minifyCss } from '../../vite.config.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkBudgets, checkPageBudgets, readBudgets } from '../../bench/budgets.mjs';

describe('minifyCss (the build step for Lit css templates)', () => {
  it('drops comments and the whitespace CSS does not need, keeping combinators and calc() operators', () => {
    const css = `
      /* a comment */
      .a .b,
      .c > .d :focus-visible {
        margin: 0 0 0.5em; /* trailing */
        width: calc(100% - 2px);
        font-family: a, b;
      }
      @media (min-width: 50em) {
        .e { color: red !important; }
      }`;
    expect(minifyCss(css).trim()).toBe(
      '.a .b,.c > .d :focus-visible{margin:0 0 0.5em;width:calc(100% - 2px);font-family:a,b}@media (min-width:50em){.e{color:red !important}}',
    );
  });
});

describe('checkBudgets (npm run budgets, part of npm test)', () => {
  // Sizes as bench/sizes.mjs measures them: interactive files, the whole bundle, the FLOOR build.
  const sizes = (interactive: number, whole: number) => ({
    prod: {
      files: [
        { file: 'define.js', gzip: 100 },
        { file: 'chunks/core.js', gzip: interactive - 100 },
        { file: 'chunks/chart.js', gzip: whole - interactive },
      ],
      interactive: { gzip: interactive, files: ['define.js', 'chunks/core.js'] },
      whole: { gzip: whole, files: ['define.js', 'chunks/core.js', 'chunks/chart.js'] },
    },
    floor: { gzip: 50_000 },
  });
  const budgets = {
    interactiveGzipMaxBytes: 25_600,
    wholeBundleMaxRatioToFloor: 2.2,
    dataGzipMaxBytes: 16_000,
    pageViewMaxRatioToFloor: 1.5,
    belowFoldGzipMaxBytes: 30_720,
    enforcePageBudgets: true,
  };

  it('passes within the budgets; the page budgets only when a page measurement is given', () => {
    const r = checkBudgets(budgets, sizes(25_600, 110_000));
    expect(r.map((b) => [b.id, b.ok, b.enforced])).toEqual([
      ['interactiveGzipMaxBytes', true, true],
      ['wholeBundleMaxRatioToFloor', true, true],
      ['dataGzipMaxBytes', true, true],
    ]);
    expect(r[1]).toMatchObject({ limit: 110_000, over: 0 });
  });

  it('fails an enforced budget by the bytes over, naming the files that count', () => {
    const r = checkBudgets(budgets, sizes(25_601, 110_001));
    expect(r[0]).toMatchObject({ ok: false, over: 1 });
    expect(r[0].files.map((f) => f.file)).toEqual(['dist/chunks/core.js', 'dist/define.js']);
    expect(r[0].message).toContain('1 B over');
    expect(r[1]).toMatchObject({ ok: false, over: 1, enforced: true });
  });

  // What bench/page-bytes.mjs measures: the files a page fetched, gzip bytes each, biggest first.
  const file = (name: string, gzip: number) => ({ file: `dist/${name}`, gzip });
  const pages = (pageView: number, belowFold: number) => ({
    pageView: {
      gzip: pageView,
      files: [file('chunks/chart.js', pageView - 25_000), file('chunks/core.js', 24_900), file('define.js', 100)],
    },
    belowFold: { before: { gzip: belowFold, files: [file('chunks/core.js', belowFold - 100), file('define.js', 100)] } },
  });

  it('checks a page view against 1.5 × FLOOR and the widget below the fold against 30 KB', () => {
    const r = checkPageBudgets(budgets, { floor: { gzip: 50_000 }, pages: pages(75_000, 30_720) });
    expect(r.map((b) => [b.id, b.ok, b.enforced, b.actual, b.limit, b.over])).toEqual([
      ['pageViewMaxRatioToFloor', true, true, 75_000, 75_000, 0],
      ['belowFoldGzipMaxBytes', true, true, 30_720, 30_720, 0],
    ]);
    expect(r[0].ratio).toBe(1.5);
    expect(r[0].message).toContain('≤ 1.5 ×');
    // Given with the build's sizes, checkBudgets adds them after the build budgets.
    const all = checkBudgets(budgets, { ...sizes(25_600, 110_000), pages: pages(75_000, 30_720) });
    expect(all.map((b) => b.id)).toEqual([
      'interactiveGzipMaxBytes',
      'wholeBundleMaxRatioToFloor',
      'dataGzipMaxBytes',
      'pageViewMaxRatioToFloor',
      'belowFoldGzipMaxBytes',
    ]);
  });

  it('fails a page budget by the bytes over, naming itself and the files that count', () => {
    const r = checkPageBudgets(budgets, { floor: { gzip: 50_000 }, pages: pages(75_001, 30_722) });
    expect(r[0]).toMatchObject({ id: 'pageViewMaxRatioToFloor', ok: false, enforced: true, over: 1 });
    expect(r[0].message).toMatch(/^pageViewMaxRatioToFloor: .*1 B over — chunks\/chart\.js \+ chunks\/core\.js \+ define\.js$/);
    expect(r[0].files).toEqual(pages(75_001, 0).pageView.files);
    expect(r[1]).toMatchObject({ id: 'belowFoldGzipMaxBytes', ok: false, enforced: true, over: 2 });
    expect(r[1].message).toMatch(/^belowFoldGzipMaxBytes: .*2 B over — chunks\/core\.js \+ define\.js$/);
  });

  it('reports the page budgets without enforcing them while enforcePageBudgets is false', () => {
    const r = checkPageBudgets({ ...budgets, enforcePageBudgets: false }, { floor: { gzip: 50_000 }, pages: pages(100_000, 110_000) });
    expect(r.map((b) => [b.ok, b.enforced, b.over])).toEqual([
      [false, false, 25_000],
      [false, false, 110_000 - 30_720],
    ]);
    expect(r[0].message).toContain('not enforced yet');
  });
});

describe('readBudgets (budgets.json)', () => {
  const write = (content: object) => {
    const dir = mkdtempSync(join(tmpdir(), 'budgets-'));
    const path = join(dir, 'budgets.json');
    writeFileSync(path, JSON.stringify(content));
    return { path, done: () => rmSync(dir, { recursive: true, force: true }) };
  };
  const valid = {
    interactiveGzipMaxBytes: 1,
    wholeBundleMaxRatioToFloor: 2,
    dataGzipMaxBytes: 3,
    pageViewMaxRatioToFloor: 1.5,
    belowFoldGzipMaxBytes: 4,
    enforcePageBudgets: false,
  };

  it("reads the project's budgets: the 1.25 × FLOOR target is gone, the page budgets are there", () => {
    const b = readBudgets(undefined, {});
    expect(b).not.toHaveProperty('wholeBundleTargetRatioToFloor');
    expect(b).toMatchObject({ pageViewMaxRatioToFloor: 1.5, belowFoldGzipMaxBytes: 30_720, wholeBundleMaxRatioToFloor: 2.35 });
    expect(typeof b.enforcePageBudgets).toBe('boolean');
  });

  it('refuses a missing budget or a missing switch, and lets PAY_LADDER_ENFORCE_PAGE_BUDGETS override the switch', () => {
    const ok = write(valid);
    const noPage = write({ ...valid, belowFoldGzipMaxBytes: undefined });
    const noSwitch = write({ ...valid, enforcePageBudgets: 'yes' });
    const on = write({ ...valid, enforcePageBudgets: true });
    try {
      expect(readBudgets(ok.path, {}).enforcePageBudgets).toBe(false);
      expect(readBudgets(ok.path, { PAY_LADDER_ENFORCE_PAGE_BUDGETS: '1' }).enforcePageBudgets).toBe(true);
      expect(readBudgets(on.path, {}).enforcePageBudgets).toBe(true);
      expect(readBudgets(on.path, { PAY_LADDER_ENFORCE_PAGE_BUDGETS: '0' }).enforcePageBudgets).toBe(false);
      expect(() => readBudgets(ok.path, { PAY_LADDER_ENFORCE_PAGE_BUDGETS: 'yes' })).toThrow(/must be 1 or 0/);
      expect(() => readBudgets(noPage.path, {})).toThrow(/"belowFoldGzipMaxBytes" must be a positive number/);
      expect(() => readBudgets(noSwitch.path, {})).toThrow(/"enforcePageBudgets" must be true or false/);
    } finally {
      ok.done();
      noPage.done();
      noSwitch.done();
      on.done();
    }
  });
});
