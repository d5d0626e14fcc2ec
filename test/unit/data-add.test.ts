// `npm run data:add` (scripts/data-add.mjs), the table mode, run as a maintainer runs it: a child
// process, here on a temporary copy of data/ and src/generated/ (`--root`; see data-add-kit.ts), with
// the fixture tables in test/fixtures/data-add/ (made-up amounts; see the README there). Every refusal
// must leave every file byte-identical; a table that is added must be in the file with its source,
// valid, and used by the model at once. The tax year and market pay modes: data-add-tax.test.ts and
// data-add-market.test.ts.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeLadder, defaultDataset, type Dataset, type LadderResult } from '../../src/model/index.js';
import { datasetFigures } from '../../src/model/dataset-figures.js';
import { validateDataset } from '../../src/model/validate-dataset.js';
import {
  addTable,
  checkSource,
  isRealDate,
  localToday,
  parseAmount,
  parseCsv,
  Refusal,
  report,
  type AddInput,
} from '../../scripts/data-add-lib.mjs';
import { formatWithLayout, parseWithLayout } from '../../scripts/json-layout.mjs';
import { createAjv, SCHEMA_BASE } from './schema-helpers.js';
import {
  dataFile,
  dryRun,
  figuresFile,
  fixture,
  kit,
  loadedDataset,
  options,
  refused,
  repo,
  tempRoot,
  useTempRoot,
} from './data-add-kit.js';

const URL_KS = 'https://www.fagforbundet.no/lonn-og-avtaler/ks/';
const TITLE = 'Lønnstabell KS 2026 (testtabell)';

useTempRoot();
const ksFile = () => dataFile('agreements/ks.json');

/** The usual arguments for KS fagarbeider from 1.5.2026, with `extra` replacing or adding options. */
function args(extra: Record<string, string | null> = {}): string[] {
  return options({
    agreement: 'ks',
    group: 'fagarbeider',
    from: '2026-05-01',
    csv: fixture('ks-fagarbeider.csv'),
    'source-url': URL_KS,
    'source-title': TITLE,
    ...extra,
  });
}

function ladder(dataset: Dataset, input: object): LadderResult {
  const r = computeLadder(input, dataset, { today: '2026-11-26' });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r;
}

/** `text` with `insert` placed before the line that closes the top-level `"key"` of the file. */
function insertAtEndOf(text: string, key: string, insert: string): string {
  const start = text.indexOf(`\n  "${key}": `);
  const close = text.slice(start + 1).search(/\n {2}[}\]]/) + start + 1;
  return text.slice(0, close) + insert + text.slice(close);
}

