/**
 * The 2027 tax rules: the government's proposal, Prop. 1 LS (2026–2027) Tabell 1.5 and the proposed
 * skattevedtak §§ 3-1, 6-1, 6-3 (data/rules/tax.json). Every total below is worked by hand from those
 * parameters, written out, not taken from the code:
 *   personfradrag 120 180; minstefradrag 46 % up to 99 550; ordinary income 22 % (innsatssonen 18.5 %,
 *   finnmarksfradrag 45 000); trinnskatt from 235 150 / 331 050 / 754 050 / 1 019 300 / 1 525 900 at
 *   1.7 / 4.0 / 13.7 / 16.8 / 17.8 %; trygdeavgift 7.4 %, nothing up to 99 650, at most 25 % of the excess.
 */
import { describe, expect, it } from 'vitest';
import { computeLadder, defaultDataset, estimateTax, paySchedule } from '../../src/model/index.js';

const y2027 = defaultDataset.rules.tax.years.find((y) => y.year === 2027)!;

describe('estimateTax with the 2027 proposal, worked by hand', () => {
  it.each([
    {
      wages: 110_000,
      // minstefradrag min(46 % × 110 000 = 50 600, 99 550) = 50 600; ordinary 110 000 − 50 600 − 120 180 < 0 → 0.
      // trinnskatt 0 (below 235 150). trygdeavgift min(7.4 % × 110 000 = 8 140, 25 % × (110 000 − 99 650) = 2 587.50).
      incomeTax: 0,
      trinnskatt: 0,
      trygdeavgift: 2_587.5,
      total: 2_587.5,
    },
    {
      wages: 200_000,
      // minstefradrag 92 000; ordinary 200 000 − 92 000 − 120 180 < 0 → 0; trinnskatt 0;
      // trygdeavgift min(14 800, 25 % × 100 350 = 25 087.50) = 14 800.
      incomeTax: 0,
      trinnskatt: 0,
      trygdeavgift: 14_800,
      total: 14_800,
    },
    {
      wages: 500_000,
      // minstefradrag 99 550 (46 % would be 230 000); ordinary 500 000 − 99 550 − 120 180 = 280 270 × 22 % = 61 659.40.
      // trinnskatt 1.7 % × (331 050 − 235 150 = 95 900) = 1 630.30 + 4 % × (500 000 − 331 050 = 168 950) = 6 758 → 8 388.30.
      // trygdeavgift 7.4 % × 500 000 = 37 000. Total 107 047.70.
      incomeTax: 61_659.4,
      trinnskatt: 8_388.3,
      trygdeavgift: 37_000,
      total: 107_047.7,
    },
    {
      wages: 800_000,
      // ordinary 800 000 − 99 550 − 120 180 = 580 270 × 22 % = 127 659.40.
      // trinnskatt 1 630.30 + 4 % × 423 000 = 16 920 + 13.7 % × (800 000 − 754 050 = 45 950) = 6 295.15 → 24 845.45.
      // trygdeavgift 59 200. Total 211 704.85.
      incomeTax: 127_659.4,
      trinnskatt: 24_845.45,
      trygdeavgift: 59_200,
      total: 211_704.85,
    },
    {
      wages: 1_200_000,
      // ordinary 1 200 000 − 99 550 − 120 180 = 980 270 × 22 % = 215 659.40.
      // trinnskatt 1 630.30 + 16 920 + 13.7 % × 265 250 = 36 339.25 + 16.8 % × (1 200 000 − 1 019 300 = 180 700) = 30 357.60
      // → 85 247.15. trygdeavgift 88 800. Total 389 706.55.
      incomeTax: 215_659.4,
      trinnskatt: 85_247.15,
      trygdeavgift: 88_800,
      total: 389_706.55,
    },
  ])('$wages kr: total $total kr', ({ wages, incomeTax, trinnskatt, trygdeavgift, total }) => {
    const t = estimateTax(wages, 0, y2027);
    expect(t.incomeTax).toBeCloseTo(incomeTax, 6);
    expect(t.trinnskatt).toBeCloseTo(trinnskatt, 6);
    expect(t.trygdeavgift).toBeCloseTo(trygdeavgift, 6);
    expect(t.total).toBeCloseTo(total, 6);
  });

  it('500 000 kr in innsatssonen: (280 270 − 45 000) × 18.5 % = 43 524.95, total 88 913.25', () => {
    const t = estimateTax(500_000, 0, y2027, 'innsatssonen');
    expect(t.finnmarksfradrag).toBe(45_000);
    expect(t.incomeTax).toBeCloseTo(43_524.95, 6);
    expect(t.total).toBeCloseTo(88_913.25, 6);
  });

  it('is stored as proposed, read from a copy, with the proposition as its source', () => {
    expect(y2027.status).toBe('proposed');
    expect(y2027.verification).toBe('secondary');
    expect(defaultDataset.rules.tax.sources[y2027.source].url).toContain('prop.-1-ls-20262027');
    expect(y2027.note).toContain('forslag');
    // The years before are adopted, and 46 % minstefradrag is no longer marked unverified.
    for (const y of defaultDataset.rules.tax.years.filter((t) => t.year < 2027)) {
      expect(y.status).toBe('adopted');
      expect(y.unverified ?? []).not.toContain('minstefradragPercent');
    }
  });
});

