/**
 * computeLadder: a scenario in, one row per year of ansiennitet out, each row with the parts
 * that make up its gross pay and where each part came from.
 *
 * The ladder composes the rules in src/model/rules/ (one rule per file) and reads like a payslip:
 * tariff minimum → supplements → part time → shift → overtime (→ study leave) → holiday pay →
 * pension → tax, then growth for the years ahead. Every parameter is the one in force on the
 * tariff date (the scenario's `tariffDate`, else the date of the newest table).
 *
 * All amounts are kroner a year unless named otherwise. They are computed in today's kroner and
 * then multiplied by the growth factor for years after the scenario's current year, so tax
 * brackets are assumed to grow with pay.
 */
import type { Agreement, Dataset, EducationId, HolidayPayRule, IsoDate, TaxYear } from './dataset-types.js';
import { todayIso, yearOf } from './dates.js';
import { NoteList } from './notes.js';
import { normalizeScenario, type Amount, type Scenario, type ScenarioEvent } from './scenario.js';
import { newestTableDate, placementFor, tableAgreement, type Provenance, type ResolvedGroup, type ResolvedStep } from './tables.js';
import { tariffGroups, tariffStep } from './rules/tariff-step.js';
import { fullTimePay, supplements, type Supplements } from './rules/supplements.js';
import { partTime } from './rules/part-time.js';
import { shiftPay, shiftRules, type ShiftRules } from './rules/shift.js';
import { overtimePay, overtimeRule, type OvertimeRule } from './rules/overtime.js';
import { studyLeave, unpaidStudy, type StudyLeave } from './rules/study-leave.js';
import { gAt, holidayPayAmount, holidayPayProvenance } from './rules/holiday-pay.js';
import { pensionContribution, pensionRule, type PensionRule } from './rules/pension.js';
import { estimateTax, ladderTaxYear, taxProvenance } from './rules/tax.js';
import { growthFactor, grownTax } from './rules/growth.js';
import { estimateStep, roundsSince, type StepEstimate } from './rules/estimate.js';
import { applyFloor, type Floor } from './rules/floor.js';
import { findNextStep } from './rules/next-step.js';

export type * from './ladder-types.js';
import type { ComputeOptions, Freshness, LadderFailure, LadderResult, LadderRow, Part, RowEstimate } from './ladder-types.js';

/** Months after the 1 May pay round by which its tables are normally published. */
const PUBLICATION_MARGIN_MONTHS = 3;

export function freshness(asOf: IsoDate, today: IsoDate): Freshness {
  const year = Number(today.slice(0, 4));
  const round = today >= `${year}-05-01` ? year : year - 1;
  const latestPayRound = `${round}-05-01`;
  const published = `${round}-${String(5 + PUBLICATION_MARGIN_MONTHS).padStart(2, '0')}-01`;
  return { asOf, latestPayRound, likelyOutdated: asOf < latestPayRound && today >= published };
}

/** The rules and parameters of the agreement and the state in force on the tariff date: the same for every row. */
interface LadderRules {
  shift: ShiftRules;
  overtime: OvertimeRule;
  holidayPay: HolidayPayRule;
  /** Grunnbeløpet on the tariff date (the 60+ holiday-pay cap). */
  g: number;
  /** The tariff date: the holiday-pay figures in force then. */
  asOf: IsoDate;
  pension: PensionRule;
  taxYear: TaxYear;
  /** The agreement whose tables (and so pay rounds) apply. */
  tablesOwner: Agreement;
}

/** One year of the ladder: what the scenario is in that year. */
interface Year {
  s: Scenario;
  years: number;
  education: EducationId;
  responsibility: Amount;
  group: ResolvedGroup;
  step: ResolvedStep;
  /** The local education supplement where the year's placement has one, else 0. */
  localEducation: number;
  leave: StudyLeave;
  age: number | null;
  events: ScenarioEvent[];
}

/** The pay of one year on a tariff minimum, before holiday pay, pension and tax. */
interface YearPay {
  fullTimePay: number;
  basePay: number;
  hourly: number;
  shiftPay: number;
  overtimePay: number;
  grossAnnual: number;
  parts: Part[];
}

