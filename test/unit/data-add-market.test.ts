// `npm run data:add -- --market …` (scripts/data-add.mjs, data-add-market.mjs), run as a maintainer
// runs it on a temporary copy of data/ (see data-add-kit.ts): SSB's figures of a new year replace
// the occupation's entry, each refusal leaves every file byte-identical, and the model gives the
// new figures at once. test/fixtures/data-add/ssb-helsesekretaer-2026.csv holds made-up figures.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { marketPay } from '../../src/model/index.js';
import { datasetFigures } from '../../src/model/dataset-figures.js';
import { validateDataset } from '../../src/model/validate-dataset.js';
import { localToday } from '../../scripts/data-add-lib.mjs';
import { parseMarketCsv } from '../../scripts/data-add-market.mjs';
import { createAjv, SCHEMA_BASE } from './schema-helpers.js';
import { dataFile, dryRun, figuresFile, fixture, kit, loadedDataset, options, refused, tempRoot, useTempRoot } from './data-add-kit.js';

const URL_SSB = 'https://www.ssb.no/statbank/table/11418';
const TITLE = 'Statistikkbanken, tabell 11418: månedslønn etter yrke (2026, testtall)';
const NOTE = 'SSBs månedslønn for yrke 3256 i 2026 (testtall).';
const HEADER = 'measure;all;private;municipal;state';

useTempRoot();
const marketFile = () => dataFile('market/ssb.json');

/** SSB's 2026 figures for helsesekretaer from the fixture, with `extra` replacing or adding options. */
function args(extra: Record<string, string | null> = {}): string[] {
  return options({
    market: 'helsesekretaer',
    year: '2026',
    csv: fixture('ssb-helsesekretaer-2026.csv'),
    'source-url': URL_SSB,
    'source-title': TITLE,
    publisher: 'SSB',
    note: NOTE,
    ...extra,
  });
}

/** A CSV in the temporary folder with these lines after the header; its path. */
function csv(...lines: string[]): string {
  const path = join(tempRoot(), 'ssb.csv');
  writeFileSync(path, [HEADER, ...lines, ''].join('\n'));
  return path;
}

const QUARTILES = ['p25;44 800;;;', 'p75;49 000;;;'];

describe('data:add --market replaces the figures', () => {
  it('writes the new year in the file layout with its source, and the model gives the new figures', () => {
    const before = readFileSync(marketFile(), 'utf8');
    const today = localToday();
    const r = kit(...args());
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const after = readFileSync(marketFile(), 'utf8');
    const entry = [
      '    "helsesekretaer": {',
      '      "year": 2026,',
      '      "styrk": "3256",',
      '      "title": "Helsesekretærer",',
      '      "measure": "monthlyEarnings",',
      '      "all": { "median": 47100, "p25": 44800, "p75": 49000, "mean": 46900 },',
      '      "sectors": {',
      '        "private": { "median": 46800, "mean": 46700 },',
      '        "municipal": { "median": 47050, "mean": 47400 },',
      '        "state": { "median": 47300 }',
      '      },',
      '      "source": "ssb-2026",',
      '      "verification": "primary",',
      `      "note": "${NOTE}"`,
      '    }',
    ].join('\n');
    const source = [
      '    },',
      '    "ssb-2026": {',
      `      "title": "${TITLE}",`,
      `      "url": "${URL_SSB}",`,
      '      "publisher": "SSB",',
      `      "retrieved": "${today}"`,
      '    }',
      '  }',
      '}',
      '',
    ].join('\n');
    const expected = before.replace(/ {4}"helsesekretaer": \{\n[\s\S]*?\n {4}\}/, entry).replace(/ {4}\}\n {2}\}\n\}\n$/, source);
    expect(after).toBe(expected);

    const dataset = loadedDataset();
    expect(validateDataset(dataset).ok).toBe(true);
    expect(createAjv().getSchema(`${SCHEMA_BASE}market.schema.json`)!(JSON.parse(after))).toBe(true);
    expect(readFileSync(figuresFile(), 'utf8')).toBe(`${JSON.stringify(datasetFigures(dataset))}\n`);
    const m = marketPay(dataset)!;
    expect(m.year).toBe(2026);
    expect(m.monthly).toEqual({ median: 47_100, p25: 44_800, p75: 49_000, mean: 46_900 });
    expect(m.annual).toEqual({ median: 565_200, p25: 537_600, p75: 588_000, mean: 562_800 });
    expect(m.sectors.state).toEqual({ median: 47_300 });
    expect(m.provenance.source?.title).toBe(TITLE);
    expect(m.provenance.verified).toBe(true);

    // The changes by hand: 1 390 / 45 710 = 3.04 %, 1 310 / 43 490 = 3.01 %, 1 550 / 45 750 = 3.39 %.
    const lines = r.out.split('\n');
    expect(lines[0]).toBe(`data:add: replaced SSB's pay for helsesekretaer (3256 Helsesekretærer) in ${marketFile()}: 2025 → 2026.`);
    expect(lines).toContain(`  source "ssb-2026": ${TITLE}, SSB, ${URL_SSB}, retrieved ${today}`);
    expect(lines).toContain('  verification: secondary → primary');
    expect(lines).toContain('  all       median 45 710 kr → 47 100 kr   +3.04 %');
    expect(lines).toContain('  all       p25    43 490 kr → 44 800 kr   +3.01 %');
    expect(lines).toContain('  state     median 45 750 kr → 47 300 kr   +3.39 %');
    expect(lines).toContain('  state     mean   45 580 kr → not published');
  });

  it('takes styrk and title when given, and needs them for a new occupation', () => {
    const r = kit(...args({ market: 'medisinsk-sekretaer', styrk: '3256', title: 'Medisinske sekretærer', verification: 'secondary' }));
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const market = JSON.parse(readFileSync(marketFile(), 'utf8'));
    expect(Object.keys(market.occupations)).toEqual(['helsesekretaer', 'medisinsk-sekretaer']);
    expect(market.occupations['medisinsk-sekretaer']).toMatchObject({
      year: 2026,
      styrk: '3256',
      title: 'Medisinske sekretærer',
      verification: 'secondary',
    });
    expect(r.out).toContain('  all       median         — → 47 100 kr');
    expect(marketPay(loadedDataset(), 'medisinsk-sekretaer')?.provenance.verified).toBe(false);
    expect(refused(...args({ market: 'lege' }))).toBe(
      "data:add: lege is a new occupation in data/market/ssb.json (it has helsesekretaer, medisinsk-sekretaer): give --styrk (its STYRK-08 code, e.g. 3256) and --title (SSB's name for it, e.g. Helsesekretærer).\n",
    );
  });

  it('with --dry-run, checks and prints the same and writes nothing', () => {
    expect(dryRun(...args()).split('\n')).toContain('  all       median 45 710 kr → 47 100 kr   +3.04 %');
  });
});

