/**
 * A scenario: the choices that decide a pay ladder. `normalizeScenario` turns any input
 * (a partial object from attributes, a URL, saved state) into a complete scenario plus typed
 * errors; it never throws. The errors carry a field path and a message id that the UI translates.
 */
import {
  AGREEMENT_IDS,
  SHIFT_TYPES,
  type AgreementId,
  type Dataset,
  type EducationId,
  type IsoDate,
  type ShiftType,
} from './dataset-types.js';
import { isIsoDate } from './dates.js';
import { educationPaths, occupationIds, placeIn, placesIn } from './occupations.js';
import { tableAgreement } from './tables.js';
import { TAX_AREAS, type TaxArea } from './rules/tax.js';

/** A supplement in kroner a year, or in % of the tariff minimum (full-time). */
export interface Amount {
  unit: 'nok' | 'percent';
  value: number;
}

/** Hours a week, on average over working weeks, of each kind of inconvenient-hours work. */
export type ShiftPattern = Record<ShiftType, number>;

/**
 * Further education during the career. `year` is the first year of experience paid with the new
 * education; `studyCost` (kr) and `monthsWithoutPay` fall in the year before (`year − 1`).
 */
export interface EducationEvent {
  type: 'education';
  year: number;
  education: EducationId;
  studyCost: number;
  monthsWithoutPay: number;
}

/** Extra responsibility from `year` on: replaces the scenario's responsibility supplement. */
export interface ResponsibilityEvent {
  type: 'responsibility';
  year: number;
  supplement: Amount;
}

export type ScenarioEvent = EducationEvent | ResponsibilityEvent;

export type Schedule = 'day' | 'rotating';

export interface Scenario {
  agreement: AgreementId;
  education: EducationId;
  /** Years of ansiennitet now (whole years). */
  yearsExperience: number;
  /** The pay tables in force on this date; `null` = the newest in the data. */
  tariffDate: IsoDate | null;
  /** Size of the position, 1–100 %. */
  positionPercent: number;
  /** Extra responsibility (e.g. fagansvar), from year 0 unless an event changes it. */
  responsibilitySupplement: Amount;
  /** Individual pay above the tariff minimum. */
  individualSupplement: Amount;
  /** Locally set education supplement (kr/year) where the agreement gives one (Spekter fagskole). */
  localEducationSupplement: number;
  /** Day work (37.5 h) or rotating shifts (35.5 h). */
  schedule: Schedule;
  shifts: ShiftPattern;
  overtimeHoursPerYear: number;
  /** Age now, for the extra holiday pay from 60; `null` = not given. */
  age: number | null;
  events: ScenarioEvent[];
  /** Assumed general pay growth, % a year, for the years ahead; 0 = today's kroner. */
  annualGrowth: number;
  /** Last year of experience in the ladder. */
  horizon: number;
  /** Tax rules of this year for the net estimate; `null` = the newest in the data. */
  taxYear: number | null;
  /** Where the person lives, for the net estimate (innsatssonen: Finnmark and Nord-Troms). */
  taxArea: TaxArea;
  /**
   * The occupation (an id of the dataset's occupations): its education paths and their pay groups.
   * `education` is one of its paths (`helsesekretaer` is every occupation's own qualification).
   */
  occupation: string;
  /**
   * The place (an id of the dataset's `workplaces`), or `null` when only the agreement is set. A
   * place sets the agreement: its usual one, or another it names when `agreement` says so.
   */
  workplace: string | null;
}

/** Input accepted by the model: any subset of a scenario. */
export type ScenarioInput = Partial<Scenario>;

export const DEFAULT_SCENARIO: Readonly<Scenario> = Object.freeze({
  agreement: 'ks',
  education: 'helsesekretaer',
  yearsExperience: 0,
  tariffDate: null,
  positionPercent: 100,
  responsibilitySupplement: { unit: 'nok', value: 0 },
  individualSupplement: { unit: 'nok', value: 0 },
  localEducationSupplement: 0,
  schedule: 'day',
  shifts: { evening: 0, night: 0, weekend: 0, holiday: 0 },
  overtimeHoursPerYear: 0,
  age: null,
  events: [],
  annualGrowth: 0,
  horizon: 45,
  taxYear: null,
  taxArea: 'standard',
  occupation: 'helsesekretaer',
  workplace: null,
} satisfies Scenario);

export const LIMITS = {
  yearsExperience: { min: 0, max: 50 },
  positionPercent: { min: 1, max: 100 },
  supplementNok: { min: 0, max: 1_000_000 },
  supplementPercent: { min: 0, max: 100 },
  localEducationSupplement: { min: 0, max: 200_000 },
  /** Hours a week of one kind of shift. */
  shiftHours: { min: 0, max: 60 },
  overtimeHoursPerYear: { min: 0, max: 600 },
  age: { min: 15, max: 80 },
  annualGrowth: { min: -10, max: 20 },
  horizon: { min: 1, max: 50 },
  studyCost: { min: 0, max: 2_000_000 },
  monthsWithoutPay: { min: 0, max: 12 },
  events: { max: 10 },
} as const;

