/**
 * The form's fields, named by their path in a scenario (`yearsExperience`, `shifts.night`,
 * `individualSupplement.value`, `events[0].year`: the paths the model names its errors by), and
 * how a value typed into one becomes a change of the scenario. The calculator and the comparison's
 * cards name their fields the same way, so an error and a draft are found at the same path in both.
 * A new kind of field (e.g. a select) needs no entry here: it sends its change as it is.
 */
import type { Scenario, ScenarioInput } from '../../model/scenario.js';
import { parseNumber, parseOptionalNumber } from './parsers.js';

/** The number fields that may be left empty (the model takes `null` for them). */
const OPTIONAL = new Set(['age']);

/** A path's steps: `events[0].year` → `['events', 0, 'year']`. */
function steps(path: string): Array<string | number> {
  const out: Array<string | number> = [];
  for (const [, name, index] of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(index === undefined ? name : Number(index));
  return out;
}

/** The value at `path` in a scenario (`null` when there is none). */
export function valueAt(s: Scenario, path: string): number | string | null {
  let v: unknown = s;
  for (const k of steps(path)) v = v === null || typeof v !== 'object' ? undefined : (v as Record<string | number, unknown>)[k];
  return (v ?? null) as number | string | null;
}

/** `value` at `path`, as a change of the field's top-level value: `shifts.night` → `{ shifts: { ...s.shifts, night } }`. */
export function inputAt(s: Scenario, path: string, value: unknown): ScenarioInput {
  const [top, ...rest] = steps(path);
  const set = (current: unknown, keys: Array<string | number>): unknown => {
    if (!keys.length) return value;
    const [k, ...more] = keys;
    const copy = (Array.isArray(current) ? [...(current as unknown[])] : { ...(current as object) }) as Record<string | number, unknown>;
    copy[k] = set(copy[k], more);
    return copy;
  };
  return { [top]: set(s[top as keyof Scenario], rest) };
}

/** What typed text gives the model for the number field at `path` (see parsers.ts). */
export function parseField(path: string, text: string): number | string | null {
  return OPTIONAL.has(path) ? parseOptionalNumber(text) : parseNumber(text);
}
