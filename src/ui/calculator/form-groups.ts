/**
 * The calculator's closed groups ("Tillegg og ansvar", "Arbeidstid, turnus og overtid", "Flere
 * valg") and which of them its form opens: those with values other than the defaults, or with errors.
 */
import type { Amount, Scenario } from '../../model/scenario.js';
import { topField } from '../../model/scenario-change.js';
import type { FormState } from '../form/form-state.js';

/** The closed groups of the form: "Tillegg og ansvar", "Arbeidstid, turnus og overtid", "Flere valg". */
export type GroupName = 'supplements' | 'hours' | 'more';

/** Which closed groups the form opens: those with values other than the defaults, or with errors. */
export function groupsWanted({ scenario: s, errors }: FormState): Record<GroupName, boolean> {
  const erring = (fields: string[]) => [...errors.keys()].some((k) => fields.includes(topField(k)));
  const set = (fields: Array<keyof Scenario>) =>
    fields.some((f) => {
      const v = s[f] as number | Amount;
      return typeof v === 'number' ? v !== 0 : v.value !== 0;
    }) || erring(fields);
  return {
    supplements: set(['responsibilitySupplement', 'individualSupplement', 'localEducationSupplement']),
    // Not day work (the 'day' preset: day schedule, no shift hours), or overtime.
    hours:
      s.schedule !== 'day' ||
      Object.values(s.shifts).some((h) => h > 0) ||
      s.overtimeHoursPerYear > 0 ||
      erring(['schedule', 'shifts', 'overtimeHoursPerYear']),
    more: s.tariffDate !== null || s.age !== null || s.annualGrowth !== 0 || erring(['tariffDate', 'age', 'annualGrowth']),
  };
}
