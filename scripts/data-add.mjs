#!/usr/bin/env node
// `npm run data:add`: the update kit. One change to data/ per run, in one of three modes:
//   --agreement ks --group fagarbeider --from 2026-05-01 --csv table.csv   a newly published pay table
//   --tax-year 2027 --status adopted [--set field=value …]                  a tax year adopted or corrected
//   --market helsesekretaer --year 2026 --csv ssb.csv                      SSB's pay statistics of a new year
// each with --source-url and --source-title (retrieved today). It checks the whole dataset with the
// validator the widget uses, regenerates src/generated/dataset-figures.json with the code
// `npm run data:bundle` runs, and prints what changed (each step's rise against the group's previous
// table; each figure's old → new value). `--dry-run` does all of that and writes nothing. `--help`
// says more; the README's "When a new pay round is published" shows the whole job.
//
// It refuses (a sentence on stderr, exit code 1, every file left as it was) anything it cannot
// change honestly. It writes only after everything is computed and checked: each file to a
// temporary file beside it, then renamed into place; if a rename fails, the files already renamed
// get their old bytes back.
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Refusal, addTable, checkSource, inlineNew, isRealDate, localToday, parseCsv, refuse, report } from './data-add-lib.mjs';
import { inlineMarket, marketReport, parseMarketCsv, replaceMarket } from './data-add-market.mjs';
import { TAX_STATUSES, inlineTax, parseSets, setTaxYear, taxReport } from './data-add-tax.mjs';
import { USAGE } from './data-add-usage.mjs';
import { FIGURES_FILE, figuresText } from './dataset-figures.mjs';
import { formatWithLayout, parseWithLayout } from './json-layout.mjs';
import { importSource, root as packageRoot } from './load-source.mjs';

const OPTIONS = {
  agreement: { type: 'string' },
  group: { type: 'string' },
  from: { type: 'string' },
  kind: { type: 'string' },
  'tax-year': { type: 'string' },
  status: { type: 'string' },
  set: { type: 'string', multiple: true },
  market: { type: 'string' },
  year: { type: 'string' },
  styrk: { type: 'string' },
  title: { type: 'string' },
  csv: { type: 'string' },
  'source-url': { type: 'string' },
  'source-title': { type: 'string' },
  publisher: { type: 'string' },
  verification: { type: 'string' },
  note: { type: 'string' },
  'dry-run': { type: 'boolean' },
  root: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};
const COMMON = ['source-url', 'source-title', 'publisher', 'note', 'dry-run', 'root', 'help'];
const HELP = 'Run npm run data:add -- --help for the usage.';

/** The three modes: the option that chooses each, the options it takes, and what it changes. */
const MODES = {
  agreement: { options: ['agreement', 'group', 'from', 'kind', 'csv'], prepare: prepareTable },
  'tax-year': { options: ['tax-year', 'status', 'set', 'verification'], prepare: prepareTax },
  market: { options: ['market', 'year', 'csv', 'styrk', 'title', 'verification'], prepare: prepareMarket },
};

const given = (v) => v !== undefined && v !== '';

function required(args, names) {
  for (const name of names) if (!given(args[name])) refuse(`--${name} is missing. ${HELP}`);
}

function checkNote(note, missing) {
  if (note !== undefined && note.trim() === '') refuse('--note is empty.');
  if (note === undefined && missing) refuse(missing);
  return note?.trim();
}

function checkVerification(v = 'primary') {
  if (v !== 'primary' && v !== 'secondary') {
    refuse(`--verification ${JSON.stringify(v)} must be primary (you read the publisher's own text) or secondary (a public copy of it).`);
  }
  return v;
}

function wholeYear(text, option) {
  if (!/^\d{4}$/.test(text) || Number(text) < 2000 || Number(text) > 2100)
    refuse(`--${option} ${JSON.stringify(text)} must be a whole year from 2000 to 2100.`);
  return Number(text);
}

/** `rel` (under data/) read and parsed with its layout; refuses a missing file or one that is not JSON. */
function readData(env, rel) {
  const path = join(env.dataDir, rel);
  let before;
  try {
    before = readFileSync(path, 'utf8');
  } catch (e) {
    refuse(`data/${rel} cannot be read (${e.code ?? e.message}); --root names the project folder.`);
  }
  try {
    return { path, before, layout: parseWithLayout(before) };
  } catch (e) {
    refuse(`data/${rel} is not valid JSON (${e.message}); fix it first.`);
  }
}

