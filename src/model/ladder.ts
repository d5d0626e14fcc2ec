/**
 * computeLadder: a scenario in, one row per year of ansiennitet out, each row with the parts
 * that make up its gross pay and where each part came from.
 *
 * All amounts are kroner a year unless named otherwise. They are computed in today's kroner and
 * then multiplied by the growth factor for years after the scenario's current year, so tax
 * brackets are assumed to grow with pay.
 */
import {
  SHIFT_TYPES,
  type Dataset,
  type EducationId,
  type IsoDate,
  type ShiftType,
  type Agreement,
  type PayRound,
  type SupplementRate,
} from './dataset-types.js';
import { todayIso, yearOf } from './dates.js';
import { normalizeScenario, type Amount, type Scenario, type ScenarioEvent } from './scenario.js';
import { estimateTax, taxYearFor, type TaxEstimate } from './tax.js';
import { estimateStep, roundsAfter, type StepEstimate } from './rules/estimate.js';
import { holidayPayAmount } from './rules/holiday-pay.js';
import { groupError } from './occupation-errors.js';
import {
  inForce,
  newestTableDate,
  tableAgreement,
  placementFor,
  resolveGroup,
  stepAt,
  sourcedIn,
  type Provenance,
  type ResolvedGroup,
  type ResolvedStep,
} from './tables.js';

export type * from './ladder-types.js';
import type { ComputeOptions, Freshness, LadderFailure, LadderResult, LadderRow, Note, Part, RowEstimate } from './ladder-types.js';

/** Months after the 1 May pay round by which its tables are normally published. */
const PUBLICATION_MARGIN_MONTHS = 3;

export function freshness(asOf: IsoDate, today: IsoDate): Freshness {
  const year = Number(today.slice(0, 4));
  const round = today >= `${year}-05-01` ? year : year - 1;
  const latestPayRound = `${round}-05-01`;
  const published = `${round}-${String(5 + PUBLICATION_MARGIN_MONTHS).padStart(2, '0')}-01`;
  return { asOf, latestPayRound, likelyOutdated: asOf < latestPayRound && today >= published };
}

