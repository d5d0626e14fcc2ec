/** The estimate past the newest table (src/model/rules/estimate.ts), one round at a time, by hand. */
import { describe, expect, it } from 'vitest';
import { defaultDataset, type PayRound } from '../../../src/model/index.js';
import { estimateStep, type RiseBasis } from '../../../src/model/rules/estimate.js';

const round = (r: Partial<PayRound>): PayRound => ({ effectiveFrom: '2025-05-01', source: 's', quote: 'q', ...r });
// KS 2025 (dagsavisen, pay-data-2026.md §1.2): 14 500–21 200 kr, Unio's groups (hoyskole) 15 200–21 200 kr, frame 4.4 %.
const KS_2025 = round({ rise: { minNok: 14_500, maxNok: 21_200 }, groups: { hoyskole: { minNok: 15_200, maxNok: 21_200 } } });

describe('estimateStep', () => {
  it.each<[string, string, number, PayRound, number, number | null, RiseBasis, RiseBasis | null]>([
    ['KS 2025 for fagarbeider: the general range', 'fagarbeider', 437_300, KS_2025, 451_800, 458_500, 'general', 'general'],
    ['KS 2025 for hoyskole: the group range', 'hoyskole', 485_400, KS_2025, 500_600, 506_600, 'group', 'group'],
    [
      'only a frame of 4.4 %: + 0 low, + 4.4 % high',
      'fagarbeider',
      437_300,
      round({ framePercent: 4.4 }),
      437_300,
      456_541.2,
      'none',
      'frame',
    ],
    // Spekter 2024 (delta, pay-data-2026.md): at least 22 000, 3.7 % above 594 595.
    [
      '3.7 %, at least 22 000, on 700 000',
      'g',
      700_000,
      round({ rise: { minNok: 22_000, minPercent: 3.7 } }),
      725_900,
      null,
      'percent',
      null,
    ],
    [
      '3.7 %, at least 22 000, on 437 300',
      'g',
      437_300,
      round({ rise: { minNok: 22_000, minPercent: 3.7 } }),
      459_300,
      null,
      'general',
      null,
    ],
  ])('%s', (_, group, amount, r, low, high, lowBasis, highBasis) => {
    const e = estimateStep(defaultDataset.agreements.ks, group, amount, [r])!;
    expect(e.low).toBeCloseTo(low, 6);
    if (high === null) expect(e.high).toBeNull();
    else expect(e.high).toBeCloseTo(high, 6);
    expect([e.rounds[0].lowBasis, e.rounds[0].highBasis]).toEqual([lowBasis, highBasis]);
  });

  it('no rounds: no estimate', () => {
    expect(estimateStep(defaultDataset.agreements.ks, 'fagarbeider', 437_300, [])).toBeNull();
  });
});
