import { describe, expect, it } from 'vitest';
import { computeLadder, defaultDataset, type EducationId } from '../../src/model/index.js';
import { golden, type GoldenCell } from './golden-tables.js';
import { ladder } from './helpers.js';

/** Which education path is paid in each pay group, read from the occupation file. */
function educationOf(agreement: GoldenCell['agreement'], group: string): EducationId {
  const placement = defaultDataset.occupation.placement[agreement]!;
  const found = (Object.keys(placement) as EducationId[]).find((e) => {
    const p = placement[e];
    return p?.group === group && !('localSupplement' in p && p.localSupplement);
  });
  if (!found) throw new Error(`no education path for ${agreement} ${group}`);
  return found;
}

/** Whether the group's table at that date has an unknown step (so the model falls back). */
function isIncomplete(agreement: GoldenCell['agreement'], group: string, date: string): boolean {
  return golden.some((g) => g.agreement === agreement && g.group === group && g.effectiveFrom === date && g.amount === null);
}

describe('golden: every cell of the published tables', () => {
  const complete = golden.filter((g) => g.amount !== null && !isIncomplete(g.agreement, g.group, g.effectiveFrom));
  it.each(complete.map((g) => [`${g.agreement} ${g.group} ${g.effectiveFrom} ${g.years} yrs → ${g.amount} (${g.kind})`, g]))(
    '%s',
    (_, g) => {
      const r = ladder({
        agreement: g.agreement,
        education: educationOf(g.agreement, g.group),
        tariffDate: g.effectiveFrom,
        yearsExperience: g.years,
      });
      expect(r.current.tariffMinimum).toBe(g.amount);
      expect(r.current.grossAnnual).toBe(g.amount);
      expect(r.current.step).toBe(g.years);
      expect(r.current.tableDate).toBe(g.effectiveFrom);
      const part = r.current.parts.find((p) => p.id === 'tariffMinimum')!;
      expect(part.provenance.kind).toBe(g.kind);
      expect(part.provenance.effectiveFrom).toBe(g.effectiveFrom);
      expect(part.provenance.source?.url).toMatch(/^https:\/\//);
      if (g.kind === 'derived') expect(part.provenance.rule?.add).toBeGreaterThan(0);
    },
  );

  it('covers every agreement with tables and every year of tables', () => {
    expect(new Set(complete.map((g) => `${g.agreement}:${g.effectiveFrom.slice(0, 4)}`))).toEqual(
      new Set([
        'ks:2020',
        'ks:2021',
        'ks:2022',
        'ks:2023',
        'ks:2024',
        'spekter:2021',
        'spekter:2022',
        'spekter:2023',
        'spekter:2024',
        'nho481:2023',
        'virke-legesentre:2019',
        'virke-legesentre:2020',
        'virke-huk:2018',
        'virke-huk:2023',
      ]),
    );
  });

  it('between steps, the highest step at or below the years applies', () => {
    const rows = ladder({ agreement: 'ks', education: 'helsesekretaer', tariffDate: '2023-05-01' }).rows;
    const at = (y: number) => rows[y].tariffMinimum;
    expect([0, 1, 2, 3, 4, 5].map(at)).toEqual(Array(6).fill(415_300));
    expect([at(6), at(7)]).toEqual([419_500, 419_500]);
    expect([at(8), at(9)]).toEqual([430_900, 430_900]);
    expect([10, 11, 12, 13, 14, 15].map(at)).toEqual(Array(6).fill(474_700));
    expect([at(16), at(30), at(45)]).toEqual([487_300, 487_300, 487_300]);
  });

  it('a table that leaves steps out: each step from the newest table that has it, and the ladder says which', () => {
    const r = ladder({ agreement: 'ks', education: 'hoyskole', tariffDate: '2024-05-01', yearsExperience: 0 });
    // Only the 0-year cell of the 2024 table is published (507 400); 2–16 years are from 1.5.2023.
    expect([r.rows[0].tariffMinimum, r.rows[0].tableDate]).toEqual([507_400, '2024-05-01']);
    expect([r.rows[2].tariffMinimum, r.rows[2].tableDate]).toEqual([485_400, '2023-05-01']);
    expect([r.rows[10].tariffMinimum, r.rows[10].tableDate]).toEqual([556_600, '2023-05-01']);
    expect([r.rows[16].tariffMinimum, r.rows[16].tableDate]).toEqual([569_100, '2023-05-01']);
    expect(r.rows[10].parts[0].provenance).toMatchObject({ effectiveFrom: '2023-05-01', step: 10 });
    expect(r.notes).toContainEqual({
      id: 'tableFallback',
      params: { group: expect.any(String), requested: '2024-05-01', used: '2023-05-01', steps: '2, 4, 6, 8, 10, 16' },
    });
  });

  it('steps no table publishes are left out, the step below applies, and the ladder says so (Virke HUK kategori A)', () => {
    const r = ladder({ agreement: 'virke-huk', education: 'none', yearsExperience: 10 });
    // 1.7.2024: 0 years 395 000, 4 years 400 000; 6, 8, 10 and 16 years are not published in any table.
    expect([r.rows[0].tariffMinimum, r.rows[4].tariffMinimum, r.rows[10].tariffMinimum]).toEqual([395_000, 400_000, 400_000]);
    expect(r.rows[10].step).toBe(4);
    expect(r.notes).toContainEqual({
      id: 'stepsNotPublished',
      params: { group: expect.any(String), date: '2024-07-01', steps: '6, 8, 10, 16', from: 6, below: 4 },
    });
  });

  it('defaults to the newest tables', () => {
    expect(ladder({}).asOf).toBe('2024-05-01');
    expect(ladder({ agreement: 'spekter' }).asOf).toBe('2024-07-01');
    expect(ladder({}).current.tariffMinimum).toBe(437_300);
  });

  it('legekontor follows the KS tables and private shows them as a reference, and both say so', () => {
    const gp = ladder({ agreement: 'legekontor', yearsExperience: 10 });
    expect(gp.current.tariffMinimum).toBe(496_700);
    expect(gp.notes.map((n) => n.id)).toContain('followsAgreement');
    expect(gp.notes.map((n) => n.id)).toContain('pensionUnknown');
    expect(gp.current.pensionContribution).toBeNull();
    const priv = ladder({ agreement: 'private', yearsExperience: 10 });
    expect(priv.coverage).toBe('none');
    expect(priv.notes.map((n) => n.id)).toContain('referenceOnly');
  });
});

describe('supplements', () => {
  it('Spekter 2024 weekend: 26 % of hourly pay, but at least 75 kr/h', () => {
    // 436 000 / 1950 = 223.59 kr/h; 26 % = 58.13 < 75, so 75 kr/h × 8 h × 47 weeks.
    const low = ladder({ agreement: 'spekter', shifts: { evening: 0, night: 0, weekend: 8, holiday: 0 } });
    expect(low.current.shiftPay).toBeCloseTo(8 * 47 * 75, 6);
    // Gruppe 4 at 10 years: 589 000 / 1950 = 302.05 kr/h; 26 % = 78.53 kr/h > 75.
    const high = ladder({
      agreement: 'spekter',
      education: 'hoyskole',
      yearsExperience: 10,
      shifts: { evening: 0, night: 0, weekend: 8, holiday: 0 },
    });
    expect(high.current.shiftPay).toBeCloseTo(8 * 47 * ((589_000 / 1950) * 0.26), 6);
    expect(high.current.grossAnnual).toBeCloseTo(589_000 + 8 * 47 * ((589_000 / 1950) * 0.26), 6);
  });

  it('KS evening is a fixed 56 kr/h; KS night is 25 % but at least 70 kr/h', () => {
    const r = ladder({ agreement: 'ks', shifts: { evening: 5, night: 4, weekend: 0, holiday: 0 } });
    const evening = r.current.parts.find((p) => p.id === 'shift.evening')!;
    const night = r.current.parts.find((p) => p.id === 'shift.night')!;
    expect(evening.amount).toBeCloseTo(5 * 47 * 56, 6);
    // 437 300 / 1950 × 25 % = 56.06 < 70
    expect(night.amount).toBeCloseTo(4 * 47 * 70, 6);
    expect(r.current.grossAnnual).toBeCloseTo(437_300 + 5 * 47 * 56 + 4 * 47 * 70, 6);
  });

  it('rotating shifts compute the hourly pay on 35.5 hours a week', () => {
    const day = ladder({ agreement: 'spekter', education: 'hoyskole', yearsExperience: 10 });
    const rot = ladder({ agreement: 'spekter', education: 'hoyskole', yearsExperience: 10, schedule: 'rotating' });
    expect(day.current.hourly).toBeCloseTo(589_000 / 1950, 9);
    expect(rot.current.hourly).toBeCloseTo(589_000 / (35.5 * 52), 9);
  });

  it('shift hours where the agreement has no supplement give no pay and a note', () => {
    const r = ladder({ agreement: 'private', shifts: { evening: 5, night: 0, weekend: 0, holiday: 0 } });
    expect(r.current.shiftPay).toBe(0);
    expect(r.notes).toContainEqual({ id: 'noShiftSupplement', params: { type: 'evening', date: '2024-05-01' } });
  });

  it('overtime: hours × pay / 1850 × 150 % (KS); the law’s 40 % for private employers', () => {
    const ks = ladder({ overtimeHoursPerYear: 100 });
    expect(ks.current.overtimePay).toBeCloseTo(100 * (437_300 / 1850) * 1.5, 6);
    const priv = ladder({ agreement: 'private', overtimeHoursPerYear: 100 });
    expect(priv.current.overtimePay).toBeCloseTo(100 * (437_300 / 1850) * 1.4, 6);
  });

  it('responsibility and individual supplements in kroner or % of the tariff minimum', () => {
    const r = ladder({
      responsibilitySupplement: { unit: 'nok', value: 20_000 },
      individualSupplement: { unit: 'percent', value: 10 },
    });
    expect(r.current.grossAnnual).toBeCloseTo(437_300 + 20_000 + 43_730, 6);
    expect(r.current.parts.map((p) => p.id)).toEqual(['tariffMinimum', 'responsibilitySupplement', 'individualSupplement']);
  });

  it('Spekter fagskole: the group 3 ladder plus the locally set supplement the user enters', () => {
    const without = ladder({ agreement: 'spekter', education: 'fagskole' });
    expect(without.current.grossAnnual).toBe(436_000);
    expect(without.notes.map((n) => n.id)).toContain('localEducationSupplement');
    const withIt = ladder({ agreement: 'spekter', education: 'fagskole', localEducationSupplement: 15_000 });
    expect(withIt.current.grossAnnual).toBe(451_000);
    // The supplement belongs to the fagskole path only.
    expect(ladder({ agreement: 'spekter', localEducationSupplement: 15_000 }).current.grossAnnual).toBe(436_000);
  });
});

describe('part-time, holiday pay, pension, tax', () => {
  it('80 % position gives 80 % of the fixed pay', () => {
    const r = ladder({ positionPercent: 80, yearsExperience: 16 });
    expect(r.current.basePay).toBeCloseTo(0.8 * 513_100, 6);
    expect(r.current.monthlyPay).toBeCloseTo((0.8 * 513_100) / 12, 6);
  });

  it('holiday pay: 12 % with the tariff, 10.2 % by law, 2.3 points more from 60 (up to 6 G)', () => {
    expect(ladder({}).current.holidayPay).toBeCloseTo(437_300 * 0.12, 6);
    expect(ladder({ agreement: 'private' }).current.holidayPay).toBeCloseTo(437_300 * 0.102, 6);
    expect(ladder({ age: 61 }).current.holidayPay).toBeCloseTo(437_300 * 0.143, 6);
    // Age moves with the years in the ladder: 55 now → 60 five years later.
    const rows = ladder({ age: 55 }).rows;
    expect(rows[4].holidayPay).toBeCloseTo(437_300 * 0.12, 6);
    expect(rows[5].holidayPay).toBeCloseTo(437_300 * 0.143, 6);
    // The extra 2.3 points are capped at 6 G (124 028 from 1.5.2024) of the basis.
    const big = ladder({ age: 62, individualSupplement: { unit: 'nok', value: 400_000 } });
    expect(big.current.holidayPay).toBeCloseTo(837_300 * 0.12 + 6 * 124_028 * 0.023, 6);
  });

  it('KS pension contribution is 2 % of the fixed pay and shift pay', () => {
    const r = ladder({ shifts: { evening: 5, night: 0, weekend: 0, holiday: 0 }, overtimeHoursPerYear: 50 });
    expect(r.current.pensionContribution).toBeCloseTo((437_300 + 5 * 47 * 56) * 0.02, 6);
  });

  it('net estimate at 437 300 kr (KS, 2026 rules), worked by hand', () => {
    // minstefradrag min(46 % × 437 300, 95 700) = 95 700; pension premium 8 746;
    // ordinary income 437 300 − 95 700 − 8 746 − 114 540 = 218 314 → 22 % = 48 029.08
    // trinnskatt (318 300 − 226 100) × 1.7 % + (437 300 − 318 300) × 4 % = 1 567.40 + 4 760 = 6 327.40
    // trygdeavgift 7.6 % × 437 300 = 33 234.80
    const r = ladder({ taxYear: 2026 });
    expect(r.current.tax.incomeTax).toBeCloseTo(48_029.08, 2);
    expect(r.current.tax.trinnskatt).toBeCloseTo(6_327.4, 2);
    expect(r.current.tax.trygdeavgift).toBeCloseTo(33_234.8, 2);
    expect(r.current.netAnnualEstimate).toBeCloseTo(437_300 - 87_591.28 - 8_746, 2);
    expect(r.notes).toContainEqual({ id: 'taxEstimate', params: { year: 2026 } });
  });
});

describe('events and growth', () => {
  it('fagskole finished at year 3 moves to the fagskole ladder; its cost and unpaid months fall in year 2', () => {
    const r = ladder({
      tariffDate: '2023-05-01',
      events: [{ type: 'education', year: 3, education: 'fagskole', studyCost: 20_000, monthsWithoutPay: 6 }],
    });
    expect(r.rows[2].education).toBe('helsesekretaer');
    expect(r.rows[2].grossAnnual).toBeCloseTo(415_300 / 2, 6);
    expect(r.rows[2].studyCost).toBe(20_000);
    expect(r.rows[3].education).toBe('fagskole');
    expect(r.rows[3].tariffMinimum).toBe(437_300);
    expect(r.rows[3].events).toHaveLength(1);
  });

  it('responsibility from year 5 adds its supplement from then on', () => {
    const r = ladder({ events: [{ type: 'responsibility', year: 5, supplement: { unit: 'nok', value: 30_000 } }] });
    expect(r.rows[4].grossAnnual).toBe(437_300);
    expect(r.rows[5].grossAnnual).toBe(467_300);
  });

  it('assumed growth compounds after the current year only', () => {
    const r = ladder({ yearsExperience: 2, annualGrowth: 3 });
    expect(r.rows[2].grossAnnual).toBe(437_300);
    expect(r.rows[1].grossAnnual).toBe(437_300);
    expect(r.rows[4].grossAnnual).toBeCloseTo(437_300 * 1.03 ** 2, 6);
  });

  it('next step: when and by how much the tariff minimum rises', () => {
    expect(ladder({ yearsExperience: 3 }).nextStep).toEqual({
      years: 6,
      inYears: 3,
      tariffMinimum: 441_500,
      increase: 4_200,
      increaseForPosition: 4_200,
    });
    // At 80 %: the same step, 80 % of the rise (4 200 × 0,8 = 3 360).
    expect(ladder({ yearsExperience: 3, positionPercent: 80 }).nextStep).toEqual({
      years: 6,
      inYears: 3,
      tariffMinimum: 441_500,
      increase: 4_200,
      increaseForPosition: 3_360,
    });
    expect(ladder({ yearsExperience: 16 }).nextStep).toBeNull();
  });
});

describe('freshness', () => {
  it('tables from before the latest 1 May pay round are flagged once that round should be published', () => {
    expect(ladder({}).freshness).toEqual({ asOf: '2024-05-01', latestPayRound: '2026-05-01', likelyOutdated: true });
    expect(ladder({}).notes.map((n) => n.id)).toContain('newerTablesLikely');
    const r = computeLadder({}, defaultDataset, { today: '2024-06-01' });
    expect(r.ok && r.freshness.likelyOutdated).toBe(false);
  });
});

describe('bad input', () => {
  const cases: Array<[string, unknown, string, string]> = [
    ['negative years', { yearsExperience: -1 }, 'yearsExperience', 'outOfRange'],
    ['fractional years', { yearsExperience: 2.5 }, 'yearsExperience', 'notAnInteger'],
    ['years as text', { yearsExperience: 'ten' }, 'yearsExperience', 'notANumber'],
    ['250 % position', { positionPercent: 250 }, 'positionPercent', 'outOfRange'],
    ['NaN position', { positionPercent: NaN }, 'positionPercent', 'notANumber'],
    ['unknown agreement', { agreement: 'nho' }, 'agreement', 'unknownValue'],
    ['unknown education', { education: 'phd' }, 'education', 'unknownValue'],
    ['malformed date', { tariffDate: '2024-13-01' }, 'tariffDate', 'invalidDate'],
    ['date before the data', { tariffDate: '2010-01-01' }, 'tariffDate', 'dateBeforeData'],
    ['negative shift hours', { shifts: { night: -2 } }, 'shifts.night', 'outOfRange'],
    ['shifts not an object', { shifts: 'many' }, 'shifts', 'invalidType'],
    ['unknown supplement unit', { individualSupplement: { unit: 'eur', value: 1 } }, 'individualSupplement.unit', 'unknownValue'],
    ['120 % supplement', { individualSupplement: { unit: 'percent', value: 120 } }, 'individualSupplement.value', 'outOfRange'],
    ['overtime too high', { overtimeHoursPerYear: 1e9 }, 'overtimeHoursPerYear', 'outOfRange'],
    ['age 5', { age: 5 }, 'age', 'outOfRange'],
    ['growth 50 %', { annualGrowth: 50 }, 'annualGrowth', 'outOfRange'],
    ['unknown tax year', { taxYear: 1999 }, 'taxYear', 'unknownTaxYear'],
    ['events not a list', { events: {} }, 'events', 'invalidType'],
    ['event beyond the horizon', { events: [{ type: 'education', year: 99, education: 'fagskole' }] }, 'events[0].year', 'outOfRange'],
    ['event of unknown type', { events: [{ type: 'lottery', year: 2 }] }, 'events[0].type', 'unknownValue'],
    [
      'study cost at year 0',
      { events: [{ type: 'education', year: 0, education: 'fagskole', studyCost: 100 }] },
      'events[0].year',
      'outOfRange',
    ],
    ['not an object', 'ks', '', 'invalidType'],
  ];
  it.each(cases)('%s → typed error', (_, input, field, code) => {
    const r = computeLadder(input, defaultDataset);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toContainEqual(expect.objectContaining({ field, code }));
  });

  it('reports every invalid field at once', () => {
    const r = computeLadder({ yearsExperience: -1, positionPercent: 0, agreement: 'x' }, defaultDataset);
    expect(r.ok ? [] : r.errors.map((e) => e.field).sort()).toEqual(['agreement', 'positionPercent', 'yearsExperience']);
  });

  it('a throwing getter or a proxy is an error, not an exception', () => {
    const evil = {
      get agreement(): string {
        throw new Error('boom');
      },
    };
    expect(() => computeLadder(evil)).not.toThrow();
    const proxy = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
        ownKeys() {
          throw new Error('trap');
        },
      },
    );
    expect(() => computeLadder(proxy)).not.toThrow();
    expect(computeLadder(proxy).ok).toBe(false);
  });
});

