/** comparedValue (src/model/compare.ts): the value compared in one ladder row, and that it is what compareScenarios compares. */
import { describe, expect, it } from 'vitest';
import { comparedValue, type CompareMetric, type CompareOptions } from '../../src/model/compare.js';
import { compareScenarios, defaultDataset } from '../../src/model/index.js';
import type { LadderRow } from '../../src/model/ladder-types.js';
import { TODAY } from './helpers.js';

const row = (grossAnnual: number, netAnnualEstimate: number, studyCost: number, growthFactor: number) =>
  ({ grossAnnual, netAnnualEstimate, studyCost, growthFactor }) as LadderRow;

describe('comparedValue', () => {
  const cases: Array<[string, LadderRow, CompareMetric, CompareOptions['kroner'], number]> = [
    ['gross, nominal', row(500000, 380000, 0, 1.1), 'grossAnnual', 'nominal', 500000],
    ['gross, default kroner is nominal', row(500000, 380000, 0, 1.1), 'grossAnnual', undefined, 500000],
    ['net, nominal', row(500000, 380000, 0, 1.1), 'netAnnualEstimate', 'nominal', 380000],
    ['study costs subtracted', row(200000, 170000, 30000, 1), 'grossAnnual', 'nominal', 170000],
    ['study costs subtracted from net', row(200000, 170000, 30000, 1), 'netAnnualEstimate', 'nominal', 140000],
    ["today's kroner: divided by growth", row(550000, 400000, 0, 1.1), 'grossAnnual', 'today', 550000 / 1.1],
    ["today's kroner after study costs", row(220000, 180000, 22000, 1.1), 'grossAnnual', 'today', 198000 / 1.1],
    ['a year without pay, only costs', row(0, 0, 25000, 1), 'grossAnnual', 'nominal', -25000],
  ];
  it.each(cases)('%s', (_, r, metric, kroner, expected) => {
    expect(comparedValue(r, metric, kroner)).toBe(expected);
  });

  it.each([
    ['grossAnnual', 'nominal'],
    ['netAnnualEstimate', 'today'],
  ] as const)('is what compareScenarios compares (%s, %s)', (metric, kroner) => {
    const r = compareScenarios([{ yearsExperience: 4 }, { yearsExperience: 4, positionPercent: 80 }], defaultDataset, {
      today: TODAY,
      metric,
      kroner,
    });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.years.length).toBeGreaterThan(0);
    for (const y of r.years) expect(y.values).toEqual(r.ladders.map((l) => comparedValue(l.rows[y.years], metric, kroner)));
  });
});
