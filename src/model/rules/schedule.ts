/**
 * A year month by month: what is paid each month, the tax withheld (tabelltrekk) and what is left.
 *
 * The yearly figures are the ladder's (the row for the scenario's current years of experience),
 * spread evenly over the months; then the payroll calendar in data/rules/conditions.json:
 * - holiday pay (feriepenger, rules/holiday-pay.ts) for the previous year's pay is paid in June,
 *   and the pay for the holiday days is deducted then (ferietrekk: a month's fixed pay ×
 *   holiday working days / 26 working days a month);
 * - tabelltrekk spreads the year's tax over 10.5 months: no tax is withheld on holiday pay, tax
 *   is withheld in June only on what is left of the ordinary pay after the ferietrekk, and half
 *   in December (or November, where the employer chooses that).
 * The withholding therefore matches the tax estimate for the year's pay only approximately; the
 * summary gives both and their difference (see `ScheduleSummary`).
 */
import type { Agreement, AgreementId, Dataset, IsoDate, LawConditions, PayrollRules, TaxStatus, TaxYear } from '../dataset-types.js';
import { isIsoDate, yearOf } from '../dates.js';
import { WORKING_DAYS_PER_WEEK } from './conditions.js';
import { computeNormalized, type LadderRow } from '../ladder.js';
import { normalizeScenario, type Scenario, type ScenarioError } from '../scenario.js';
import { estimateTax, taxYearFor } from './tax.js';
import { gAt, holidayPayAmount } from './holiday-pay.js';

export interface ScheduleOptions {
  /** The calendar year to lay out (2000–2100). */
  year: number;
  /**
   * First day of work for this employer; absent or `null` = employed all of this year and the
   * last. A date in `year` means no holiday pay is paid in June (none was earned); a date in the
   * year before means holiday pay for the months worked then.
   */
  startDate?: IsoDate | null;
  /** The month with half withholding: 12 (default) or 11, as the employer chooses. */
  halfWithholdingMonth?: 11 | 12;
}

export type SchedulePartId = 'basePay' | 'supplements' | 'overtime' | 'unpaidStudy' | 'holidayPay' | 'holidayDeduction';

/** One named amount of a month's gross pay (kr); `holidayDeduction` is negative. */
export interface SchedulePart {
  id: SchedulePartId;
  amount: number;
}

export interface ScheduleMonth {
  /** 1–12. */
  month: number;
  /** Sum of `parts`. */
  gross: number;
  /** Tax withheld (tabelltrekk), an estimate. */
  taxWithheld: number;
  /** Employee's pension contribution; `null` when not known for this employer. */
  pension: number | null;
  /** gross − taxWithheld − pension (pension counted as 0 when not known). */
  net: number;
  parts: SchedulePart[];
}

export type ScheduleNoteId =
  /** Started this year: no holiday pay was earned last year, so none is paid in June (holiday taken then is unpaid; not shown). */
  | 'holidayPayNotEarned'
  /** Started last year: holiday pay only for `monthsEarned` months; holiday days it does not cover are unpaid (not shown). */
  | 'holidayPayPartial'
  /** The first month is paid for the days from the start date. */
  | 'firstMonthProRata'
  /** Started this year: tabelltrekk assumes a full year's pay, so more tax is withheld than the year's tax; the difference comes back after the tax assessment. */
  | 'partYearWithholding'
  /** Holiday pay is computed on last year's pay at today's tables (the ladder's row for one year less experience). */
  | 'holidayPayBasisTodaysTables'
  /** The tax rules of `year` are not in the data; those of `used` are applied. */
  | 'taxRulesOfOtherYear'
  /** The tax rules of `year` are the government's proposal, not yet adopted by Stortinget. */
  | 'taxProposed'
  /** The agreement's holiday weeks are not known; the ferietrekk uses the law's 25 working days. */
  | 'holidayDaysFromLaw'
  /** The employee's pension contribution is not known for this employer. */
  | 'pensionUnknown';

export interface ScheduleNote {
  id: ScheduleNoteId;
  params?: Record<string, string | number>;
}

