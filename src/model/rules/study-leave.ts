/**
 * Study leave: an education event in year N+1 (a new education path from then on) may come with
 * months without pay and a study cost, both in year N, the year before the new pay applies. The
 * unpaid months take their share of the year's pay (fixed, shift and overtime) away.
 */
import type { ScenarioEvent } from '../scenario.js';

export interface StudyLeave {
  /** Months without pay in the year (0–12). */
  months: number;
  /** Study cost paid in the year (kr; not part of pay). */
  studyCost: number;
}

/** The study leave falling in year `years`: that of an education event the year after. */
export function studyLeave(events: readonly ScenarioEvent[], years: number): StudyLeave {
  const next = events.find((e) => e.type === 'education' && e.year === years + 1);
  return next?.type === 'education' ? { months: next.monthsWithoutPay, studyCost: next.studyCost } : { months: 0, studyCost: 0 };
}

/** The pay not paid for `months` months of a year's `pay`. */
export function unpaidStudy(pay: number, months: number): number {
  return (pay * months) / 12;
}
