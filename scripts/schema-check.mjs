#!/usr/bin/env node
// `npm run schema:check` (part of `npm test`): runs `npm run schema:generate` into a temporary
// folder and fails when the committed generated files (the data's TypeScript types and its
// structural validator) differ from what it writes from data/schema/. Catches a schema change
// without `npm run schema:generate`, and a hand edit of a generated file. Changes nothing in the
// repository.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OUTPUTS } from './schema-generate.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'pay-ladder-schema-'));

let failed = false;
try {
  const r = spawnSync(process.execPath, [join(root, 'scripts/schema-generate.mjs'), '--out', tmp], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`schema:generate failed:\n${r.stdout}${r.stderr}`);
  for (const path of Object.values(OUTPUTS)) {
    const mine = join(root, path);
    const a = existsSync(mine) ? readFileSync(mine, 'utf8') : null;
    const b = readFileSync(join(tmp, path), 'utf8');
    if (a === b) continue;
    failed = true;
    console.error(a === null ? `✗ ${path}: missing.` : `✗ ${path} differs from what the schema gives:\n${firstDifference(a, b)}`);
  }
} catch (e) {
  console.error(`schema:check: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
if (process.exitCode) process.exit();

if (failed) {
  console.error('\nschema:check: run `npm run schema:generate` and commit the result (the generated files are not edited by hand).');
  process.exit(1);
}
console.log(`✓ schema:check: ${Object.values(OUTPUTS).join(' and ')} are what data/schema/ gives.`);

/** The first differing line, with its number, as committed and as written. */
function firstDifference(a, b) {
  const al = a.split('\n');
  const bl = b.split('\n');
  const i = al.findIndex((line, n) => line !== bl[n]);
  const at = i === -1 ? al.length : i;
  return `    line ${at + 1}\n    committed: ${JSON.stringify(al[at] ?? '(end of file)')}\n    written:   ${JSON.stringify(bl[at] ?? '(end of file)')}`;
}