describe('data:add adds a table', () => {
  it("writes it and its source into the file, in the file's layout, and regenerates the figures", () => {
    const before = readFileSync(ksFile(), 'utf8');
    const today = localToday();
    const r = kit(...args());
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const after = readFileSync(ksFile(), 'utf8');
    // Exactly the new table after the last one and the new source after the last one: nothing else moves.
    const table = [
      ',',
      '    {',
      '      "effectiveFrom": "2026-05-01",',
      '      "groups": {',
      '        "fagarbeider": {',
      '          "steps": { "0": 460000, "2": 460000, "4": 460000, "6": 464200, "8": 475600, "10": 519400, "16": 536000 },',
      '          "source": "fagforbundet-no-2026-05-01"',
      '        }',
      '      }',
      '    }',
    ].join('\n');
    const source = [
      ',',
      '    "fagforbundet-no-2026-05-01": {',
      `      "title": "${TITLE}",`,
      `      "url": "${URL_KS}",`,
      '      "publisher": "fagforbundet.no",',
      `      "retrieved": "${today}"`,
      '    }',
    ].join('\n');
    expect(after).toBe(insertAtEndOf(insertAtEndOf(before, 'tables', table), 'sources', source));

    // The dataset validates (the widget's validator and the JSON Schema), and the model uses the table at once.
    const dataset = loadedDataset();
    expect(validateDataset(dataset).ok).toBe(true);
    const schema = createAjv().getSchema(`${SCHEMA_BASE}agreement.schema.json`)!;
    expect(schema(JSON.parse(after))).toBe(true);
    const input = { agreement: 'ks', education: 'helsesekretaer', yearsExperience: 8 };
    expect(ladder(defaultDataset, input).current.tariffMinimum).toBe(452_900);
    const now = ladder(dataset, input);
    expect(now.asOf).toBe('2026-05-01');
    expect(now.current.tariffMinimum).toBe(475_600);
    expect(now.rows[16].tariffMinimum).toBe(536_000);
    expect(now.current.parts[0].provenance.source?.retrieved).toBe(today);

    // The generated figures are those of the new data, written by the code data:bundle runs.
    expect(readFileSync(figuresFile(), 'utf8')).toBe(`${JSON.stringify(datasetFigures(dataset))}\n`);
    expect(r.out).toContain('regenerated');

    // The rises against 1.5.2024 (437 300 at 0–4 years, 452 900 at 8, 513 100 at 16), by hand:
    // 22 700 / 437 300 = 5.19 %, 22 700 / 452 900 = 5.01 %, 22 900 / 513 100 = 4.46 %.
    const lines = r.out.split('\n');
    expect(lines).toContain('Rise per step against the previous table of fagarbeider (2024-05-01); compare them with the published rises:');
    expect(lines).toContain('   0 years  460 000 kr   +22 700 kr   +5.19 %');
    expect(lines).toContain('   8 years  475 600 kr   +22 700 kr   +5.01 %');
    expect(lines).toContain('  16 years  536 000 kr   +22 900 kr   +4.46 %');
    expect(lines).toContain(
      'Groups with no table from 2026-05-01 yet: fagarbeider-fagskole, hoyskole, ufaglaert (the same --from adds them to this table).',
    );
  });

  it('adds another group of the same round to the same table, with the same source, and compares with the newest known amounts', () => {
    expect(kit(...args()).code).toBe(0);
    // A CSV with a byte-order mark, CRLF line ends and a blank last line.
    const r = kit(...args({ group: 'hoyskole', csv: fixture('ks-hoyskole.csv') }));
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const ks = JSON.parse(readFileSync(ksFile(), 'utf8'));
    const newest = ks.tables.at(-1);
    expect(ks.tables.filter((t: { effectiveFrom: string }) => t.effectiveFrom === '2026-05-01')).toHaveLength(1);
    expect(Object.keys(newest.groups)).toEqual(['fagarbeider', 'hoyskole']);
    expect(newest.groups.hoyskole.source).toBe('fagforbundet-no-2026-05-01');
    expect(Object.keys(ks.sources).filter((id) => id.startsWith('fagforbundet-no'))).toEqual(['fagforbundet-no-2026-05-01']);
    expect(r.out).toContain('(into the table already dated 2026-05-01)');
    expect(r.out).toContain('(already in the file)');
    // KS 1.5.2024 has only the 0-year amount of høyskole (507 400); the other steps are compared with 1.5.2023.
    const lines = r.out.split('\n');
    expect(lines).toContain('   0 years  530 000 kr   +22 600 kr   +4.45 %');
    expect(lines).toContain('  16 years  620 000 kr   +50 900 kr   +8.94 %  (against 569 100 kr from 2023-05-01)');
    expect(ladder(loadedDataset(), { agreement: 'ks', education: 'hoyskole', yearsExperience: 16 }).current.tariffMinimum).toBe(620_000);
  });

  it('stores --kind derived as the previous amounts plus the differences, with the note, and it validates', () => {
    const note = 'Testtabell: 2024-tabellen pluss 14 500 kr.';
    const r = kit(...args({ csv: fixture('ks-fagarbeider-derived.csv'), kind: 'derived', note, publisher: 'KS' }));
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const group = JSON.parse(readFileSync(ksFile(), 'utf8')).tables.at(-1).groups.fagarbeider;
    expect(group.source).toBe('ks-2026-05-01');
    expect(group.note).toBe(note);
    expect(Object.keys(group.derived)).toEqual(['0', '2', '4', '6', '8', '10', '16']);
    for (const rule of Object.values(group.derived)) expect(rule).toEqual({ from: '2024-05-01', add: 14_500, source: 'ks-2026-05-01' });
    expect(readFileSync(ksFile(), 'utf8')).toContain(
      '            "16": { "from": "2024-05-01", "add": 14500, "source": "ks-2026-05-01" }\n',
    );
    const dataset = loadedDataset();
    expect(validateDataset(dataset).ok).toBe(true);
    const row = ladder(dataset, { agreement: 'ks', education: 'helsesekretaer', yearsExperience: 16 }).current;
    expect(row.tariffMinimum).toBe(527_600);
    expect(row.parts[0].provenance.kind).toBe('derived');
    expect(r.out).toContain('added the derived table of ks fagarbeider from 2026-05-01');
  });

  it('keeps a step whose amount is not known as null, and the model takes that step from the table before', () => {
    const r = kit(...args({ csv: fixture('ks-fagarbeider-not-known.csv') }));
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(ksFile(), 'utf8')).tables.at(-1).groups.fagarbeider.steps).toEqual({
      '0': 460_000,
      '2': null,
      '4': null,
      '6': 464_200,
      '8': 475_600,
      '10': 519_400,
      '16': 536_000,
    });
    expect(r.out.split('\n')).toContain('   2 years   not known');
    const now = ladder(loadedDataset(), { agreement: 'ks', education: 'helsesekretaer', yearsExperience: 8 });
    expect([now.rows[8].tariffMinimum, now.rows[8].tableDate]).toEqual([475_600, '2026-05-01']);
    expect([now.rows[2].tariffMinimum, now.rows[2].tableDate]).toEqual([437_300, '2024-05-01']);
  });

  it('works for another agreement with its own tables (Spekter), the publisher given', () => {
    const csv = join(tempRoot(), 'spekter.csv');
    writeFileSync(csv, 'years;amount\n0;440 000\n4;445 000\n6;451 000\n8;458 000\n10;520 000\n16;530 000\n');
    const r = kit(
      ...args({
        agreement: 'spekter',
        group: 'gruppe-3',
        from: '2026-07-01',
        csv,
        publisher: 'Delta',
        'source-url': 'https://www.delta.no/x',
      }),
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const spekter = JSON.parse(readFileSync(dataFile('agreements/spekter.json'), 'utf8'));
    expect(spekter.tables.at(-1).effectiveFrom).toBe('2026-07-01');
    expect(spekter.sources['delta-2026-07-01']).toEqual({
      title: TITLE,
      url: 'https://www.delta.no/x',
      publisher: 'Delta',
      retrieved: localToday(),
    });
    expect(validateDataset(loadedDataset()).ok).toBe(true);
  });

  it('with --dry-run, checks and prints the same and writes nothing', () => {
    const out = dryRun(...args());
    const lines = out.split('\n');
    expect(lines[0]).toBe(`data:add: added the published table of ks fagarbeider from 2026-05-01 to ${ksFile()}.`);
    expect(lines).toContain('   8 years  475 600 kr   +22 700 kr   +5.01 %');
    expect(lines).toContain(`data:add: would regenerate ${figuresFile()}.`);
    expect(out).not.toContain('Next:');
    // A change the validator refuses is refused in a dry run too.
    writeFileSync(
      ksFile(),
      readFileSync(ksFile(), 'utf8').replace('\n  "coverage": "tariff",', '\n  "coverage": "tariff",\n  "surprise": true,'),
    );
    expect(refused(...args(), '--dry-run')).toContain('with this table the dataset is not valid (1 problem); nothing written:');
  });

  it('prints the usage for --help, and is npm run data:add', () => {
    const r = kit('--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Usage: npm run data:add -- --agreement ID --group GROUP --from YYYY-MM-DD --csv FILE');
    expect(r.out).toContain('npm run data:add -- --tax-year YEAR [--status proposed|adopted] [--set FIELD=VALUE …]');
    expect(r.out).toContain('npm run data:add -- --market OCCUPATION --year YEAR --csv FILE [--styrk CODE --title TITLE]');
    const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
    expect(pkg.scripts['data:add']).toBe('node scripts/data-add.mjs');
  });
});

