/**
 * The estimate past the newest table (src/model/rules/estimate.ts), on a copy of the bundled data
 * with pay rounds written here, so the arithmetic is checked by hand independently of data/.
 * (The rounds in data/ are pinned in data-golden.test.ts.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeLadder,
  defaultDataset,
  type Dataset,
  type LadderResult,
  type PayRound,
  type ScenarioInput,
} from '../../src/model/index.js';
import { estimateStep } from '../../src/model/rules/estimate.js';

const KS_2025: PayRound = {
  effectiveFrom: '2025-05-01',
  rise: { minNok: 14_500, maxNok: 21_200 },
  groups: { hoyskole: { minNok: 15_200, maxNok: 21_200 } },
  source: 'dagsavisen-ks-2025',
  quote: 'Lønnstilleggene gis fra 1. mai 2025 og varierer mellom 14.500 kroner og 21.200 kroner',
};
const KS_2026: PayRound = { effectiveFrom: '2026-05-01', framePercent: 4.4, source: 'dagsavisen-ks-2025', quote: '4,4 %' };

/** The bundled data with KS rounds (and optionally more KS tables) of this test's own. */
function withRounds(rounds: PayRound[], extraTables: Array<{ effectiveFrom: string; groups: Record<string, unknown> }> = []): Dataset {
  const d = structuredClone<Dataset>(defaultDataset);
  d.agreements.ks.payRounds = rounds;
  d.agreements.ks.tables = [...(d.agreements.ks.tables ?? []), ...(extraTables as never[])];
  return d;
}

function ladder(input: ScenarioInput, dataset: Dataset, today: string): LadderResult {
  const r = computeLadder(input, dataset, { today });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r;
}

const data = withRounds([KS_2025, KS_2026]);

