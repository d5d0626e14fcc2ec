/**
 * Writes a module of our source to the bundle as a file of its own, compiled alone (TypeScript out,
 * then minified) rather than as an entry of the bundle. For `dist/register.js` (src/register.ts): it
 * imports nothing and loads define.js by its URL at run time. As a second entry it would share
 * define.js's code, and Rolldown would put that code in a chunk of its own with define.js a
 * re-export of it: two requests in a row before the first render instead of one.
 */
import { readFile } from 'node:fs/promises';
import { minify, parseAst, transformWithOxc, type Plugin } from 'vite';

/** The module compiled and minified; it must not import another module statically (it would not be bundled). */
export async function compileAlone(source: string, code: string, target = 'es2022'): Promise<string> {
  const js = (await transformWithOxc(code, source, { lang: 'ts', target })).code;
  const linked = parseAst(js).body.filter(
    (s) => s.type === 'ImportDeclaration' || s.type === 'ExportAllDeclaration' || (s.type === 'ExportNamedDeclaration' && s.source),
  );
  if (linked.length) throw new Error(`standalone-module: ${source} imports a module statically; it can only load one by URL`);
  return (await minify(source, js, { compress: { target: 'es2022' }, mangle: true })).code;
}

export function standaloneModule({ source, fileName }: { source: string; fileName: string }): Plugin {
  return {
    name: 'pay-ladder:standalone-module',
    apply: 'build',
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName, source: await compileAlone(source, await readFile(source, 'utf8')) });
    },
  };
}
