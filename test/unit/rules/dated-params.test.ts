/**
 * Dated parameters: an agreement's hours, divisors, overtime %, working weeks and pension % may be
 * dated lists (common.schema.json `positiveParam`, `percentParam`), and every rule takes the value in
 * force on the tariff date. A test dataset of this file's own (not data/) changes each parameter on
 * 2023-01-01: a ladder pinned to an earlier table uses the old value, the newest table the new one.
 */
import { describe, expect, it } from 'vitest';
import {
  computeLadder,
  conditionsFor,
  holidayPayAmount,
  defaultDataset,
  validateDataset,
  type Dataset,
  type LadderResult,
  type ScenarioInput,
} from '../../../src/model/index.js';

const KS = 437_300; // KS fagarbeider from 1.5.2024 (delta-helsesekretaer-privat-2024)
const KS_2022 = 389_000; // KS fagarbeider from 1.5.2022, 0 years (ks-lonner-utdanning-seg)

/** The bundled data with one KS parameter changed on `on` (the old value from 2020-01-01). */
function changed(
  key: 'hourlyDivisor' | 'overtimeDivisor' | 'overtimePercent' | 'workingWeeks' | 'pensionEmployeePercent',
  before: number,
  after: number,
  on = '2023-01-01',
): Dataset {
  const d = structuredClone<Dataset>(defaultDataset);
  const entry = { source: 'klp-medlemskap', kind: 'published' as const, verified: true };
  d.agreements.ks[key] = [
    { from: '2020-01-01', value: before, ...entry },
    { from: on, value: after, ...entry },
  ];
  return d;
}

function ladder(input: ScenarioInput, dataset: Dataset): LadderResult {
  const r = computeLadder({ agreement: 'ks', education: 'helsesekretaer', ...input }, dataset, { today: '2026-11-26' });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r;
}

describe('a parameter changed on a date', () => {
  const shifts = { evening: 4, night: 0, weekend: 0, holiday: 0 };
  it.each<[string, Dataset, ScenarioInput, (r: LadderResult) => number, number, number]>([
    ['pension 1 % → 2 %', changed('pensionEmployeePercent', 1, 2), {}, (r) => r.current.pensionContribution!, KS_2022 * 0.01, KS * 0.02],
    [
      'overtime 40 % → 50 %',
      changed('overtimePercent', 40, 50),
      { overtimeHoursPerYear: 10 },
      (r) => r.current.overtimePay,
      (10 * KS_2022 * 1.4) / 1850,
      (10 * KS * 1.5) / 1850,
    ],
    [
      'overtime divisor 1950 → 1850',
      changed('overtimeDivisor', 1950, 1850),
      { overtimeHoursPerYear: 10 },
      (r) => r.current.overtimePay,
      (10 * KS_2022 * 1.5) / 1950,
      (10 * KS * 1.5) / 1850,
    ],
    ['hourly divisor 1850 → 1950', changed('hourlyDivisor', 1850, 1950), {}, (r) => r.current.hourly, KS_2022 / 1850, KS / 1950],
    // 56 kr/h KS evening from 1.1.2023 (nsf-troms-finnmark-2023) in both tables; the weeks change on 1.1.2024.
    [
      'working weeks 46 → 47',
      changed('workingWeeks', 46, 47, '2024-01-01'),
      { shifts, tariffDate: '2023-05-01' },
      (r) => r.current.shiftPay,
      4 * 46 * 56,
      4 * 47 * 56,
    ],
  ])('%s: a pinned earlier table uses the old value, the newest table the new one', (_, dataset, input, read, old, now) => {
    expect(validateDataset(dataset).ok).toBe(true);
    expect(read(ladder({ ...input, tariffDate: input.tariffDate ?? '2022-05-01' }, dataset))).toBeCloseTo(old, 6);
    expect(read(ladder({ ...input, tariffDate: null }, dataset))).toBeCloseTo(now, 6);
  });

  it("the provenance names the entry's date and source; the conditions show the value in force", () => {
    const d = changed('pensionEmployeePercent', 1, 2);
    expect(ladder({ tariffDate: '2022-05-01' }, d).provenance.pensionContribution).toMatchObject({
      effectiveFrom: '2020-01-01',
      kind: 'published',
    });
    expect(ladder({}, d).provenance.pensionContribution).toMatchObject({ effectiveFrom: '2023-01-01' });
    const terms = (tariffDate: string) => {
      const r = conditionsFor({ agreement: 'ks', tariffDate }, d);
      return r.ok ? r.terms.find((t) => t.id === 'pensionEmployeePercent')?.value : undefined;
    };
    expect([terms('2022-05-01'), terms('2024-05-01')]).toEqual([1, 2]);
  });

  it('the plain value (the format before dates) still holds on every date', () => {
    expect(ladder({ tariffDate: '2020-09-01' }, defaultDataset).current.pensionContribution).toBeCloseTo(352_200 * 0.02, 6);
  });
});

