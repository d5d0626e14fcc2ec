/**
 * The employee's pension contribution: a % of pensionable pay (fixed pay for the position and
 * shift pay; not overtime), for the months paid. Public occupational pension (KLP/SPK): 2 %. Under
 * OTP the employee pays nothing by law; where the data does not know the share it is `null`, and
 * the ladder notes it. The % is the agreement's, in force on the tariff date.
 */
import type { Agreement, IsoDate } from '../dataset-types.js';
import type { NoteList } from '../notes.js';
import { paramAt } from '../params.js';
import { sourcedIn, type Provenance } from '../tables.js';

export interface PensionRule {
  /** `null`: not known for this employer. */
  percent: number | null;
  provenance: Provenance;
}

export function pensionRule(agreement: Agreement, date: IsoDate, notes: NoteList): PensionRule {
  const param = agreement.pensionEmployeePercent;
  if (param === null) {
    notes.add({ id: 'pensionUnknown', params: { agreement: agreement.id } });
    return { percent: null, provenance: { kind: 'missing', agreement: agreement.id } };
  }
  const entry = paramAt(param, date);
  return { percent: entry.value, provenance: sourcedIn(agreement, entry) };
}

/**
 * @param pensionable fixed pay for the position plus shift pay, a full year
 * @param monthsUnpaid months without pay (study leave)
 */
export function pensionContribution(pensionable: number, monthsUnpaid: number, percent: number | null): number | null {
  return percent === null ? null : pensionable * (1 - monthsUnpaid / 12) * (percent / 100);
}
