/**
 * The reading machinery of the validator: paths, error collection with a cap, reading values that
 * may throw (getters, proxies), checks of single values, and objects with known keys, maps and
 * lists. `structure.ts` describes the data format with these; nothing here knows that format.
 */
import { isIsoDate } from '../../dates.js';
import { MAX_DATASET_ERRORS, type DatasetError, type DatasetErrorCode } from './types.js';

// ---------------------------------------------------------------------------------------------
// Paths and error collection

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `parent.key`, `parent["non-identifier"]` or `parent[3]`. */
export function at(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  if (IDENTIFIER.test(key)) return parent === '' ? key : `${parent}.${key}`;
  return `${parent}[${JSON.stringify(key)}]`;
}

/** Thrown (and caught in validateDataset) once the error cap is reached. */
export class ErrorCapReached extends Error {}

export interface Ctx {
  errors: DatasetError[];
}

export function report(ctx: Ctx, path: string, code: DatasetErrorCode, expected?: string): void {
  if (ctx.errors.length >= MAX_DATASET_ERRORS - 1) {
    ctx.errors.push({ path: '', code: 'tooManyErrors', expected: `at most ${MAX_DATASET_ERRORS - 1} errors` });
    throw new ErrorCapReached();
  }
  ctx.errors.push(expected === undefined ? { path, code } : { path, code, expected });
}

// ---------------------------------------------------------------------------------------------
// Safe reading

export type Kind = 'null' | 'array' | 'object' | 'string' | 'number' | 'boolean' | 'other' | 'unreadable';

export function kindOf(v: unknown): Kind {
  try {
    if (v === null) return 'null';
    if (Array.isArray(v)) return 'array';
    const t = typeof v;
    if (t === 'object') return 'object';
    if (t === 'string' || t === 'number' || t === 'boolean') return t;
    return 'other';
  } catch {
    return 'unreadable'; // e.g. a revoked Proxy
  }
}

export const hasOwn = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

/** Own property `key` of `o`: `undefined` if absent, `null` if reading it threw (reported). */
export function read(ctx: Ctx, o: object, key: string, path: string): { value: unknown } | undefined | null {
  try {
    if (!hasOwn(o, key)) return undefined;
    return { value: (o as Record<string, unknown>)[key] };
  } catch {
    report(ctx, at(path, key), 'unreadableValue');
    return null;
  }
}

export function keysOf(ctx: Ctx, o: object, path: string): string[] | null {
  try {
    return Object.keys(o);
  } catch {
    report(ctx, path, 'unreadableValue');
    return null;
  }
}

/** Checks that `v` is a plain object (not an array, not null); reports otherwise. */
export function isObject(ctx: Ctx, v: unknown, path: string): v is object {
  const k = kindOf(v);
  if (k === 'object') return true;
  report(ctx, path, k === 'unreadable' ? 'unreadableValue' : 'expectedObject');
  return false;
}

/**
 * Checks each element of an array in turn (holes read as `undefined`) without copying it, so a
 * huge array stops at the error cap. Reports and returns null if `v` is not an array.
 */