describe('data:add --market refuses, and leaves every file as it was', () => {
  it('a CSV that cannot be read, with the line', () => {
    expect(refused(...args({ csv: join(tempRoot(), 'none.csv') }))).toBe(
      `data:add: --csv ${join(tempRoot(), 'none.csv')}: cannot be read (ENOENT).\n`,
    );
    const path = join(tempRoot(), 'ssb.csv');
    writeFileSync(path, 'years;amount\n0;437 300\n');
    expect(refused(...args({ csv: path }))).toBe(
      `data:add: ${path} line 1: the first line must be the header "${HEADER}", not "years;amount".\n`,
    );
    expect(refused(...args({ csv: csv('median;45 710;;', ...QUARTILES) }))).toBe(
      `data:add: ${path} line 2: "median;45 710;;" has 4 fields; write 5 (e.g. median;45 710;45 420;45 690;45 750).\n`,
    );
    expect(refused(...args({ csv: csv('median;45 710;;;', 'p50;45 000;;;') }))).toBe(
      `data:add: ${path} line 3: "p50" is not one of the rows median, p25, p75, mean.\n`,
    );
    expect(refused(...args({ csv: csv('median;45 710;;;', ...QUARTILES, 'median;45 000;;;') }))).toBe(
      `data:add: ${path} line 5: median is listed twice (also on line 2); each row once.\n`,
    );
    expect(refused(...args({ csv: csv('median;45,710;;;', ...QUARTILES) }))).toBe(
      `data:add: ${path} line 2: all "45,710" is not a whole number of kroner written 45710, 45 710 or 45.710 (or empty when SSB does not publish it).\n`,
    );
    expect(refused(...args({ csv: csv('median;45 710;;;', 'p25;44 800;;;') }))).toBe(
      `data:add: ${path}: the column all has no p75; SSB publishes the median and both quartiles for all.\n`,
    );
    expect(refused(...args({ csv: csv('median;45 710;;;', ...QUARTILES, 'mean;;45 000;;') }))).toBe(
      `data:add: ${path}: the column private has figures but no median; give its median or leave the column empty.\n`,
    );
  });

  it('amounts that are not a month', () => {
    const path = join(tempRoot(), 'ssb.csv');
    expect(refused(...args({ csv: csv('median;548 520;;;', ...QUARTILES) }))).toBe(
      `data:add: ${path} line 2: all 548 520 kr is not a monthly full-time amount (10 000 kr–200 000 kr); SSB's figures are kroner a month, not a year.\n`,
    );
    expect(refused(...args({ csv: csv('median;45 710;300;;', ...QUARTILES) }))).toContain(
      'line 2: private 300 kr is not a monthly full-time amount',
    );
  });

  it('quartiles out of order, in plain words', () => {
    const path = join(tempRoot(), 'ssb.csv');
    expect(refused(...args({ csv: csv('median;45 710;;;', 'p25;46 000;;;', 'p75;49 000;;;') }))).toBe(
      `data:add: ${path} line 3: in the column all, the lower quartile (p25) 46 000 kr is above the median 45 710 kr (line 2); ` +
        'a quarter earn at most the lower quartile and a quarter at least the upper, so lower quartile ≤ median ≤ upper quartile.\n',
    );
    expect(refused(...args({ csv: csv('median;45 710;46 000;;', 'p25;44 800;46 500;;', 'p75;49 000;;;') }))).toContain(
      'line 3: in the column private, the lower quartile (p25) 46 500 kr is above the median 46 000 kr (line 2);',
    );
    expect(refused(...args({ csv: csv('median;45 710;46 000;;', 'p25;44 800;;;', 'p75;49 000;45 900;;') }))).toContain(
      'line 2: in the column private, the median 46 000 kr is above the upper quartile (p75) 45 900 kr (line 4);',
    );
  });

  it('a year not after the one in the file', () => {
    for (const year of ['2025', '2024']) {
      expect(refused(...args({ year }))).toBe(
        `data:add: helsesekretaer already has SSB's figures for 2025; --year must be after it, and ${year} is not. This kit adds the statistics of a new year; to correct a year, edit data/market/ssb.json by hand.\n`,
      );
    }
    expect(refused(...args({ year: '26' }))).toBe('data:add: --year "26" must be a whole year from 2000 to 2100.\n');
  });

  it('a missing source or note', () => {
    expect(refused(...args({ 'source-url': null }))).toBe(
      "data:add: --source-url is missing: give the address of the page or document SSB's figures are published in.\n",
    );
    expect(refused(...args({ 'source-title': null }))).toBe(
      'data:add: --source-title is missing: give the title of the page or document.\n',
    );
    expect(refused(...args({ note: null }))).toBe(
      'data:add: --note is missing: say in Norwegian what the figures are and where they were read (e.g. "SSBs månedslønn for yrke 3256 i 2026, tabell 11418 på ssb.no").\n',
    );
  });

  it('a bad styrk code or occupation id, a missing option, or an option of another mode', () => {
    expect(refused(...args({ styrk: '325' }))).toBe(
      'data:add: --styrk "325" must be a STYRK-08 occupation code of four digits, e.g. 3256.\n',
    );
    expect(refused(...args({ market: 'Helsesekretær' }))).toBe(
      'data:add: --market "Helsesekretær" must be an occupation id like helsesekretaer.\n',
    );
    expect(refused(...args({ csv: null }))).toBe('data:add: --csv is missing. Run npm run data:add -- --help for the usage.\n');
    expect(refused(...args({ from: '2026-05-01' }))).toBe(
      'data:add: --from is not an option of --market. Run npm run data:add -- --help for the usage.\n',
    );
  });

  it('a dataset that is not valid with the change, with the validator’s messages', () => {
    // A key the format does not know, elsewhere in the file: kept by the kit, refused by the validator.
    writeFileSync(marketFile(), readFileSync(marketFile(), 'utf8').replace('"occupations": {', '"surprise": true,\n  "occupations": {'));
    expect(refused(...args())).toBe(
      'data:add: with these 2026 figures the dataset is not valid (1 problem); nothing written:\n  - market.surprise is not a known property.\n',
    );
  });
});

describe('data:add --market parts', () => {
  it('reads the figures as printed, a column empty where SSB publishes nothing', () => {
    expect(parseMarketCsv(readFileSync(fixture('ssb-helsesekretaer-2026.csv'), 'utf8'), 'x.csv')).toEqual({
      all: { median: 47_100, p25: 44_800, p75: 49_000, mean: 46_900 },
      sectors: { private: { median: 46_800, mean: 46_700 }, municipal: { median: 47_050, mean: 47_400 }, state: { median: 47_300 } },
    });
    // Rows in any order, figures written 45710, 45 710 or 45.710; no sectors at all.
    expect(parseMarketCsv(`${HEADER}\np75;47.580;;;\nmedian;45710;;;\np25;43 490;;;\n`, 'x.csv')).toEqual({
      all: { median: 45_710, p25: 43_490, p75: 47_580 },
      sectors: {},
    });
    expect(() => parseMarketCsv('', 'x.csv')).toThrow(`x.csv line 1: the first line must be the header "${HEADER}" (the file is empty).`);
  });
});
