#!/usr/bin/env node
// `npm run data:add -- --agreement ks --group fagarbeider --from 2026-05-01 --csv table.csv
//   --source-url https://… --source-title "…"`: adds a newly published pay table to
// data/agreements/ID.json with its source (retrieved today), checks the whole dataset with the
// validator the widget uses, regenerates src/generated/dataset-figures.json with the code
// `npm run data:bundle` runs, and prints each step's rise against the group's previous table.
// `--help` says more; the README's "When a new pay round is published" shows the whole job.
//
// It refuses (a sentence on stderr, exit code 1, every file left as it was) anything it cannot
// add honestly. It writes only after everything is computed and checked: each file to a temporary
// file beside it, then renamed into place; if a rename fails, the files already renamed get their
// old bytes back.
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Refusal, USAGE, addTable, checkSource, inlineNew, isRealDate, localToday, parseCsv, report } from './data-add-lib.mjs';
import { FIGURES_FILE, figuresText } from './dataset-figures.mjs';
import { formatWithLayout, parseWithLayout } from './json-layout.mjs';
import { importSource, root as packageRoot } from './load-source.mjs';

const OPTIONS = {
  agreement: { type: 'string' },
  group: { type: 'string' },
  from: { type: 'string' },
  csv: { type: 'string' },
  'source-url': { type: 'string' },
  'source-title': { type: 'string' },
  publisher: { type: 'string' },
  kind: { type: 'string', default: 'published' },
  note: { type: 'string' },
  root: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

const refuse = (message) => {
  throw new Refusal(message);
};

/** Writes every `{ path, text }` or none: temporary files first, then renames, undone on failure. */
function writeAll(writes) {
  const temps = [];
  const done = [];
  try {
    for (const w of writes) {
      const temp = join(dirname(w.path), `.${w.path.split(/[\\/]/).pop()}.${process.pid}.tmp`);
      temps.push(temp);
      writeFileSync(temp, w.text);
    }
    writes.forEach((w, i) => {
      renameSync(temps[i], w.path);
      done.push(w);
    });
  } catch (e) {
    for (const t of temps) rmSync(t, { force: true });
    for (const w of done) {
      const temp = `${w.path}.${process.pid}.undo`;
      if (w.before === null) rmSync(w.path, { force: true });
      else {
        writeFileSync(temp, w.before);
        renameSync(temp, w.path);
      }
    }
    throw e;
  }
}

function readOrNull(path) {
  try {
    return readFileSync(path);
  } catch {
    return null;
  }
}

async function run(argv, out) {
  let args;
  try {
    args = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (e) {
    refuse(`${e.message}\nRun npm run data:add -- --help for the usage.`);
  }
  if (args.help) {
    out.push(USAGE);
    return;
  }
  for (const name of ['agreement', 'group', 'from', 'csv']) {
    if (args[name] === undefined || args[name] === '') refuse(`--${name} is missing. Run npm run data:add -- --help for the usage.`);
  }
  const { agreement: id, group, from, kind, note } = args;
  if (!isRealDate(from)) refuse(`--from ${JSON.stringify(from)} is not a real date written YYYY-MM-DD.`);
  if (kind !== 'published' && kind !== 'derived') refuse(`--kind ${JSON.stringify(kind)} must be published or derived.`);
  if (note !== undefined && note.trim() === '') refuse('--note is empty.');
  if (kind === 'derived' && note === undefined) {
    refuse(
      '--kind derived needs --note: say in Norwegian how the amounts were derived (e.g. "2024-tabellen pluss de sentrale tilleggene fra 1.5.2025").',
    );
  }
  const source = {
    ...checkSource({ url: args['source-url'], title: args['source-title'], publisher: args.publisher }),
    retrieved: localToday(),
  };

  // npm runs scripts in the package folder; relative paths mean the folder the command was typed in.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const root = resolve(cwd, args.root ?? packageRoot);
  const dataDir = join(root, 'data');
  if (!existsSync(join(dataDir, 'agreements'))) refuse(`${root} has no data/agreements folder (--root names the project folder).`);
  const csvPath = resolve(cwd, args.csv);
  let csvText;
  try {
    csvText = readFileSync(csvPath, 'utf8');
  } catch (e) {
    refuse(`--csv ${args.csv}: cannot be read (${e.code ?? e.message}).`);
  }
  const steps = parseCsv(csvText, args.csv);

  const rel = `agreements/${id}.json`;
  const file = join(dataDir, rel);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id) || !existsSync(file)) {
    const known = readdirSync(join(dataDir, 'agreements'))
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -5));
    refuse(`--agreement ${JSON.stringify(id)}: there is no data/${rel}; the agreements are ${known.join(', ')}.`);
  }
  const before = readFileSync(file, 'utf8');
  let layout;
  try {
    layout = parseWithLayout(before);
  } catch (e) {
    refuse(`data/${rel} is not valid JSON (${e.message}); fix it first.`);
  }
  const add = { id, group, from, steps, kind, note: note?.trim(), source };
  const result = addTable(layout.value, add);
  const text = formatWithLayout(layout.value, layout, inlineNew);

  // The dataset as the widget builds it (src/model/default-dataset.ts), with the changed file.
  let dataset;
  try {
    ({ defaultDataset: dataset } = await importSource('src/model/default-dataset.ts', { dir: dataDir, files: new Map([[rel, text]]) }));
  } catch (e) {
    refuse(`the dataset could not be assembled from ${dataDir}: ${e.message}`);
  }
  if (!dataset.agreements[id])
    refuse(`${id} is not part of the dataset the widget uses (src/model/default-dataset.ts does not import data/${rel}).`);
  const { validateDataset, datasetErrorMessage } = await importSource('src/model/validate-dataset.ts');
  const checked = validateDataset(dataset);
  if (!checked.ok) {
    const n = checked.errors.length;
    refuse(
      [
        `with this table the dataset is not valid (${n} problem${n === 1 ? '' : 's'}); nothing written:`,
        ...checked.errors.map((e) => `  - ${datasetErrorMessage(e)}`),
      ].join('\n'),
    );
  }

  const figuresPath = join(root, FIGURES_FILE);
  const figures = await figuresText(dataset);
  const figuresBefore = readOrNull(figuresPath);
  const writes = [{ path: file, text, before }];
  if (figuresBefore === null || figuresBefore.toString('utf8') !== figures)
    writes.push({ path: figuresPath, text: figures, before: figuresBefore });
  try {
    writeAll(writes);
  } catch (e) {
    refuse(`writing failed (${e.code ?? e.message}); every file is as it was.`);
  }

  const shown = (p) => (relative(cwd, p).startsWith('..') ? p : relative(cwd, p));
  out.push(...report(add, result, shown(file)));
  if (writes.length > 1) out.push(`data:add: regenerated ${shown(figuresPath)}.`);
  out.push('Next: check the rises above against the published ones, then run npm test.');
}

const out = [];
try {
  await run(process.argv.slice(2), out);
  console.log(out.join('\n'));
} catch (e) {
  if (!(e instanceof Refusal)) throw e;
  console.error(`data:add: ${e.message}`);
  process.exitCode = 1;
}
