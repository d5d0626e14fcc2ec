#!/usr/bin/env node
// `npm run data:bundle [-- OUT]`: writes the data in data/ as one dataset file, by default
// dist/pay-ladder-data.json (part of `npm run build`, so it ships in the package and on the CDN),
// and its figures without words to src/generated/dataset-figures.json (what the calculator's first
// download carries; see src/model/dataset-figures.ts). A unit test fails when that file is stale.
// It is exactly the dataset the widget has built in (src/model/default-dataset.ts). A site copies
// it, edits the figures, checks it with `npm run data:check FILE` and points `data-src` at it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { importSource, root } from './load-source.mjs';
import { FIGURES_FILE, figuresText } from './dataset-figures.mjs';

const out = resolve(process.argv[2] ?? resolve(root, 'dist/pay-ladder-data.json'));
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const { defaultDataset } = await importSource('src/model/default-dataset.ts');
const { validateDataset, datasetErrorMessage } = await importSource('src/model/validate-dataset.ts');

const checked = validateDataset(defaultDataset);
if (!checked.ok) {
  for (const e of checked.errors) console.error(`  ${datasetErrorMessage(e)}`);
  console.error(`data:bundle: the data in data/ is not valid (${checked.errors.length} problems); nothing written.`);
  process.exit(1);
}

// "$schema" is optional in the format and only helps editors; it names the schema of this version.
const file = { $schema: `https://cdn.jsdelivr.net/npm/pay-ladder@${version}/data/schema/dataset.schema.json`, ...defaultDataset };
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(file, null, 2)}\n`);
const agreements = Object.keys(defaultDataset.agreements).length;
const shown = relative(process.cwd(), out).startsWith('..') ? out : relative(process.cwd(), out);
console.log(
  `data:bundle: wrote ${shown} (format ${defaultDataset.formatVersion}, updated ${defaultDataset.updated}, ${agreements} agreements).`,
);

const figuresPath = resolve(root, FIGURES_FILE);
const figures = await figuresText(defaultDataset);
if (!existsSync(figuresPath) || readFileSync(figuresPath, 'utf8') !== figures) {
  writeFileSync(figuresPath, figures);
  console.log(`data:bundle: wrote ${relative(process.cwd(), figuresPath)}.`);
}
