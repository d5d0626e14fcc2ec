#!/usr/bin/env node
// Runs the benchmarks: every bench/*.bench.ts is bundled with esbuild (TypeScript and JSON
// imports included) into bench/out/<name>.mjs and run with node, one after the other, so the
// numbers are not disturbed by a parallel run. Prints the machine first, so results can be
// compared across machines.
//
//   npm run bench              all benchmarks
//   npm run bench -- model     only those whose file name contains "model"
import { readdirSync, mkdirSync, rmSync } from 'node:fs';
import { cpus, totalmem, platform, arch, release } from 'node:os';
import { spawnSync } from 'node:child_process';
import { dirname, join, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const benchDir = dirname(fileURLToPath(import.meta.url));
const root = dirname(benchDir);
const outDir = join(benchDir, 'out');
const filters = process.argv.slice(2);

const files = readdirSync(benchDir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((s) => f.includes(s)))
  .sort();

if (files.length === 0) {
  console.error(
    `bench: no bench/*.bench.ts file${filters.length ? ` matching ${filters.join(', ')}` : ''} found.`,
  );
  process.exit(1);
}

const cpuList = cpus();
console.log('Machine');
console.log(`  CPU:    ${cpuList[0]?.model?.trim() ?? 'unknown'} × ${cpuList.length} logical cores`);
console.log(`  Memory: ${(totalmem() / 2 ** 30).toFixed(1)} GiB`);
console.log(`  OS:     ${platform()} ${release()} (${arch()})`);
console.log(`  Node:   ${process.version}`);
console.log('');

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

let failed = 0;
for (const file of files) {
  const name = basename(file, '.ts');
  const outfile = join(outDir, `${name}.mjs`);
  await build({
    entryPoints: [join(benchDir, file)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    tsconfig: join(root, 'tsconfig.json'),
    sourcemap: 'inline',
    logLevel: 'warning',
  });

  console.log(`── ${file} ${'─'.repeat(Math.max(0, 60 - file.length))}`);
  // --expose-gc: a benchmark may call globalThis.gc() between rounds.
  const r = spawnSync(process.execPath, ['--expose-gc', '--enable-source-maps', outfile], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) {
    failed++;
    console.error(`bench: ${file} exited with ${r.status ?? r.signal}`);
  }
  console.log('');
}

process.exit(failed === 0 ? 0 : 1);
