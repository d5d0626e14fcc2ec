/**
 * Working conditions of a scenario's workplace, term by term, each with where it comes from:
 * the agreement's figure where the data has one, else the law's (the floor every employee has).
 * The law's terms are in data/rules/conditions.json; the agreements' in their `conditions`, and
 * hours, overtime, supplements, holiday pay and the pension share in the agreements' own fields
 * (referenced here, not copied). The scenario's age (60+) and schedule decide which terms apply.
 */
import {
  SHIFT_TYPES,
  type Agreement,
  type AgreementId,
  type Condition,
  type ConditionUnit,
  type ContractItemId,
  type Dataset,
  type IsoDate,
  type KnownCondition,
  type LawConditions,
  type NoticeStep,
  type ShiftType,
  type Source,
} from '../dataset-types.js';
import { normalizeScenario, type Scenario, type ScenarioError } from '../scenario.js';
import { paramAt } from '../params.js';
import { holidayPayFigures } from './holiday-pay.js';
import { inForce, newestTableDate, sourcedIn, type Provenance } from '../tables.js';

/** Ferieloven counts six working days (virkedager) a week: every day but Sunday and public holidays. */
export const WORKING_DAYS_PER_WEEK = 6;

export type TermId =
  | 'weeklyHours'
  | 'vacation'
  | 'holidayPayPercent'
  | 'overtimePercent'
  | 'overtimeHighPercent'
  | 'pensionScheme'
  | 'pensionEmployeePercent'
  | 'afp'
  | 'sickPay'
  | 'noticePeriod'
  | 'probation'
  | 'writtenContract'
  | `supplement.${ShiftType}`;

/** The ids of every term, in the order `conditionsFor` returns them. */
export const TERM_IDS: readonly TermId[] = [
  'weeklyHours',
  'vacation',
  'holidayPayPercent',
  'overtimePercent',
  'overtimeHighPercent',
  'pensionScheme',
  'pensionEmployeePercent',
  'afp',
  'sickPay',
  'noticePeriod',
  'probation',
  'writtenContract',
  ...SHIFT_TYPES.map((t) => `supplement.${t}` as const),
];

/**
 * String values a term can have (the UI words them): `public` / `otp` (pension scheme), `yes` /
 * `no` (AFP), `fullPay` (sick pay topped up to full pay) / `capped6G` (sykepenger up to 6 G only),
 * `required` (written contract), `none` (no such supplement: no agreement, and the law gives none).
 */
export type TermValueId = 'public' | 'otp' | 'yes' | 'no' | 'fullPay' | 'capped6G' | 'required' | 'none';

export type TermUnit = ConditionUnit | 'nokPerHour' | 'percentOfHourlyPay';

export interface Term {
  id: TermId;
  /** A number (in `unit`), a {@link TermValueId}, or `null` when not known. */
  value: number | TermValueId | null;
  unit?: TermUnit;
  /**
   * `agreement`: the workplace's agreement (or, for a private employer, its own figure in the
   * data); `law`: the law's minimum, because the workplace has no agreement or the agreement's
   * figure is not known.
   */
  basis: 'agreement' | 'law';
  /**
   * Figures that qualify the value, by term: `lawMaxHours` (weeklyHours); `weeks` and `days` (vacation in
   * working days: 25 = 4 weeks and 1 day); `extraDays` (vacation,
   * 60+); `over60CapG` (holidayPayPercent, 60+); `minNokPerHour` (supplements); `minPercent`,
   * `maxG` (pensionScheme `otp`); `capG`, `employerDays` (sickPay); `noticeDays` (probation).
   */
  params?: Record<string, number>;
  /** The law's notice periods by years in the same firm and age (noticePeriod). */
  steps?: NoticeStep[];
  /** What a written contract must contain (writtenContract). */
  items?: ContractItemId[];
  provenance: Provenance;
}

export type ConditionsResult = { ok: true; agreement: AgreementId; terms: Term[] } | { ok: false; errors: ScenarioError[] };

/** Working conditions for a scenario. Invalid input gives `{ ok: false, errors }`; never throws. */
export function conditionsFor(input: unknown, dataset: Dataset): ConditionsResult {
  const { scenario, errors } = normalizeScenario(input, dataset);
  if (errors.length) return { ok: false, errors };
  return conditionsOf(scenario, dataset);
}

/** conditionsFor for a scenario that `normalizeScenario` has already checked. */
export function conditionsOf(s: Scenario, dataset: Dataset): ConditionsResult {
  const agreement = dataset.agreements[s.agreement];
  if (!agreement) return { ok: false, errors: [{ field: 'agreement', code: 'unknownValue' }] };
  const rules = dataset.rules.conditions;
  const c: TermContext = {
    s,
    dataset,
    agreement,
    law: rules?.law,
    lawSources: rules?.sources,
    over60: s.age !== null && s.age >= 60,
    hasAgreement: agreement.coverage !== 'none',
    // Figures in force on the tables' date.
    asOf: s.tariffDate ?? newestTableDate(dataset, s.agreement) ?? dataset.updated,
  };
  const terms: Term[] = [
    hoursTerm(c),
    vacationTerm(c),
    holidayPayTerm(c),
    ...overtimeTerms(c),
    ...pensionTerms(c),
    sickPayTerm(c),
    noticeTerm(c),
    probationTerm(c),
    writtenContractTerm(c),
    ...supplementTerms(c),
  ];
  return { ok: true, agreement: s.agreement, terms };
}