export type ScenarioErrorCode =
  | 'invalidType'
  | 'notANumber'
  | 'notAnInteger'
  | 'outOfRange'
  | 'unknownValue'
  | 'invalidDate'
  | 'dateBeforeData'
  | 'unknownTaxYear'
  | 'tooMany'
  /** The occupation's pay group in the agreement is not known (the data says so): nothing is computed. */
  | 'groupNotKnown';

export interface ScenarioError {
  /** Path of the field, e.g. `positionPercent`, `shifts.night`, `events[1].year`. */
  field: string;
  code: ScenarioErrorCode;
  params?: Record<string, string | number>;
}

type Path = string;

class Reader {
  readonly errors: ScenarioError[] = [];

  fail(field: Path, code: ScenarioErrorCode, params?: Record<string, string | number>): void {
    this.errors.push(params ? { field, code, params } : { field, code });
  }

  number(field: Path, value: unknown, fallback: number, range: { min: number; max: number }, integer = false): number {
    if (value === undefined) return fallback;
    if (typeof value !== 'number') {
      this.fail(field, typeof value === 'string' ? 'notANumber' : 'invalidType');
      return fallback;
    }
    if (!Number.isFinite(value)) {
      this.fail(field, 'notANumber');
      return fallback;
    }
    if (integer && !Number.isInteger(value)) {
      this.fail(field, 'notAnInteger');
      return fallback;
    }
    if (value < range.min || value > range.max) {
      this.fail(field, 'outOfRange', { min: range.min, max: range.max });
      return fallback;
    }
    return value;
  }

  oneOf<T extends string>(field: Path, value: unknown, allowed: readonly T[], fallback: T): T {
    if (value === undefined) return fallback;
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    this.fail(field, 'unknownValue', { allowed: allowed.join(', ') });
    return fallback;
  }