describe('provenance details', () => {
  it('a table note from the data travels with the figure', () => {
    const note = defaultDataset.agreements.spekter.tables!.find((t) => t.effectiveFrom === '2023-05-01')!.groups['gruppe-3'].note;
    expect(note).toBeTruthy();
    const r = ladder({ agreement: 'spekter', tariffDate: '2023-05-01' });
    expect(r.current.parts[0].provenance.note).toBe(note);
  });

  it('an event without a type or education is an error, not a guess', () => {
    for (const e of [{ year: 2 }, { type: 'education', year: 2 }]) {
      const r = computeLadder({ events: [e] }, defaultDataset);
      expect(r.ok).toBe(false);
    }
  });
});

describe('provenance of the other figures', () => {
  it('holiday pay, pension and tax name their sources; an unknown pension says so', () => {
    const r = ladder({});
    expect(r.provenance.holidayPay.source?.url).toMatch(/^https:\/\//);
    expect(r.provenance.pensionContribution.source?.url).toMatch(/^https:\/\//);
    expect(r.provenance.tax.effectiveFrom).toBe('2026-01-01');
    expect(r.provenance.tax.verified).toBe(true); // 2026: adopted, and the 46 % minstefradrag is confirmed by Skatteetaten
    expect(ladder({ agreement: 'legekontor' }).provenance.pensionContribution.kind).toBe('missing');
  });
});
