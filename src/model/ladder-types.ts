/** What computeLadder returns: the ladder's rows, their parts and notes, and its failures (ladder.ts computes them). */
import type { Agreement, AgreementId, EducationId, IsoDate, ShiftType, TaxStatus } from './dataset-types.js';
import type { Scenario, ScenarioError, ScenarioEvent } from './scenario.js';
import type { TaxEstimate } from './rules/tax.js';
import type { EstimateRound } from './rules/estimate.js';
import type { Provenance } from './tables.js';

import type { Note } from './notes.js';
export type { Note, NoteId } from './notes.js';

export type PartId =
  | 'tariffMinimum'
  | 'localEducationSupplement'
  | 'responsibilitySupplement'
  | 'individualSupplement'
  | `shift.${ShiftType}`
  | 'overtime'
  | 'unpaidStudy';

/** One part of the gross annual pay. The parts of a row add up to its `grossAnnual`. */
export interface Part {
  id: PartId;
  amount: number;
  provenance: Provenance;
}

export interface LadderRow {
  /** Years of ansiennitet. */
  years: number;
  education: EducationId;
  group: string;
  /** The table step (years) that applies. */
  step: number;
  tableDate: IsoDate;
  /** Garantilønn of the step, full-time. */
  tariffMinimum: number;
  /** Tariff minimum plus fixed supplements, full-time. */
  fullTimePay: number;
  /** Fixed pay for the position size. */
  basePay: number;
  /** Fixed pay a month (basePay / 12). */
  monthlyPay: number;
  /** Hourly pay on which shift supplements are computed. */
  hourly: number;
  shiftPay: number;
  overtimePay: number;
  grossAnnual: number;
  /** grossAnnual / 12, supplements included. */
  grossMonthly: number;
  /** Holiday pay earned in this year (paid the next June). */
  holidayPay: number;
  /** Employee's pension contribution; `null` when not known for this employer. */
  pensionContribution: number | null;
  tax: TaxEstimate;
  netAnnualEstimate: number;
  netMonthlyEstimate: number;
  /** Study costs paid in this year (not part of pay). */
  studyCost: number;
  /** Multiplier for assumed pay growth (1 for this year and earlier). */
  growthFactor: number;
  parts: Part[];
  /** Events that take effect in this year. */
  events: ScenarioEvent[];
  /**
   * Today's pay past the newest table, from the pay rounds published since (see
   * rules/estimate.ts); `null` when no known round has taken effect after the table, or when the
   * scenario asks for the tables of a given date. The published figures above never include it.
   */
  estimate: RowEstimate | null;
}

/** An estimate of a row's pay after the pay rounds since its table: a range, never a tariff figure. */
export interface RowEstimate {
  /** Gross annual pay (same basis as `grossAnnual`) with the low and high estimated tariff minimum. */
  low: number;
  /** `null`: no published maximum rise or frame, so no upper bound. */
  high: number | null;
  /** The estimated tariff minimum (full time, like `tariffMinimum`). */
  tariffLow: number;
  tariffHigh: number | null;
  /** The table the estimate starts from. */
  tableDate: IsoDate;
  /** Set when that is not the group's newest table, which leaves the step out: the newest table's date. */
  newerTable?: IsoDate;
  /** Date of the newest round included. */
  asOf: IsoDate;
  rounds: EstimateRound[];
  /**
   * Set when the low bound is raised to that of the step of these years below it (from a newer
   * table): a minimum pay does not fall as ansiennitet grows, so the lower step's bound holds here too.
   */
  floorStep?: number;
  provenance: Provenance;
}

export interface Freshness {
  /** Date of the newest table used. */
  asOf: IsoDate;
  /** The most recent 1 May pay round date at `today`. */
  latestPayRound: IsoDate;
  /** True when the tables predate that pay round and its tables should have been published. */
  likelyOutdated: boolean;
}

export interface LadderResult {
  ok: true;
  scenario: Scenario;
  agreement: AgreementId;
  coverage: Agreement['coverage'];
  /** The date whose tables were used. */
  asOf: IsoDate;
  rows: LadderRow[];
  /** The row for the scenario's current years of experience. */
  current: LadderRow;
  /**
   * The next seniority step after the current year, in today's kroner; `null` at the top.
   * `increase` is the rise of the minimum pay full time, `increaseForPosition` at the scenario's position size.
   */
  nextStep: { years: number; inYears: number; tariffMinimum: number; increase: number; increaseForPosition: number } | null;
  notes: Note[];
  taxYear: number;
  /** Whether that year's tax rules are adopted or only proposed (the elements say so). */
  taxStatus: TaxStatus;
  freshness: Freshness;
  /** Where the figures that are not parts of gross pay come from (the same for every row). */
  provenance: {
    hourly: Provenance;
    holidayPay: Provenance;
    pensionContribution: Provenance;
    tax: Provenance;
  };
}

export interface LadderFailure {
  ok: false;
  errors: ScenarioError[];
}

export interface ComputeOptions {
  /** Today's date, for the freshness check (default: the clock). */
  today?: IsoDate;
}
