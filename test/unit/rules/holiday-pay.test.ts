/** Holiday pay (src/model/rules/holiday-pay.ts): 12 % by tariff, 10.2 % by law, +2.3 points from 60 up to 6 G. */
import { describe, expect, it } from 'vitest';
import { defaultDataset } from '../../../src/model/index.js';
import { gAt, holidayPayAmount } from '../../../src/model/rules/holiday-pay.js';

const { tariff, law } = defaultDataset.rules.holidayPay;
const G_2025 = 130_160; // finansavisen-g-2025 (pay-data-2026.md §4)

describe('holidayPayAmount', () => {
  // Rates: nho-feriepenger (pay-data.md §3: «10.2 % by law; 12 % with the tariff 5th week; 60+ gets +2.3 points, capped at 6G»).
  it.each([
    ['tariff, 35 years old', tariff, 437_300, 35, 52_476],
    ['law, 35 years old', law, 437_300, 35, 44_604.6],
    ['tariff, 60: + 2.3 % of the basis below 6 G', tariff, 437_300, 60, 52_476 + 10_057.9],
    ['tariff, 61, basis above 6 G: the extra on 6 G only', tariff, 900_000, 61, 108_000 + 17_962.08],
    ['law, 60', law, 437_300, 60, 44_604.6 + 10_057.9],
    ['age not given: no extra', tariff, 437_300, null, 52_476],
  ] as const)('%s', (_, rule, basis, age, expected) => {
    expect(holidayPayAmount(basis, rule, G_2025, age)).toBeCloseTo(expected, 6);
  });
});

describe('gAt', () => {
  // g.json: 124 028 from 1.5.2024, 130 160 from 1.5.2025, 136 549 from 1.5.2026.
  it.each([
    ['2024-09-01', 124_028],
    ['2025-04-30', 124_028],
    ['2025-05-01', G_2025],
    ['2026-06-01', 136_549],
  ])('%s → %i', (date, expected) => {
    expect(gAt(defaultDataset.rules.g, date)).toBe(expected);
  });
});
