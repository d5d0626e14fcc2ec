/** The estimate's floor (src/model/rules/floor.ts): a minimum pay does not fall as ansiennitet grows. */
import { describe, expect, it } from 'vitest';
import { applyFloor, type Floor } from '../../../src/model/rules/floor.js';
import type { StepEstimate } from '../../../src/model/rules/estimate.js';

const estimate = (low: number, high: number | null, asOf = '2025-05-01'): StepEstimate => ({
  from: low,
  low,
  high,
  rounds: [{ effectiveFrom: asOf } as StepEstimate['rounds'][number]],
});

describe('applyFloor', () => {
  it.each<[string, Floor | null, StepEstimate, number | undefined, number, Floor | undefined]>([
    ['the first step sets the floor', null, estimate(450_000, 460_000), undefined, 450_000, { step: 6, low: 450_000, asOf: '2025-05-01' }],
    [
      'a lower bound below the floor is raised to it',
      { step: 0, low: 450_000, asOf: '2025-05-01' },
      estimate(440_000, 470_000),
      0,
      450_000,
      { step: 0, low: 450_000, asOf: '2025-05-01' },
    ],
    [
      'never above the high bound',
      { step: 0, low: 450_000, asOf: '2025-05-01' },
      estimate(440_000, 445_000),
      undefined,
      440_000,
      { step: 0, low: 450_000, asOf: '2025-05-01' },
    ],
    [
      'a higher bound becomes the floor',
      { step: 0, low: 450_000, asOf: '2025-05-01' },
      estimate(460_000, null),
      undefined,
      460_000,
      { step: 6, low: 460_000, asOf: '2025-05-01' },
    ],
    [
      'a floor estimated to another date does not count',
      { step: 0, low: 450_000, asOf: '2024-05-01' },
      estimate(440_000, 470_000),
      undefined,
      440_000,
      { step: 6, low: 440_000, asOf: '2025-05-01' },
    ],
  ])('%s', (_, before, e, step, low, after) => {
    const floors = new Map<string, Floor>(before ? [['g', before]] : []);
    expect(applyFloor(floors, 'g', 6, e)).toBe(step);
    expect(e.low).toBe(low);
    expect(floors.get('g')).toEqual(after);
  });
});