/** What every term reads: the scenario, its agreement, the law's terms and the date. */
interface TermContext {
  s: Scenario;
  dataset: Dataset;
  agreement: Agreement;
  law: LawConditions | undefined;
  lawSources: Record<string, Source> | undefined;
  over60: boolean;
  hasAgreement: boolean;
  asOf: IsoDate;
}

type Sourced = { source: string; kind: 'published' | 'derived'; verified: boolean; quote?: string; note?: string; from?: IsoDate };

const lawProvenance = (c: TermContext, v: Sourced): Provenance => provenanceOf(v, c.lawSources?.[v.source]);
const agreementProvenance = (c: TermContext, v: Sourced): Provenance => ({
  ...provenanceOf(v, c.agreement.sources[v.source]),
  agreement: c.agreement.id,
});
const missing = (c: TermContext, note?: string): Provenance => ({ kind: 'missing', agreement: c.agreement.id, ...(note ? { note } : {}) });
const own = (c: TermContext, key: keyof NonNullable<Agreement['conditions']>): Condition | undefined => c.agreement.conditions?.[key];
const known = (v: Condition | undefined): v is KnownCondition => !!v && v.value !== null;

/** The law's figure for a term: its value, unit, the condition it comes from and what qualifies it. */
interface LawValue {
  value: number | TermValueId;
  unit?: TermUnit;
  c?: KnownCondition;
  params?: Record<string, number>;
}

/** The agreement's figure if known, else the law's (or not known at all). */
function either(c: TermContext, id: TermId, v: Condition | undefined, lawValue: LawValue | null): Term {
  if (known(v))
    return {
      id,
      value: v.value as number | TermValueId,
      ...(v.unit ? { unit: v.unit } : {}),
      basis: 'agreement',
      provenance: agreementProvenance(c, v),
    };
  if (lawValue?.c)
    return {
      id,
      value: lawValue.value,
      ...(lawValue.unit ? { unit: lawValue.unit } : {}),
      basis: 'law',
      ...(lawValue.params ? { params: lawValue.params } : {}),
      provenance: { ...lawProvenance(c, lawValue.c), inputs: v ? [missing(c, v.note)] : [] },
    };
  return {
    id,
    value: null,
    basis: c.hasAgreement ? 'agreement' : 'law',
    provenance: missing(c, v && v.value === null ? v.note : undefined),
  };
}

/** Hours: the agreement's (or contract's usual) weekly hours for the schedule; the law's maximum beside it. */
function hoursTerm(c: TermContext): Term {
  const hours = paramAt(c.agreement.hours[c.s.schedule], c.asOf);
  const lawHours = c.s.schedule === 'day' ? c.law?.weeklyHoursDay : c.law?.weeklyHoursRotating;
  return {
    id: 'weeklyHours',
    value: hours.value,
    unit: 'hoursPerWeek',
    basis: c.hasAgreement ? 'agreement' : 'law',
    ...(lawHours ? { params: { lawMaxHours: lawHours.value } } : {}),
    provenance: { ...sourcedIn(c.agreement, hours), ...(lawHours ? { inputs: [lawProvenance(c, lawHours)] } : {}) },
  };
}

/** Holiday: the agreement's weeks, or the law's 25 working days; 60+ one more week by law. */
function vacationTerm(c: TermContext): Term {
  const { law } = c;
  const vacation = either(
    c,
    'vacation',
    own(c, 'vacationWeeks'),
    law ? { value: law.vacationDays.value, unit: 'workingDays', c: law.vacationDays } : null,
  );
  if (vacation.unit === 'workingDays' && typeof vacation.value === 'number')
    vacation.params = { weeks: Math.floor(vacation.value / WORKING_DAYS_PER_WEEK), days: vacation.value % WORKING_DAYS_PER_WEEK };
  if (c.over60 && law) {
    vacation.params = { ...vacation.params, extraDays: law.over60ExtraVacationDays.value };
    vacation.provenance = {
      ...vacation.provenance,
      inputs: [...(vacation.provenance.inputs ?? []), lawProvenance(c, law.over60ExtraVacationDays)],
    };
  }
  return vacation;
}

/** Holiday pay: the rule the agreement names (existing data), +2.3 points from 60 up to 6 G. */
function holidayPayTerm(c: TermContext): Term {
  const holidayRules = c.dataset.rules.holidayPay;
  const rule = holidayPayFigures(holidayRules[c.agreement.holidayPay], c.asOf);
  const { over60 } = c;
  return {
    id: 'holidayPayPercent',
    value: rule.percent.value + (over60 ? rule.over60ExtraPercent.value : 0),
    unit: 'percent',
    basis: c.agreement.holidayPay === 'tariff' ? 'agreement' : 'law',
    ...(over60 ? { params: { over60CapG: rule.over60CapG.value } } : {}),
    provenance: {
      ...provenanceOf(rule.percent, holidayRules.sources[rule.percent.source]),
      ...(over60 ? { inputs: [provenanceOf(rule.over60ExtraPercent, holidayRules.sources[rule.over60ExtraPercent.source])] } : {}),
    },
  };
}

