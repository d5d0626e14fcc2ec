/**
 * Overtime: hours beyond the agreed working time are paid at the overtime hourly base (annual
 * full-time pay / the agreement's overtime divisor, e.g. 1850) plus the overtime supplement in %
 * (50 % in the public agreements, the law's minimum 40 % elsewhere: arbeidsmiljøloven § 10-6 (11)).
 * The divisor and the % are the agreement's, in force on the tariff date.
 */
import type { Agreement, IsoDate } from '../dataset-types.js';
import { paramAt } from '../params.js';
import { sourcedIn, type Provenance } from '../tables.js';

export interface OvertimeRule {
  /** Kroner per overtime hour per krone of full-time annual pay: (1 + % / 100) / divisor. */
  factor: number;
  provenance: Provenance;
}

/** The agreement's overtime divisor and % in force on `date`. */
export function overtimeRule(agreement: Agreement, date: IsoDate): OvertimeRule {
  const divisor = paramAt(agreement.overtimeDivisor, date);
  const percent = paramAt(agreement.overtimePercent, date);
  return {
    factor: overtimeFactor(percent.value, divisor.value),
    provenance: { kind: 'computed', inputs: [sourcedIn(agreement, divisor), sourcedIn(agreement, percent)] },
  };
}

export function overtimeFactor(percent: number, divisor: number): number {
  return (1 + percent / 100) / divisor;
}

/** Overtime pay for a year: hours × full-time annual pay × the rule's factor. */
export function overtimePay(hoursPerYear: number, fullTimePay: number, factor: number): number {
  return hoursPerYear * fullTimePay * factor;
}