interface RowContext {
  today: IsoDate;
  notes: NoteList;
  /** The estimate's floor per pay group, filled in order of years. */
  floors: Map<string, Floor>;
  /** Today's estimate of each step met so far (steps repeat over the years; null: none). */
  estimates: Map<ResolvedStep, StepToday | null>;
}

/** A step's estimate of today's tariff minimum, after its floor. */
interface StepToday {
  e: StepEstimate;
  floorStep: number | undefined;
}

const USER: Provenance = { kind: 'user' };

/**
 * Computes the pay ladder for a scenario. Invalid input gives `{ ok: false, errors }`; this
 * function never throws for any input.
 */
export function computeLadder(input: unknown, dataset: Dataset, options: ComputeOptions = {}): LadderResult | LadderFailure {
  const { scenario, errors } = normalizeScenario(input, dataset);
  if (errors.length) return { ok: false, errors };
  return computeNormalized(scenario, dataset, options);
}

/** computeLadder for a scenario that `normalizeScenario` has already checked. */
export function computeNormalized(s: Scenario, dataset: Dataset, options: ComputeOptions = {}): LadderResult | LadderFailure {
  const agreement = dataset.agreements[s.agreement];
  const asOf = agreement && (s.tariffDate ?? newestTableDate(dataset, s.agreement));
  if (!agreement || !asOf) return { ok: false, errors: [{ field: 'agreement', code: 'unknownValue' }] };
  const today = options.today ?? todayIso();
  const notes = new NoteList();
  if (agreement.coverage === 'follows') notes.add({ id: 'followsAgreement', params: { agreement: agreement.tablesFrom ?? 'ks' } });
  if (agreement.coverage === 'none') notes.add({ id: 'referenceOnly', params: { agreement: agreement.tablesFrom ?? 'ks' } });

  const groups = tariffGroups(s, dataset, asOf, notes);
  if (!(groups instanceof Map)) return { ok: false, errors: [groups] };
  const rules = ladderRules(s, dataset, agreement, asOf, today, notes);
  const rows = ladderRows(s, dataset, groups, rules, { today, notes, floors: new Map(), estimates: new Map() });

  const newest = [...groups.values()].reduce((d, g) => (g.effectiveFrom > d ? g.effectiveFrom : d), '');
  const fresh = freshness(newest, today);
  if (fresh.likelyOutdated) notes.add({ id: 'newerTablesLikely', params: { asOf: newest, payRound: fresh.latestPayRound } });
  return {
    ok: true,
    provenance: {
      hourly: rules.shift.hourlyProvenance,
      holidayPay: holidayPayProvenance(dataset.rules.holidayPay, rules.holidayPay, asOf),
      pensionContribution: rules.pension.provenance,
      tax: taxProvenance(dataset.rules.tax, rules.taxYear, s.taxArea),
    },
    scenario: s,
    agreement: s.agreement,
    coverage: agreement.coverage,
    asOf,
    rows,
    current: rows[s.yearsExperience],
    nextStep: findNextStep(rows, s.yearsExperience, s.positionPercent),
    notes: notes.list,
    taxYear: rules.taxYear.year,
    taxStatus: rules.taxYear.status ?? 'adopted',
    freshness: fresh,
  };
}

/** The rules in force on `asOf` (the notes of shift rates, pension and tax, in that order). */
function ladderRules(s: Scenario, dataset: Dataset, agreement: Agreement, asOf: IsoDate, today: IsoDate, notes: NoteList): LadderRules {
  const shift = shiftRules(agreement, s, asOf, notes);
  const overtime = overtimeRule(agreement, asOf);
  const pension = pensionRule(agreement, asOf, notes);
  const taxYear = ladderTaxYear(dataset.rules.tax, s.taxYear ?? yearOf(today), s.taxArea, notes);
  return {
    shift,
    overtime,
    holidayPay: dataset.rules.holidayPay[agreement.holidayPay],
    g: gAt(dataset.rules.g, asOf),
    asOf,
    pension,
    taxYear,
    tablesOwner: tableAgreement(dataset, s.agreement),
  };
}

