/** Growth (src/model/rules/growth.ts): years ahead grow by the assumed % a year, compounded. */
import { describe, expect, it } from 'vitest';
import { growthFactor, grownTax } from '../../../src/model/rules/growth.js';

describe('growthFactor', () => {
  it.each([
    [0, 2, 3, 1],
    [2, 2, 3, 1],
    [3, 2, 3, 1.03],
    [5, 2, 3, 1.092_727],
    [10, 0, 0, 1],
  ])('year %i, now at %i, %f %% a year → %f', (years, now, growth, expected) => {
    expect(growthFactor(years, now, growth)).toBeCloseTo(expected, 6);
  });

  it('grows every figure of a tax estimate', () => {
    const t = { incomeTax: 100, trinnskatt: 20, trygdeavgift: 30, total: 150, finnmarksfradrag: 0 };
    expect(grownTax(t, 1)).toBe(t);
    expect(grownTax(t, 2)).toEqual({ incomeTax: 200, trinnskatt: 40, trygdeavgift: 60, total: 300, finnmarksfradrag: 0 });
  });
});
