/**
 * Growth: years after the scenario's current year are computed in today's kroner and then
 * multiplied by the assumed general pay growth, compounded (`annualGrowth` % a year). Tax
 * brackets are assumed to grow with pay, so the tax scales by the same factor.
 */
import type { TaxEstimate } from './tax.js';

/** The growth factor of year `years` when the scenario is at `yearsExperience` now: 1 up to now. */
export function growthFactor(years: number, yearsExperience: number, annualGrowth: number): number {
  return years > yearsExperience ? (1 + annualGrowth / 100) ** (years - yearsExperience) : 1;
}

/** A tax estimate in today's kroner, grown by `f`. */
export function grownTax(t: TaxEstimate, f: number): TaxEstimate {
  if (f === 1) return t;
  return {
    incomeTax: t.incomeTax * f,
    trinnskatt: t.trinnskatt * f,
    trygdeavgift: t.trygdeavgift * f,
    total: t.total * f,
    finnmarksfradrag: t.finnmarksfradrag * f,
  };
}
