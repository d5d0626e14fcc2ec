/** Shift pay (src/model/rules/shift.ts): rates in force, the hourly divisor, kroner per hour, the year's pay. */
import { describe, expect, it } from 'vitest';
import { defaultDataset, type AgreementId, type Part, type ShiftType, type SupplementRate } from '../../../src/model/index.js';
import { NoteList } from '../../../src/model/notes.js';
import { hourlyDivisor, ratePerHour, shiftPay, shiftRules } from '../../../src/model/rules/shift.js';

const KS_2024 = 437_300; // KS fagarbeider from 1.5.2024 (delta-helsesekretaer-privat-2024)
const rate = (r: Partial<SupplementRate>): SupplementRate => ({
  effectiveFrom: '2023-01-01',
  source: 's',
  kind: 'published',
  verified: true,
  ...r,
});

describe('ratePerHour', () => {
  // Rates: pay-data.md §3 (KS HTA 5.2/5.4 from 1.1.2023, nsf-troms-finnmark-2023; Spekter, nsf-spekter 2024).
  it.each<[string, SupplementRate, number, number]>([
    ['KS evening 56 kr/h', rate({ nokPerHour: 56 }), KS_2024 / 1950, 56],
    ['KS weekend 22 %, at least 70 kr: the minimum', rate({ percent: 22, minNokPerHour: 70 }), KS_2024 / 1950, 70],
    ['KS night 25 %, at least 70 kr, on 600 000 kr: the %', rate({ percent: 25, minNokPerHour: 70 }), 600_000 / 1950, 76.923_077],
    ['KS holiday 133.33 % of hourly pay', rate({ percent: 133.33 }), KS_2024 / 1950, 299.001_072],
    ['Spekter weekend 26 %, at least 75 kr (from 1.7.2024)', rate({ percent: 26, minNokPerHour: 75 }), 454_000 / 1950, 75],
  ])('%s', (_, r, hourly, expected) => {
    expect(ratePerHour(r, hourly)).toBeCloseTo(expected, 5);
  });
});

describe('hourlyDivisor', () => {
  // 1950 = 37.5 h × 52 (lovdata-sph-arbeidstid); rotating shifts 35.5 h a week.
  it.each<[AgreementId, 'day' | 'rotating', number]>([
    ['ks', 'day', 1950],
    ['ks', 'rotating', 1846],
    ['spekter', 'rotating', 1846],
    ['private', 'day', 1950],
  ])('%s, %s work → %f', (agreement, schedule, expected) => {
    expect(hourlyDivisor(defaultDataset.agreements[agreement]!, schedule, '2024-05-01').divisor).toBeCloseTo(expected, 9);
  });
});

describe('shiftPay', () => {
  const none: Record<ShiftType, number> = { evening: 0, night: 0, weekend: 0, holiday: 0 };
  // KS: 47 working weeks (52 − 5 holiday weeks, nho-feriepenger); rates as above.
  it.each<[string, Partial<Record<ShiftType, number>>, number]>([
    ['no shift hours', {}, 0],
    ['4 evening hours a week: 4 × 47 × 56 kr', { evening: 4 }, 10_528],
    ['8 weekend hours a week at the 70 kr minimum: 8 × 47 × 70', { weekend: 8 }, 26_320],
    ['both', { evening: 4, weekend: 8 }, 36_848],
  ])('KS day work on 437 300 kr, %s', (_, hours, expected) => {
    const shifts = { ...none, ...hours };
    const rules = shiftRules(defaultDataset.agreements.ks, { schedule: 'day', shifts }, '2024-05-01', new NoteList());
    const parts: Part[] = [];
    expect(shiftPay(shifts, rules, KS_2024 / rules.hourlyDivisor, parts)).toBeCloseTo(expected, 6);
    expect(parts.map((p) => p.id)).toEqual(Object.keys(hours).map((t) => `shift.${t}`));
    expect(shiftPay(shifts, rules, KS_2024 / rules.hourlyDivisor)).toBeCloseTo(expected, 6);
  });

  it('hours without a supplement in the agreement pay 0 and say so', () => {
    const notes = new NoteList();
    const shifts = { ...none, evening: 4 };
    const rules = shiftRules(defaultDataset.agreements.private, { schedule: 'day', shifts }, '2024-05-01', notes);
    expect(shiftPay(shifts, rules, 200)).toBe(0);
    expect(notes.list).toEqual([{ id: 'noShiftSupplement', params: { type: 'evening', date: '2024-05-01' } }]);
  });
});
