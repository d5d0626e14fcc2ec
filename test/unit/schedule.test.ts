/**
 * rules/schedule.ts: worked examples computed by hand here (KS fagarbeider 2024 table, 0–4 years
 * 437 300, 6–7 years 441 500; tax rules 2026), properties over generated scenarios, typed errors.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeLadder, estimateTax, defaultDataset, paySchedule, scheduleYears, type ScheduleResult } from '../../src/model/index.js';
import { datasetFigures } from '../../src/model/dataset-figures.js';

const tax2026 = defaultDataset.rules.tax.years.find((y) => y.year === 2026)!;
const G_2026 = 136_549; // data/rules/g.json: from 1 May 2026, so in force on 1 June 2026 (NAV)

function ok(r: ScheduleResult) {
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r;
}
const month = (r: ReturnType<typeof ok>, m: number) => r.months[m - 1];
const part = (r: ReturnType<typeof ok>, m: number, id: string) => month(r, m).parts.find((p) => p.id === id)?.amount ?? 0;

describe('paySchedule: worked examples', () => {
  it('KS, 5 years, full time, all year: holiday pay 12 % of last year in June, ferietrekk 30/26 of a month, no tax on it, half tax in December', () => {
    const r = ok(paySchedule({ agreement: 'ks', yearsExperience: 5 }, defaultDataset, { year: 2026 }));
    // This year's pay: the 4-year step (0–4 years pay the same, 5 years is still on it) = 437 300 a year.
    const monthly = 437_300 / 12; // 36 441.67
    expect(month(r, 1).gross).toBeCloseTo(monthly, 6);
    // Holiday pay: 12 % of last year's pay (4 years of experience, 437 300) = 52 476.
    expect(r.summary.holidayPay).toBeCloseTo(0.12 * 437_300, 6);
    // Ferietrekk: 5 weeks = 30 working days; a month's pay × 30 / 26 = 42 048.08.
    expect(r.summary.holidayDays).toBe(30);
    expect(r.summary.holidayDeduction).toBeCloseTo((monthly * 30) / 26, 6);
    // June: 36 441.67 + 52 476 − 42 048.08 = 46 869.59.
    expect(month(r, 6).gross).toBeCloseTo(monthly + 52_476 - (monthly * 30) / 26, 6);
    expect(part(r, 6, 'holidayDeduction')).toBeLessThan(0);
    // The year's gross: 437 300 + 52 476 − 42 048.08 = 447 727.92.
    const yearGross = 437_300 + 52_476 - (monthly * 30) / 26;
    expect(r.summary.gross).toBeCloseTo(yearGross, 6);
    // Tabelltrekk: the tax on that year's pay (pension 2 % of 437 300 deducted) over 10.5 months.
    const tax = estimateTax(yearGross, 0.02 * 437_300, tax2026).total;
    expect(r.summary.monthlyWithholding).toBeCloseTo(tax / 10.5, 6);
    expect(month(r, 1).taxWithheld).toBeCloseTo(tax / 10.5, 6);
    // June: the ferietrekk is larger than the month's pay, so nothing is withheld; December half.
    expect(month(r, 6).taxWithheld).toBe(0);
    expect(month(r, 12).taxWithheld).toBeCloseTo(tax / 21, 6);
    // 10 × full + ½ = 10.5 months: the withholding adds up to the year's tax estimate.
    expect(r.summary.taxWithheld).toBeCloseTo(tax, 4);
    expect(Math.abs(r.summary.withholdingDifference)).toBeLessThan(0.01);
    expect(month(r, 3).pension).toBeCloseTo((0.02 * 437_300) / 12, 6);
  });

  it('first year: started 15 March 2026, no holiday pay in June 2026, the first month by days, June withheld like any month', () => {
    const r = ok(paySchedule({ agreement: 'ks' }, defaultDataset, { year: 2026, startDate: '2026-03-15' }));
    const monthly = 437_300 / 12;
    expect(month(r, 1).gross).toBe(0);
    expect(month(r, 2).gross).toBe(0);
    // March: 17 of 31 days (15th to 31st).
    expect(month(r, 3).gross).toBeCloseTo((monthly * 17) / 31, 6);
    expect(month(r, 6).gross).toBeCloseTo(monthly, 6);
    expect(r.summary).toMatchObject({ holidayPay: 0, holidayDeduction: 0, holidayPayStatus: 'notEarned', monthsEarned: 0 });
    expect(r.summary.notes.map((n) => n.id)).toEqual(['firstMonthProRata', 'holidayPayNotEarned', 'partYearWithholding']);
    const t = estimateTax(437_300, 0.02 * 437_300, tax2026).total / 10.5;
    expect(month(r, 6).taxWithheld).toBeCloseTo(t, 6);
    // 17/31 + 8 full months (Apr–Nov) + ½ December.
    expect(r.summary.taxWithheld).toBeCloseTo(t * (17 / 31 + 8 + 0.5), 4);
    // Tabelltrekk assumes a full year: more is withheld than the year's tax; the assessment pays it back.
    expect(r.summary.withholdingDifference).toBeGreaterThan(0);
  });

  it('started 1 September last year: holiday pay for 4 months of last year', () => {
    const r = ok(paySchedule({ agreement: 'ks', yearsExperience: 1 }, defaultDataset, { year: 2026, startDate: '2025-09-01' }));
    // 12 % of 437 300 × 4/12 = 17 492; the ferietrekk is at most the holiday pay.
    expect(r.summary.holidayPay).toBeCloseTo(0.12 * 437_300 * (4 / 12), 6);
    expect(r.summary.holidayDeduction).toBeCloseTo(r.summary.holidayPay, 6);
    expect(r.summary).toMatchObject({ holidayPayStatus: 'partial', monthsEarned: 4 });
    expect(month(r, 6).gross).toBeCloseTo(437_300 / 12, 6);
  });

  it('60 years old: 14.3 % (the 2.3 extra only up to 6 G), one more week of ferietrekk (36 days)', () => {
    const r = ok(paySchedule({ agreement: 'ks', yearsExperience: 20, age: 60 }, defaultDataset, { year: 2026 }));
    // 16-year step 513 100 both years; 12 % + 2.3 % of min(513 100, 6 G = 819 294).
    expect(6 * G_2026).toBeGreaterThan(513_100);
    expect(r.summary.holidayPay).toBeCloseTo(0.12 * 513_100 + 0.023 * 513_100, 6);
    expect(r.summary.holidayDays).toBe(36);
    expect(r.summary.holidayDeduction).toBeCloseTo(((513_100 / 12) * 36) / 26, 6);
  });

  it('80 % position: every part at 80 %, holiday pay and ferietrekk on the 80 % pay', () => {
    const r = ok(paySchedule({ agreement: 'ks', yearsExperience: 5, positionPercent: 80 }, defaultDataset, { year: 2026 }));
    const annual = 437_300 * 0.8; // 349 840
    expect(month(r, 1).gross).toBeCloseTo(annual / 12, 6);
    expect(r.summary.holidayPay).toBeCloseTo(0.12 * annual, 6);
    expect(r.summary.holidayDeduction).toBeCloseTo(((annual / 12) * 30) / 26, 6);
    expect(r.summary.gross).toBeCloseTo(annual + 0.12 * annual - ((annual / 12) * 30) / 26, 6);
  });

  it('private employer (law): 10.2 %, 25 days; June keeps a little withholding (1/26 of the month)', () => {
    const r = ok(paySchedule({ agreement: 'private', yearsExperience: 5 }, defaultDataset, { year: 2026 }));
    const monthly = 437_300 / 12;
    expect(r.summary.holidayPay).toBeCloseTo(0.102 * 437_300, 6);
    expect(r.summary.holidayDeduction).toBeCloseTo((monthly * 25) / 26, 6);
    expect(month(r, 6).taxWithheld).toBeCloseTo(r.summary.monthlyWithholding / 26, 6);
  });

  it('innsatssonen (Finnmark): less tax withheld than in the rest of the country', () => {
    const standard = ok(paySchedule({ agreement: 'ks', yearsExperience: 5 }, defaultDataset, { year: 2026 }));
    const north = ok(paySchedule({ agreement: 'ks', yearsExperience: 5, taxArea: 'innsatssonen' }, defaultDataset, { year: 2026 }));
    expect(north.summary.taxWithheld).toBeLessThan(standard.summary.taxWithheld);
    expect(north.summary.gross).toBeCloseTo(standard.summary.gross, 6);
  });

  it('half withholding in November where the employer chooses it', () => {
    const r = ok(paySchedule({ agreement: 'ks' }, defaultDataset, { year: 2026, halfWithholdingMonth: 11 }));
    expect(month(r, 11).taxWithheld).toBeCloseTo(month(r, 12).taxWithheld / 2, 6);
  });
});

describe('paySchedule: properties', () => {
  const scenario = fc.record({
    agreement: fc.constantFrom('ks', 'spekter', 'legekontor', 'private', 'nho481', 'virke-legesentre', 'virke-huk'),
    yearsExperience: fc.integer({ min: 1, max: 40 }),
    positionPercent: fc.integer({ min: 20, max: 100 }),
    age: fc.option(fc.integer({ min: 20, max: 70 }), { nil: null }),
    overtimeHoursPerYear: fc.integer({ min: 0, max: 200 }),
    shifts: fc.record({
      evening: fc.integer({ min: 0, max: 10 }),
      night: fc.constant(0),
      weekend: fc.integer({ min: 0, max: 8 }),
      holiday: fc.constant(0),
    }),
    taxArea: fc.constantFrom('standard', 'innsatssonen'),
  });

  it('every month is finite and ≥ 0; June is above a normal month; the months add up; withholding within one month of the estimate', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const r = ok(paySchedule(input, defaultDataset, { year: 2026 }));
        for (const m of r.months) {
          for (const x of [m.gross, m.taxWithheld, m.net]) expect(Number.isFinite(x) && x >= 0).toBe(true);
        }
        const ladder = computeLadder(input);
        if (!ladder.ok) throw new Error('ladder');
        // Sum of gross = the ladder's annual gross + holiday pay − ferietrekk.
        expect(r.summary.gross).toBeCloseTo(ladder.current.grossAnnual + r.summary.holidayPay - r.summary.holidayDeduction, 4);
        expect(r.summary.annualGross).toBe(ladder.current.grossAnnual);
        // Holiday pay due (a full year earned): June is above a normal month.
        expect(r.months[5].gross).toBeGreaterThan(r.months[0].gross);
        // Withholding: 10.5 months of tabelltrekk add up to the year's tax; it differs only by what is
        // withheld on June's ordinary pay left after the ferietrekk — less than one month's withholding.
        expect(r.summary.withholdingDifference).toBeGreaterThanOrEqual(-0.01);
        expect(r.summary.withholdingDifference).toBeLessThanOrEqual(r.summary.monthlyWithholding + 0.01);
      }),
      { numRuns: 200 },
    );
  });
});

describe('paySchedule: typed errors', () => {
  it('bad scenario input: the errors of computeLadder', () => {
    expect(paySchedule({ positionPercent: 0 }, defaultDataset, { year: 2026 })).toEqual({
      ok: false,
      errors: [{ field: 'positionPercent', code: 'outOfRange', params: { min: 1, max: 100 } }],
    });
  });

  it('bad options', () => {
    expect(paySchedule({}, defaultDataset, { year: 2026.5 })).toEqual({
      ok: false,
      errors: [{ field: 'options.year', code: 'notAnInteger' }],
    });
    expect(paySchedule({}, defaultDataset, { year: 2026, startDate: '2026-02-30' })).toEqual({
      ok: false,
      errors: [{ field: 'options.startDate', code: 'invalidDate' }],
    });
    expect(paySchedule({}, defaultDataset, { year: 2026, startDate: '2027-01-01' })).toEqual({
      ok: false,
      errors: [{ field: 'options.startDate', code: 'outOfRange', params: { max: '2026-12-31' } }],
    });
    expect(paySchedule({}, defaultDataset, null as never)).toEqual({ ok: false, errors: [{ field: 'options', code: 'invalidType' }] });
    expect(paySchedule({}, defaultDataset, { year: 2026, halfWithholdingMonth: 10 as never })).toEqual({
      ok: false,
      errors: [{ field: 'options.halfWithholdingMonth', code: 'unknownValue', params: { allowed: '11, 12' } }],
    });
  });

  it('a dataset without the payroll calendar (made before conditions were added) says what is missing', () => {
    expect(paySchedule({}, datasetFigures(defaultDataset), { year: 2026 })).toEqual({
      ok: false,
      errors: [{ field: 'dataset', code: 'unknownValue', params: { missing: 'rules.conditions' } }],
    });
  });
});

describe('scheduleYears: which year "Slik blir året ditt" starts with', () => {
  it('this year and next; in December the next one', () => {
    expect(scheduleYears('2026-11-30')).toEqual({ years: [2026, 2027], preferred: 2026 });
    expect(scheduleYears('2026-12-01')).toEqual({ years: [2026, 2027], preferred: 2027 });
    expect(scheduleYears('2026-12-31')).toEqual({ years: [2026, 2027], preferred: 2027 });
    expect(scheduleYears('2027-01-01')).toEqual({ years: [2027, 2028], preferred: 2027 });
  });
});
