/**
 * Dated parameters (in the style of OpenFisca's parameters): a figure of an agreement or a rule
 * that can change over time is written in the data either as one sourced value (the format before
 * dates, still valid: it holds on every date) or as a list of sourced values, each with the date
 * `from` which it is in force, ascending by `from` (checked by validateDataset).
 */
import type { IsoDate } from './dataset-types.js';

/** One entry of a dated list: a sourced value in force from `from` until the next entry's `from`. */
export type Dated<V> = V & { from: IsoDate };

/** A parameter: one value for every date, or values by date (ascending by `from`, at least one). */
export type Param<V> = V | readonly Dated<V>[];

/** The entry type of a parameter: the plain value, or one entry of its dated list. */
export type Entry<P> = P extends readonly (infer E)[] ? E : P;

/**
 * The entry of `param` in force on `date`: the plain value itself, or the entry with the latest
 * `from` at or before `date`. Before the first `from` the data says nothing earlier, so the first
 * entry is used (the oldest figure known is the best guess for an older date; its `from` tells the
 * reader, through the provenance, that it is not documented for that date). Pure; never throws
 * for a list of at least one entry.
 */
export function paramAt<P extends object>(param: P, date: IsoDate): Entry<P> {
  if (!Array.isArray(param)) return param as Entry<P>;
  const list = param as readonly Dated<object>[];
  let found = list[0];
  for (const entry of list) {
    if (entry.from <= date) found = entry;
    else break;
  }
  return found as Entry<P>;
}
