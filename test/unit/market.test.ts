/** SSB's pay statistics (data/market/ssb.json), as the model hands them to the elements. */
import { describe, expect, it } from 'vitest';
import { computeLadder, defaultDataset, marketPay, type Dataset } from '../../src/model/index.js';

describe('marketPay', () => {
  it('helsesekretærer, SSB 2025 (table 11418, occupation 3256): the published month figures and ×12 a year', () => {
    const m = marketPay(defaultDataset)!;
    expect(m).toMatchObject({ year: 2025, styrk: '3256', measure: 'monthlyEarnings' });
    expect(m.monthly).toEqual({ median: 45_710, p25: 43_490, p75: 47_580, mean: 45_500 });
    // 45 710 × 12 = 548 520; 43 490 × 12 = 521 880; 47 580 × 12 = 570 960; 45 500 × 12 = 546 000.
    expect(m.annual).toEqual({ median: 548_520, p25: 521_880, p75: 570_960, mean: 546_000 });
    expect(m.sectors).toEqual({
      private: { median: 45_420, mean: 45_280 },
      municipal: { median: 45_690, mean: 46_060 },
      state: { median: 45_750, mean: 45_580 },
    });
  });

  it('says where the figures come from, and that they were read from a copy (secondary)', () => {
    const p = marketPay(defaultDataset)!.provenance;
    expect(p.source?.url).toBe('https://www.ssb.no/statbank/table/11418');
    expect(p).toMatchObject({ verification: 'secondary', verified: false });
    expect(p.note).toContain('offentlig kopi');
  });

  it('a dataset without pay statistics, or an occupation without them, gives null (nothing is shown)', () => {
    const { market: _market, ...without } = defaultDataset;
    expect(marketPay(without as Dataset)).toBeNull();
    expect(marketPay(defaultDataset, 'tannhelsesekretaer')).toBeNull();
  });

  it('is never part of a tariff figure or the estimate: the ladder is the same with and without it', () => {
    const { market: _market, ...without } = defaultDataset;
    const input = { yearsExperience: 10, education: 'hoyskole' as const };
    const a = computeLadder(input, defaultDataset, { today: '2026-12-06' });
    const b = computeLadder(input, without, { today: '2026-12-06' });
    expect(a.ok && b.ok).toBe(true);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});
