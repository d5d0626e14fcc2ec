/** The tax estimate (src/model/rules/tax.ts) with the 2026 rules, worked by hand from the published rates. */
import { describe, expect, it } from 'vitest';
import { defaultDataset, estimateTax, type TaxArea } from '../../../src/model/index.js';
import { taxYearFor } from '../../../src/model/rules/tax.js';

// 2026 (efacta-skattesatser-2025-2026, pay-data-2026-12.md): 22 % (18.5 % in innsatssonen, finnmarksfradrag
// 45 000), personfradrag 114 540, minstefradrag 46 % up to 95 700, trinnskatt 1.7 % from 226 100 and 4 % from
// 318 300, trygdeavgift 7.6 % above 99 650 phased in at 25 %.
const Y2026 = taxYearFor(defaultDataset.rules.tax, 2026);

describe('estimateTax (2026)', () => {
  it.each<[string, number, number, TaxArea, { incomeTax: number; trinnskatt: number; trygdeavgift: number; total: number }]>([
    [
      // minstefradrag 95 700; ordinary 437 300 − 95 700 − 8 746 − 114 540 = 218 314 × 22 %
      '437 300 kr, pension premium 8 746 kr',
      437_300,
      8_746,
      'standard',
      { incomeTax: 48_029.08, trinnskatt: 1_567.4 + 4_760, trygdeavgift: 33_234.8, total: 87_591.28 },
    ],
    [
      // ordinary 332 854 − 45 000 − 114 540 = 173 314 × 18.5 %
      'the same in innsatssonen',
      437_300,
      8_746,
      'innsatssonen',
      { incomeTax: 32_063.09, trinnskatt: 6_327.4, trygdeavgift: 33_234.8, total: 71_625.29 },
    ],
    // Below the personfradrag and the trygdeavgift's lower limit: nothing.
    ['90 000 kr', 90_000, 0, 'standard', { incomeTax: 0, trinnskatt: 0, trygdeavgift: 0, total: 0 }],
    ['no pay', 0, 0, 'standard', { incomeTax: 0, trinnskatt: 0, trygdeavgift: 0, total: 0 }],
  ])('%s', (_, wages, premium, area, expected) => {
    const t = estimateTax(wages, premium, Y2026, area);
    for (const [key, value] of Object.entries(expected)) expect(t[key as keyof typeof expected]).toBeCloseTo(value, 6);
  });

  it.each([
    [2026, 2026],
    [2031, Math.max(...defaultDataset.rules.tax.years.map((t) => t.year))],
    [1990, defaultDataset.rules.tax.years[0].year],
  ])('taxYearFor(%i) → the rules of %i', (year, expected) => {
    expect(taxYearFor(defaultDataset.rules.tax, year).year).toBe(expected);
  });
});