/** Overtime: the agreement's rate (its own field), and the higher rate where the data has it. */
function overtimeTerms(c: TermContext): Term[] {
  const percent = paramAt(c.agreement.overtimePercent, c.asOf);
  return [
    {
      id: 'overtimePercent',
      value: percent.value,
      unit: 'percent',
      basis: c.hasAgreement && percent.value !== c.law?.overtimePercent.value ? 'agreement' : 'law',
      provenance: sourcedIn(c.agreement, percent),
    },
    either(c, 'overtimeHighPercent', own(c, 'overtimeHighPercent'), null),
  ];
}

/** Pension: scheme (public, or at least OTP by law), the employee's share (existing field), AFP. */
function pensionTerms(c: TermContext): Term[] {
  const { law } = c;
  const param = c.agreement.pensionEmployeePercent;
  const share = param === null ? null : paramAt(param, c.asOf);
  // The OTP minimum in force on the date (dated in data/rules/conditions.json).
  const min = law && paramAt(law.pensionMinPercent, c.asOf);
  const maxG = law && paramAt(law.pensionMaxG, c.asOf);
  return [
    either(
      c,
      'pensionScheme',
      own(c, 'pensionScheme'),
      min && maxG ? { value: 'otp', c: min, params: { minPercent: min.value, maxG: maxG.value } } : null,
    ),
    {
      id: 'pensionEmployeePercent',
      value: share ? share.value : null,
      unit: 'percent',
      basis: c.hasAgreement ? 'agreement' : 'law',
      provenance: share ? sourcedIn(c.agreement, share) : missing(c),
    },
    either(c, 'afp', own(c, 'afp'), null),
  ];
}

/** Sick pay: the agreement's top-up to full pay, or sykepenger capped at 6 G by law. */
function sickPayTerm(c: TermContext): Term {
  const { law } = c;
  return either(
    c,
    'sickPay',
    own(c, 'sickPayTopUp'),
    law
      ? { value: 'capped6G', c: law.sickPayCapG, params: { capG: law.sickPayCapG.value, employerDays: law.sickPayEmployerDays.value } }
      : null,
  );
}

/** Notice: the agreement's period, or the law's first step; the law's table goes with it. */
function noticeTerm(c: TermContext): Term {
  const { law } = c;
  const first = law?.noticePeriod.steps[0].months;
  const notice = either(
    c,
    'noticePeriod',
    own(c, 'noticeMonths'),
    law && first !== undefined ? { value: first, unit: 'months', c: { ...law.noticePeriod, value: first } } : null,
  );
  if (law) notice.steps = law.noticePeriod.steps;
  return notice;
}

function probationTerm(c: TermContext): Term {
  const { law } = c;
  return either(
    c,
    'probation',
    own(c, 'probationMonths'),
    law
      ? {
          value: law.probationMaxMonths.value,
          unit: 'months',
          c: law.probationMaxMonths,
          params: { noticeDays: law.probationNoticeDays.value },
        }
      : null,
  );
}

function writtenContractTerm(c: TermContext): Term {
  const { law } = c;
  return law
    ? {
        id: 'writtenContract',
        value: 'required',
        basis: 'law',
        items: [...law.writtenContract.items],
        provenance: lawProvenance(c, law.writtenContract),
      }
    : { id: 'writtenContract', value: null, basis: 'law', provenance: missing(c) };
}

/** Supplements: the rate in force on the tables' date (the agreement's own lists). */
function supplementTerms(c: TermContext): Term[] {
  const { agreement } = c;
  return SHIFT_TYPES.map((type): Term => {
    const rate = inForce(agreement.supplements[type], c.asOf) ?? null;
    const id = `supplement.${type}` as const;
    if (!rate)
      return c.hasAgreement
        ? { id, value: null, basis: 'agreement', provenance: missing(c) }
        : { id, value: 'none', basis: 'law', provenance: { kind: 'missing', agreement: agreement.id } };
    const provenance = sourcedIn(agreement, rate);
    return rate.percent !== undefined
      ? {
          id,
          value: rate.percent,
          unit: 'percentOfHourlyPay',
          basis: 'agreement',
          ...(rate.minNokPerHour !== undefined ? { params: { minNokPerHour: rate.minNokPerHour } } : {}),
          provenance,
        }
      : { id, value: rate.nokPerHour ?? null, unit: 'nokPerHour', basis: 'agreement', provenance };
  });
}

function provenanceOf(
  c: { kind: 'published' | 'derived'; verified: boolean; quote?: string; note?: string; from?: IsoDate },
  source: Source | undefined,
): Provenance {
  return {
    kind: c.kind,
    ...(source ? { source } : {}),
    ...(c.from ? { effectiveFrom: c.from } : {}),
    verified: c.verified,
    ...(c.quote ? { quote: c.quote } : {}),
    ...(c.note ? { note: c.note } : {}),
  };
}