describe('estimate past the newest table, worked by hand', () => {
  it('none before the first round after the table has taken effect', () => {
    const r = ladder({}, data, '2025-04-30');
    expect(r.current.estimate).toBeNull();
    expect(r.rows.every((row) => row.estimate === null)).toBe(true);
    expect(r.notes.some((n) => n.id === 'estimate')).toBe(false);
  });

  it('after the 2025 round: KS fagarbeider 0 years 437 300 + 14 500 … + 21 200 (the general range)', () => {
    const e = ladder({}, data, '2025-06-01').current.estimate!;
    expect(e.tariffLow).toBe(437_300 + 14_500);
    expect(e.tariffHigh).toBe(437_300 + 21_200);
    expect(e.low).toBe(451_800);
    expect(e.high).toBe(458_500);
    expect(e.tableDate).toBe('2024-05-01');
    expect(e.asOf).toBe('2025-05-01');
    expect(e.rounds).toHaveLength(1);
    expect(e.rounds[0]).toMatchObject({ lowAdd: 14_500, lowBasis: 'general', highAdd: 21_200, highBasis: 'general' });
    expect(e.rounds[0].provenance.source?.url).toContain('dagsavisen');
    expect(e.rounds[0].provenance.quote).toContain('14.500');
    expect(e.provenance.kind).toBe('estimate');
  });

  it('after the 2026 round too: the high bound grows by the 4.4 % frame, the low bound by nothing published', () => {
    const e = ladder({}, data, '2026-11-26').current.estimate!;
    expect(e.tariffLow).toBe(451_800);
    expect(e.tariffHigh).toBeCloseTo(458_500 * 1.044, 6); // 478 674
    expect(e.rounds.map((r) => [r.lowBasis, r.highBasis])).toEqual([
      ['general', 'general'],
      ['none', 'frame'],
    ]);
    expect(e.asOf).toBe('2026-05-01');
  });

  it('a group with its own published range uses it (here a test range for the fagskole group)', () => {
    const round = { ...KS_2025, groups: { 'fagarbeider-fagskole': { minNok: 16_000, maxNok: 20_000 } } };
    const e = ladder({ education: 'fagskole' }, withRounds([round, KS_2026]), '2026-11-26').current.estimate!;
    expect(e.tariffLow).toBe(459_300 + 16_000);
    expect(e.tariffHigh).toBeCloseTo((459_300 + 20_000) * 1.044, 6);
    expect(e.rounds[0].lowBasis).toBe('group');
  });

  it('a step the newest table leaves out starts from the older table and adds the rounds in between (KS høyskole)', () => {
    // The 2024 table has only the 0-year cell (507 400); the other steps are from 1.5.2023.
    const KS_2024: PayRound = {
      effectiveFrom: '2024-05-01',
      rise: { minNok: 22_000, maxNok: 37_000 },
      framePercent: 5.2,
      source: 'fagforbundet-ks-2024',
      quote: 'mellom 22 000 og 37 000 kroner',
    };
    const rows = ladder({ education: 'hoyskole', yearsExperience: 10 }, withRounds([KS_2024, KS_2025, KS_2026]), '2026-11-26').rows;
    // 0 years (2024 table): 507 400 + 15 200 … (507 400 + 21 200) × 1.044 = 551 858.40; the 2024 round is not after its table.
    expect([rows[0].tariffMinimum, rows[0].tableDate]).toEqual([507_400, '2024-05-01']);
    expect(rows[0].estimate).toMatchObject({ tariffLow: 522_600, tableDate: '2024-05-01' });
    expect(rows[0].estimate!.tariffHigh).toBeCloseTo(551_858.4, 6);
    expect(rows[0].estimate!.rounds.map((r) => r.effectiveFrom)).toEqual(['2025-05-01', '2026-05-01']);
    // 10 years (2023 table): 556 600 + 22 000 + 15 200 = 593 800 … (556 600 + 37 000 + 21 200) × 1.044 = 641 851.20.
    expect([rows[10].tariffMinimum, rows[10].tableDate]).toEqual([556_600, '2023-05-01']);
    expect(rows[10].estimate).toMatchObject({ tariffLow: 593_800, tableDate: '2023-05-01', newerTable: '2024-05-01', asOf: '2026-05-01' });
    expect(rows[0].estimate!.newerTable).toBeUndefined();
    expect(rows[10].estimate!.tariffHigh).toBeCloseTo(641_851.2, 6);
    expect(rows[10].estimate!.rounds.map((r) => [r.effectiveFrom, r.lowBasis, r.highBasis])).toEqual([
      ['2024-05-01', 'general', 'general'],
      ['2025-05-01', 'group', 'group'],
      ['2026-05-01', 'none', 'frame'],
    ]);
    // 16 years: 569 100 + 22 000 + 15 200 = 606 300 … (569 100 + 37 000 + 21 200) × 1.044 = 654 901.20.
    expect(rows[16].estimate!.tariffLow).toBe(606_300);
    expect(rows[16].estimate!.tariffHigh).toBeCloseTo(654_901.2, 6);
  });

  it('without a round recorded for a newer table, such a step gets no estimate and the ladder says which table', () => {
    const r = ladder({ education: 'hoyskole', yearsExperience: 10 }, data, '2026-11-26');
    expect(r.rows[0].estimate).not.toBeNull(); // the 2024 cell: the 2025 and 2026 rounds apply
    expect(r.rows[10].estimate).toBeNull();
    expect(r.notes).toContainEqual({
      id: 'stepRiseUnknown',
      params: { group: expect.stringContaining('3-årig'), step: 10, date: '2024-05-01' },
    });
  });

  it('a step from an older table keeps at least the low bound of a lower step: a minimum pay does not fall with years', () => {
    // KS "uten krav om utdanning": 0 years 382 500 (2024) + 14 500 = 397 000. 2 years 357 700 (2023) + 22 000 + 14 500
    // = 394 200 on its own, raised to 397 000 (floorStep 0); its high bound is its own: (357 700 + 37 000 + 21 200) × 1.044.
    const KS_2024: PayRound = {
      effectiveFrom: '2024-05-01',
      rise: { minNok: 22_000, maxNok: 37_000 },
      source: 'fagforbundet-ks-2024',
      quote: '',
    };
    const rows = ladder({ education: 'none' }, withRounds([KS_2024, KS_2025, KS_2026]), '2026-11-26').rows;
    expect(rows[0].estimate).toMatchObject({ tariffLow: 397_000 });
    expect(rows[0].estimate!.floorStep).toBeUndefined();
    expect(rows[2].estimate).toMatchObject({ tariffLow: 397_000, floorStep: 0 });
    expect(rows[2].estimate!.tariffHigh).toBeCloseTo(434_199.6, 6);
    // 10 years: 417 900 + 22 000 + 14 500 = 454 400, above the floor: its own bound.
    expect(rows[10].estimate).toMatchObject({ tariffLow: 454_400 });
    expect(rows[10].estimate!.floorStep).toBeUndefined();
  });

  it('gross pay bounds follow the position size and the supplements on the estimated minimum', () => {
    const e = ladder({ positionPercent: 80, individualSupplement: { unit: 'percent', value: 10 } }, data, '2025-06-01').current.estimate!;
    expect(e.low).toBeCloseTo(451_800 * 1.1 * 0.8, 6);
    expect(e.high).toBeCloseTo(458_500 * 1.1 * 0.8, 6);
  });

  it('the published figures never change: rows are the same with and without rounds, but for `estimate`', () => {
    const plain = ladder({ yearsExperience: 7 }, defaultDataset, '2026-11-26');
    const est = ladder({ yearsExperience: 7 }, data, '2026-11-26');
    const strip = (r: LadderResult) => r.rows.map(({ estimate: _e, ...row }) => row);
    expect(strip(est)).toEqual(strip(plain));
    expect(est.current.tariffMinimum).toBe(441_500);
  });

  it('asking for the tables of a date gives no estimate', () => {
    const r = ladder({ tariffDate: '2024-06-01' }, data, '2026-11-26');
    expect(r.current.estimate).toBeNull();
  });

  it('ends by itself once a table for the round is in the data', () => {
    const table2025 = {
      effectiveFrom: '2025-05-01',
      groups: { fagarbeider: { steps: { '0': 451_800, '6': 456_000, '10': 511_000, '16': 527_600 }, source: 'dagsavisen-ks-2025' } },
    };
    const one = ladder({}, withRounds([KS_2025, KS_2026], [table2025]), '2026-11-26').current.estimate!;
    expect(one.tableDate).toBe('2025-05-01');
    expect(one.rounds.map((r) => r.effectiveFrom)).toEqual(['2026-05-01']);
    expect(one.tariffLow).toBe(451_800);
    expect(one.tariffHigh).toBeCloseTo(451_800 * 1.044, 6);

    const table2026 = { effectiveFrom: '2026-05-01', groups: { fagarbeider: { steps: { '0': 470_000 }, source: 'dagsavisen-ks-2025' } } };
    const none = ladder({}, withRounds([KS_2025, KS_2026], [table2025, table2026]), '2026-11-26');
    expect(none.current.estimate).toBeNull();
    expect(none.current.tariffMinimum).toBe(470_000);
  });

  it('legekontor and a private employer follow the KS rounds (their tables are KS)', () => {
    for (const agreement of ['legekontor', 'private'] as const) {
      expect(ladder({ agreement }, data, '2025-06-01').current.estimate?.tariffLow).toBe(451_800);
    }
  });

  it('later years carry the estimate scaled by the assumed growth', () => {
    const r = ladder({ annualGrowth: 3, yearsExperience: 0 }, data, '2025-06-01');
    const row = r.rows[2];
    expect(row.estimate!.tariffLow).toBeCloseTo(451_800 * 1.03 ** 2, 6);
  });
});