function readCsv(env, name) {
  try {
    return readFileSync(resolve(env.cwd, name), 'utf8');
  } catch (e) {
    refuse(`--csv ${name}: cannot be read (${e.code ?? e.message}).`);
  }
}

// ---------------------------------------------------------------------------------------------
// The modes: each checks its arguments, changes its file's object and says what it changed.

function prepareTable(args, env) {
  required(args, ['agreement', 'group', 'from', 'csv']);
  const { agreement: id, group, from, kind = 'published' } = args;
  if (!isRealDate(from)) refuse(`--from ${JSON.stringify(from)} is not a real date written YYYY-MM-DD.`);
  if (kind !== 'published' && kind !== 'derived') refuse(`--kind ${JSON.stringify(kind)} must be published or derived.`);
  const note = checkNote(
    args.note,
    kind === 'derived' &&
      '--kind derived needs --note: say in Norwegian how the amounts were derived (e.g. "2024-tabellen pluss de sentrale tilleggene fra 1.5.2025").',
  );
  const source = {
    ...checkSource({ url: args['source-url'], title: args['source-title'], publisher: args.publisher }),
    retrieved: env.today,
  };
  if (!existsSync(join(env.dataDir, 'agreements'))) refuse(`${env.root} has no data/agreements folder (--root names the project folder).`);
  const steps = parseCsv(readCsv(env, args.csv), args.csv);
  const rel = `agreements/${id}.json`;
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id) || !existsSync(join(env.dataDir, rel))) {
    const known = readdirSync(join(env.dataDir, 'agreements'))
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -5));
    refuse(`--agreement ${JSON.stringify(id)}: there is no data/${rel}; the agreements are ${known.join(', ')}.`);
  }
  const file = readData(env, rel);
  const add = { id, group, from, steps, kind, note, source };
  const result = addTable(file.layout.value, add);
  return {
    rel,
    file,
    text: formatWithLayout(file.layout.value, file.layout, inlineNew),
    what: 'this table',
    report: report(add, result, env.shown(file.path)),
    next: 'check the rises above against the published ones',
    check: (dataset) => {
      if (!dataset.agreements[id])
        refuse(`${id} is not part of the dataset the widget uses (src/model/default-dataset.ts does not import data/${rel}).`);
    },
  };
}

function prepareTax(args, env) {
  const year = wholeYear(args['tax-year'], 'tax-year');
  const { status } = args;
  if (status !== undefined && !TAX_STATUSES.includes(status))
    refuse(`--status ${JSON.stringify(status)} must be proposed (the government's budget proposal) or adopted (by Stortinget).`);
  const sets = parseSets(args.set);
  const verification = checkVerification(args.verification);
  const doing = status === 'adopted' ? '--status adopted' : sets.size ? '--set' : `--tax-year ${year}`;
  if (!given(args['source-url']))
    refuse(
      `${doing} needs --source-url and --source-title: the page or document the figures are printed in (e.g. the skattevedtak on lovdata.no).`,
    );
  const source = {
    ...checkSource({ url: args['source-url'], title: args['source-title'], publisher: args.publisher }, 'the figures are printed in'),
    retrieved: env.today,
  };
  const note = checkNote(
    args.note,
    `${doing} needs --note: say in Norwegian where the figures come from (e.g. "Stortingets skattevedtak for inntektsåret ${year} §§ 3-1, 6-1 og 6-3").`,
  );
  const rel = 'rules/tax.json';
  const file = readData(env, rel);
  const change = { year, status, sets, source, note, verification };
  const result = setTaxYear(file.layout.value, change);
  return {
    rel,
    file,
    text: formatWithLayout(file.layout.value, file.layout, inlineTax),
    what: `this ${year} tax year`,
    report: taxReport(change, result, env.shown(file.path)),
    next: 'check the figures above against the source',
  };
}