export function eachItem<T>(ctx: Ctx, v: unknown, path: string, check: (item: unknown, path: string) => T): T[] | null {
  const k = kindOf(v);
  if (k !== 'array') {
    report(ctx, path, k === 'unreadable' ? 'unreadableValue' : 'expectedArray');
    return null;
  }
  const arr = v as unknown[];
  let length: number;
  try {
    length = arr.length;
  } catch {
    report(ctx, path, 'unreadableValue');
    return null;
  }
  const out: T[] = [];
  for (let i = 0; i < length; i++) {
    let item: unknown;
    try {
      item = arr[i];
    } catch {
      report(ctx, at(path, i), 'unreadableValue');
      continue;
    }
    out.push(check(item, at(path, i)));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Values

export type Check<T = unknown> = (ctx: Ctx, v: unknown, path: string) => T;

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const STEP_KEY = /^(0|[1-9][0-9]?)$/;
const URL_PATTERN = /^https?:\/\/\S+$/;

export const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export const text: Check<string | null> = (ctx, v, path) => {
  if (typeof v === 'string' && v.length > 0) return v;
  report(ctx, path, 'expectedString', 'a non-empty string');
  return null;
};

export const bool: Check = (ctx, v, path) => {
  if (typeof v !== 'boolean') report(ctx, path, 'expectedBoolean', 'true or false');
};

export const isoDate: Check<string | null> = (ctx, v, path) => {
  if (isIsoDate(v)) return v;
  report(ctx, path, 'expectedIsoDate', 'a date YYYY-MM-DD');
  return null;
};

export const positive: Check<number | null> = (ctx, v, path) => {
  if (isFiniteNumber(v) && v > 0) return v;
  report(ctx, path, 'expectedPositiveNumber', 'a number above 0');
  return null;
};

export const percent: Check<number | null> = (ctx, v, path) => {
  if (isFiniteNumber(v) && v >= 0 && v <= 100) return v;
  report(ctx, path, 'expectedPercent', 'a number from 0 to 100');
  return null;
};

/** A percentage above 0 (a rise or a frame). */
export const positivePercent: Check<number | null> = (ctx, v, path) => {
  if (isFiniteNumber(v) && v > 0 && v <= 100) return v;
  report(ctx, path, 'expectedPercent', 'a number above 0 and at most 100');
  return null;
};

export const url: Check = (ctx, v, path) => {
  if (typeof v !== 'string' || !URL_PATTERN.test(v)) report(ctx, path, 'expectedUrl', 'an http(s) URL');
};

export const describeOneOf = (values: readonly unknown[]): string => values.map((x) => JSON.stringify(x)).join(' | ');

export function oneOf<T extends string | number>(values: readonly T[]): Check<T | null> {
  return (ctx, v, path) => {
    if ((values as readonly unknown[]).includes(v)) return v as T;
    report(ctx, path, 'expectedOneOf', describeOneOf(values));
    return null;
  };
}

export const figureKind = oneOf(['published', 'derived'] as const);

// ---------------------------------------------------------------------------------------------
// Objects with known keys, and maps

export interface Field {
  required: boolean;
  check: Check;
}
export const req = (check: Check): Field => ({ required: true, check });
export const opt = (check: Check): Field => ({ required: false, check });

/**
 * Checks an object with known keys: each present field with its check, absent required ones as
 * `missing`, any other key as `unknownProperty`. Returns the fields' check results, and `present`
 * (the keys that exist), or null if `v` is not an object.
 */
export function record(
  ctx: Ctx,
  v: unknown,
  path: string,
  fields: Record<string, Field>,
): { results: Map<string, unknown>; present: Set<string> } | null {
  if (!isObject(ctx, v, path)) return null;
  const results = new Map<string, unknown>();
  const present = new Set<string>();
  for (const key of Object.keys(fields)) {
    const field = fields[key];
    const got = read(ctx, v, key, path);
    if (got === null) {
      present.add(key);
      continue;
    }
    if (got === undefined) {
      if (field.required) report(ctx, at(path, key), 'missing');
      continue;
    }
    present.add(key);
    results.set(key, field.check(ctx, got.value, at(path, key)));
  }
  const keys = keysOf(ctx, v, path);
  if (keys) for (const key of keys) if (!hasOwn(fields, key)) report(ctx, at(path, key), 'unknownProperty');
  return { results, present };
}

/**
 * Checks an object used as a map: every key with `keyCheck` (an error code, or null when fine),
 * every value with `valueCheck`. Returns key → value-check result, or null if not an object.
 */
export function map<T>(
  ctx: Ctx,
  v: unknown,
  path: string,
  keyCheck: (key: string) => { code: DatasetErrorCode; expected: string } | null,
  valueCheck: Check<T>,
  nonEmpty = false,
): Map<string, T> | null {
  if (!isObject(ctx, v, path)) return null;
  const keys = keysOf(ctx, v, path);
  if (!keys) return null;
  if (nonEmpty && keys.length === 0) report(ctx, path, 'expectedNonEmpty', 'at least one entry');
  const out = new Map<string, T>();
  for (const key of keys) {
    const p = at(path, key);
    const bad = keyCheck(key);
    if (bad) report(ctx, p, bad.code, bad.expected);
    const got = read(ctx, v, key, path);
    if (!got) continue;
    out.set(key, valueCheck(ctx, got.value, p));
  }
  return out;
}

export function list<T>(ctx: Ctx, v: unknown, path: string, itemCheck: Check<T>, nonEmpty = false): T[] | null {
  const results = eachItem(ctx, v, path, (item, p) => itemCheck(ctx, item, p));
  if (results && nonEmpty && results.length === 0) report(ctx, path, 'expectedNonEmpty', 'at least one item');
  return results;
}

export const idKey = (key: string) => (ID.test(key) ? null : { code: 'expectedId' as const, expected: 'a lower-case id like "gruppe-3"' });
export const stepKey = (key: string) =>
  STEP_KEY.test(key) ? null : { code: 'expectedStepKey' as const, expected: 'years 0–99 written without leading zeros' };
