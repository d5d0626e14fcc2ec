import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AGREEMENT_IDS,
  compareScenarios,
  computeLadder,
  defaultDataset,
  EDUCATION_IDS,
  estimateTax,
  type ScenarioInput,
} from '../../src/model/index.js';
import { WORD_KEYS, datasetFigures } from '../../src/model/dataset-figures.js';
import generatedFigures from '../../src/generated/dataset-figures.json' with { type: 'json' };
import { ladder, TODAY } from './helpers.js';

/** Dates on which every pay group of the agreement (or the one whose tables it uses) has a table. */
const DATES = {
  ks: [null, '2020-09-01', '2021-05-01', '2022-05-01', '2023-05-01', '2024-05-01', '2025-01-01'],
  spekter: [null, '2021-08-01', '2022-08-01', '2023-05-01', '2023-10-01', '2024-07-01'],
  nho481: [null, '2023-04-21', '2025-01-01'],
  'virke-legesentre': [null, '2019-07-01', '2020-09-01', '2025-01-01'],
  'virke-huk': [null, '2018-07-01', '2023-05-01', '2024-07-01'],
} as const;

const amount = fc.oneof(
  fc.record({ unit: fc.constant('nok' as const), value: fc.integer({ min: 0, max: 100_000 }) }),
  fc.record({ unit: fc.constant('percent' as const), value: fc.double({ min: 0, max: 30, noNaN: true }) }),
);
const hours = fc.double({ min: 0, max: 20, noNaN: true });

/** A valid scenario without events and with growth ≥ 0. */
const scenarioArb = fc
  .record({
    // Not the dental model agreement: it has no known pay group for helsesekretær (the ladder says so).
    agreement: fc.constantFrom(...AGREEMENT_IDS.filter((id) => id !== 'tannhelse')),
    education: fc.constantFrom(...EDUCATION_IDS),
    yearsExperience: fc.integer({ min: 0, max: 45 }),
    positionPercent: fc.integer({ min: 1, max: 100 }),
    responsibilitySupplement: amount,
    individualSupplement: amount,
    localEducationSupplement: fc.integer({ min: 0, max: 50_000 }),
    schedule: fc.constantFrom('day' as const, 'rotating' as const),
    shifts: fc.record({ evening: hours, night: hours, weekend: hours, holiday: hours }),
    overtimeHoursPerYear: fc.integer({ min: 0, max: 300 }),
    age: fc.option(fc.integer({ min: 18, max: 67 }), { nil: null }),
    annualGrowth: fc.double({ min: 0, max: 5, noNaN: true }),
    dateIndex: fc.nat(),
  })
  .map(({ dateIndex, ...s }): ScenarioInput => {
    const dates = s.agreement in DATES ? DATES[s.agreement as keyof typeof DATES] : DATES.ks;
    return { ...s, tariffDate: dates[dateIndex % dates.length] };
  });