  amount(field: Path, value: unknown, fallback: Amount): Amount {
    if (value === undefined) return fallback;
    if (!isRecord(value)) {
      this.fail(field, 'invalidType');
      return fallback;
    }
    const unit = this.oneOf(`${field}.unit`, value.unit, ['nok', 'percent'] as const, 'nok');
    const range = unit === 'nok' ? LIMITS.supplementNok : LIMITS.supplementPercent;
    return { unit, value: this.number(`${field}.value`, value.value ?? 0, 0, range) };
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export { isIsoDate };

/** Earliest date any table of the agreement (or the one it follows) is in force. */
export function earliestTableDate(dataset: Dataset, agreement: AgreementId): IsoDate | null {
  return tableAgreement(dataset, agreement).tables?.[0]?.effectiveFrom ?? null;
}

/**
 * Turns any input into a complete scenario. Invalid fields keep their default and are reported;
 * unknown properties are ignored. Never throws.
 */
export function normalizeScenario(input: unknown, dataset: Dataset): { scenario: Scenario; errors: ScenarioError[] } {
  const r = new Reader();
  const d = DEFAULT_SCENARIO;
  let src: Record<string, unknown> = {};
  try {
    if (input !== undefined && input !== null) {
      if (isRecord(input)) src = { ...input };
      else r.fail('', 'invalidType');
    }
  } catch {
    r.fail('', 'invalidType');
  }
  const get = (key: keyof Scenario): unknown => {
    try {
      return src[key];
    } catch {
      return null;
    }
  };

  const occupation = r.oneOf('occupation', get('occupation'), occupationIds(dataset), d.occupation);
  const paths = educationPaths(dataset, occupation);
  const workplace = readWorkplace(r, get('workplace'), dataset);
  const place = placeIn(dataset, workplace);
  const available = place ? place.agreements : AGREEMENT_IDS.filter((id) => dataset.agreements[id]);
  const agreement = r.oneOf('agreement', get('agreement'), available, place ? place.agreements[0] : d.agreement);
  const education = r.oneOf('education', get('education'), paths, d.education);
  const horizon = r.number('horizon', get('horizon'), d.horizon, LIMITS.horizon, true);
  const yearsExperience = r.number('yearsExperience', get('yearsExperience'), d.yearsExperience, LIMITS.yearsExperience, true);

  const tariffDate = readTariffDate(r, get('tariffDate'), dataset, agreement);

  const shiftsIn = get('shifts');
  const shifts: ShiftPattern = { ...d.shifts };
  if (shiftsIn !== undefined) {
    if (!isRecord(shiftsIn)) r.fail('shifts', 'invalidType');
    else for (const t of SHIFT_TYPES) shifts[t] = r.number(`shifts.${t}`, shiftsIn[t], 0, LIMITS.shiftHours);
  }

  const rawAge = get('age');
  const age = rawAge === null || rawAge === undefined ? null : r.number('age', rawAge, NaN, LIMITS.age, true);

  const taxYear = readTaxYear(r, get('taxYear'), dataset);

  const scenario: Scenario = {
    agreement,
    education,
    yearsExperience: Math.min(yearsExperience, horizon),
    tariffDate,
    positionPercent: r.number('positionPercent', get('positionPercent'), d.positionPercent, LIMITS.positionPercent),
    responsibilitySupplement: r.amount('responsibilitySupplement', get('responsibilitySupplement'), d.responsibilitySupplement),
    individualSupplement: r.amount('individualSupplement', get('individualSupplement'), d.individualSupplement),
    localEducationSupplement: r.number(
      'localEducationSupplement',
      get('localEducationSupplement'),
      d.localEducationSupplement,
      LIMITS.localEducationSupplement,
    ),
    schedule: r.oneOf('schedule', get('schedule'), ['day', 'rotating'] as const, d.schedule),
    shifts,
    overtimeHoursPerYear: r.number('overtimeHoursPerYear', get('overtimeHoursPerYear'), 0, LIMITS.overtimeHoursPerYear),
    age: age === null || Number.isNaN(age) ? null : age,
    events: readEvents(r, get('events'), horizon, paths),
    annualGrowth: r.number('annualGrowth', get('annualGrowth'), d.annualGrowth, LIMITS.annualGrowth),
    horizon,
    taxYear,
    taxArea: r.oneOf('taxArea', get('taxArea'), TAX_AREAS, d.taxArea),
    occupation,
    workplace,
  };
  if (yearsExperience > horizon) r.fail('yearsExperience', 'outOfRange', { min: 0, max: horizon });
  return { scenario, errors: r.errors };
}

/** A tariff date: `null` (the newest tables) when absent or empty; not before the agreement's first table. */
function readTariffDate(r: Reader, raw: unknown, dataset: Dataset, agreement: AgreementId): IsoDate | null {
  if (raw === undefined || raw === null || raw === '') return null;
  if (!isIsoDate(raw)) {
    r.fail('tariffDate', 'invalidDate');
    return null;
  }
  const earliest = earliestTableDate(dataset, agreement);
  if (earliest && raw < earliest) {
    r.fail('tariffDate', 'dateBeforeData', { earliest });
    return null;
  }
  return raw;
}

/** A tax year: `null` (the newest) when absent; else one of the years in the data. */
function readTaxYear(r: Reader, raw: unknown, dataset: Dataset): number | null {
  if (raw === undefined || raw === null) return null;
  const years = dataset.rules.tax.years.map((t) => t.year);
  if (typeof raw === 'number' && years.includes(raw)) return raw;
  r.fail('taxYear', 'unknownTaxYear', { allowed: years.join(', ') });
  return null;
}

/** The place: an id of the dataset's places, or `null` (absent, null or ''); an unknown one is an error like an unknown agreement. */
function readWorkplace(r: Reader, value: unknown, dataset: Dataset): string | null {
  if (value === undefined || value === null || value === '') return null;
  const ids = placesIn(dataset).map((p) => p.id);
  if (typeof value === 'string' && ids.includes(value)) return value;
  r.fail('workplace', 'unknownValue', { allowed: ids.join(', ') });
  return null;
}

function readEvents(r: Reader, value: unknown, horizon: number, paths: readonly EducationId[]): ScenarioEvent[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    r.fail('events', 'invalidType');
    return [];
  }
  if (value.length > LIMITS.events.max) {
    r.fail('events', 'tooMany', { max: LIMITS.events.max });
    return [];
  }
  const events: ScenarioEvent[] = [];
  value.forEach((e: unknown, i) => {
    const at = `events[${i}]`;
    if (!isRecord(e)) {
      r.fail(at, 'invalidType');
      return;
    }
    const before = r.errors.length;
    const year = r.number(`${at}.year`, e.year ?? 0, 0, { min: 0, max: horizon }, true);
    // `type` and the event's education are required: a missing one is an error, not a guess.
    const type = r.oneOf(`${at}.type`, e.type ?? null, ['education', 'responsibility'] as const, 'education');
    if (r.errors.length > before) return;
    if (type === 'education') {
      const ev: EducationEvent = {
        type,
        year,
        education: r.oneOf(`${at}.education`, e.education ?? null, paths, 'fagskole'),
        studyCost: r.number(`${at}.studyCost`, e.studyCost ?? 0, 0, LIMITS.studyCost),
        monthsWithoutPay: r.number(`${at}.monthsWithoutPay`, e.monthsWithoutPay ?? 0, 0, LIMITS.monthsWithoutPay),
      };
      if (year === 0 && (ev.studyCost > 0 || ev.monthsWithoutPay > 0)) {
        // Costs fall in the year before the event; there is no year before year 0.
        r.fail(`${at}.year`, 'outOfRange', { min: 1, max: horizon });
      }
      if (r.errors.length === before) events.push(ev);
    } else {
      const supplement = r.amount(`${at}.supplement`, e.supplement ?? { unit: 'nok', value: 0 }, { unit: 'nok', value: 0 });
      if (r.errors.length === before) events.push({ type, year, supplement });
    }
  });
  return events.sort((a, b) => a.year - b.year);
}