describe('which tax year the model uses', () => {
  const ladderOn = (today: string, input: object = {}) => {
    const r = computeLadder(input, defaultDataset, { today });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    return r;
  };

  it('the ladder uses the year of today: 2026 on 2026-12-06, the 2027 proposal from 1 January 2027, and says it is proposed', () => {
    const dec = ladderOn('2026-12-06');
    expect([dec.taxYear, dec.taxStatus]).toEqual([2026, 'adopted']);
    expect(dec.notes.map((n) => n.id)).not.toContain('taxProposed');
    const jan = ladderOn('2027-01-15');
    expect([jan.taxYear, jan.taxStatus]).toEqual([2027, 'proposed']);
    expect(jan.notes).toContainEqual({ id: 'taxProposed', params: { year: 2027 } });
    expect(jan.provenance.tax).toMatchObject({ status: 'proposed', verification: 'secondary', verified: false });
  });

  it('a year past the data uses the newest rules; a chosen tax year wins', () => {
    expect(ladderOn('2029-03-01').taxYear).toBe(2027);
    expect(ladderOn('2027-01-15', { taxYear: 2025 }).taxYear).toBe(2025);
  });

  it('500 000 kr (fixed pay through an individual supplement) nets 32 746.03 kr a month under the 2027 proposal', () => {
    // A private employer without an agreement: the employee pays no pension premium (OTP). 437 300 + 62 700 = 500 000.
    const r = ladderOn('2027-01-15', { agreement: 'private', individualSupplement: { unit: 'nok', value: 62_700 } });
    expect(r.current.grossAnnual).toBe(500_000);
    expect(r.current.pensionContribution).toBe(0);
    // (500 000 − 107 047.70) / 12 = 32 746.025
    expect(r.current.netMonthlyEstimate).toBeCloseTo(32_746.025, 6);
  });

  it('paySchedule for 2027 uses the 2027 proposal and says so (no "other year" note)', () => {
    const r = paySchedule({ agreement: 'ks', yearsExperience: 5 }, defaultDataset, { year: 2027 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.summary.taxYear).toBe(2027);
    expect(r.summary.taxStatus).toBe('proposed');
    expect(r.summary.notes.map((n) => n.id)).toContain('taxProposed');
    expect(r.summary.notes.map((n) => n.id)).not.toContain('taxRulesOfOtherYear');
    const y2026 = paySchedule({ agreement: 'ks', yearsExperience: 5 }, defaultDataset, { year: 2026 });
    expect(y2026.ok && [y2026.summary.taxYear, y2026.summary.taxStatus]).toEqual([2026, 'adopted']);
  });
});
