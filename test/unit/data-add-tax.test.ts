// `npm run data:add -- --tax-year …` (scripts/data-add.mjs, data-add-tax.mjs), run as a maintainer
// runs it on a temporary copy of data/ (see data-add-kit.ts): a tax year marked adopted or its
// figures corrected, a new year added, each refusal leaving every file byte-identical, and the
// model using the changed year at once. The figures set here are made up for the tests.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeLadder, defaultDataset, estimateTax, type Dataset, type TaxYear } from '../../src/model/index.js';
import { datasetFigures } from '../../src/model/dataset-figures.js';
import { validateDataset } from '../../src/model/validate-dataset.js';
import { localToday } from '../../scripts/data-add-lib.mjs';
import { parsePercent, parseSets } from '../../scripts/data-add-tax.mjs';
import { formatWithLayout, parseWithLayout } from '../../scripts/json-layout.mjs';
import { createAjv, SCHEMA_BASE } from './schema-helpers.js';
import { dataFile, dryRun, figuresFile, kit, loadedDataset, options, refused, useTempRoot } from './data-add-kit.js';

const URL_LOVDATA = 'https://lovdata.no/dokument/STV/forskrift/2026-12-18-2000';
const TITLE = 'Stortingets skattevedtak for inntektsåret 2027 (testvedtak)';
const NOTE = 'Stortingets skattevedtak for inntektsåret 2027 §§ 3-1, 6-1 og 6-3 (testtall).';

useTempRoot();
const taxFile = () => dataFile('rules/tax.json');
const yearOf = (dataset: Dataset, year: number): TaxYear => dataset.rules.tax.years.find((y) => y.year === year)!;

/** Mark 2027 adopted from Lovdata, with `extra` replacing or adding options (`set` repeats). */
function args(extra: Record<string, string | string[] | null> = {}): string[] {
  return options({
    'tax-year': '2027',
    status: 'adopted',
    'source-url': URL_LOVDATA,
    'source-title': TITLE,
    publisher: 'Lovdata',
    note: NOTE,
    ...extra,
  });
}

/** Every figure of a year, as --set arguments. */
const ALL_2028 = [
  'ordinaryRate=22',
  'personfradrag=125 000',
  'minstefradragPercent=46',
  'minstefradragMax=103000',
  'trinnskatt=245000:1,7,345000:4,785000:13,7,1060000:16,8,1590000:17,8',
  'trygdeavgiftPercent=7,3',
  'trygdeavgiftLowerLimit=99650',
  'trygdeavgiftPhaseInPercent=25',
];

