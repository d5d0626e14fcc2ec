/**
 * Innsatssonen (Finnmark and the 7 northernmost Troms municipalities): 18.5 % on ordinary income
 * and the finnmarksfradrag (45 000 kr in 2026), worked by hand. Sources: regjeringen.no,
 * "Skattesatser 2026" and "Så mye kan man spare ved å bo i Finnmark og Nord-Troms".
 */
import { describe, expect, it } from 'vitest';
import { computeLadder, defaultDataset, estimateTax, type TaxYear } from '../../src/model/index.js';
import { TODAY } from './helpers.js';

const base = defaultDataset.rules.tax.years.find((t) => t.year === 2026)!;
/** 2026 with the zone's figures as the sources print them (data/ is pinned in data-golden.test.ts). */
const t2026: TaxYear = { ...base, innsatssonen: { ordinaryRate: 18.5, finnmarksfradrag: 45_000, source: base.source } };

describe('estimateTax in innsatssonen (2026), worked by hand', () => {
  // minstefradrag 46 %, at most 95 700; personfradrag 114 540; trinnskatt from 226 100 (1.7 %) and
  // 318 300 (4 %); trygdeavgift 7.6 %.
  it('250 000 kr: the fradrag takes ordinary income to 0 (no income tax; 8 747.20 outside the zone)', () => {
    const zone = estimateTax(250_000, 0, t2026, 'innsatssonen');
    // 250 000 − 95 700 − 45 000 − 114 540 < 0
    expect(zone.incomeTax).toBe(0);
    expect(zone.finnmarksfradrag).toBe(45_000);
    expect(zone.trinnskatt).toBeCloseTo((250_000 - 226_100) * 0.017, 6); // 406.30
    expect(zone.trygdeavgift).toBeCloseTo(19_000, 6);
    expect(zone.total).toBeCloseTo(19_406.3, 6);
    const standard = estimateTax(250_000, 0, t2026, 'standard');
    expect(standard.incomeTax).toBeCloseTo((250_000 - 95_700 - 114_540) * 0.22, 6); // 8 747.20
    expect(standard.finnmarksfradrag).toBe(0);
  });

  it('300 000 kr: 18.5 % of 44 760', () => {
    const zone = estimateTax(300_000, 0, t2026, 'innsatssonen');
    expect(zone.incomeTax).toBeCloseTo(44_760 * 0.185, 6); // 8 280.60
    expect(zone.total).toBeCloseTo(8_280.6 + 1_256.3 + 22_800, 6); // 32 336.90
  });

  it('500 000 kr: 18.5 % of 244 760, trinnskatt 8 835.40, trygdeavgift 38 000', () => {
    const zone = estimateTax(500_000, 0, t2026, 'innsatssonen');
    expect(zone.incomeTax).toBeCloseTo(45_280.6, 6);
    expect(zone.trinnskatt).toBeCloseTo(1_567.4 + 7_268, 6);
    expect(zone.total).toBeCloseTo(92_116, 6);
    // Outside the zone: 22 % of 289 760 = 63 747.20, i.e. 18 466.60 more.
    expect(estimateTax(500_000, 0, t2026).total - zone.total).toBeCloseTo(18_466.6, 6);
  });

  it('a tax year without the zone figures: ordinary rules, and the ladder says so', () => {
    const without: TaxYear = { ...base };
    delete without.innsatssonen;
    expect(estimateTax(300_000, 0, without, 'innsatssonen')).toEqual(estimateTax(300_000, 0, without));
    const data = structuredClone(defaultDataset);
    for (const y of data.rules.tax.years) delete y.innsatssonen;
    const r = computeLadder({ taxArea: 'innsatssonen' }, data, { today: TODAY });
    expect(r.ok && r.notes.some((n) => n.id === 'taxAreaMissing')).toBe(true);
  });

  it('the scenario field: only `standard` and `innsatssonen`', () => {
    const bad = computeLadder({ taxArea: 'finnmark' }, defaultDataset, { today: TODAY });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors).toEqual([{ field: 'taxArea', code: 'unknownValue', params: { allowed: 'standard, innsatssonen' } }]);
  });
});