export interface ScheduleSummary {
  year: number;
  agreement: AgreementId;
  /** Sums of the months. */
  gross: number;
  taxWithheld: number;
  pension: number | null;
  net: number;
  /** The ladder's gross annual pay for the scenario (what the months' basePay … overtime add up to in a full year). */
  annualGross: number;
  /** Holiday pay paid in `holidayPayMonth` (earned last year). */
  holidayPay: number;
  /** Ferietrekk taken in `holidayPayMonth` (positive number; the part in the month is negative). */
  holidayDeduction: number;
  /** Holiday working days the full ferietrekk is for (law 25; 5 weeks = 30; +6 from 60). */
  holidayDays: number;
  holidayPayStatus: 'full' | 'partial' | 'notEarned';
  /** Months of last year that holiday pay was earned for (0–12). */
  monthsEarned: number;
  holidayPayMonth: number;
  halfWithholdingMonth: number;
  /** Tabelltrekk in a normal month of full pay: the full-year tax / 10.5. */
  monthlyWithholding: number;
  /** The tax estimate (model `estimateTax`) on this year's gross pay, pension premium deducted. */
  taxEstimate: number;
  /** taxWithheld − taxEstimate: what the tax assessment would settle (positive = refund). */
  withholdingDifference: number;
  /** The tax year whose rules are applied. */
  taxYear: number;
  /** Whether those rules are adopted or only the government's proposal. */
  taxStatus: TaxStatus;
  notes: ScheduleNote[];
}

export type ScheduleResult = { ok: true; months: ScheduleMonth[]; summary: ScheduleSummary } | { ok: false; errors: ScenarioError[] };

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/**
 * The years a person can lay out, this year and next, and which one a view starts with: in
 * December the coming year (that is when people plan it; its tax rules are then usually only
 * proposed), else this year.
 */
export function scheduleYears(today: IsoDate): { years: [number, number]; preferred: number } {
  const year = yearOf(today);
  return { years: [year, year + 1], preferred: today.slice(5, 7) === '12' ? year + 1 : year };
}

/** The year month by month for a scenario. Invalid input or options give `{ ok: false, errors }`; never throws. */
export function paySchedule(input: unknown, dataset: Dataset, options: ScheduleOptions): ScheduleResult {
  const { scenario: s, errors } = normalizeScenario(input, dataset);
  const o = readOptions(options, errors);
  if (errors.length || !o) return { ok: false, errors };
  const payroll = dataset.rules.conditions?.payroll;
  const law = dataset.rules.conditions?.law;
  if (!payroll || !law) return { ok: false, errors: [{ field: 'dataset', code: 'unknownValue', params: { missing: 'rules.conditions' } }] };
  const ladder = computeNormalized(s, dataset);
  if (!ladder.ok) return ladder;
  const notes: ScheduleNote[] = [];
  const y: ScheduleYear = {
    s,
    o,
    dataset,
    agreement: dataset.agreements[s.agreement]!,
    payroll,
    law,
    row: ladder.current,
    previous: ladder.rows[Math.max(0, s.yearsExperience - 1)],
    notes,
  };
  const { worked, monthsEarned } = employment(y);
  const holiday = holidayPayOf(y, monthsEarned);
  const withholding = withholdingOf(y, holiday);
  const months = monthsOf(y, worked, holiday, withholding);
  return { ok: true, months, summary: summaryOf(y, months, monthsEarned, holiday, withholding) };
}

/** What the parts of the schedule read: the scenario, the options, the rules and the ladder's rows. */
interface ScheduleYear {
  s: Scenario;
  o: ScheduleOptions & { startDate: IsoDate | null };
  dataset: Dataset;
  agreement: Agreement;
  payroll: PayrollRules;
  law: LawConditions;
  /** The ladder's row for the scenario's years of experience. */
  row: LadderRow;
  /** Last year's row (one year less experience, at today's tables). */
  previous: LadderRow;
  notes: ScheduleNote[];
}

interface HolidayPay {
  holidayPay: number;
  holidayDeduction: number;
  holidayDays: number;
  holidayPayStatus: ScheduleSummary['holidayPayStatus'];
}

interface Withholding {
  taxYear: TaxYear;
  pensionAnnual: number | null;
  monthlyWithholding: number;
  holidayMonth: number;
  halfMonth: number;
}

/** The share of month `m` of year `y` worked (a partial first month by days). */
function monthShare(startDate: IsoDate | null, y: number, m: number): number {
  if (!startDate) return 1;
  const first = `${y}-${String(m).padStart(2, '0')}-01`;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const last = `${y}-${String(m).padStart(2, '0')}-${days}`;
  if (startDate <= first) return 1;
  if (startDate > last) return 0;
  return (days - Number(startDate.slice(8, 10)) + 1) / days;
}