describe('in data/: the OTP minimum, dated from 1.1.2022', () => {
  // data/rules/conditions.json, revision-otp-2022: «Fra 1. januar 2022 er det et krav … å spare minst to prosent av
  // medlemmenes inntekt fra første krone, for lønn opp til 12G.»
  it.each([
    ['2024-05-01', 'in force'],
    ['2019-07-01', 'before its date: the first (only) entry, and its date in the provenance'],
  ])('on %s (%s): 2 per cent up to 12 G', (tariffDate) => {
    const r = conditionsFor({ agreement: 'virke-legesentre', tariffDate }, defaultDataset);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const term = r.terms.find((t) => t.id === 'pensionScheme')!;
    expect(term).toMatchObject({ value: 'otp', basis: 'law', params: { minPercent: 2, maxG: 12 } });
    expect(term.provenance).toMatchObject({
      effectiveFrom: '2022-01-01',
      source: { url: 'https://www.revision.no/post/pensjon-fra-forste-krone-og-dag' },
    });
  });
});

describe('validateDataset: dated parameters', () => {
  const broken = (edit: (d: Dataset) => void) => {
    const d = changed('overtimePercent', 40, 50);
    edit(d);
    const r = validateDataset(d);
    return r.ok ? [] : r.errors.map((e) => [e.path, e.code]);
  };
  it.each<[string, (d: Dataset) => void, Array<[string, string]>]>([
    [
      'dates not ascending',
      (d) => ((d.agreements.ks.overtimePercent as Array<{ from: string }>)[1].from = '2019-01-01'),
      [['agreements.ks.overtimePercent[1].from', 'unsortedDates']],
    ],
    [
      'an unknown source',
      (d) => ((d.agreements.ks.overtimePercent as Array<{ source: string }>)[0].source = 'nowhere'),
      [['agreements.ks.overtimePercent[0].source', 'unknownSource']],
    ],
    ['an empty list', (d) => (d.agreements.ks.overtimePercent = []), [['agreements.ks.overtimePercent', 'expectedOneOf']]],
    [
      'a percentage above 100',
      (d) => ((d.agreements.ks.overtimePercent as Array<{ value: number }>)[1].value = 150),
      [['agreements.ks.overtimePercent[1].value', 'expectedPercent']],
    ],
    [
      'dated hours not ascending',
      (d) =>
        (d.agreements.ks.hours.rotating = [
          { from: '2024-01-01', value: 35.5, source: 'lovdata-sph-arbeidstid', kind: 'published', verified: false },
          { from: '2020-01-01', value: 37.5, source: 'lovdata-sph-arbeidstid', kind: 'published', verified: false },
        ]),
      [['agreements.ks.hours.rotating[1].from', 'unsortedDates']],
    ],
  ])('%s', (_, edit, errors) => {
    expect(broken(edit)).toEqual(errors);
  });

  it('accepts dated lists and plain values side by side', () => {
    expect(broken(() => {})).toEqual([]);
  });
});

describe('holiday pay % dated (a test dataset: the tariff rate 11 % before 2023, 12 % from 1.1.2023)', () => {
  const d = structuredClone<Dataset>(defaultDataset);
  const entry = { source: 'nho-feriepenger', kind: 'published' as const, verified: true };
  d.rules.holidayPay.tariff.percent = [
    { from: '2020-01-01', value: 11, ...entry },
    { from: '2023-01-01', value: 12, ...entry },
  ];
  it.each([
    ['2022-05-01', KS_2022 * 0.11, 11],
    ['2024-05-01', KS * 0.12, 12],
  ])('tariff date %s', (tariffDate, holidayPay, percent) => {
    expect(validateDataset(d).ok).toBe(true);
    const r = ladder({ tariffDate }, d);
    expect(r.current.holidayPay).toBeCloseTo(holidayPay, 6);
    const c = conditionsFor({ agreement: 'ks', tariffDate }, d);
    expect(c.ok && c.terms.find((t) => t.id === 'holidayPayPercent')?.value).toBe(percent);
  });

  it('holidayPayAmount without a date: the newest rate; a dated list out of order is refused', () => {
    expect(holidayPayAmount(100_000, d.rules.holidayPay.tariff, 130_160, 35)).toBeCloseTo(12_000, 6);
    const broken = structuredClone(d);
    (broken.rules.holidayPay.tariff.percent as Array<{ from: string }>)[1].from = '2019-01-01';
    const r = validateDataset(broken);
    expect(r.ok ? [] : r.errors.map((e) => [e.path, e.code])).toEqual([['rules.holidayPay.tariff.percent[1].from', 'unsortedDates']]);
  });
});