describe('data:add refuses, and leaves every file as it was', () => {
  it('an unknown agreement', () => {
    expect(refused(...args({ agreement: 'kommune' }))).toBe(
      'data:add: --agreement "kommune": there is no data/agreements/kommune.json; the agreements are ks, legekontor, nho481, private, spekter, tannhelse, virke-huk, virke-legesentre.\n',
    );
    expect(refused(...args({ agreement: '../rules/g' }))).toContain('there is no data/agreements/../rules/g.json');
  });

  it('an unknown group', () => {
    expect(refused(...args({ group: 'gruppe-3' }))).toBe(
      'data:add: ks has no pay group "gruppe-3"; its groups are fagarbeider, fagarbeider-fagskole, hoyskole, ufaglaert.\n',
    );
  });

  it('an agreement without tables of its own', () => {
    expect(refused(...args({ agreement: 'legekontor' }))).toBe(
      'data:add: legekontor has no pay tables of its own (coverage "follows"): it uses the tables of ks; add the table there.\n',
    );
  });

  it("a date not after the group's newest table", () => {
    const err = refused(...args({ from: '2024-05-01' }));
    expect(err).toContain('ks already has a table for fagarbeider from 2024-05-01; --from must be after it, and 2024-05-01 is not.');
    // The same group twice for one date.
    expect(kit(...args()).code).toBe(0);
    expect(refused(...args())).toContain('already has a table for fagarbeider from 2026-05-01');
  });

  it('a date that is not a real date', () => {
    expect(refused(...args({ from: '2026-02-30' }))).toBe('data:add: --from "2026-02-30" is not a real date written YYYY-MM-DD.\n');
  });

  it('amounts that fall as years grow', () => {
    expect(refused(...args({ csv: fixture('falling.csv') }))).toBe(
      `data:add: ${fixture('falling.csv')} line 6: 457 600 kr at 8 years is less than 464 200 kr at 6 years (line 5); amounts must not fall as years grow.\n`,
    );
  });

  it('duplicate years', () => {
    expect(refused(...args({ csv: fixture('duplicate-years.csv') }))).toBe(
      `data:add: ${fixture('duplicate-years.csv')} line 5: 4 years is listed twice (also on line 4); each step once.\n`,
    );
  });

  it('a missing or non-http(s) source address', () => {
    expect(refused(...args({ 'source-url': null }))).toBe(
      'data:add: --source-url is missing: give the address of the page or document the table is printed in.\n',
    );
    expect(refused(...args({ 'source-url': 'ftp://www.ks.no/tabell.pdf' }))).toBe(
      'data:add: --source-url "ftp://www.ks.no/tabell.pdf" is not an http(s) address (write it like https://www.ks.no/...).\n',
    );
  });

  it('a missing title', () => {
    const message = 'data:add: --source-title is missing: give the title of the page or document.\n';
    expect(refused(...args({ 'source-title': null }))).toBe(message);
  });

  it('a CSV that cannot be read', () => {
    const missing = join(tempRoot(), 'no-such.csv');
    expect(refused(...args({ csv: missing }))).toBe(`data:add: --csv ${missing}: cannot be read (ENOENT).\n`);
  });

  it('a malformed CSV, with the line', () => {
    const name = (f: string) => fixture(f);
    expect(refused(...args({ csv: name('bad-header.csv') }))).toBe(
      `data:add: ${name('bad-header.csv')} line 1: the first line must be the header "years;amount", not "år;beløp".\n`,
    );
    expect(refused(...args({ csv: name('bad-amount.csv') }))).toBe(
      `data:add: ${name('bad-amount.csv')} line 3: amount "460,000" is not a whole number of kroner written 437300, 437 300 or 437.300 (or empty when it is not known).\n`,
    );
    // The other malformed files are read by the same code (see "reads the CSV strictly" below).
  });

  it('--kind derived without a note, an unknown kind, or a derived step that does not rise', () => {
    expect(refused(...args({ kind: 'derived' }))).toContain('--kind derived needs --note');
    expect(refused(...args({ kind: 'estimated' }))).toBe('data:add: --kind "estimated" must be published or derived.\n');
    const flat = join(tempRoot(), 'flat.csv');
    writeFileSync(flat, 'years;amount\n0;437 300\n');
    expect(refused(...args({ kind: 'derived', note: 'x', csv: flat }))).toContain(
      '--kind derived: 437 300 kr at 0 years is not above 437 300 kr from 2024-05-01; a derived step adds a published rise.',
    );
  });

  it('a missing argument or an unknown option', () => {
    expect(refused(...args({ csv: null }))).toBe('data:add: --csv is missing. Run npm run data:add -- --help for the usage.\n');
    expect(refused(...args(), '--force')).toContain("Unknown option '--force'");
  });

  it('no change named, two at once, or an option of another mode', () => {
    expect(refused(...args({ agreement: null }))).toBe(
      "data:add: say what to change: --agreement (a pay table), --tax-year (a tax year) or --market (SSB's pay statistics). Run npm run data:add -- --help for the usage.\n",
    );
    expect(refused(...args({ 'tax-year': '2027' }))).toBe(
      'data:add: --agreement and --tax-year are separate changes; run the kit once for each.\n',
    );
    expect(refused(...args({ status: 'adopted' }))).toBe(
      'data:add: --status is not an option of --agreement. Run npm run data:add -- --help for the usage.\n',
    );
  });

  it('a dataset that is not valid with the change (the whole dataset is checked)', () => {
    // An extra key the format does not know, in the agreement's own file: kept by the kit, refused by the validator.
    const ks = readFileSync(ksFile(), 'utf8').replace('\n  "coverage": "tariff",', '\n  "coverage": "tariff",\n  "surprise": true,');
    writeFileSync(ksFile(), ks);
    expect(refused(...args())).toBe(
      'data:add: with this table the dataset is not valid (1 problem); nothing written:\n  - agreements.ks.surprise is not a known property.\n',
    );
    // A problem in another file.
    writeFileSync(ksFile(), readFileSync(join(repo, 'data/agreements/ks.json')));
    const spekterFile = dataFile('agreements/spekter.json');
    writeFileSync(spekterFile, readFileSync(spekterFile, 'utf8').replace('"source": "delta-omrade-10-2022"', '"source": "no-such-source"'));
    expect(refused(...args())).toContain('names a source that is not in this file\'s "sources".');
  });

  it('an agreement file that is not JSON', () => {
    writeFileSync(ksFile(), '{ "id": "ks", ');
    expect(refused(...args())).toMatch(/^data:add: data\/agreements\/ks\.json is not valid JSON \(.*\); fix it first\.\n$/);
  });

  it('a write that fails half-way: the file already renamed gets its old bytes back', () => {
    // The generated file's place is taken by a folder, so its rename fails after the agreement's succeeded.
    rmSync(figuresFile());
    mkdirSync(join(figuresFile(), 'blocked'), { recursive: true });
    expect(refused(...args())).toMatch(/^data:add: writing failed \(E[A-Z]+\); every file is as it was\.\n$/);
  });
});

