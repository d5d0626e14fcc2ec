#!/usr/bin/env node
// `npm run i18n:check` (part of `npm test`): runs `lit-localize extract` and `lit-localize build`
// into a temporary folder, starting from the committed XLIFF (extract keeps its translations), and
// fails when the committed xliff/*.xlf, src/i18n/locales/*.ts or src/i18n/locale-codes.ts differ
// from what the tools write. Catches a msg() that was added or changed without running
// `npm run i18n:extract` (the translators never see it) or `npm run i18n:build` (nn and en show
// bokmål). Changes nothing in the repository.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
const cli = join(root, 'node_modules/@lit/localize-tools/bin/lit-localize.js');
const tmp = mkdtempSync(join(tmpdir(), 'pay-ladder-i18n-'));

/** Committed path (relative to the repository) → where the temporary run writes it. */
const committed = {
  xliff: config.interchange.xliffDir,
  locales: config.output.outputDir,
  codes: config.output.localeCodesModule,
};
const fresh = { xliff: join(tmp, 'xliff'), locales: join(tmp, 'locales'), codes: join(tmp, 'locale-codes.ts') };

let failed = false;
try {
  cpSync(join(root, committed.xliff), fresh.xliff, { recursive: true });
  const tmpConfig = join(tmp, 'lit-localize.json');
  writeFileSync(
    tmpConfig,
    JSON.stringify({
      ...config,
      tsConfig: join(root, config.tsConfig),
      output: { ...config.output, outputDir: fresh.locales, localeCodesModule: fresh.codes },
      interchange: { ...config.interchange, xliffDir: fresh.xliff },
    }),
  );
  for (const command of ['extract', 'build']) {
    const r = spawnSync(process.execPath, [cli, `--config=${tmpConfig}`, command], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`lit-localize ${command} failed:\n${r.stdout}${r.stderr}`);
  }

  const pairs = [
    ...files(join(root, committed.xliff), fresh.xliff),
    ...files(join(root, committed.locales), fresh.locales),
    [join(root, committed.codes), fresh.codes],
  ];
  for (const [mine, theirs] of pairs) {
    const name = relative(root, mine);
    const a = existsSync(mine) ? readFileSync(mine, 'utf8') : null;
    const b = existsSync(theirs) ? readFileSync(theirs, 'utf8') : null;
    if (a === b) continue;
    failed = true;
    if (a === null) console.error(`✗ ${name}: missing; lit-localize writes it.`);
    else if (b === null) console.error(`✗ ${name}: lit-localize no longer writes it.`);
    else console.error(`✗ ${name} differs from what lit-localize writes:\n${firstDifference(a, b)}`);
  }
} catch (e) {
  console.error(`i18n:check: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
if (process.exitCode) process.exit();

const duplicates = duplicateIds(join(root, 'src'));
if (duplicates.length) {
  console.error(
    `✗ i18n:check: ${duplicates.length} message id(s) declared in more than one place (declare each once; share it as a label in src/i18n/labels/):\n` +
      duplicates.map(([id, places]) => `  ${id}: ${places.join(', ')}`).join('\n'),
  );
  process.exit(1);
}

if (failed) {
  console.error(
    '\ni18n:check: run `npm run i18n:extract` (then translate any new <trans-unit> in xliff/) and `npm run i18n:build`, and commit the result.',
  );
  process.exit(1);
}
console.log('✓ i18n:check: xliff/, src/i18n/locales/ and src/i18n/locale-codes.ts are what lit-localize extract and build write.');

/**
 * Message ids declared more than once: [id, ["file:line", …]] for every `msg(…, { id: '…' })` in
 * the TypeScript files under `dir` (the generated locale modules are not declarations).
 */
export function duplicateIds(dir) {
  const places = new Map();
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, e.name);
      if (e.isDirectory()) {
        if (relative(root, path) !== join('src', 'i18n', 'locales')) walk(path);
      } else if (e.name.endsWith('.ts')) scan(path);
    }
  };
  const scan = (file) => {
    const text = readFileSync(file, 'utf8');
    if (!text.includes('msg(')) return;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'msg') {
        const options = node.arguments[1];
        const id =
          options &&
          ts.isObjectLiteralExpression(options) &&
          options.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText(source) === 'id');
        if (id && ts.isStringLiteralLike(id.initializer)) {
          const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
          const list = places.get(id.initializer.text) ?? [];
          list.push(`${relative(root, file)}:${line}`);
          places.set(id.initializer.text, list);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  };
  walk(dir);
  return [...places].filter(([, list]) => list.length > 1).sort(([a], [b]) => a.localeCompare(b));
}

/** [committed file, fresh file] for every file name in either folder. */
function files(mineDir, theirsDir) {
  const names = new Set([...(existsSync(mineDir) ? readdirSync(mineDir) : []), ...(existsSync(theirsDir) ? readdirSync(theirsDir) : [])]);
  return [...names].sort().map((n) => [join(mineDir, n), join(theirsDir, n)]);
}

/** The first differing line, with its number, as committed and as written. */
function firstDifference(a, b) {
  const al = a.split('\n');
  const bl = b.split('\n');
  const i = al.findIndex((line, n) => line !== bl[n]);
  const at = i === -1 ? al.length : i;
  return `    line ${at + 1}\n    committed: ${JSON.stringify(al[at] ?? '(end of file)')}\n    written:   ${JSON.stringify(bl[at] ?? '(end of file)')}`;
}