describe('properties of the ladder', () => {
  it('every output is finite and non-negative, and the parts add up to the gross pay', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        for (const row of ladder(s).rows) {
          for (const key of [
            'tariffMinimum',
            'grossAnnual',
            'grossMonthly',
            'hourly',
            'holidayPay',
            'netAnnualEstimate',
            'shiftPay',
            'overtimePay',
          ] as const) {
            expect(Number.isFinite(row[key])).toBe(true);
            expect(row[key]).toBeGreaterThanOrEqual(0);
          }
          if (row.pensionContribution !== null) expect(row.pensionContribution).toBeGreaterThanOrEqual(0);
          expect(row.tax.total).toBeLessThan(row.grossAnnual + 1e-9);
          const sum = row.parts.reduce((a, p) => a + p.amount, 0);
          expect(sum).toBeCloseTo(row.grossAnnual, 6);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('pay never falls as years grow when there are no events (within a table; the estimate of today across tables)', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const rows = ladder(s).rows;
        for (let i = 1; i < rows.length; i++) {
          const [a, b] = [rows[i - 1], rows[i]];
          // A step from an older table (a newer one leaves it out) may be below a newer step under it.
          if (a.tableDate !== b.tableDate) continue;
          expect(b.tariffMinimum).toBeGreaterThanOrEqual(a.tariffMinimum);
          expect(b.grossAnnual).toBeGreaterThanOrEqual(a.grossAnnual - 1e-6);
        }
        // Today's estimate brings the steps to the same date: its low bound never falls.
        for (let i = 1; i < rows.length; i++) {
          const [a, b] = [rows[i - 1].estimate, rows[i].estimate];
          if (a && b && a.asOf === b.asOf) expect(b.tariffLow).toBeGreaterThanOrEqual(a.tariffLow - 1e-6);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('a higher education path never pays a lower tariff minimum in the same agreement and year', () => {
    const order = ['none', 'helsesekretaer', 'fagskole', 'hoyskole'] as const;
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const ladders = order.map((education) => ladder({ ...s, education }));
        for (let y = 0; y <= 45; y++) {
          for (let k = 1; k < order.length; k++) {
            const [lower, higher] = [ladders[k - 1].rows[y], ladders[k].rows[y]];
            // Tables of different dates (a group whose newest figures are older) are not comparable.
            if (lower.tableDate !== higher.tableDate) continue;
            expect(higher.tariffMinimum).toBeGreaterThanOrEqual(lower.tariffMinimum);
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('fixed pay scales linearly with the position size', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 1, max: 100 }), (s, p) => {
        const full = ladder({ ...s, positionPercent: 100 });
        const part = ladder({ ...s, positionPercent: p });
        full.rows.forEach((row, i) => {
          expect(part.rows[i].basePay).toBeCloseTo((row.basePay * p) / 100, 6);
        });
      }),
      { numRuns: 100 },
    );
  });

  it('compareScenarios(a, a) is all zero', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const c = compareScenarios([s, s], defaultDataset, { today: TODAY });
        expect(c.ok).toBe(true);
        if (!c.ok) return;
        for (const y of c.years) expect([...y.diffs, ...y.cumulative]).toEqual([0, 0, 0, 0]);
        expect(c.lifetime).toEqual([0, 0]);
        expect(c.breakEven).toEqual([{ status: 'same' }, { status: 'same' }]);
      }),
      { numRuns: 50 },
    );
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(() => computeLadder(input)).not.toThrow();
        expect(() => computeLadder({ ...(typeof input === 'object' ? input : {}), agreement: 'ks' })).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('tax grows with income and stays below it', () => {
    const year = defaultDataset.rules.tax.years.at(-1)!;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3_000_000 }), fc.integer({ min: 1, max: 100_000 }), (w, d) => {
        const a = estimateTax(w, 0, year).total;
        const b = estimateTax(w + d, 0, year).total;
        expect(b).toBeGreaterThanOrEqual(a);
        expect(a).toBeLessThanOrEqual(w);
      }),
    );
  });
});

describe('the figures without words (the calculator’s first download)', () => {
  const figures = datasetFigures(defaultDataset);
  /** A result without the provenance of its figures: what the figures alone can give. */
  const numbersOf = (r: unknown) => JSON.parse(JSON.stringify(r), (k: string, v: unknown) => (k === 'provenance' ? undefined : v));

  it('src/generated/dataset-figures.json is datasetFigures(defaultDataset) (else run `npm run data:bundle`)', () => {
    expect(generatedFigures).toEqual(figures);
  });

  // Working conditions are left out of the first download (the elements show them once the full
  // dataset has loaded), so they are not compared.
  const PROVENANCE_ONLY = new Set(['sources', 'source', 'derived', 'conditions']);

  it('has no words or sources left, and keeps every number, date and flag of every table', () => {
    const text = JSON.stringify(figures);
    expect(text).not.toMatch(/https?:\/\//);
    for (const source of Object.values(defaultDataset.agreements.ks.sources)) expect(text).not.toContain(source.title);
    let compared = 0;
    const walk = (a: unknown, b: unknown, path: string): void => {
      if (typeof a === 'number' || typeof a === 'boolean' || (typeof a === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(a))) {
        expect(b, path).toBe(a);
        compared++;
      } else if (a && typeof a === 'object') {
        expect(b, path).toBeTypeOf('object');
        // `sources`, source ids, the WORD_KEYS and how a step was derived serve only the provenance.
        for (const [k, v] of Object.entries(a))
          if (!PROVENANCE_ONLY.has(k) && !WORD_KEYS.has(k)) walk(v, (b as Record<string, unknown>)[k], `${path}.${k}`);
      }
    };
    walk(defaultDataset, figures, 'dataset');
    expect(compared).toBeGreaterThan(300);
    // Earlier tables too: a page with a pinned tariff-date computes from the first download.
    const tableDates = (d: typeof figures) => Object.values(d.agreements).map((a) => a?.tables?.map((t) => t.effectiveFrom));
    expect(tableDates(figures)).toEqual(tableDates(defaultDataset));
    expect(tableDates(figures).flat().length).toBeGreaterThan(15);
    expect(text).not.toContain('"conditions"');
  });

  it('gives the same ladder (every number, note, date and step) as the full dataset for every table date, only without provenance', () => {
    fc.assert(
      fc.property(scenarioArb, fc.boolean(), (s, dated) => {
        if (!dated) s = { ...s, tariffDate: null };
        const full = computeLadder(s, defaultDataset);
        const fromFigures = computeLadder(s, figures);
        expect(full.ok).toBe(true);
        expect(numbersOf(fromFigures)).toEqual(numbersOf(full));
      }),
      { numRuns: 300 },
    );
  });
});
