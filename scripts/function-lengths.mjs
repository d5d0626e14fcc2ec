#!/usr/bin/env node
// `npm run lint:functions`: lists every function in src/model longer than 80 lines (a function
// declaration, method, getter, constructor, function expression or arrow function; a nested
// function counts within its parent's lines too) and exits 1 if there is one. The pay model is
// read rule by rule (src/model/rules/, one rule per file); a function that outgrows a screen is a
// rule that wants its own file. `--max N` sets another limit, `--dir DIR` reads another folder.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
export const MAX_LINES = 80;

/** The `.ts` files under `dir`, sorted. */
export function tsFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath ?? e.path, e.name))
    .sort();
}

const name = (node, sf) => {
  if (node.name) return node.name.getText(sf);
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  // An arrow function or function expression takes the name it is bound to, where it has one.
  const p = node.parent;
  if (p && (ts.isVariableDeclaration(p) || ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p))) return p.name.getText(sf);
  return '(anonymous)';
};

/** Every function in `text` with its name, first line and length in lines (first to last line, both counted). */
export function functionsIn(text, file = 'file.ts') {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found = [];
  const visit = (node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
      const end = sf.getLineAndCharacterOfPosition(node.getEnd()).line + 1;
      found.push({ name: name(node, sf), line: start, lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** The functions longer than `max` lines in the files, longest first. */
export function longFunctions(files, max = MAX_LINES) {
  return files
    .flatMap((file) => functionsIn(readFileSync(file, 'utf8'), file).map((f) => ({ file, ...f })))
    .filter((f) => f.lines > max)
    .sort((a, b) => b.lines - a.lines);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const option = (flag) => (process.argv.includes(flag) ? process.argv[process.argv.indexOf(flag) + 1] : undefined);
  const max = Number(option('--max') ?? MAX_LINES);
  const dir = option('--dir') ?? join(root, 'src/model');
  const long = longFunctions(tsFiles(dir), max);
  for (const f of long) console.error(`${relative(root, f.file)}:${f.line} ${f.name}: ${f.lines} lines (at most ${max})`);
  if (long.length) {
    console.error(`lint:functions: ${long.length} function(s) in ${relative(root, dir) || '.'} longer than ${max} lines`);
    process.exit(1);
  }
  console.log(`lint:functions: every function in ${relative(root, dir) || '.'} is at most ${max} lines`);
}
