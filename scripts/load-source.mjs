// Loads one of the package's TypeScript modules (src/…) in Node, for the data scripts: esbuild
// bundles it in memory (JSON data included) and Node imports the result. Needs no build first,
// and always runs the code as it is now in src/.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

/** `importSource('src/model/validate-dataset.ts')` → that module's exports. */
export async function importSource(entry) {
  const result = await build({
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