describe('data:add --tax-year changes a year', () => {
  it('marks 2027 adopted with corrected figures, in the file layout, with a new source, and the model uses it from 1 January', () => {
    const before = readFileSync(taxFile(), 'utf8');
    const today = localToday();
    const r = kit(
      ...args({
        set: [
          'personfradrag=120 540',
          'trinnskatt=235150:1,7,331050:4,754050:13,7,1019300:16.9,1525900:17.9',
          'innsatssonen.finnmarksfradrag=45000',
        ],
      }),
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const after = readFileSync(taxFile(), 'utf8');

    // Exactly these lines change: 2025, 2026 and every other key stay as they were.
    const [head, y2027] = before.split('"year": 2027,');
    const changed2027 = y2027
      .replace('"personfradrag": 120180,', '"personfradrag": 120540,')
      .replace('{ "from": 1019300, "percent": 16.8 }', '{ "from": 1019300, "percent": 16.9 }')
      .replace('{ "from": 1525900, "percent": 17.8 }', '{ "from": 1525900, "percent": 17.9 }')
      .replace(
        /"source": "regjeringen-prop-1-ls-2026-2027",\n {6}"status": "proposed",\n {6}"verification": "secondary",\n {6}"note": ".*",\n/,
        `"source": "lovdata-2027",\n      "status": "adopted",\n      "note": "${NOTE}",\n`,
      )
      .replace(/"source": "regjeringen-prop-1-ls-2026-2027",\n {8}"note": ".*"\n/, '"source": "lovdata-2027"\n')
      .replace(
        /\n {4}}\n {2}}\n}\n$/,
        `\n    },\n    "lovdata-2027": {\n      "title": "${TITLE}",\n      "url": "${URL_LOVDATA}",\n      "publisher": "Lovdata",\n      "retrieved": "${today}"\n    }\n  }\n}\n`,
      );
    expect(after).toBe(`${head}"year": 2027,${changed2027}`);

    // Valid (the widget's validator and the JSON Schema), and the figures regenerated from it.
    const dataset = loadedDataset();
    expect(validateDataset(dataset).ok).toBe(true);
    expect(createAjv().getSchema(`${SCHEMA_BASE}tax.schema.json`)!(JSON.parse(after))).toBe(true);
    expect(readFileSync(figuresFile(), 'utf8')).toBe(`${JSON.stringify(datasetFigures(dataset))}\n`);

    // The model, from 1 January 2027: the adopted year, its source, no "proposal" note, and
    // 360 kr more personfradrag is 360 × 22 % = 79.20 kr less tax on ordinary income.
    const input = { agreement: 'ks', education: 'helsesekretaer', yearsExperience: 8 };
    const was = computeLadder(input, defaultDataset, { today: '2027-02-01' });
    const now = computeLadder(input, dataset, { today: '2027-02-01' });
    if (!was.ok || !now.ok) throw new Error('no ladder');
    expect([was.taxYear, was.taxStatus]).toEqual([2027, 'proposed']);
    expect([now.taxYear, now.taxStatus]).toEqual([2027, 'adopted']);
    expect(was.notes.some((n) => n.id === 'taxProposed')).toBe(true);
    expect(now.notes.some((n) => n.id === 'taxProposed')).toBe(false);
    expect(now.provenance.tax.source?.title).toBe(TITLE);
    expect(now.provenance.tax.verified).toBe(true);
    expect(now.current.grossAnnual).toBe(was.current.grossAnnual);
    expect(now.current.tax.incomeTax).toBeCloseTo(was.current.tax.incomeTax - 79.2, 6);
    // 500 000 kr (worked by hand in tax-2027.test.ts: 107 047.70 with the proposal) − 79.20.
    expect(estimateTax(500_000, 0, yearOf(dataset, 2027)).total).toBeCloseTo(106_968.5, 6);

    const lines = r.out.split('\n');
    expect(lines[0]).toBe(`data:add: changed the 2027 tax year in ${taxFile()}.`);
    expect(lines).toContain('  status: proposed → adopted');
    expect(lines).toContain(
      `  source "lovdata-2027": ${TITLE}, Lovdata, ${URL_LOVDATA}, retrieved ${today} (was "regjeringen-prop-1-ls-2026-2027")`,
    );
    expect(lines).toContain('  verification: secondary → primary');
    expect(lines).toContain('  personfradrag: 120 180 kr → 120 540 kr');
    expect(lines).toContain('    step 1: from 235 150 kr 1.7 % → from 235 150 kr 1.7 % (unchanged)');
    expect(lines).toContain('    step 4: from 1 019 300 kr 16.8 % → from 1 019 300 kr 16.9 %');
    expect(lines).toContain('  innsatssonen.finnmarksfradrag: 45 000 kr → 45 000 kr (unchanged)');
    expect(lines).toContain(
      'Not set, kept as they were and now sourced to "lovdata-2027": ordinaryRate, minstefradragPercent, minstefradragMax, trygdeavgiftPercent, trygdeavgiftLowerLimit, trygdeavgiftPhaseInPercent, innsatssonen.ordinaryRate. Check each against the source.',
    );
    expect(lines).toContain("innsatssonen's note quoted its earlier source and is removed: --note says where its figures come from.");
  });

  it('marks a year adopted without figures: they stay, and it says how to source the zone too', () => {
    const r = kit(...args());
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const y = yearOf(loadedDataset(), 2027);
    const was = yearOf(defaultDataset, 2027);
    expect(y).toEqual({ ...was, source: 'lovdata-2027', status: 'adopted', verification: undefined, note: NOTE });
    expect(Object.keys(y)).not.toContain('verification');
    expect(r.out).toContain(
      'innsatssonen keeps its figures, its source "regjeringen-prop-1-ls-2026-2027" and its note. If this source has them, add --set innsatssonen.ordinaryRate=18.5 --set innsatssonen.finnmarksfradrag=45000 to source them to it.',
    );
    // The same source on the same day again: the entry is reused, not copied.
    const again = kit(...args({ set: 'ordinaryRate=22' }));
    expect(again.code).toBe(0);
    expect(again.out).toContain('  source "lovdata-2027" (already in the file)');
    expect(again.out).toContain('  status: adopted → adopted (unchanged)');
    expect(Object.keys(JSON.parse(readFileSync(taxFile(), 'utf8')).sources).filter((id) => id.startsWith('lovdata'))).toEqual([
      'lovdata-2027',
    ]);
  });

  it('adds a year not in the file after the others, every figure given, secondary when so marked; the model uses it in that year', () => {
    const r = kit(
      ...args({
        'tax-year': '2028',
        status: 'proposed',
        'source-url': 'https://www.regjeringen.no/no/dokumenter/prop.-1-ls-20272028/id1/',
        'source-title': 'Prop. 1 LS (2027–2028) (testforslag)',
        publisher: null,
        note: 'Regjeringens forslag for 2028 (testtall).',
        verification: 'secondary',
        set: [...ALL_2028, 'innsatssonen.ordinaryRate=18,5', 'innsatssonen.finnmarksfradrag=45 000'],
      }),
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const text = readFileSync(taxFile(), 'utf8');
    const file = JSON.parse(text);
    expect(file.years.map((y: TaxYear) => y.year)).toEqual([2025, 2026, 2027, 2028]);
    const y = file.years[3];
    expect(Object.keys(y)).toEqual([...Object.keys(file.years[2])]);
    expect(y).toEqual({
      year: 2028,
      ordinaryRate: 22,
      personfradrag: 125_000,
      minstefradragPercent: 46,
      minstefradragMax: 103_000,
      trinnskatt: [
        { from: 245_000, percent: 1.7 },
        { from: 345_000, percent: 4 },
        { from: 785_000, percent: 13.7 },
        { from: 1_060_000, percent: 16.8 },
        { from: 1_590_000, percent: 17.8 },
      ],
      trygdeavgiftPercent: 7.3,
      trygdeavgiftLowerLimit: 99_650,
      trygdeavgiftPhaseInPercent: 25,
      source: 'regjeringen-no-2028',
      status: 'proposed',
      verification: 'secondary',
      note: 'Regjeringens forslag for 2028 (testtall).',
      innsatssonen: { ordinaryRate: 18.5, finnmarksfradrag: 45_000, source: 'regjeringen-no-2028' },
    });
    // The data's layout: each trinnskatt step on one line, the rest one entry per line.
    expect(text).toContain('      "trinnskatt": [\n        { "from": 245000, "percent": 1.7 },\n');
    const layout = parseWithLayout(text);
    expect(formatWithLayout(layout.value, layout)).toBe(text);
    expect(r.out.split('\n')).toContain('  personfradrag: — → 125 000 kr');

    const dataset = loadedDataset();
    expect(validateDataset(dataset).ok).toBe(true);
    const ladder = computeLadder({ agreement: 'ks', education: 'helsesekretaer', yearsExperience: 8 }, dataset, { today: '2028-03-01' });
    if (!ladder.ok) throw new Error('no ladder');
    expect([ladder.taxYear, ladder.taxStatus]).toEqual([2028, 'proposed']);
    expect(ladder.provenance.tax.verified).toBe(false);
    // 600 000 kr by hand: ordinary 600 000 − 103 000 − 125 000 = 372 000 × 22 % = 81 840;
    // trinnskatt 1.7 % × 100 000 = 1 700 + 4 % × 255 000 = 10 200; trygdeavgift 7.3 % × 600 000 = 43 800.
    expect(estimateTax(600_000, 0, yearOf(dataset, 2028)).total).toBeCloseTo(81_840 + 11_900 + 43_800, 6);
  });

  it('with --dry-run, checks and prints the same and writes nothing', () => {
    const out = dryRun(...args({ set: 'personfradrag=120540' }));
    expect(out.split('\n')).toContain('  personfradrag: 120 180 kr → 120 540 kr');
    expect(out).toContain(`data:add: would regenerate ${figuresFile()}.`);
  });
});

