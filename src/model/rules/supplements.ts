/**
 * Fixed supplements on top of the tariff minimum, full time: the locally set education supplement
 * (where the agreement gives one for the education path, Spekter fagskole), a responsibility
 * supplement (e.g. fagansvar) and the individual supplement, each in kroner a year or in % of the
 * tariff minimum. Their sum with the tariff minimum is the full-time fixed pay (fullTimePay).
 */
import type { Amount } from '../scenario.js';

/** An amount in kroner a year, or in % of `base`. */
export function amountOf(a: Amount, base: number): number {
  return a.unit === 'nok' ? a.value : (base * a.value) / 100;
}

export interface Supplements {
  localEducation: number;
  responsibility: number;
  individual: number;
}

/**
 * @param localEducation kroner a year where the placement has a local education supplement, else 0
 */
export function supplements(tariffMinimum: number, localEducation: number, responsibility: Amount, individual: Amount): Supplements {
  return {
    localEducation,
    responsibility: amountOf(responsibility, tariffMinimum),
    individual: amountOf(individual, tariffMinimum),
  };
}

/** Tariff minimum plus the fixed supplements, full time. */
export function fullTimePay(tariffMinimum: number, s: Supplements): number {
  return tariffMinimum + s.localEducation + s.responsibility + s.individual;
}
