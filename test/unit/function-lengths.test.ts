import { mkdtempSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_LINES, functionsIn, longFunctions, tsFiles } from '../../scripts/function-lengths.mjs';

/** A function of `lines` lines (its first and last line counted). */
const fn = (name: string, lines: number) => `function ${name}() {\n${'  x++;\n'.repeat(lines - 2)}}\n`;

describe('scripts/function-lengths.mjs (npm run lint:functions)', () => {
  it.each([
    ['a declaration', fn('f', 5), 'f', 5],
    ['an arrow function bound to a name', 'const g = (a: number) => {\n  return a;\n};\n', 'g', 3],
    ['a method', 'class C {\n  m() {\n    return 1;\n  }\n}\n', 'm', 3],
    ['a function expression in an object', 'const o = {\n  h: function () {\n    return 1;\n  },\n};\n', 'h', 3],
  ])('measures %s', (_, text, name, lines) => {
    expect(functionsIn(text)).toContainEqual(expect.objectContaining({ name, lines }));
  });

  it('finds a function longer than the limit, and not one at the limit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'function-lengths-'));
    writeFileSync(join(dir, 'long.ts'), fn('long', MAX_LINES + 1) + fn('atLimit', MAX_LINES));
    const long = longFunctions(tsFiles(dir));
    expect(long.map((f) => [f.name, f.lines])).toEqual([['long', MAX_LINES + 1]]);
    const run = spawnSync(process.execPath, ['scripts/function-lengths.mjs', '--dir', dir], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`long: ${MAX_LINES + 1} lines`);
  });

  it('passes src/model: every function there is at most 80 lines', () => {
    expect(MAX_LINES).toBe(80);
    expect(longFunctions(tsFiles('src/model'))).toEqual([]);
  });
});
