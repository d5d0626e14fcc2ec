import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileAlone, standaloneModule } from '../../build/standalone-module.js';

const REGISTER = join(import.meta.dirname, '../../src/register.ts');

describe('compileAlone (build/standalone-module.ts)', () => {
  it('compiles src/register.ts into a module that loads define.js by URL without registering, and gives its exports', async () => {
    const code = await compileAlone(REGISTER, readFileSync(REGISTER, 'utf8'));
    expect(code).not.toMatch(/\btype Page\b|\bas typeof\b/);
    expect(code).not.toContain('\n  '); // minified
    // Run it next to a stand-in define.js that records whether it was told not to register.
    const dir = mkdtempSync(join(tmpdir(), 'standalone-'));
    try {
      writeFileSync(join(dir, 'register.js'), code);
      writeFileSync(
        join(dir, 'define.js'),
        `globalThis.__told = globalThis.__payLadderRegisterOnly === import.meta.url;
export const VERSION = '9.9.9';
export function definePayLadder() { return 'defined'; }`,
      );
      const m = (await import(pathToFileURL(join(dir, 'register.js')).href)) as { VERSION: string; definePayLadder: () => string };
      const page = globalThis as { __told?: boolean; __payLadderRegisterOnly?: string };
      expect(page.__told).toBe(true);
      expect('__payLadderRegisterOnly' in page).toBe(false);
      expect(m.VERSION).toBe('9.9.9');
      expect(m.definePayLadder()).toBe('defined');
      delete page.__told;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a module with a static import or re-export: it would not be bundled', async () => {
    await expect(compileAlone('a.ts', `import { x } from './x.js';\nexport const y: number = x;`)).rejects.toThrow(
      /imports a module statically/,
    );
    await expect(compileAlone('b.ts', `export { x } from './x.js';`)).rejects.toThrow(/imports a module statically/);
    await expect(compileAlone('c.ts', `import './x.js';`)).rejects.toThrow(/imports a module statically/);
    await expect(compileAlone('d.ts', `export const m = await import('./x.js');`)).resolves.toContain('import(');
  });
});

describe('standaloneModule (the Vite plugin)', () => {
  it('emits the compiled module as a file of the bundle, not as an entry', async () => {
    const plugin = standaloneModule({ source: REGISTER, fileName: 'register.js' });
    expect(plugin.apply).toBe('build');
    const emitted: unknown[] = [];
    const hook = plugin.generateBundle as (this: { emitFile: (f: unknown) => void }) => Promise<void>;
    await hook.call({ emitFile: (f) => emitted.push(f) });
    expect(emitted).toEqual([
      { type: 'asset', fileName: 'register.js', source: await compileAlone(REGISTER, readFileSync(REGISTER, 'utf8')) },
    ]);
  });
});
