/**
 * Shift pay (ubekvemstillegg): evening, night, weekend and holiday hours a week, each paid the
 * agreement's supplement in force on the tariff date (kroner per hour, or % of the hourly pay with
 * an optional minimum in kroner), over the working weeks of the year. The hourly pay is the
 * full-time annual pay / the agreement's hourly divisor (1950 = 37.5 h × 52), scaled for a
 * rotating schedule by its shorter weekly hours (35.5 / 37.5). Hours, divisor and working weeks are
 * the agreement's, in force on the tariff date.
 */
import { SHIFT_TYPES, type Agreement, type IsoDate, type ShiftType, type SupplementRate } from '../dataset-types.js';
import type { Part } from '../ladder-types.js';
import type { NoteList } from '../notes.js';
import { paramAt } from '../params.js';
import type { Schedule, ShiftPattern } from '../scenario.js';
import { inForce, sourcedIn, type Provenance } from '../tables.js';

export interface ShiftRule {
  rate: SupplementRate | null;
  provenance: Provenance;
}

export interface ShiftRules {
  rates: Record<ShiftType, ShiftRule>;
  /** Annual full-time pay / this = the hourly pay supplements are computed on. */
  hourlyDivisor: number;
  hourlyProvenance: Provenance;
  workingWeeks: number;
  weeksProvenance: Provenance;
  /** Where each kind of hour's part comes from: its rate, the hourly pay and the working weeks (made once, not per year). */
  partProvenance: Record<ShiftType, Provenance>;
}

/** The supplement of each kind of hour in force on `date`, with notes for hours entered without one. */
export function shiftRates(agreement: Agreement, shifts: ShiftPattern, date: IsoDate, notes: NoteList): Record<ShiftType, ShiftRule> {
  const rates = {} as Record<ShiftType, ShiftRule>;
  for (const type of SHIFT_TYPES) {
    const list = agreement.supplements[type];
    const rate = inForce(list, date) ?? null;
    if (rate) {
      if (!rate.verified && shifts[type] > 0) notes.add({ id: 'unverifiedRate', params: { type } });
      rates[type] = { rate, provenance: sourcedIn(agreement, rate) };
    } else {
      if (shifts[type] > 0) notes.add({ id: list.length ? 'shiftRateMissing' : 'noShiftSupplement', params: { type, date } });
      rates[type] = { rate, provenance: { kind: 'missing', agreement: agreement.id } };
    }
  }
  return rates;
}

/** The hourly divisor for the schedule: the agreement's (for day work), × the schedule's weekly hours / day work's. */
export function hourlyDivisor(agreement: Agreement, schedule: Schedule, date: IsoDate): { divisor: number; provenance: Provenance } {
  const hoursRatio = paramAt(agreement.hours[schedule], date).value / paramAt(agreement.hours.day, date).value;
  const divisor = paramAt(agreement.hourlyDivisor, date);
  return { divisor: divisor.value * hoursRatio, provenance: sourcedIn(agreement, divisor) };
}

export function shiftRules(
  agreement: Agreement,
  s: { schedule: Schedule; shifts: ShiftPattern },
  date: IsoDate,
  notes: NoteList,
): ShiftRules {
  const { divisor, provenance } = hourlyDivisor(agreement, s.schedule, date);
  const weeks = paramAt(agreement.workingWeeks, date);
  const weeksProvenance = sourcedIn(agreement, weeks);
  const rates = shiftRates(agreement, s.shifts, date, notes);
  const partProvenance = {} as Record<ShiftType, Provenance>;
  for (const type of SHIFT_TYPES) {
    const { rate, provenance: own } = rates[type];
    partProvenance[type] = rate ? { kind: 'computed', inputs: [own, provenance, weeksProvenance] } : own;
  }
  return { rates, hourlyDivisor: divisor, hourlyProvenance: provenance, workingWeeks: weeks.value, weeksProvenance, partProvenance };
}

/** Kroner per hour of a supplement on an hourly pay. */
export function ratePerHour(rate: SupplementRate, hourly: number): number {
  if (rate.percent === undefined) return rate.nokPerHour ?? 0;
  return Math.max((hourly * rate.percent) / 100, rate.minNokPerHour ?? 0);
}

const PART_IDS = Object.fromEntries(SHIFT_TYPES.map((t) => [t, `shift.${t}` as const])) as Record<ShiftType, `shift.${ShiftType}`>;

/**
 * The year's shift pay (hours a week × working weeks × kr per hour), and one part per kind of hour
 * worked pushed to `parts` when given (an estimate's bounds need only the total).
 */
export function shiftPay(shifts: ShiftPattern, rules: ShiftRules, hourly: number, parts?: Part[]): number {
  let total = 0;
  for (const type of SHIFT_TYPES) {
    const hours = shifts[type];
    if (!hours) continue;
    const { rate } = rules.rates[type];
    const amount = hours * rules.workingWeeks * (rate ? ratePerHour(rate, hourly) : 0);
    total += amount;
    parts?.push({ id: PART_IDS[type], amount, provenance: rules.partProvenance[type] });
  }
  return total;
}