/** Months employed this year (a share per month) and last year (their sum). */
function employment({ o, notes }: ScheduleYear): { worked: number[]; monthsEarned: number } {
  const { year, startDate } = o;
  const worked = MONTHS.map((m) => monthShare(startDate, year, m));
  const monthsEarned = MONTHS.reduce((sum, m) => sum + monthShare(startDate, year - 1, m), 0);
  if (startDate && startDate.startsWith(`${year}-`) && worked.some((w) => w > 0 && w < 1)) notes.push({ id: 'firstMonthProRata' });
  return { worked, monthsEarned };
}

/** Holiday pay for last year's pay, paid in the holiday-pay month, and the ferietrekk taken then. */
function holidayPayOf(y: ScheduleYear, monthsEarned: number): HolidayPay {
  const { s, o, dataset, agreement, payroll, law, notes } = y;
  const holidayRule = dataset.rules.holidayPay[agreement.holidayPay];
  const paid = `${o.year}-${String(payroll.holidayPayMonth.value).padStart(2, '0')}-01`;
  const holidayPay = holidayPayAmount((y.previous.grossAnnual * monthsEarned) / 12, holidayRule, gAt(dataset.rules.g, paid), s.age, paid);
  const holidayPayStatus = monthsEarned >= 12 ? 'full' : monthsEarned > 0 ? 'partial' : 'notEarned';
  if (holidayPayStatus === 'notEarned') notes.push({ id: 'holidayPayNotEarned' });
  if (holidayPayStatus === 'partial') notes.push({ id: 'holidayPayPartial', params: { monthsEarned: round2(monthsEarned) } });
  if (holidayPay > 0 && s.yearsExperience > 0) notes.push({ id: 'holidayPayBasisTodaysTables' });

  // Ferietrekk: a month's fixed pay for each holiday working day / working days a month, at most the holiday pay.
  const weeks = agreement.conditions?.vacationWeeks;
  // Ferieloven's working days: 5 weeks = 30 days (the source of workingDaysPerMonth).
  let holidayDays =
    weeks && weeks.value !== null && typeof weeks.value === 'number' ? weeks.value * WORKING_DAYS_PER_WEEK : law.vacationDays.value;
  if (!(weeks && weeks.value !== null) && agreement.holidayPay === 'tariff') notes.push({ id: 'holidayDaysFromLaw' });
  if (s.age !== null && s.age >= 60) holidayDays += law.over60ExtraVacationDays.value;
  const fullDeduction = ((y.row.basePay / 12) * holidayDays) / payroll.workingDaysPerMonth.value;
  return { holidayPay, holidayDeduction: Math.min(fullDeduction, holidayPay), holidayDays, holidayPayStatus };
}

/** Tabelltrekk: the tax on a full year's pay spread over 10.5 months. */
function withholdingOf(y: ScheduleYear, h: HolidayPay): Withholding {
  const { s, o, payroll, notes } = y;
  const { year } = o;
  const taxYear = taxYearFor(y.dataset.rules.tax, s.taxYear ?? year);
  if (taxYear.year !== (s.taxYear ?? year)) notes.push({ id: 'taxRulesOfOtherYear', params: { year, used: taxYear.year } });
  if (taxYear.status === 'proposed') notes.push({ id: 'taxProposed', params: { year: taxYear.year } });
  const pensionAnnual = y.row.pensionContribution;
  if (pensionAnnual === null) notes.push({ id: 'pensionUnknown' });
  const fullYearGross = y.row.grossAnnual + h.holidayPay - h.holidayDeduction;
  const monthlyWithholding = estimateTax(fullYearGross, pensionAnnual ?? 0, taxYear, s.taxArea).total / payroll.withholdingMonths.value;
  if (o.startDate && o.startDate > `${year}-01-01`) notes.push({ id: 'partYearWithholding' });
  return {
    taxYear,
    pensionAnnual,
    monthlyWithholding,
    holidayMonth: payroll.holidayPayMonth.value,
    halfMonth: o.halfWithholdingMonth ?? payroll.halfWithholdingMonth.value,
  };
}

/** The ladder's pay a month, by part. */
function monthlyPartsOf(row: LadderRow): SchedulePart[] {
  const unpaid = row.parts.find((p) => p.id === 'unpaidStudy')?.amount ?? 0;
  return [
    { id: 'basePay', amount: row.basePay / 12 },
    ...(row.shiftPay ? [{ id: 'supplements' as const, amount: row.shiftPay / 12 }] : []),
    ...(row.overtimePay ? [{ id: 'overtime' as const, amount: row.overtimePay / 12 }] : []),
    ...(unpaid ? [{ id: 'unpaidStudy' as const, amount: unpaid / 12 }] : []),
  ];
}

