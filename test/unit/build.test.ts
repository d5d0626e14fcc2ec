import { describe, expect, it } from 'vitest';
import { minifyCss } from '../../vite.config.js';
import { checkBudgets } from '../../bench/budgets.mjs';

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
  const budgets = { interactiveGzipMaxBytes: 25_600, wholeBundleMaxRatioToFloor: 2.2, wholeBundleTargetRatioToFloor: 1.25, dataGzipMaxBytes: 16_000 };

  it('passes within the budgets, and reports the target that is not enforced', () => {
    const r = checkBudgets(budgets, sizes(25_600, 100_000));
    expect(r.map((b) => [b.id, b.ok, b.enforced])).toEqual([
      ['interactiveGzipMaxBytes', true, true],
      ['wholeBundleMaxRatioToFloor', true, true],
      ['wholeBundleTargetRatioToFloor', false, false],
      ['dataGzipMaxBytes', true, true],
    ]);
    expect(r[2].over).toBe(100_000 - 62_500);
  });

  it('fails an enforced budget by the bytes over, naming the files that count', () => {
    const r = checkBudgets(budgets, sizes(25_601, 110_001));
    expect(r[0]).toMatchObject({ ok: false, over: 1 });
    expect(r[0].files.map((f) => f.file)).toEqual(['dist/chunks/core.js', 'dist/define.js']);
    expect(r[0].message).toContain('1 B over');
    expect(r[1]).toMatchObject({ ok: false, over: 1, enforced: true });
  });
});