describe('data:add parts', () => {
  it('reads amounts as printed', () => {
    for (const text of ['437300', '437 300', '437.300', '437\u00A0300', '437\u202F300', '437\u2009300', ' 437 300 '])
      expect(parseAmount(text)).toBe(437_300);
    expect(parseAmount('1 437 300')).toBe(1_437_300);
    expect(parseAmount('')).toBeNull();
    for (const text of [
      '437,300',
      '437 30',
      '43 7300',
      '437.300,00',
      '437 300 kr',
      '437.300 000',
      '-437300',
      '0437300',
      '4373OO',
      '437300.5',
    ]) {
      expect(parseAmount(text)).toBeUndefined();
    }
    expect(parseCsv('years;amount\n0;437 300\n2;437.300\n4;437300\n', 'x.csv')).toEqual([
      [0, 437_300],
      [2, 437_300],
      [4, 437_300],
    ]);
    expect(() => parseCsv('years;amount\n0;437 300\n02;440 000\n', 'x.csv')).toThrow(
      'x.csv line 3: years "02" must be a whole number of years 0–99 without leading zeros.',
    );
    expect(() => parseCsv('years;amount\n4;437 300\n0;430 000\n', 'x.csv')).toThrow(
      'x.csv line 3: 0 years comes after 4 years; list the steps with years ascending.',
    );
    expect(() => parseCsv('years;amount\n0;\n', 'x.csv')).toThrow(Refusal);
  });

  it('reads the CSV strictly, naming the line', () => {
    const csv = (f: string) => () => parseCsv(readFileSync(fixture(f), 'utf8'), f);
    expect(csv('three-fields.csv')).toThrow('three-fields.csv line 3: "2;460 000;kr" has 3 fields; write years;amount (e.g. 10;496 700).');
    expect(csv('empty.csv')).toThrow('empty.csv line 1: the first line must be the header "years;amount" (the file is empty).');
    expect(csv('monthly.csv')).toThrow(
      'monthly.csv line 2: 38 333 kr is not an annual full-time amount (100 000 kr–2 000 000 kr); the tables hold pay a year, not a month or an hour.',
    );
    expect(csv('no-zero-step.csv')).toThrow('no-zero-step.csv: the table must have a step for 0 years (its first step is 4 years).');
    expect(csv('ks-hoyskole.csv')()).toHaveLength(7); // byte-order mark, CRLF, a blank last line
  });

  it('checks the source and the date', () => {
    for (const url of ['javascript:alert(1)', 'www.ks.no/tabell', 'https://www.ks.no/lønn tabell', 'https://', 'mailto:a@ks.no']) {
      expect(() => checkSource({ url, title: 'T' })).toThrow(`--source-url ${JSON.stringify(url)} is not an http(s) address`);
    }
    expect(() => checkSource({ url: ' ', title: 'T' })).toThrow('--source-url is missing');
    expect(() => checkSource({ url: 'https://www.ks.no/', title: '  ' })).toThrow('--source-title is missing');
    expect(checkSource({ url: 'http://www.ks.no/a', title: ' T ' })).toEqual({ url: 'http://www.ks.no/a', title: 'T', publisher: 'ks.no' });
    for (const d of ['2026-05-01', '2024-02-29']) expect(isRealDate(d)).toBe(true);
    for (const d of ['1.5.2026', '2026-5-1', '2025-02-29', '2026-13-01', '']) expect(isRealDate(d)).toBe(false);
  });

  const agreement = () => ({
    id: 'x',
    coverage: 'tariff',
    payGroups: { a: 'A', b: 'B' },
    tables: [
      {
        effectiveFrom: '2024-01-01',
        groups: { a: { steps: { '0': 400_000, '10': 450_000 }, source: 's' }, b: { steps: { '0': 300_000 }, source: 's' } },
      },
      { effectiveFrom: '2025-01-01', groups: { a: { steps: { '0': 410_000, '10': 460_000 }, source: 's' } } },
    ],
    payRounds: [
      { effectiveFrom: '2024-05-01', source: 's', quote: 'q' },
      { effectiveFrom: '2025-05-01', source: 's', quote: 'q' },
      { effectiveFrom: '2026-05-01', source: 's', quote: 'q' },
    ],
    extra: { kept: [1, 2] },
    sources: { s: { title: 'T', url: 'https://e.no/', publisher: 'E', retrieved: '2025-01-02' } },
  });
  const input = (over: Partial<AddInput>): AddInput => ({
    id: 'x',
    group: 'a',
    from: '2026-01-01',
    steps: [
      [0, 420_000],
      [5, 430_000],
      [10, 470_000],
    ],
    kind: 'published',
    source: { title: 'New', url: 'https://www.ny.no/t', publisher: 'Ny Forlag', retrieved: '2026-11-28' },
    ...over,
  });

  it("puts a group's table in date order when its newest is older than the agreement's, and names the rounds it now covers", () => {
    const a = agreement();
    const r = addTable(a, input({ group: 'b', from: '2024-06-01', steps: [[0, 310_000]] }));
    expect(a.tables.map((t) => t.effectiveFrom)).toEqual(['2024-01-01', '2024-06-01', '2025-01-01']);
    expect(r.created).toBe(true);
    expect(r.previous).toBe('2024-01-01');
    expect(r.coveredRounds).toEqual(['2024-05-01']);
    expect(a.extra).toEqual({ kept: [1, 2] });
    expect(a.payRounds).toHaveLength(3);
  });

  it('compares each step with the amount at those years in the previous table, and names steps left out', () => {
    const a = agreement();
    const r = addTable(
      a,
      input({
        steps: [
          [0, 420_000],
          [5, 430_000],
        ],
      }),
    );
    expect(r.rises).toEqual([
      { years: 0, amount: 420_000, against: { from: '2025-01-01', years: 0, amount: 410_000 } },
      { years: 5, amount: 430_000, against: { from: '2025-01-01', years: 0, amount: 410_000 } },
    ]);
    expect(r.leftOut).toEqual([10]);
    expect(r.coveredRounds).toEqual(['2025-05-01']);
    expect(r.sourceId).toBe('ny-forlag-2026-01-01');
    expect(r.otherGroups).toEqual(['b']);
  });

  it('says which recorded pay rounds a new table covers for its group, and which steps it leaves out', () => {
    const add = input({ from: '2026-05-01', steps: [[0, 420_000]] });
    const lines = report(add, addTable(agreement(), add), 'x.json');
    expect(lines).toContain(
      'For a, this table now covers the pay rounds recorded in "payRounds" from 2025-05-01, 2026-05-01. They can stay there: the model makes no estimate from a round up to the newest table.',
    );
    expect(lines).toContain(
      'The table from 2025-01-01 has steps this one does not: 10 years. Check the source: a step left out no longer exists from 2026-05-01.',
    );
    expect(lines).toContain('   0 years  420 000 kr   +10 000 kr   +2.44 %');
    // Before the first round after the group's previous table: nothing to say about rounds.
    const early = input({ from: '2025-03-01' });
    expect(report(early, addTable(agreement(), early), 'x.json').some((l) => l.includes('payRounds'))).toBe(false);
  });

  it("refuses a date not after the group's newest table, and an agreement without tables of its own", () => {
    expect(() => addTable(agreement(), input({ from: '2024-12-31' }))).toThrow(
      'x already has a table for a from 2025-01-01; --from must be after it, and 2024-12-31 is not.',
    );
    expect(() => addTable({ ...agreement(), coverage: 'none' }, input({}))).toThrow('x has no pay tables of its own (coverage "none").');
  });

  it('refuses a derived step with no earlier amount at the same years', () => {
    expect(() => addTable(agreement(), input({ kind: 'derived', note: 'n' }))).toThrow(
      '--kind derived: no earlier table of a has an amount for 5 years to derive 430 000 kr from.',
    );
  });

  it("keeps a file's layout when it writes it back: every data file round-trips byte for byte", () => {
    for (const dir of ['agreements', 'occupations', 'rules', 'market', 'schema', 'workplaces']) {
      for (const name of readdirSync(join(repo, 'data', dir))) {
        const text = readFileSync(join(repo, 'data', dir, name), 'utf8');
        const layout = parseWithLayout(text);
        expect(formatWithLayout(layout.value, layout), `data/${dir}/${name}`).toBe(text);
      }
    }
  });
});
