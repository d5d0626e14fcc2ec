/**
 * Holiday pay (feriepenger, ferieloven § 10): a percentage of the holiday-pay basis (the pay
 * earned in the year before), the law's 10.2 % or the tariff's 12 %, plus 2.3 points from the
 * year the employee turns 60, that extra counted only on the basis up to 6 G. The figures are in
 * data/rules/holiday-pay.json, G in data/rules/g.json.
 */
import type { GRules, HolidayPayRule, HolidayPayRules, IsoDate } from '../dataset-types.js';
import type { Provenance } from '../tables.js';
import { inForce } from '../tables.js';
import { paramAt } from '../params.js';

/** The date that stands for "the newest figures" when none is given. */
const NEWEST: IsoDate = '9999-12-31';

/** The rule's figures in force on `date` (each may be a dated list; see params.ts). */
export function holidayPayFigures(rule: HolidayPayRule, date: IsoDate = NEWEST) {
  return {
    percent: paramAt(rule.percent, date),
    over60ExtraPercent: paramAt(rule.over60ExtraPercent, date),
    over60CapG: paramAt(rule.over60CapG, date),
  };
}

/**
 * @param basis holiday-pay basis (kr, the pay earned in the opptjeningsår)
 * @param g grunnbeløpet used for the 60+ cap
 * @param age the age that decides the 60+ extra; `null` = not given (no extra)
 * @param date the rule's figures in force on this date (default: the newest)
 */
export function holidayPayAmount(basis: number, rule: HolidayPayRule, g: number, age: number | null, date?: IsoDate): number {
  const f = holidayPayFigures(rule, date);
  const extra = age !== null && age >= 60 ? Math.min(basis, f.over60CapG.value * g) * (f.over60ExtraPercent.value / 100) : 0;
  return basis * (f.percent.value / 100) + extra;
}

/** G in force on `date`; before the first value in the data, the newest one. */
export function gAt(g: GRules, date: IsoDate): number {
  return (inForce(g.values, date) ?? g.values[g.values.length - 1]).value;
}

/** Where a holiday-pay rule's % in force on `date` comes from. */
export function holidayPayProvenance(rules: HolidayPayRules, rule: HolidayPayRule, date?: IsoDate): Provenance {
  const { percent } = holidayPayFigures(rule, date);
  return {
    kind: percent.kind,
    source: rules.sources[percent.source],
    ...('from' in percent ? { effectiveFrom: percent.from } : {}),
    verified: percent.verified,
    ...(percent.note ? { note: percent.note } : {}),
  };
}
