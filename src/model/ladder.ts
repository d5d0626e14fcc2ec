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
  type SupplementRate,
  type TaxYear,
} from './dataset-types.js';
import { todayIso } from './dates.js';
import { normalizeScenario, type Amount, type Scenario, type ScenarioEvent } from './scenario.js';
import { estimateTax, type TaxEstimate } from './tax.js';
import { estimateStep, roundsAfter } from './rules/estimate.js';
import { holidayPayAmount } from './rules/holiday-pay.js';
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
    const placement = placementFor(dataset, s.agreement, education);
    const group = placement && resolveGroup(dataset, s.agreement, placement.group, asOf);
    if (!group) return { ok: false, errors: [{ field: 'education', code: 'unknownValue', params: { education } }] };
    if (group.fallbackFrom) {
      notes.add({ id: 'tableFallback', params: { group: group.groupName, requested: group.fallbackFrom, used: group.effectiveFrom } });
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

  const taxYear = pickTaxYear(dataset, s.taxYear);
  notes.add({ id: 'taxEstimate', params: { year: taxYear.year } });
  if (s.taxArea === 'innsatssonen' && !taxYear.innsatssonen) notes.add({ id: 'taxAreaMissing', params: { year: taxYear.year } });
  const today = options.today ?? todayIso();
  const tablesOwner = tableAgreement(dataset, s.agreement);

  const fraction = s.positionPercent / 100;
  const userProvenance: Provenance = { kind: 'user' };
  const growth = 1 + s.annualGrowth / 100;

  const rows: LadderRow[] = [];
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
    const hasLocalSupplement = !!placementFor(dataset, s.agreement, education)?.localSupplement;
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
    // Rounds count from the newest table; a group that fell back to an older table gets none.
    const stepEstimate =
      s.tariffDate === null && !group.fallbackFrom
        ? estimateStep(tablesOwner, group.group, tariffMinimum, roundsAfter(tablesOwner, group.effectiveFrom, today))
        : null;
    const estimate: RowEstimate | null = stepEstimate && {
      low: payAt(stepEstimate.low).grossAnnual * f,
      high: stepEstimate.high === null ? null : payAt(stepEstimate.high).grossAnnual * f,
      tariffLow: stepEstimate.low * f,
      tariffHigh: stepEstimate.high === null ? null : stepEstimate.high * f,
      tableDate: group.effectiveFrom,
      asOf: stepEstimate.rounds[stepEstimate.rounds.length - 1].effectiveFrom,
      rounds: stepEstimate.rounds,
      provenance: {
        kind: 'estimate',
        agreement: tablesOwner.id,
        effectiveFrom: group.effectiveFrom,
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
      tableDate: group.effectiveFrom,
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
      verified: !taxYear.unverified?.length,
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

function pickTaxYear(dataset: Dataset, year: number | null): TaxYear {
  const years = dataset.rules.tax.years;
  return years.find((t) => t.year === year) ?? years[years.length - 1];
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