describe('estimateStep', () => {
  const ks = defaultDataset.agreements.ks;
  it('a minimum in % that exceeds the kroner minimum is used for the low bound', () => {
    const round: PayRound = { effectiveFrom: '2025-07-01', rise: { minNok: 22_000, minPercent: 3.7 }, source: 'x', quote: 'q' };
    const e = estimateStep(ks, 'fagarbeider', 700_000, [round])!;
    expect(e.low).toBeCloseTo(725_900, 6);
    expect(e.rounds[0].lowBasis).toBe('percent');
    expect(e.high).toBeNull();
    const small = estimateStep(ks, 'fagarbeider', 400_000, [round])!;
    expect(small.low).toBe(422_000);
    expect(small.rounds[0].lowBasis).toBe('general');
  });

  it('no published maximum nor frame: no high bound, and none after it either', () => {
    const a: PayRound = { effectiveFrom: '2025-04-01', rise: { minNok: 9_750 }, source: 'x', quote: 'q' };
    const b: PayRound = { effectiveFrom: '2026-05-01', framePercent: 4.4, source: 'x', quote: 'q' };
    const e = estimateStep(ks, 'gruppe-3', 454_000, [a, b])!;
    expect(e.low).toBe(463_750);
    expect(e.high).toBeNull();
  });

  it('no rounds: no estimate', () => {
    expect(estimateStep(ks, 'fagarbeider', 437_300, [])).toBeNull();
  });

  it('property: table ≤ low ≤ high for any published rises', () => {
    const rise = fc.record(
      {
        minNok: fc.integer({ min: 0, max: 60_000 }),
        maxNok: fc.integer({ min: 0, max: 60_000 }),
        minPercent: fc.double({ min: 0, max: 10, noNaN: true }),
      },
      { requiredKeys: [] },
    );
    const round = fc.record({ rise: rise, framePercent: fc.double({ min: 0, max: 10, noNaN: true }) }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.integer({ min: 200_000, max: 900_000 }), fc.array(round, { minLength: 1, maxLength: 4 }), (amount, rounds) => {
        const list = rounds.map((r, i) => ({ ...r, effectiveFrom: `202${5 + i}-05-01`, source: 'x', quote: 'q' }));
        const e = estimateStep(ks, 'fagarbeider', amount, list)!;
        expect(e.low).toBeGreaterThanOrEqual(amount);
        if (e.high !== null) expect(e.high).toBeGreaterThanOrEqual(e.low);
        expect(Number.isFinite(e.low)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the estimate on the bundled data (KS rounds of 2025 and 2026 in data/agreements/ks.json)', () => {
  it('KS helsesekretær, 0 years, on 2026-11-26: 437 300 + 14 500 … (437 300 + 21 200) × 1.044', () => {
    const e = ladder({}, defaultDataset, '2026-11-26').current.estimate!;
    expect(e.tariffLow).toBe(451_800);
    expect(e.tariffHigh).toBeCloseTo(478_674, 6);
    expect(e.rounds.map((r) => [r.effectiveFrom, r.lowBasis, r.highBasis])).toEqual([
      ['2025-05-01', 'general', 'general'],
      ['2026-05-01', 'none', 'frame'],
    ]);
    // The 3-year group's own range comes from a second source, kept with the round.
    expect(e.rounds[0].provenance.inputs?.[0].source?.publisher).toBeTruthy();
  });

  it('a legekontor follows the KS rounds; a Spekter hospital has none recorded, so no estimate', () => {
    expect(ladder({ agreement: 'legekontor', yearsExperience: 10 }, defaultDataset, '2026-11-26').current.estimate?.tariffLow).toBe(
      496_700 + 14_500,
    );
    expect(ladder({ agreement: 'spekter' }, defaultDataset, '2026-11-26').current.estimate).toBeNull();
  });
});