interface ShiftRule {
  rate: SupplementRate | null;
  provenance: Provenance;
}

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
  if (!agreement) return { ok: false, errors: [{ field: 'agreement', code: 'unknownValue' }] };
  const notes = new NoteList();
  const asOf = s.tariffDate ?? newestTableDate(dataset, s.agreement);
  if (!asOf) return { ok: false, errors: [{ field: 'agreement', code: 'unknownValue' }] };

  if (agreement.coverage === 'follows') notes.add({ id: 'followsAgreement', params: { agreement: agreement.tablesFrom ?? 'ks' } });
  if (agreement.coverage === 'none') notes.add({ id: 'referenceOnly', params: { agreement: agreement.tablesFrom ?? 'ks' } });

  // Pay groups of every education path the scenario passes through, resolved once.
  const groups = new Map<EducationId, ResolvedGroup>();
  for (const education of [s.education, ...s.events.flatMap((e) => (e.type === 'education' ? [e.education] : []))]) {
    if (groups.has(education)) continue;
    const placement = placementFor(dataset, s.agreement, education, s.occupation);
    const group = placement && resolveGroup(dataset, s.agreement, placement.group, asOf);
    if (!group) return { ok: false, errors: [groupError(dataset, s, education)] };
    if (group.unknownSteps) {
      const below = stepAt(group, group.unknownSteps[0]).years;
      notes.add({
        id: 'stepsNotPublished',
        params: {
          group: group.groupName,
          date: group.effectiveFrom,
          steps: group.unknownSteps.join(', '),
          from: group.unknownSteps[0],
          below,
        },
      });
    }
    for (const used of group.olderFrom ?? []) {
      const steps = group.steps.filter((step) => step.effectiveFrom === used).map((step) => step.years);
      notes.add({
        id: 'tableFallback',
        params: { group: group.groupName, requested: group.effectiveFrom, used, steps: steps.join(', ') },
      });
    }
    if (placement.localSupplement) {
      notes.add({ id: 'localEducationSupplement', params: { agreement: s.agreement } });
    }
    groups.set(education, group);
  }

  // Rates in force on the date.
  const shiftRules = {} as Record<ShiftType, ShiftRule>;
  for (const type of SHIFT_TYPES) {
    const list = agreement.supplements[type];
    const rate = inForce(list, asOf) ?? null;
    let provenance: Provenance;
    if (rate) {
      provenance = sourcedIn(agreement, rate);
      if (!rate.verified && s.shifts[type] > 0) notes.add({ id: 'unverifiedRate', params: { type } });
    } else {
      provenance = { kind: 'missing', agreement: agreement.id };
      if (s.shifts[type] > 0) notes.add({ id: list.length ? 'shiftRateMissing' : 'noShiftSupplement', params: { type, date: asOf } });
    }
    shiftRules[type] = { rate, provenance };
  }
  const hoursRatio = agreement.hours[s.schedule].value / agreement.hours.day.value;
  const hourlyDivisor = agreement.hourlyDivisor.value * hoursRatio;
  const hourlyProvenance = sourcedIn(agreement, agreement.hourlyDivisor);
  const overtimeFactor = (1 + agreement.overtimePercent.value / 100) / agreement.overtimeDivisor.value;
  const overtimeProvenance: Provenance = {
    kind: 'computed',
    inputs: [sourcedIn(agreement, agreement.overtimeDivisor), sourcedIn(agreement, agreement.overtimePercent)],
  };
  const workingWeeks = agreement.workingWeeks.value;
  const weeksProvenance = sourcedIn(agreement, agreement.workingWeeks);

  const holidayRule = dataset.rules.holidayPay[agreement.holidayPay];
  const gValues = dataset.rules.g.values;
  const g = (inForce(gValues, asOf) ?? gValues[gValues.length - 1]).value;

  const pensionPercent = agreement.pensionEmployeePercent?.value ?? null;
  if (pensionPercent === null) notes.add({ id: 'pensionUnknown', params: { agreement: agreement.id } });

  const today = options.today ?? todayIso();
  const taxYear = taxYearFor(dataset.rules.tax, s.taxYear ?? yearOf(today));
  notes.add({ id: 'taxEstimate', params: { year: taxYear.year } });
  if (taxYear.status === 'proposed') notes.add({ id: 'taxProposed', params: { year: taxYear.year } });
  if (s.taxArea === 'innsatssonen' && !taxYear.innsatssonen) notes.add({ id: 'taxAreaMissing', params: { year: taxYear.year } });
  const tablesOwner = tableAgreement(dataset, s.agreement);

  const fraction = s.positionPercent / 100;
  const userProvenance: Provenance = { kind: 'user' };
  const growth = 1 + s.annualGrowth / 100;

  const rows: LadderRow[] = [];
  const floors = new Map<string, Floor>();
  let education = s.education;
  let responsibility: Amount = s.responsibilitySupplement;
  let eventIndex = 0;
  for (let years = 0; years <= s.horizon; years++) {
    const events: ScenarioEvent[] = [];
    while (eventIndex < s.events.length && s.events[eventIndex].year === years) {
      const e = s.events[eventIndex++];
      events.push(e);
      if (e.type === 'education') education = e.education;
      else responsibility = e.supplement;
    }
    const group = groups.get(education)!;
    const step = stepAt(group, years);
    const hasLocalSupplement = !!placementFor(dataset, s.agreement, education, s.occupation)?.localSupplement;
    // Months without pay while studying fall in the year before the education event.
    const next = s.events.find((e) => e.type === 'education' && e.year === years + 1);
    const months = next?.type === 'education' ? next.monthsWithoutPay : 0;
    const studyCost = next?.type === 'education' ? next.studyCost : 0;
    const age = s.age === null ? null : s.age + (years - s.yearsExperience);

    /** The year's pay on a given tariff minimum (the table's, or an estimate of today's). */
    const payAt = (tariffMinimum: number) => {
      const localEducation = hasLocalSupplement ? s.localEducationSupplement : 0;
      const responsibilityPay = amountOf(responsibility, tariffMinimum);
      const individualPay = amountOf(s.individualSupplement, tariffMinimum);
      const fullTimePay = tariffMinimum + localEducation + responsibilityPay + individualPay;
      const basePay = fullTimePay * fraction;
      const hourly = fullTimePay / hourlyDivisor;

      const parts: Part[] = [{ id: 'tariffMinimum', amount: tariffMinimum * fraction, provenance: step.provenance }];
      if (localEducation) parts.push({ id: 'localEducationSupplement', amount: localEducation * fraction, provenance: userProvenance });
      if (responsibilityPay)
        parts.push({ id: 'responsibilitySupplement', amount: responsibilityPay * fraction, provenance: userProvenance });
      if (individualPay) parts.push({ id: 'individualSupplement', amount: individualPay * fraction, provenance: userProvenance });

      let shiftPay = 0;
      for (const type of SHIFT_TYPES) {
        const hours = s.shifts[type];
        if (!hours) continue;
        const { rate, provenance } = shiftRules[type];
        const perHour = rate ? ratePerHour(rate, hourly) : 0;
        const amount = hours * workingWeeks * perHour;
        shiftPay += amount;
        parts.push({
          id: `shift.${type}`,
          amount,
          provenance: rate ? { kind: 'computed', inputs: [provenance, hourlyProvenance, weeksProvenance] } : provenance,
        });
      }
      const overtimePay = s.overtimeHoursPerYear * fullTimePay * overtimeFactor;
      if (overtimePay) parts.push({ id: 'overtime', amount: overtimePay, provenance: overtimeProvenance });

      const unpaid = ((basePay + shiftPay + overtimePay) * months) / 12;
      if (unpaid) parts.push({ id: 'unpaidStudy', amount: -unpaid, provenance: userProvenance });
      const grossAnnual = basePay + shiftPay + overtimePay - unpaid;
      return { fullTimePay, basePay, hourly, shiftPay, overtimePay, grossAnnual, parts };
    };

    const tariffMinimum = step.amount;
    const { fullTimePay, basePay, hourly, shiftPay, overtimePay, grossAnnual, parts } = payAt(tariffMinimum);
    const holidayPay = holidayPayAmount(grossAnnual, holidayRule, g, age);
    const pensionContribution = pensionPercent === null ? null : (basePay + shiftPay) * (1 - months / 12) * (pensionPercent / 100);
    const tax = estimateTax(grossAnnual, pensionContribution ?? 0, taxYear, s.taxArea);
    const netAnnual = grossAnnual - tax.total - (pensionContribution ?? 0);

    const f = years > s.yearsExperience ? growth ** (years - s.yearsExperience) : 1;
    // Rounds count from the step's own table: for a step from an older table, the rounds up to the
    // group's newest table too. A round missing for a table in between leaves the step without one.
    const rounds = s.tariffDate === null ? roundsSince(tablesOwner, group, step, today) : null;
    if (rounds && 'missing' in rounds) {
      notes.add({ id: 'stepRiseUnknown', params: { group: group.groupName, step: step.years, date: rounds.missing } });
    }
    const stepEstimate = rounds && !('missing' in rounds) ? estimateStep(tablesOwner, group.group, tariffMinimum, rounds) : null;
    const floorStep = stepEstimate ? applyFloor(floors, group.group, step.years, stepEstimate) : undefined;
    const estimate: RowEstimate | null = stepEstimate && {
      low: payAt(stepEstimate.low).grossAnnual * f,
      high: stepEstimate.high === null ? null : payAt(stepEstimate.high).grossAnnual * f,
      tariffLow: stepEstimate.low * f,
      tariffHigh: stepEstimate.high === null ? null : stepEstimate.high * f,
      tableDate: step.effectiveFrom,
      ...(step.effectiveFrom !== group.effectiveFrom ? { newerTable: group.effectiveFrom } : {}),
      asOf: stepEstimate.rounds[stepEstimate.rounds.length - 1].effectiveFrom,
      rounds: stepEstimate.rounds,
      ...(floorStep !== undefined ? { floorStep } : {}),
      provenance: {
        kind: 'estimate',
        agreement: tablesOwner.id,
        effectiveFrom: step.effectiveFrom,
        group: group.group,
        step: step.years,
        inputs: [step.provenance],
      },
    };
    if (estimate) notes.add({ id: 'estimate', params: { asOf: estimate.asOf, tableDate: estimate.tableDate } });
    rows.push({
      years,
      education,
      group: group.group,
      step: step.years,
      tableDate: step.effectiveFrom,
      tariffMinimum: tariffMinimum * f,
      fullTimePay: fullTimePay * f,
      basePay: basePay * f,
      monthlyPay: (basePay * f) / 12,
      hourly: hourly * f,
      shiftPay: shiftPay * f,
      overtimePay: overtimePay * f,
      grossAnnual: grossAnnual * f,
      grossMonthly: (grossAnnual * f) / 12,
      holidayPay: holidayPay * f,
      pensionContribution: pensionContribution === null ? null : pensionContribution * f,
      tax: f === 1 ? tax : scaleTax(tax, f),
      netAnnualEstimate: netAnnual * f,
      netMonthlyEstimate: (netAnnual * f) / 12,
      studyCost: studyCost * f,
      growthFactor: f,
      parts: f === 1 ? parts : parts.map((p) => ({ ...p, amount: p.amount * f })),
      events,
      estimate,
    });
  }

  const current = rows[s.yearsExperience];
  const newest = [...groups.values()].reduce((d, g) => (g.effectiveFrom > d ? g.effectiveFrom : d), '');
  const fresh = freshness(newest, today);
  if (fresh.likelyOutdated) notes.add({ id: 'newerTablesLikely', params: { asOf: newest, payRound: fresh.latestPayRound } });

  const rules = dataset.rules;
  const holidayPercent = holidayRule.percent;
  const provenance: LadderResult['provenance'] = {
    hourly: hourlyProvenance,
    holidayPay: {
      kind: holidayPercent.kind,
      source: rules.holidayPay.sources[holidayPercent.source],
      verified: holidayPercent.verified,
      ...(holidayPercent.note ? { note: holidayPercent.note } : {}),
    },
    pensionContribution: agreement.pensionEmployeePercent
      ? sourcedIn(agreement, agreement.pensionEmployeePercent)
      : { kind: 'missing', agreement: agreement.id },
    tax: {
      kind: 'published',
      source: rules.tax.sources[taxYear.source],
      effectiveFrom: `${taxYear.year}-01-01`,
      verified: !taxYear.unverified?.length && taxYear.verification !== 'secondary',
      ...(taxYear.status === 'proposed' ? { status: 'proposed' as const } : {}),
      ...(taxYear.verification === 'secondary' ? { verification: 'secondary' as const } : {}),
      ...(taxYear.note ? { note: taxYear.note } : {}),
      ...(s.taxArea === 'innsatssonen' && taxYear.innsatssonen
        ? {
            inputs: [
              {
                kind: 'published',
                source: rules.tax.sources[taxYear.innsatssonen.source],
                effectiveFrom: `${taxYear.year}-01-01`,
                verified: true,
                ...(taxYear.innsatssonen.note ? { note: taxYear.innsatssonen.note } : {}),
              },
            ],
          }
        : {}),
    },
  };

  return {
    ok: true,
    provenance,
    scenario: s,
    agreement: s.agreement,
    coverage: agreement.coverage,
    asOf,
    rows,
    current,
    nextStep: findNextStep(rows, s.yearsExperience, s.positionPercent),
    notes: notes.list,
    taxYear: taxYear.year,
    taxStatus: taxYear.status ?? 'adopted',
    freshness: fresh,
  };
}