/** One row per year 0…horizon; education and responsibility events take effect in their year. */
function ladderRows(
  s: Scenario,
  dataset: Dataset,
  groups: Map<EducationId, ResolvedGroup>,
  rules: LadderRules,
  ctx: RowContext,
): LadderRow[] {
  const rows: LadderRow[] = [];
  let education = s.education;
  let responsibility = s.responsibilitySupplement;
  let eventIndex = 0;
  const localSupplement = new Map<EducationId, boolean>();
  for (let years = 0; years <= s.horizon; years++) {
    const events: ScenarioEvent[] = [];
    while (eventIndex < s.events.length && s.events[eventIndex].year === years) {
      const e = s.events[eventIndex++];
      events.push(e);
      if (e.type === 'education') education = e.education;
      else responsibility = e.supplement;
    }
    const group = groups.get(education)!;
    const local = localSupplement.get(education) ?? !!placementFor(dataset, s.agreement, education, s.occupation)?.localSupplement;
    localSupplement.set(education, local);
    const year: Year = {
      s,
      years,
      education,
      responsibility,
      group,
      step: tariffStep(group, years),
      localEducation: local ? s.localEducationSupplement : 0,
      leave: studyLeave(s.events, years),
      age: s.age === null ? null : s.age + (years - s.yearsExperience),
      events,
    };
    rows.push(ladderRow(year, rules, ctx));
  }
  return rows;
}

/** A step's estimate of today's tariff minimum from the rounds since its table, after its group's floor; null without one. */
function stepToday({ group, step }: Year, r: LadderRules, ctx: RowContext): StepToday | null {
  const rounds = roundsSince(r.tablesOwner, group, step, ctx.today);
  if ('missing' in rounds) {
    ctx.notes.add({ id: 'stepRiseUnknown', params: { group: group.groupName, step: step.years, date: rounds.missing } });
    return null;
  }
  const e = estimateStep(r.tablesOwner, group.group, step.amount, rounds);
  if (!e) return null;
  const floorStep = applyFloor(ctx.floors, group.group, step.years, e);
  ctx.notes.add({ id: 'estimate', params: { asOf: e.rounds[e.rounds.length - 1].effectiveFrom, tableDate: step.effectiveFrom } });
  return { e, floorStep };
}

/**
 * A year's pay on a tariff minimum (the table's, or an estimate of today's), in the order of a
 * payslip; with `withParts` false the parts are left out (an estimate's bounds need only the gross).
 */
function payAt(tariffMinimum: number, y: Year, r: LadderRules, withParts = true): YearPay {
  const { s } = y;
  const fixed = supplements(tariffMinimum, y.localEducation, y.responsibility, s.individualSupplement);
  const fullTime = fullTimePay(tariffMinimum, fixed);
  const basePay = partTime(fullTime, s.positionPercent);
  const hourly = fullTime / r.shift.hourlyDivisor;
  const parts = withParts ? fixedParts(tariffMinimum, fixed, y) : [];
  const shift = shiftPay(s.shifts, r.shift, hourly, withParts ? parts : undefined);
  const overtime = overtimePay(s.overtimeHoursPerYear, fullTime, r.overtime.factor);
  const unpaid = unpaidStudy(basePay + shift + overtime, y.leave.months);
  if (withParts && overtime) parts.push({ id: 'overtime', amount: overtime, provenance: r.overtime.provenance });
  if (withParts && unpaid) parts.push({ id: 'unpaidStudy', amount: -unpaid, provenance: USER });
  const grossAnnual = basePay + shift + overtime - unpaid;
  return { fullTimePay: fullTime, basePay, hourly, shiftPay: shift, overtimePay: overtime, grossAnnual, parts };
}

