/** Study leave (src/model/rules/study-leave.ts): months without pay and the cost fall in the year before the new education. */
import { describe, expect, it } from 'vitest';
import type { ScenarioEvent } from '../../../src/model/index.js';
import { studyLeave, unpaidStudy } from '../../../src/model/rules/study-leave.js';

const events: ScenarioEvent[] = [
  { type: 'education', year: 3, education: 'fagskole', monthsWithoutPay: 6, studyCost: 20_000 },
  { type: 'responsibility', year: 5, supplement: { unit: 'nok', value: 10_000 } },
];

describe('studyLeave', () => {
  it.each([
    [1, { months: 0, studyCost: 0 }],
    [2, { months: 6, studyCost: 20_000 }],
    [3, { months: 0, studyCost: 0 }],
    [4, { months: 0, studyCost: 0 }],
  ])('year %i → %o', (years, expected) => {
    expect(studyLeave(events, years)).toEqual(expected);
  });

  it.each([
    [480_000, 6, 240_000],
    [437_300, 12, 437_300],
    [437_300, 0, 0],
    [360_000, 1.5, 45_000],
  ])('unpaidStudy: %i kr, %f months → %f', (pay, months, expected) => {
    expect(unpaidStudy(pay, months)).toBeCloseTo(expected, 6);
  });
});