function amountOf(a: Amount, base: number): number {
  return a.unit === 'nok' ? a.value : (base * a.value) / 100;
}

function ratePerHour(rate: SupplementRate, hourly: number): number {
  if (rate.percent === undefined) return rate.nokPerHour ?? 0;
  return Math.max((hourly * rate.percent) / 100, rate.minNokPerHour ?? 0);
}

function scaleTax(t: TaxEstimate, f: number): TaxEstimate {
  return {
    incomeTax: t.incomeTax * f,
    trinnskatt: t.trinnskatt * f,
    trygdeavgift: t.trygdeavgift * f,
    total: t.total * f,
    finnmarksfradrag: t.finnmarksfradrag * f,
  };
}

/** The highest low bound of today's estimate so far in a pay group, and the step it belongs to. */
interface Floor {
  step: number;
  low: number;
  asOf: IsoDate;
}

/**
 * A minimum pay does not fall as ansiennitet grows: a step keeps at least the low bound of a lower
 * step of its group estimated to the same date (which may come from a newer table, with rises the
 * older step's own bound cannot count). Raises `e.low` where that is higher (never above `e.high`)
 * and returns the lower step's years then.
 */
function applyFloor(floors: Map<string, Floor>, group: string, years: number, e: StepEstimate): number | undefined {
  const asOf = e.rounds[e.rounds.length - 1].effectiveFrom;
  const floor = floors.get(group);
  if (floor && floor.asOf === asOf && floor.low > e.low && (e.high === null || floor.low <= e.high)) {
    e.low = floor.low;
    return floor.step;
  }
  if (!floor || floor.asOf !== asOf || e.low > floor.low) floors.set(group, { step: years, low: e.low, asOf });
  return undefined;
}