function prepareMarket(args, env) {
  required(args, ['market', 'year', 'csv']);
  const id = args.market;
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) refuse(`--market ${JSON.stringify(id)} must be an occupation id like helsesekretaer.`);
  const year = wholeYear(args.year, 'year');
  if (args.styrk !== undefined && !/^\d{4}$/.test(args.styrk))
    refuse(`--styrk ${JSON.stringify(args.styrk)} must be a STYRK-08 occupation code of four digits, e.g. 3256.`);
  if (args.title !== undefined && args.title.trim() === '') refuse("--title is empty: leave it out to keep the occupation's title.");
  const verification = checkVerification(args.verification);
  const source = {
    ...checkSource({ url: args['source-url'], title: args['source-title'], publisher: args.publisher }, "SSB's figures are published in"),
    retrieved: env.today,
  };
  const note = checkNote(
    args.note,
    '--note is missing: say in Norwegian what the figures are and where they were read (e.g. "SSBs månedslønn for yrke 3256 i 2026, tabell 11418 på ssb.no").',
  );
  const figures = parseMarketCsv(readCsv(env, args.csv), args.csv);
  const rel = 'market/ssb.json';
  const file = readData(env, rel);
  const change = { id, year, figures, styrk: args.styrk, title: args.title?.trim(), source, note, verification };
  const result = replaceMarket(file.layout.value, change);
  return {
    rel,
    file,
    text: formatWithLayout(file.layout.value, file.layout, inlineMarket),
    what: `these ${year} figures`,
    report: marketReport(change, result, env.shown(file.path)),
    next: "compare the figures above with SSB's table",
  };
}

// ---------------------------------------------------------------------------------------------
// What every mode shares: the dataset check, the generated figures and the write.

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

function chooseMode(args) {
  const chosen = Object.keys(MODES).filter((m) => args[m] !== undefined);
  if (chosen.length > 1) refuse(`${chosen.map((m) => `--${m}`).join(' and ')} are separate changes; run the kit once for each.`);
  if (!chosen.length)
    refuse(`say what to change: --agreement (a pay table), --tax-year (a tax year) or --market (SSB's pay statistics). ${HELP}`);
  const mode = chosen[0];
  const allowed = new Set([...MODES[mode].options, ...COMMON]);
  const other = Object.keys(args).find((name) => !allowed.has(name));
  if (other) refuse(`--${other} is not an option of --${mode}. ${HELP}`);
  return MODES[mode];
}

async function run(argv, out) {
  let args;
  try {
    args = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (e) {
    refuse(`${e.message}\n${HELP}`);
  }
  if (args.help) {
    out.push(USAGE);
    return;
  }
  const mode = chooseMode(args);
  // npm runs scripts in the package folder; relative paths mean the folder the command was typed in.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const root = resolve(cwd, args.root ?? packageRoot);
  const shown = (p) => (relative(cwd, p).startsWith('..') ? p : relative(cwd, p));
  const env = { cwd, root, dataDir: join(root, 'data'), today: localToday(), shown };
  const change = mode.prepare(args, env);

  // The dataset as the widget builds it (src/model/default-dataset.ts), with the changed file.
  let dataset;
  try {
    ({ defaultDataset: dataset } = await importSource('src/model/default-dataset.ts', {
      dir: env.dataDir,
      files: new Map([[change.rel, change.text]]),
    }));
  } catch (e) {
    refuse(`the dataset could not be assembled from ${env.dataDir}: ${e.message}`);
  }
  change.check?.(dataset);
  const { validateDataset, datasetErrorMessage } = await importSource('src/model/validate-dataset.ts');
  const checked = validateDataset(dataset);
  if (!checked.ok) {
    const n = checked.errors.length;
    refuse(
      [
        `with ${change.what} the dataset is not valid (${n} problem${n === 1 ? '' : 's'}); nothing written:`,
        ...checked.errors.map((e) => `  - ${datasetErrorMessage(e)}`),
      ].join('\n'),
    );
  }

  const figuresPath = join(root, FIGURES_FILE);
  const figures = await figuresText(dataset);
  const figuresBefore = readOrNull(figuresPath);
  const writes = [{ path: change.file.path, text: change.text, before: change.file.before }];
  if (figuresBefore === null || figuresBefore.toString('utf8') !== figures)
    writes.push({ path: figuresPath, text: figures, before: figuresBefore });
  const dryRun = args['dry-run'] === true;
  if (!dryRun) {
    try {
      writeAll(writes);
    } catch (e) {
      refuse(`writing failed (${e.code ?? e.message}); every file is as it was.`);
    }
  }

  out.push(...change.report);
  if (writes.length > 1) out.push(`data:add: ${dryRun ? 'would regenerate' : 'regenerated'} ${shown(figuresPath)}.`);
  if (dryRun) out.push('data:add: dry run: the change is checked and valid; nothing was written.');
  else out.push(`Next: ${change.next}, then run npm test.`);
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
