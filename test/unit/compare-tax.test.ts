import { describe, expect, it } from 'vitest';
import { compareScenarios, defaultDataset, estimateTax } from '../../src/model/index.js';
import { compare, TODAY } from './helpers.js';

describe('compareScenarios', () => {
  it('kommune vs sykehus: per-year and cumulative differences, worked from the 2024 tables', () => {
    const c = compare({ agreement: 'ks' }, { agreement: 'spekter' });
    // Year 0: KS 437 300, Spekter 436 000 → −1 300. Year 4: 437 300 vs 441 000 → +3 700.
    expect(c.years[0].diffs).toEqual([0, -1_300]);
    expect(c.years[4].diffs).toEqual([0, 3_700]);
    expect(c.years[1].cumulative).toEqual([0, -2_600]);
    expect(c.years).toHaveLength(46);
    expect(c.lifetime[1]).toBe(c.years.at(-1)!.cumulative[1]);
  });

  it('fagskole with cost and a term without pay pays for itself after a computed number of years', () => {
    // 2023 tables. Year 0: the fagskole path studies 6 months unpaid and pays 20 000 kr:
    // 415 300 / 2 − 20 000 = 187 650 vs 415 300 → −227 650.
    // From year 1 on the fagskole path earns 437 300 − 415 300 = 22 000 more a year (0–5 yrs),
    // 441 500 − 419 500 = 22 000 (6–7), 452 900 − 430 900 = 22 000 (8–9), 494 700 − 474 700 = 20 000 (10–15).
    // Cumulative: −227 650 + 22 000 × 9 = −29 650 after year 9; + 20 000 → −9 650 after year 10; +10 350 after year 11.
    const c = compare(
      { tariffDate: '2023-05-01' },
      { tariffDate: '2023-05-01', events: [{ type: 'education', year: 1, education: 'fagskole', studyCost: 20_000, monthsWithoutPay: 6 }] },
    );
    expect(c.years[0].diffs[1]).toBeCloseTo(-227_650, 6);
    expect(c.years[10].cumulative[1]).toBeCloseTo(-9_650, 6);
    expect(c.years[11].cumulative[1]).toBeCloseTo(10_350, 6);
    expect(c.breakEven[1]).toEqual({ status: 'paysOff', year: 11, afterYears: 11 });
    expect(c.breakEven[0]).toEqual({ status: 'same' });
  });

  it('a path that is never behind is "ahead"; one that never catches up is "never"', () => {
    const c = compare({ education: 'helsesekretaer' }, { education: 'hoyskole' }, { education: 'none' });
    expect(c.breakEven[1]).toEqual({ status: 'ahead' });
    expect(c.breakEven[2]).toEqual({ status: 'never' });
  });

  it('compares from the baseline’s current year, over the shortest horizon, on net pay when asked', () => {
    const r = compareScenarios([{ yearsExperience: 5, horizon: 30 }, { horizon: 20 }], defaultDataset, {
      metric: 'netAnnualEstimate',
      today: TODAY,
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.years[0].years).toBe(5);
    expect(r.years.at(-1)!.years).toBe(20);
    expect(r.years[0].values[0]).toBe(r.ladders[0].rows[5].netAnnualEstimate);
  });

  it("in today's kroner, assumed growth is taken out again", () => {
    const withGrowth = compareScenarios([{ annualGrowth: 3 }, { annualGrowth: 3, positionPercent: 80 }], defaultDataset, {
      kroner: 'today',
      today: TODAY,
    });
    const without = compare({}, { positionPercent: 80 });
    expect(withGrowth.ok).toBe(true);
    if (!withGrowth.ok) return;
    withGrowth.years.forEach((y, i) => {
      expect(y.values[0]).toBeCloseTo(without.years[i].values[0], 6);
      expect(y.cumulative[1]).toBeCloseTo(without.years[i].cumulative[1], 4);
    });
    const nominal = compareScenarios([{ annualGrowth: 3 }], defaultDataset, { today: TODAY });
    expect(nominal.ok && nominal.years[10].values[0]).toBeCloseTo(496_700 * 1.03 ** 10, 4);
  });

  it('reports the errors of each invalid scenario with its index', () => {
    const r = compareScenarios([{}, { positionPercent: 300 }, { agreement: 'x' }], defaultDataset);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.index)).toEqual([1, 2]);
    expect(compareScenarios([], defaultDataset).ok).toBe(false);
  });
});

describe('estimateTax (2026 rules), worked by hand', () => {
  const y2026 = defaultDataset.rules.tax.years.find((t) => t.year === 2026)!;

  it('300 000 kr', () => {
    // minstefradrag min(138 000, 95 700) = 95 700; ordinary 300 000 − 95 700 − 114 540 = 89 760 → 19 747.20
    // trinnskatt (300 000 − 226 100) × 1.7 % = 1 256.30; trygdeavgift 7.6 % = 22 800
    const t = estimateTax(300_000, 0, y2026);
    expect(t.incomeTax).toBeCloseTo(19_747.2, 2);
    expect(t.trinnskatt).toBeCloseTo(1_256.3, 2);
    expect(t.trygdeavgift).toBeCloseTo(22_800, 2);
    expect(t.total).toBeCloseTo(43_803.5, 2);
  });

  it('600 000 kr', () => {
    // ordinary 389 760 → 85 747.20; trinnskatt 1 567.40 + 281 700 × 4 % = 12 835.40; trygdeavgift 45 600
    expect(estimateTax(600_000, 0, y2026).total).toBeCloseTo(85_747.2 + 12_835.4 + 45_600, 2);
  });

  it('1 000 000 kr: four trinnskatt steps', () => {
    // trinnskatt 1 567.40 + 406 750 × 4 % + 255 050 × 13.7 % + 19 900 × 16.8 % = 56 122.45
    const t = estimateTax(1_000_000, 0, y2026);
    expect(t.trinnskatt).toBeCloseTo(56_122.45, 2);
    expect(t.total).toBeCloseTo(173_747.2 + 56_122.45 + 76_000, 2);
  });

  it('110 000 kr: trygdeavgift phased in at 25 % above 99 650, no income tax', () => {
    const t = estimateTax(110_000, 0, y2026);
    expect(t.trygdeavgift).toBeCloseTo(2_587.5, 2);
    expect(t.incomeTax).toBe(0);
    expect(estimateTax(99_000, 0, y2026).total).toBe(0);
    expect(estimateTax(0, 0, y2026).total).toBe(0);
  });
});