function monthsOf(y: ScheduleYear, worked: number[], h: HolidayPay, t: Withholding): ScheduleMonth[] {
  const monthly = y.row.grossAnnual / 12;
  const monthlyParts = monthlyPartsOf(y.row);
  const { holidayPay, holidayDeduction } = h;
  const { monthlyWithholding, pensionAnnual } = t;
  return MONTHS.map((month, i) => {
    const w = worked[i];
    const parts: SchedulePart[] = w ? monthlyParts.map((p) => ({ id: p.id, amount: p.amount * w })) : [];
    const ordinary = monthly * w;
    let taxWithheld = monthlyWithholding * w;
    if (month === t.holidayMonth) {
      if (holidayPay > 0) parts.push({ id: 'holidayPay', amount: holidayPay });
      if (holidayDeduction > 0) parts.push({ id: 'holidayDeduction', amount: -holidayDeduction });
      // No tax on the holiday pay; tax on what is left of the ordinary pay after the ferietrekk.
      taxWithheld = monthly > 0 ? (monthlyWithholding * Math.max(0, ordinary - holidayDeduction)) / monthly : 0;
    } else if (month === t.halfMonth) taxWithheld /= 2;
    const gross = parts.reduce((sum, p) => sum + p.amount, 0);
    const pension = pensionAnnual === null ? null : (pensionAnnual / 12) * w;
    return { month, gross, taxWithheld, pension, net: gross - taxWithheld - (pension ?? 0), parts };
  });
}

function summaryOf(y: ScheduleYear, months: ScheduleMonth[], monthsEarned: number, h: HolidayPay, t: Withholding): ScheduleSummary {
  const sum = (f: (m: ScheduleMonth) => number) => months.reduce((total, m) => total + f(m), 0);
  const gross = sum((m) => m.gross);
  const taxWithheld = sum((m) => m.taxWithheld);
  const pension = t.pensionAnnual === null ? null : sum((m) => m.pension ?? 0);
  const taxEstimate = estimateTax(gross, pension ?? 0, t.taxYear, y.s.taxArea).total;
  return {
    year: y.o.year,
    agreement: y.s.agreement,
    gross,
    taxWithheld,
    pension,
    net: sum((m) => m.net),
    annualGross: y.row.grossAnnual,
    ...h,
    monthsEarned,
    holidayPayMonth: t.holidayMonth,
    halfWithholdingMonth: t.halfMonth,
    monthlyWithholding: t.monthlyWithholding,
    taxEstimate,
    withholdingDifference: taxWithheld - taxEstimate,
    taxYear: t.taxYear.year,
    taxStatus: t.taxYear.status ?? 'adopted',
    notes: y.notes,
  };
}

function readOptions(options: unknown, errors: ScenarioError[]): (ScheduleOptions & { startDate: IsoDate | null }) | null {
  if (typeof options !== 'object' || options === null) {
    errors.push({ field: 'options', code: 'invalidType' });
    return null;
  }
  const { year, startDate, halfWithholdingMonth } = options as Record<string, unknown>;
  const before = errors.length;
  if (typeof year !== 'number' || !Number.isFinite(year))
    errors.push({ field: 'options.year', code: typeof year === 'string' ? 'notANumber' : 'invalidType' });
  else if (!Number.isInteger(year)) errors.push({ field: 'options.year', code: 'notAnInteger' });
  else if (year < 2000 || year > 2100) errors.push({ field: 'options.year', code: 'outOfRange', params: { min: 2000, max: 2100 } });
  if (startDate !== undefined && startDate !== null) {
    if (!isIsoDate(startDate)) errors.push({ field: 'options.startDate', code: 'invalidDate' });
    else if (typeof year === 'number' && startDate > `${year}-12-31`)
      errors.push({ field: 'options.startDate', code: 'outOfRange', params: { max: `${year}-12-31` } });
  }
  if (halfWithholdingMonth !== undefined && halfWithholdingMonth !== 11 && halfWithholdingMonth !== 12)
    errors.push({ field: 'options.halfWithholdingMonth', code: 'unknownValue', params: { allowed: '11, 12' } });
  if (errors.length > before) return null;
  return {
    year: year as number,
    startDate: (startDate as IsoDate | null | undefined) ?? null,
    ...(halfWithholdingMonth ? { halfWithholdingMonth: halfWithholdingMonth as 11 | 12 } : {}),
  };
}

const round2 = (x: number) => Math.round(x * 100) / 100;
