/** Market pay (src/model/rules/market.ts): SSB's month figures, and a year as 12 months, beside the tariff. */
import { describe, expect, it } from 'vitest';
import { defaultDataset, marketPay } from '../../../src/model/index.js';

// SSB table 11418, 2025, helsesekretærer (STYRK 3256), read from a public copy (data/market/ssb.json).
describe('marketPay', () => {
  it.each([
    ['median', 45_710, 548_520],
    ['p25', 43_490, 521_880],
    ['p75', 47_580, 570_960],
    ['mean', 45_500, 546_000],
  ] as const)('%s: %i kr a month → %i kr a year', (figure, monthly, annual) => {
    const m = marketPay(defaultDataset)!;
    expect(m.monthly[figure]).toBe(monthly);
    expect(m.annual[figure]).toBe(annual);
  });
});
