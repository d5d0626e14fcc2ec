// Loads one of the package's TypeScript modules (src/…) in Node, for the data scripts: esbuild
// bundles it in memory (JSON data included) and Node imports the result. Needs no build first,
// and always runs the code as it is now in src/.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * `importSource('src/model/validate-dataset.ts')` → that module's exports.
 *
 * `data` reads the files that the code imports from data/ elsewhere (the same code on other data,
 * e.g. a copy of data/ in a test): `dir` instead of data/, and `files` (path under data/ → text)
 * before the disk.
 */
export async function importSource(entry, data = null) {
  const dataDir = join(root, 'data');
  const plugins = data
    ? [
        {
          name: 'pay-ladder:data-dir',
          setup(b) {
            b.onLoad({ filter: /\.json$/ }, async (args) => {
              const rel = relative(dataDir, args.path);
              if (rel.startsWith('..')) return undefined;
              const key = rel.split(sep).join('/');
              const contents = data.files?.has(key) ? data.files.get(key) : await readFile(join(data.dir ?? dataDir, rel), 'utf8');
              return { contents, loader: 'json' };
            });
          },
        },
      ]
    : [];
  const result = await build({
    plugins,
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    tsconfig: 'tsconfig.json',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}