/**
 * The pay rounds that take a step from its table to today: those after the step's table that have
 * taken effect. A step from an older table needs a round for every newer table of its group up to
 * the newest (the rises in between); where one is not recorded, `{ missing: date }` names that table.
 */
function roundsSince(owner: Agreement, group: ResolvedGroup, step: ResolvedStep, today: IsoDate): PayRound[] | { missing: IsoDate } {
  const rounds = roundsAfter(owner, step.effectiveFrom, today);
  let after = step.effectiveFrom;
  for (const table of owner.tables ?? []) {
    if (table.effectiveFrom <= step.effectiveFrom || table.effectiveFrom > group.effectiveFrom || !table.groups[group.group]) continue;
    if (!rounds.some((r) => r.effectiveFrom > after && r.effectiveFrom <= table.effectiveFrom)) return { missing: table.effectiveFrom };
    after = table.effectiveFrom;
  }
  return rounds;
}

/** The first later row where seniority raises the tariff minimum of the same pay group. */
function findNextStep(rows: LadderRow[], from: number, positionPercent: number): LadderResult['nextStep'] {
  const now = rows[from];
  const base = now.tariffMinimum / now.growthFactor;
  for (let i = from + 1; i < rows.length; i++) {
    const r = rows[i];
    if (r.group !== now.group) continue;
    const tariffMinimum = r.tariffMinimum / r.growthFactor;
    const increase = tariffMinimum - base;
    if (increase > 0)
      return { years: r.years, inYears: r.years - from, tariffMinimum, increase, increaseForPosition: (increase * positionPercent) / 100 };
  }
  return null;
}

class NoteList {
  readonly list: Note[] = [];
  private readonly seen = new Set<string>();
  add(note: Note): void {
    const key = JSON.stringify(note);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push(note);
  }
}
