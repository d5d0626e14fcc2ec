/** The next seniority step: the first later year whose tariff minimum is above today's in the same pay group. */
import type { LadderResult, LadderRow } from '../ladder-types.js';

/** In today's kroner (growth taken out); `null` at the top of the ladder. */
export function findNextStep(rows: readonly LadderRow[], from: number, positionPercent: number): LadderResult['nextStep'] {
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
