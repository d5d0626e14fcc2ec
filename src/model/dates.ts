/** ISO dates (`YYYY-MM-DD`), as the data and scenarios write them: one check for both. */
import type { IsoDate } from './dataset-types.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `value` is a real calendar date written `YYYY-MM-DD` (years 0000–9999). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Today's date (UTC, ISO): what "today" is wherever the model or the elements need it. */
export function todayIso(): IsoDate {
  return new Date().toISOString().slice(0, 10);
}

/** The calendar year of an ISO date. */
export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}
