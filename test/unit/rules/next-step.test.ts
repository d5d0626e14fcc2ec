/** The next seniority step (src/model/rules/next-step.ts), in today's kroner. */
import { describe, expect, it } from 'vitest';
import type { LadderRow } from '../../../src/model/index.js';
import { findNextStep } from '../../../src/model/rules/next-step.js';

// KS fagarbeider from 1.5.2024 (delta-helsesekretaer-privat-2024 and its derived steps): 0–4 years 437 300, 6 years 441 500.
const row = (years: number, tariffMinimum: number, growthFactor = 1, group = 'fagarbeider') =>
  ({ years, tariffMinimum: tariffMinimum * growthFactor, growthFactor, group }) as LadderRow;
const ks = [0, 1, 2, 3, 4, 5].map((y) => row(y, 437_300)).concat([row(6, 441_500), row(7, 441_500)]);

describe('findNextStep', () => {
  it.each([
    ['from 0 years, full time', ks, 0, 100, { years: 6, inYears: 6, tariffMinimum: 441_500, increase: 4_200, increaseForPosition: 4_200 }],
    ['from 4 years at 80 %', ks, 4, 80, { years: 6, inYears: 2, tariffMinimum: 441_500, increase: 4_200, increaseForPosition: 3_360 }],
    ['at the top', ks, 6, 100, null],
    [
      'growth taken out',
      [row(0, 437_300), row(1, 437_300, 1.03), row(2, 441_500, 1.0609)],
      0,
      100,
      { years: 2, inYears: 2, tariffMinimum: 441_500, increase: 4_200, increaseForPosition: 4_200 },
    ],
    ['another group does not count', [row(0, 437_300), row(1, 459_300, 1, 'fagarbeider-fagskole')], 0, 100, null],
  ])('%s', (_, rows, from, position, expected) => {
    const next = findNextStep(rows, from, position);
    if (expected === null) expect(next).toBeNull();
    else for (const [key, value] of Object.entries(expected)) expect(next?.[key as keyof typeof expected]).toBeCloseTo(value, 6);
  });
});
