/** Fixed supplements (src/model/rules/supplements.ts): kroner, or % of the tariff minimum; their sum with it. */
import { describe, expect, it } from 'vitest';
import { amountOf, fullTimePay, supplements } from '../../../src/model/rules/supplements.js';
import type { Amount } from '../../../src/model/index.js';

// 437 300 kr: KS fagarbeider from 1.5.2024 (delta-helsesekretaer-privat-2024, pay-data.md §1).
const KS_2024 = 437_300;

describe('supplements', () => {
  it.each<[string, Amount, number]>([
    ['kroner a year as given', { unit: 'nok', value: 12_000 }, 12_000],
    ['5 % of the tariff minimum', { unit: 'percent', value: 5 }, 21_865],
    ['0 %', { unit: 'percent', value: 0 }, 0],
  ])('amountOf: %s', (_, amount, expected) => {
    expect(amountOf(amount, KS_2024)).toBeCloseTo(expected, 6);
  });

  it.each<[string, number, Amount, Amount, number]>([
    ['none', 0, { unit: 'nok', value: 0 }, { unit: 'nok', value: 0 }, 437_300],
    ['responsibility 5 % and individual 12 000 kr', 0, { unit: 'percent', value: 5 }, { unit: 'nok', value: 12_000 }, 471_165],
    ['a local education supplement of 10 000 kr', 10_000, { unit: 'nok', value: 0 }, { unit: 'nok', value: 0 }, 447_300],
  ])('fullTimePay: %s', (_, local, responsibility, individual, expected) => {
    expect(fullTimePay(KS_2024, supplements(KS_2024, local, responsibility, individual))).toBeCloseTo(expected, 6);
  });
});