/** The parts of the fixed pay for the position: the tariff minimum and each supplement there is. */
function fixedParts(tariffMinimum: number, fixed: Supplements, y: Year): Part[] {
  const p = y.s.positionPercent;
  const parts: Part[] = [{ id: 'tariffMinimum', amount: partTime(tariffMinimum, p), provenance: y.step.provenance }];
  if (fixed.localEducation) parts.push({ id: 'localEducationSupplement', amount: partTime(fixed.localEducation, p), provenance: USER });
  if (fixed.responsibility) parts.push({ id: 'responsibilitySupplement', amount: partTime(fixed.responsibility, p), provenance: USER });
  if (fixed.individual) parts.push({ id: 'individualSupplement', amount: partTime(fixed.individual, p), provenance: USER });
  return parts;
}

/** A year's row: its pay, holiday pay, pension, tax and net, grown to its year, and today's estimate. */
function ladderRow(y: Year, r: LadderRules, ctx: RowContext): LadderRow {
  const { s, step } = y;
  const pay = payAt(step.amount, y, r);
  const holidayPay = holidayPayAmount(pay.grossAnnual, r.holidayPay, r.g, y.age, r.asOf);
  const pension = pensionContribution(pay.basePay + pay.shiftPay, y.leave.months, r.pension.percent);
  const tax = estimateTax(pay.grossAnnual, pension ?? 0, r.taxYear, s.taxArea);
  const netAnnual = pay.grossAnnual - tax.total - (pension ?? 0);
  const f = growthFactor(y.years, s.yearsExperience, s.annualGrowth);
  return {
    years: y.years,
    education: y.education,
    group: y.group.group,
    step: step.years,
    tableDate: step.effectiveFrom,
    tariffMinimum: step.amount * f,
    fullTimePay: pay.fullTimePay * f,
    basePay: pay.basePay * f,
    monthlyPay: (pay.basePay * f) / 12,
    hourly: pay.hourly * f,
    shiftPay: pay.shiftPay * f,
    overtimePay: pay.overtimePay * f,
    grossAnnual: pay.grossAnnual * f,
    grossMonthly: (pay.grossAnnual * f) / 12,
    holidayPay: holidayPay * f,
    pensionContribution: pension === null ? null : pension * f,
    tax: grownTax(tax, f),
    netAnnualEstimate: netAnnual * f,
    netMonthlyEstimate: (netAnnual * f) / 12,
    studyCost: y.leave.studyCost * f,
    growthFactor: f,
    parts: f === 1 ? pay.parts : pay.parts.map((p) => ({ id: p.id, amount: p.amount * f, provenance: p.provenance })),
    events: y.events,
    estimate: rowEstimate(y, r, f, ctx),
  };
}

/**
 * Today's pay past the step's table, from the pay rounds since (rules/estimate.ts): only when the
 * scenario asks for the newest tables. Rounds count from the step's own table: for a step from an
 * older table, the rounds up to the group's newest table too. A round missing for a table in
 * between leaves the step without one.
 */
function rowEstimate(y: Year, r: LadderRules, f: number, ctx: RowContext): RowEstimate | null {
  const { group, step } = y;
  if (y.s.tariffDate !== null) return null;
  let today = ctx.estimates.get(step);
  if (today === undefined) {
    today = stepToday(y, r, ctx);
    ctx.estimates.set(step, today);
  }
  if (!today) return null;
  const { e, floorStep } = today;
  const asOf = e.rounds[e.rounds.length - 1].effectiveFrom;
  return {
    low: payAt(e.low, y, r, false).grossAnnual * f,
    high: e.high === null ? null : payAt(e.high, y, r, false).grossAnnual * f,
    tariffLow: e.low * f,
    tariffHigh: e.high === null ? null : e.high * f,
    tableDate: step.effectiveFrom,
    ...(step.effectiveFrom !== group.effectiveFrom ? { newerTable: group.effectiveFrom } : {}),
    asOf,
    rounds: e.rounds,
    ...(floorStep !== undefined ? { floorStep } : {}),
    provenance: {
      kind: 'estimate',
      agreement: r.tablesOwner.id,
      effectiveFrom: step.effectiveFrom,
      group: group.group,
      step: step.years,
      inputs: [step.provenance],
    },
  };
}
