/** The year month by month (src/model/rules/schedule.ts): holiday pay and ferietrekk in June, by hand. */
import { describe, expect, it } from 'vitest';
import { defaultDataset, paySchedule, type ScheduleSummary } from '../../../src/model/index.js';

// 437 300 kr: KS fagarbeider from 1.5.2024 (delta-helsesekretaer-privat-2024); the private employer shows KS'
// tables as a reference. Holiday pay 12 % by tariff, 10.2 % by law (nho-feriepenger); ferietrekk: a month's
// pay × holiday working days / 26 (tindok-ferietrekk); KS 5 weeks = 30 working days, the law 25.
const base = { education: 'helsesekretaer', tariffDate: '2024-05-01', yearsExperience: 0 };

describe('paySchedule', () => {
  it.each<[string, Record<string, unknown>, string | null, Partial<ScheduleSummary>]>([
    [
      'KS, employed all of last year',
      { agreement: 'ks' },
      null,
      { holidayPay: 52_476, holidayDays: 30, holidayDeduction: (437_300 / 12) * (30 / 26), holidayPayStatus: 'full', monthsEarned: 12 },
    ],
    [
      'private employer (the law)',
      { agreement: 'private' },
      null,
      { holidayPay: 44_604.6, holidayDays: 25, holidayDeduction: (437_300 / 12) * (25 / 26), holidayPayStatus: 'full' },
    ],
    [
      'KS, started 1 July last year: half the holiday pay, the ferietrekk at most that',
      { agreement: 'ks' },
      '2025-07-01',
      { holidayPay: 26_238, holidayDeduction: 26_238, holidayPayStatus: 'partial', monthsEarned: 6 },
    ],
    [
      'KS, started this year: no holiday pay',
      { agreement: 'ks' },
      '2026-03-01',
      { holidayPay: 0, holidayDeduction: 0, holidayPayStatus: 'notEarned' },
    ],
  ])('%s', (_, scenario, startDate, expected) => {
    const r = paySchedule({ ...base, ...scenario }, defaultDataset, { year: 2026, startDate });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    for (const [key, value] of Object.entries(expected)) {
      if (typeof value === 'number') expect(r.summary[key as keyof ScheduleSummary]).toBeCloseTo(value, 6);
      else expect(r.summary[key as keyof ScheduleSummary]).toBe(value);
    }
    expect(r.summary.annualGross).toBe(437_300);
  });
});