describe('data:add --tax-year refuses, and leaves every file as it was', () => {
  const fields =
    'ordinaryRate, personfradrag, minstefradragPercent, minstefradragMax, trinnskatt, trygdeavgiftPercent, trygdeavgiftLowerLimit, trygdeavgiftPhaseInPercent, innsatssonen.ordinaryRate, innsatssonen.finnmarksfradrag';

  it('an unknown field, a field given twice, or --set without a value', () => {
    expect(refused(...args({ set: 'grunnfradrag=1000' }))).toBe(
      `data:add: --set "grunnfradrag" is not a field of a tax year; the fields are ${fields}.\n`,
    );
    expect(refused(...args({ set: ['personfradrag=1', 'personfradrag=2'] }))).toBe(
      'data:add: --set personfradrag is given twice; give each field once.\n',
    );
    expect(refused(...args({ set: 'personfradrag' }))).toBe(
      'data:add: --set "personfradrag": write field=value, e.g. --set personfradrag=120180.\n',
    );
  });

  it('a value that is not a number, or is negative', () => {
    expect(refused(...args({ set: 'personfradrag=120 180 kr' }))).toBe(
      'data:add: --set personfradrag=120 180 kr: "120 180 kr" is not a whole number of kroner (write 120180 or 120 180).\n',
    );
    expect(refused(...args({ set: 'personfradrag=-120180' }))).toBe(
      'data:add: --set personfradrag=-120180: an amount cannot be negative.\n',
    );
    expect(refused(...args({ set: 'personfradrag=0' }))).toBe('data:add: --set personfradrag=0: an amount must be more than 0 kr.\n');
    expect(refused(...args({ set: 'ordinaryRate=22 %' }))).toBe(
      'data:add: --set ordinaryRate=22 %: "22 %" is not a percentage (write 22, 1.7 or 1,7).\n',
    );
    expect(refused(...args({ set: 'trygdeavgiftPercent=-7.4' }))).toBe(
      'data:add: --set trygdeavgiftPercent=-7.4: a percentage cannot be negative.\n',
    );
    expect(refused(...args({ set: 'ordinaryRate=220' }))).toBe('data:add: --set ordinaryRate=220: 220 % is more than 100 %.\n');
    expect(refused(...args({ set: 'trinnskatt=235150-1.7' }))).toBe(
      'data:add: --set trinnskatt=235150-1.7: write each step as from:percent, the steps separated by commas (e.g. 235150:1.7,331050:4).\n',
    );
    expect(refused(...args({ set: 'trinnskatt=235150:1.7,-331050:4' }))).toBe(
      'data:add: --set trinnskatt=235150:1.7,-331050:4: an amount cannot be negative.\n',
    );
    expect(refused(...args({ set: 'trinnskatt=331050:1.7,235150:4' }))).toBe(
      'data:add: --set trinnskatt=331050:1.7,235150:4: the steps must rise: 235 150 kr comes after 331 050 kr.\n',
    );
  });

  it('a status other than proposed or adopted', () => {
    expect(refused(...args({ status: 'vedtatt' }))).toBe(
      'data:add: --status "vedtatt" must be proposed (the government\'s budget proposal) or adopted (by Stortinget).\n',
    );
  });

  it('marking a year adopted without a source or a note, or setting figures without a source', () => {
    expect(refused(...args({ 'source-url': null }))).toBe(
      'data:add: --status adopted needs --source-url and --source-title: the page or document the figures are printed in (e.g. the skattevedtak on lovdata.no).\n',
    );
    expect(refused(...args({ 'source-title': null }))).toBe(
      'data:add: --source-title is missing: give the title of the page or document.\n',
    );
    expect(refused(...args({ note: null }))).toBe(
      'data:add: --status adopted needs --note: say in Norwegian where the figures come from (e.g. "Stortingets skattevedtak for inntektsåret 2027 §§ 3-1, 6-1 og 6-3").\n',
    );
    expect(refused(...args({ status: null, 'source-url': null, set: 'personfradrag=120540' }))).toBe(
      'data:add: --set needs --source-url and --source-title: the page or document the figures are printed in (e.g. the skattevedtak on lovdata.no).\n',
    );
    expect(refused(...args({ note: ' ' }))).toBe('data:add: --note is empty.\n');
  });

  it('a year out of 2000–2100', () => {
    for (const year of ['1999', '2101', '27', '2027.5']) {
      expect(refused(...args({ 'tax-year': year }))).toBe(`data:add: --tax-year "${year}" must be a whole year from 2000 to 2100.\n`);
    }
  });

  it('a new year without every figure or without a status, and one zone figure alone', () => {
    expect(refused(...args({ 'tax-year': '2028', set: ['personfradrag=125000', 'ordinaryRate=22'] }))).toBe(
      'data:add: 2028 is not in data/rules/tax.json: a new year needs every figure, and --set is missing for minstefradragPercent, minstefradragMax, trinnskatt, trygdeavgiftPercent, trygdeavgiftLowerLimit, trygdeavgiftPhaseInPercent (the kit never copies figures from another year).\n',
    );
    expect(refused(...args({ 'tax-year': '2028', status: null, set: ALL_2028 }))).toBe(
      'data:add: 2028 is not in data/rules/tax.json: a new year needs --status proposed or adopted.\n',
    );
    expect(refused(...args({ 'tax-year': '2028', set: [...ALL_2028, 'innsatssonen.finnmarksfradrag=45000'] }))).toBe(
      'data:add: 2028 has no innsatssonen figures yet: give both, --set is missing for innsatssonen.ordinaryRate.\n',
    );
  });

  it('a dataset that is not valid with the change, with the validator’s messages', () => {
    expect(refused(...args({ set: 'innsatssonen.ordinaryRate=25' }))).toBe(
      "data:add: with this 2027 tax year the dataset is not valid (1 problem); nothing written:\n  - rules.tax.years[2].innsatssonen.ordinaryRate is out of range (must be at most the year's ordinaryRate (22)).\n",
    );
  });

  it('another verification, or an option of another mode', () => {
    expect(refused(...args({ verification: 'checked' }))).toBe(
      'data:add: --verification "checked" must be primary (you read the publisher\'s own text) or secondary (a public copy of it).\n',
    );
    expect(refused(...args({ group: 'fagarbeider' }))).toBe(
      'data:add: --group is not an option of --tax-year. Run npm run data:add -- --help for the usage.\n',
    );
  });
});

describe('data:add --tax-year parts', () => {
  it('reads amounts as printed and percentages with . or ,', () => {
    expect(['22', '1.7', '1,7', ' 13,75 '].map(parsePercent)).toEqual([22, 1.7, 1.7, 13.75]);
    for (const bad of ['', '1.7.1', '1,7 %', '-1', '.5', '1e2']) expect(parsePercent(bad)).toBeUndefined();
    const sets = parseSets(['trinnskatt=235 150:1,7;331.050:4,754050:13,7', 'personfradrag=120\u00A0540', 'ordinaryRate=22']);
    // In the data's order, whatever the order given.
    expect([...sets.keys()]).toEqual(['ordinaryRate', 'personfradrag', 'trinnskatt']);
    expect(sets.get('personfradrag')).toBe(120_540);
    expect(sets.get('trinnskatt')).toEqual([
      { from: 235_150, percent: 1.7 },
      { from: 331_050, percent: 4 },
      { from: 754_050, percent: 13.7 },
    ]);
  });
});
