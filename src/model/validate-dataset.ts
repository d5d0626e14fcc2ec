/**
 * Run-time validation of a {@link Dataset} (e.g. data loaded from a URL), hand-written so that it
 * needs no code generation (`new Function`, blocked by a strict Content-Security-Policy) and stays
 * small. It checks the same shapes as the JSON Schema in `data/schema/`, plus what a schema cannot:
 * source ids resolve in the file's `sources`, dates are strictly ascending, tables, pay rounds and
 * placements name existing pay groups, derived steps point to an earlier table and add up, a
 * published range has its minimum at or below its maximum, and a pay round comes after the first
 * table. The agreements added after format 1 was first published (not in
 * {@link REQUIRED_AGREEMENT_IDS}) may be absent.
 *
 * It never throws: cyclic objects are fine (only known keys are followed), getters or proxies
 * that throw are reported as `unreadableValue`, and at most {@link MAX_DATASET_ERRORS} errors are
 * collected (the last one is then `tooManyErrors`).
 */
import { AGREEMENT_IDS, EDUCATION_IDS, REQUIRED_AGREEMENT_IDS, SHIFT_TYPES } from './dataset-types.js';
import type { Dataset } from './dataset-types.js';

export type DatasetErrorCode =
  /** Wrong type or form of a value. */
  | 'expectedObject'
  | 'expectedArray'
  | 'expectedString'
  | 'expectedBoolean'
  | 'expectedInteger'
  | 'expectedPositiveNumber'
  | 'expectedPercent'
  | 'expectedIsoDate'
  | 'expectedUrl'
  | 'expectedId'
  | 'expectedStepKey'
  | 'expectedOneOf'
  | 'expectedNonEmpty'
  /** A supplement rate needs either `nokPerHour` or `percent` (with an optional `minNokPerHour`). */
  | 'expectedRate'
  | 'outOfRange'
  /** A required property is absent. */
  | 'missing'
  /** A property that the format does not know. */
  | 'unknownProperty'
  /** A property that the agreement's `coverage` rules out (e.g. `tables` when it follows another). */
  | 'notAllowedForCoverage'
  | 'unsupportedFormatVersion'
  /** `agreements.ks.id` is not `"ks"`. */
  | 'idMismatch'
  | 'unknownSource'
  | 'unknownPayGroup'
  /** `tablesFrom` does not name an agreement with its own tables. */
  | 'unknownAgreement'
  /** A derived rule's `from` is not an earlier table holding the same group and step. */
  | 'unknownDerivedFrom'
  /** A derived rule for a step that has no amount in `steps`. */
  | 'derivedStepMissing'
  /** The derived amount is not the `from` amount plus `add`. */
  | 'derivedMismatch'
  /** A published range whose minimum is above its maximum. */
  | 'minAboveMax'
  /** A pay round with none of `rise`, `groups` or `framePercent`. */
  | 'noFigures'
  /** A pay round dated at or before the agreement's first table. */
  | 'roundBeforeTables'
  | 'unsortedDates'
  | 'unsortedValues'
  /** Reading the value threw (a getter or proxy). */
  | 'unreadableValue'
  | 'tooManyErrors';

export interface DatasetError {
  /** Where: `agreements.ks.tables[3].groups.fagarbeider.steps["16"]`; `''` is the whole input. */
  path: string;
  code: DatasetErrorCode;
  /** What was expected, in plain English (for messages), e.g. `"tariff" | "follows" | "none"`. */
  expected?: string;
}

export type DatasetValidation = { ok: true; dataset: Dataset } | { ok: false; errors: DatasetError[] };

/** The most errors reported for one input (the last is `tooManyErrors`). */
export const MAX_DATASET_ERRORS = 200;

// ---------------------------------------------------------------------------------------------
// Paths and error collection

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `parent.key`, `parent["non-identifier"]` or `parent[3]`. */
function at(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  if (IDENTIFIER.test(key)) return parent === '' ? key : `${parent}.${key}`;
  return `${parent}[${JSON.stringify(key)}]`;
}

/** Thrown (and caught in validateDataset) once the error cap is reached. */
class ErrorCapReached extends Error {}

interface Ctx {
  errors: DatasetError[];
}

function report(ctx: Ctx, path: string, code: DatasetErrorCode, expected?: string): void {
  if (ctx.errors.length >= MAX_DATASET_ERRORS - 1) {
    ctx.errors.push({ path: '', code: 'tooManyErrors', expected: `at most ${MAX_DATASET_ERRORS - 1} errors` });
    throw new ErrorCapReached();
  }
  ctx.errors.push(expected === undefined ? { path, code } : { path, code, expected });
}

// ---------------------------------------------------------------------------------------------
// Safe reading

type Kind = 'null' | 'array' | 'object' | 'string' | 'number' | 'boolean' | 'other' | 'unreadable';

function kindOf(v: unknown): Kind {
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

const hasOwn = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

/** Own property `key` of `o`: `undefined` if absent, `null` if reading it threw (reported). */
function read(ctx: Ctx, o: object, key: string, path: string): { value: unknown } | undefined | null {
  try {
    if (!hasOwn(o, key)) return undefined;
    return { value: (o as Record<string, unknown>)[key] };
  } catch {
    report(ctx, at(path, key), 'unreadableValue');
    return null;
  }
}

function keysOf(ctx: Ctx, o: object, path: string): string[] | null {
  try {
    return Object.keys(o);
  } catch {
    report(ctx, path, 'unreadableValue');
    return null;
  }
}

/** Checks that `v` is a plain object (not an array, not null); reports otherwise. */
function isObject(ctx: Ctx, v: unknown, path: string): v is object {
  const k = kindOf(v);
  if (k === 'object') return true;
  report(ctx, path, k === 'unreadable' ? 'unreadableValue' : 'expectedObject');
  return false;
}

/**
 * Checks each element of an array in turn (holes read as `undefined`) without copying it, so a
 * huge array stops at the error cap. Reports and returns null if `v` is not an array.
 */
function eachItem<T>(ctx: Ctx, v: unknown, path: string, check: (item: unknown, path: string) => T): T[] | null {
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

type Check<T = unknown> = (ctx: Ctx, v: unknown, path: string) => T;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const STEP_KEY = /^(0|[1-9][0-9]?)$/;
const URL_PATTERN = /^https?:\/\/\S+$/;

function isIsoDate(v: unknown): v is string {
  if (typeof v !== 'string') return false;
  const m = ISO_DATE.exec(v);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

const text: Check<string | null> = (ctx, v, path) => {
  if (typeof v === 'string' && v.length > 0) return v;
  report(ctx, path, 'expectedString', 'a non-empty string');
  return null;
};

const bool: Check = (ctx, v, path) => {
  if (typeof v !== 'boolean') report(ctx, path, 'expectedBoolean', 'true or false');
};

const isoDate: Check<string | null> = (ctx, v, path) => {
  if (isIsoDate(v)) return v;
  report(ctx, path, 'expectedIsoDate', 'a date YYYY-MM-DD');
  return null;
};

const positive: Check<number | null> = (ctx, v, path) => {
  if (isFiniteNumber(v) && v > 0) return v;
  report(ctx, path, 'expectedPositiveNumber', 'a number above 0');
  return null;
};

const percent: Check<number | null> = (ctx, v, path) => {
  if (isFiniteNumber(v) && v >= 0 && v <= 100) return v;
  report(ctx, path, 'expectedPercent', 'a number from 0 to 100');
  return null;
};

/** A percentage above 0 (a rise or a frame). */
const positivePercent: Check<number | null> = (ctx, v, path) => {
  if (isFiniteNumber(v) && v > 0 && v <= 100) return v;
  report(ctx, path, 'expectedPercent', 'a number above 0 and at most 100');
  return null;
};

const url: Check = (ctx, v, path) => {
  if (typeof v !== 'string' || !URL_PATTERN.test(v)) report(ctx, path, 'expectedUrl', 'an http(s) URL');
};

const describeOneOf = (values: readonly unknown[]): string => values.map((x) => JSON.stringify(x)).join(' | ');

function oneOf<T extends string | number>(values: readonly T[]): Check<T | null> {
  return (ctx, v, path) => {
    if ((values as readonly unknown[]).includes(v)) return v as T;
    report(ctx, path, 'expectedOneOf', describeOneOf(values));
    return null;
  };
}

const figureKind = oneOf(['published', 'derived'] as const);

// ---------------------------------------------------------------------------------------------
// Objects with known keys, and maps

interface Field {
  required: boolean;
  check: Check;
}
const req = (check: Check): Field => ({ required: true, check });
const opt = (check: Check): Field => ({ required: false, check });

/**
 * Checks an object with known keys: each present field with its check, absent required ones as
 * `missing`, any other key as `unknownProperty`. Returns the fields' check results, and `present`
 * (the keys that exist), or null if `v` is not an object.
 */
function record(
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
function map<T>(
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

function list<T>(ctx: Ctx, v: unknown, path: string, itemCheck: Check<T>, nonEmpty = false): T[] | null {
  const results = eachItem(ctx, v, path, (item, p) => itemCheck(ctx, item, p));
  if (results && nonEmpty && results.length === 0) report(ctx, path, 'expectedNonEmpty', 'at least one item');
  return results;
}

const idKey = (key: string) => (ID.test(key) ? null : { code: 'expectedId' as const, expected: 'a lower-case id like "gruppe-3"' });
const stepKey = (key: string) =>
  STEP_KEY.test(key) ? null : { code: 'expectedStepKey' as const, expected: 'years 0–99 written without leading zeros' };

/** Strictly ascending values (skipping nulls); reports each item that is not above the last. */
function checkAscending(
  ctx: Ctx,
  items: Array<{ value: string | number | null; path: string }>,
  code: 'unsortedDates' | 'unsortedValues',
): void {
  let last: string | number | null = null;
  for (const item of items) {
    if (item.value === null) continue;
    if (last !== null && !(item.value > last)) report(ctx, item.path, code, `above ${JSON.stringify(last)} (strictly ascending)`);
    last = item.value;
  }
}

// ---------------------------------------------------------------------------------------------
// Sources (per file)

/** Source ids referenced in one file, resolved against its `sources` once that has been read. */
interface SourceScope {
  refs: Array<{ id: string; path: string }>;
}

function sourceRef(scope: SourceScope): Check {
  return (ctx, v, path) => {
    const id = text(ctx, v, path);
    if (id !== null) scope.refs.push({ id, path });
  };
}

const sourceEntry: Check = (ctx, v, path) => {
  record(ctx, v, path, {
    title: req(text),
    url: req(url),
    publisher: req(text),
    retrieved: req(isoDate),
  });
};

/** Checks every source id collected in `scope` against the file's checked `sources` map. */
function resolveSources(ctx: Ctx, sourcesResult: unknown, scope: SourceScope): void {
  if (!(sourcesResult instanceof Map)) return; // sources missing or not an object: already reported
  for (const ref of scope.refs) {
    if (!sourcesResult.has(ref.id)) report(ctx, ref.path, 'unknownSource', 'an id in this file\'s "sources"');
  }
}

const sourcesField: Check = (ctx, v, path) => map(ctx, v, path, idKey, sourceEntry);

function sourcedValue(scope: SourceScope, valueCheck: Check): Check {
  return (ctx, v, path) => {
    record(ctx, v, path, {
      value: req(valueCheck),
      source: req(sourceRef(scope)),
      kind: req(figureKind),
      verified: req(bool),
      rule: opt(text),
      note: opt(text),
    });
  };
}

// ---------------------------------------------------------------------------------------------
// Agreements

interface GroupInfo {
  path: string;
  steps: Map<string, unknown> | null;
  derived: Array<{ step: string; path: string; from: string | null; add: number | null }>;
}

interface TableInfo {
  path: string;
  effectiveFrom: string | null;
  groups: Map<string, GroupInfo> | null;
}

interface AgreementInfo {
  coverage: string | null;
  payGroups: Set<string> | null;
  tablesFrom: { target: string; path: string } | null;
}

interface RoundInfo {
  path: string;
  effectiveFrom: string | null;
  groups: Array<{ group: string; path: string }>;
}

function groupTable(scope: SourceScope): Check<GroupInfo> {
  return (ctx, v, path) => {
    const info: GroupInfo = { path, steps: null, derived: [] };
    const r = record(ctx, v, path, {
      steps: req((c, s, p) =>
        map(c, s, p, stepKey, (c2, amount, p2) => {
          if (amount !== null) positive(c2, amount, p2);
          return amount;
        }, true),
      ),
      source: req(sourceRef(scope)),
      derived: opt((c, d, p) =>
        map(c, d, p, stepKey, (c2, rule, p2) => {
          const rr = record(c2, rule, p2, {
            from: req(isoDate),
            add: req(positive),
            source: req(sourceRef(scope)),
          });
          const from = (rr?.results.get('from') as string | null | undefined) ?? null;
          const add = (rr?.results.get('add') as number | null | undefined) ?? null;
          return { from, add };
        }),
      ),
      note: opt(text),
    });
    if (!r) return info;
    const steps = r.results.get('steps');
    if (steps instanceof Map) info.steps = steps as Map<string, unknown>;
    const derived = r.results.get('derived');
    if (derived instanceof Map) {
      for (const [step, rule] of derived as Map<string, { from: string | null; add: number | null }>) {
        info.derived.push({ step, path: at(at(path, 'derived'), step), from: rule.from, add: rule.add });
      }
    }
    return info;
  };
}

function payTable(scope: SourceScope): Check<TableInfo> {
  return (ctx, v, path) => {
    const r = record(ctx, v, path, {
      effectiveFrom: req(isoDate),
      groups: req((c, g, p) => map(c, g, p, idKey, groupTable(scope), true)),
    });
    const groups = r?.results.get('groups');
    return {
      path,
      effectiveFrom: (r?.results.get('effectiveFrom') as string | null | undefined) ?? null,
      groups: groups instanceof Map ? (groups as Map<string, GroupInfo>) : null,
    };
  };
}

function supplementRate(scope: SourceScope): Check<string | null> {
  return (ctx, v, path) => {
    const r = record(ctx, v, path, {
      effectiveFrom: req(isoDate),
      nokPerHour: opt(positive),
      percent: opt(positive),
      minNokPerHour: opt(positive),
      source: req(sourceRef(scope)),
      kind: req(figureKind),
      verified: req(bool),
      note: opt(text),
    });
    if (!r) return null;
    const hasNok = r.present.has('nokPerHour');
    const hasPercent = r.present.has('percent');
    if (hasNok === hasPercent || (hasNok && r.present.has('minNokPerHour'))) {
      report(ctx, path, 'expectedRate', '"nokPerHour", or "percent" with an optional "minNokPerHour"');
    }
    return (r.results.get('effectiveFrom') as string | null | undefined) ?? null;
  };
}

/** A published rise: at least one field, and a minimum in kroner at or below the maximum. */
const riseRange: Check = (ctx, v, path) => {
  const r = record(ctx, v, path, { minNok: opt(positive), maxNok: opt(positive), minPercent: opt(positivePercent) });
  if (!r) return;
  if (r.present.size === 0) report(ctx, path, 'expectedNonEmpty', 'at least one of "minNok", "maxNok" or "minPercent"');
  const min = r.results.get('minNok');
  const max = r.results.get('maxNok');
  if (typeof min === 'number' && typeof max === 'number' && min > max) {
    report(ctx, path, 'minAboveMax', `"minNok" (${min}) at most "maxNok" (${max})`);
  }
};

function payRound(scope: SourceScope): Check<RoundInfo> {
  return (ctx, v, path) => {
    const info: RoundInfo = { path, effectiveFrom: null, groups: [] };
    const r = record(ctx, v, path, {
      effectiveFrom: req(isoDate),
      rise: opt(riseRange),
      groups: opt((c, g, p) =>
        map(c, g, p, idKey, (c2, range, p2) => {
          riseRange(c2, range, p2);
          return p2;
        }, true),
      ),
      framePercent: opt(positivePercent),
      source: req(sourceRef(scope)),
      quote: req(text),
      note: opt(text),
      otherSources: opt((c, list_, p) =>
        list(c, list_, p, (c2, entry, p2) => record(c2, entry, p2, { source: req(sourceRef(scope)), quote: req(text) })),
      ),
    });
    if (!r) return info;
    if (!['rise', 'groups', 'framePercent'].some((key) => r.present.has(key))) {
      report(ctx, path, 'noFigures', 'at least one of "rise", "groups" or "framePercent"');
    }
    info.effectiveFrom = (r.results.get('effectiveFrom') as string | null | undefined) ?? null;
    const groups = r.results.get('groups');
    if (groups instanceof Map) for (const [group, p] of groups as Map<string, string>) info.groups.push({ group, path: p });
    return info;
  };
}

/** Rounds in date order, after the first table, naming the agreement's pay groups. */
function checkRounds(ctx: Ctx, rounds: RoundInfo[], tables: TableInfo[] | null, payGroups: Set<string> | null): void {
  checkAscending(ctx, rounds.map((round) => ({ value: round.effectiveFrom, path: at(round.path, 'effectiveFrom') })), 'unsortedDates');
  const first = tables?.[0]?.effectiveFrom ?? null;
  for (const round of rounds) {
    if (first !== null && round.effectiveFrom !== null && round.effectiveFrom <= first) {
      report(ctx, at(round.path, 'effectiveFrom'), 'roundBeforeTables', `a date after the first table (${first})`);
    }
    if (!payGroups) continue;
    for (const g of round.groups) if (!payGroups.has(g.group)) report(ctx, g.path, 'unknownPayGroup', 'a key of "payGroups"');
  }
}

/** A step's amount: the number, `null`/`absent` when not given, `invalid` when it is not a positive number. */
function stepAmount(steps: Map<string, unknown> | null, step: string): number | null | 'absent' | 'invalid' {
  if (!steps || !steps.has(step)) return 'absent';
  const v = steps.get(step);
  if (v === null) return null;
  return isFiniteNumber(v) && v > 0 ? v : 'invalid';
}

function checkTables(ctx: Ctx, tables: TableInfo[], payGroups: Set<string> | null, tablesPath: string): void {
  checkAscending(
    ctx,
    tables.map((t) => ({ value: t.effectiveFrom, path: at(t.path, 'effectiveFrom') })),
    'unsortedDates',
  );
  tables.forEach((table, index) => {
    if (!table.groups) return;
    for (const [groupId, group] of table.groups) {
      if (payGroups && !payGroups.has(groupId)) report(ctx, group.path, 'unknownPayGroup', 'a key of "payGroups"');
      for (const rule of group.derived) {
        const amount = stepAmount(group.steps, rule.step);
        // An invalid amount is reported where it is; do not report its consequences again.
        if (amount === 'invalid') continue;
        if (group.steps && typeof amount !== 'number') {
          report(ctx, rule.path, 'derivedStepMissing', `an amount for step ${JSON.stringify(rule.step)} in "steps"`);
        }
        if (rule.from === null) continue;
        const fromIndex = tables.findIndex((t) => t.effectiveFrom === rule.from);
        const fromTable = fromIndex >= 0 ? tables[fromIndex] : undefined;
        const fromAmount = stepAmount(fromTable?.groups?.get(groupId)?.steps ?? null, rule.step);
        const earlier = fromIndex >= 0 && fromIndex < index && table.effectiveFrom !== null && rule.from < table.effectiveFrom;
        if (earlier && fromAmount === 'invalid') continue;
        if (!earlier || typeof fromAmount !== 'number') {
          report(
            ctx,
            at(rule.path, 'from'),
            'unknownDerivedFrom',
            `the date of an earlier table in ${tablesPath} with an amount for ${JSON.stringify(groupId)} step ${JSON.stringify(rule.step)}`,
          );
          continue;
        }
        if (typeof amount === 'number' && rule.add !== null && fromAmount + rule.add !== amount) {
          report(ctx, rule.path, 'derivedMismatch', `${fromAmount} + ${rule.add} = ${fromAmount + rule.add}, not ${amount}`);
        }
      }
    }
  });
}

function agreement(expectedId: string): Check<AgreementInfo> {
  return (ctx, v, path) => {
    const info: AgreementInfo = { coverage: null, payGroups: null, tablesFrom: null };
    const scope: SourceScope = { refs: [] };
    const positiveValue = sourcedValue(scope, positive);
    const percentValue = sourcedValue(scope, percent);
    const r = record(ctx, v, path, {
      $schema: opt(text),
      id: req((c, id, p) => {
        if (id !== expectedId) report(c, p, 'idMismatch', JSON.stringify(expectedId));
      }),
      name: req(text),
      coverage: req(oneOf(['tariff', 'follows', 'none'] as const)),
      tablesFrom: opt(oneOf(AGREEMENT_IDS)),
      payGroups: opt((c, g, p) => map(c, g, p, idKey, text, true)),
      tables: opt((c, t, p) => list(c, t, p, payTable(scope), true)),
      supplements: req((c, s, p) => {
        const fields: Record<string, Field> = {};
        for (const shift of SHIFT_TYPES) {
          fields[shift] = req((c2, rates, p2) => {
            const dates = list(c2, rates, p2, supplementRate(scope));
            if (dates) {
              checkAscending(c2, dates.map((d, i) => ({ value: d, path: at(at(p2, i), 'effectiveFrom') })), 'unsortedDates');
            }
          });
        }
        record(c, s, p, fields);
      }),
      hours: req((c, h, p) => record(c, h, p, { day: req(positiveValue), rotating: req(positiveValue) })),
      hourlyDivisor: req(positiveValue),
      overtimeDivisor: req(positiveValue),
      overtimePercent: req(percentValue),
      workingWeeks: req(
        sourcedValue(scope, (c, w, p) => {
          const weeks = positive(c, w, p);
          if (weeks !== null && weeks > 52) report(c, p, 'outOfRange', 'at most 52');
        }),
      ),
      holidayPay: req(oneOf(['tariff', 'law'] as const)),
      pensionEmployeePercent: req((c, pension, p) => {
        if (pension !== null) percentValue(c, pension, p);
      }),
      notes: opt((c, n, p) => list(c, n, p, text)),
      payRounds: opt((c, rounds, p) => list(c, rounds, p, payRound(scope))),
      sources: req(sourcesField),
    });
    if (!r) return info;

    const coverage = r.results.get('coverage');
    info.coverage = typeof coverage === 'string' ? coverage : null;
    const payGroups = r.results.get('payGroups');
    if (payGroups instanceof Map) info.payGroups = new Set(payGroups.keys());
    const tablesFrom = r.results.get('tablesFrom');
    if (typeof tablesFrom === 'string') info.tablesFrom = { target: tablesFrom, path: at(path, 'tablesFrom') };
    if (info.coverage === 'tariff') {
      for (const key of ['payGroups', 'tables']) if (!r.present.has(key)) report(ctx, at(path, key), 'missing');
      if (r.present.has('tablesFrom')) report(ctx, at(path, 'tablesFrom'), 'notAllowedForCoverage', 'no "tablesFrom" when coverage is "tariff"');
    } else if (info.coverage !== null) {
      if (!r.present.has('tablesFrom')) report(ctx, at(path, 'tablesFrom'), 'missing');
      for (const key of ['tables', 'payGroups', 'payRounds']) {
        if (r.present.has(key)) report(ctx, at(path, key), 'notAllowedForCoverage', `no "${key}" unless coverage is "tariff"`);
      }
    }
    const tables = r.results.get('tables');
    if (Array.isArray(tables)) checkTables(ctx, tables as TableInfo[], info.payGroups, at(path, 'tables'));
    const rounds = r.results.get('payRounds');
    if (Array.isArray(rounds)) checkRounds(ctx, rounds as RoundInfo[], Array.isArray(tables) ? (tables as TableInfo[]) : null, info.payGroups);
    resolveSources(ctx, r.results.get('sources'), scope);
    return info;
  };
}

// ---------------------------------------------------------------------------------------------
// Occupation

interface PlacementRef {
  agreement: string;
  path: string;
  groups: Array<{ group: string; path: string }>;
}

function occupation(ctx: Ctx, v: unknown, path: string): PlacementRef[] {
  const scope: SourceScope = { refs: [] };
  const placements: PlacementRef[] = [];
  const educationFields = (check: Check): Record<string, Field> =>
    Object.fromEntries(EDUCATION_IDS.map((id) => [id, req(check)]));
  const r = record(ctx, v, path, {
    $schema: opt(text),
    id: req(oneOf(['helsesekretaer'] as const)),
    title: req(text),
    synonyms: req((c, s, p) => list(c, s, p, text)),
    education: req((c, e, p) =>
      record(c, e, p, educationFields((c2, path2, p2) => record(c2, path2, p2, { name: req(text), description: req(text) }))),
    ),
    placement: req((c, pl, p) =>
      map(
        c,
        pl,
        p,
        (key) => ((AGREEMENT_IDS as readonly string[]).includes(key) ? null : { code: 'expectedOneOf', expected: describeOneOf(AGREEMENT_IDS) }),
        (c2, byEducation, p2) => {
          const ref: PlacementRef = { agreement: '', path: p2, groups: [] };
          placements.push(ref);
          record(
            c2,
            byEducation,
            p2,
            educationFields((c3, placement, p3) =>
              record(c3, placement, p3, {
                group: req((c4, g, p4) => {
                  const id = text(c4, g, p4);
                  if (id !== null) ref.groups.push({ group: id, path: p4 });
                }),
                localSupplement: opt((c4, s, p4) => record(c4, s, p4, { source: req(sourceRef(scope)), note: req(text) })),
                note: opt(text),
              }),
            ),
          );
          return ref;
        },
      ),
    ),
    sources: req(sourcesField),
  });
  if (!r) return [];
  const placementMap = r.results.get('placement');
  if (placementMap instanceof Map) for (const [agreementId, ref] of placementMap as Map<string, PlacementRef>) ref.agreement = agreementId;
  resolveSources(ctx, r.results.get('sources'), scope);
  return placements;
}

// ---------------------------------------------------------------------------------------------
// Rules

const TAX_FIELDS = [
  'ordinaryRate',
  'personfradrag',
  'minstefradragPercent',
  'minstefradragMax',
  'trinnskatt',
  'trygdeavgiftPercent',
  'trygdeavgiftLowerLimit',
  'trygdeavgiftPhaseInPercent',
] as const;

const holidayPay: Check = (ctx, v, path) => {
  const scope: SourceScope = { refs: [] };
  const rule: Check = (c, x, p) =>
    record(c, x, p, {
      percent: req(sourcedValue(scope, percent)),
      over60ExtraPercent: req(sourcedValue(scope, percent)),
      over60CapG: req(sourcedValue(scope, positive)),
    });
  const r = record(ctx, v, path, { $schema: opt(text), tariff: req(rule), law: req(rule), sources: req(sourcesField) });
  if (r) resolveSources(ctx, r.results.get('sources'), scope);
};

const gRules: Check = (ctx, v, path) => {
  const scope: SourceScope = { refs: [] };
  const r = record(ctx, v, path, {
    $schema: opt(text),
    values: req((c, values, p) => {
      const dates = list(
        c,
        values,
        p,
        (c2, g, p2) =>
          (record(c2, g, p2, {
            effectiveFrom: req(isoDate),
            value: req(positive),
            source: req(sourceRef(scope)),
            kind: req(figureKind),
            verified: req(bool),
          })?.results.get('effectiveFrom') as string | null | undefined) ?? null,
        true,
      );
      if (dates) checkAscending(c, dates.map((d, i) => ({ value: d, path: at(at(p, i), 'effectiveFrom') })), 'unsortedDates');
    }),
    sources: req(sourcesField),
  });
  if (r) resolveSources(ctx, r.results.get('sources'), scope);
};

const taxRules: Check = (ctx, v, path) => {
  const scope: SourceScope = { refs: [] };
  const year: Check<number | null> = (c, y, p) => {
    if (isFiniteNumber(y) && Number.isInteger(y) && y >= 2000 && y <= 2100) return y;
    report(c, p, 'expectedInteger', 'a whole year from 2000 to 2100');
    return null;
  };
  const taxYear: Check<number | null> = (c, y, p) => {
    const r = record(c, y, p, {
      year: req(year),
      ordinaryRate: req(percent),
      personfradrag: req(positive),
      minstefradragPercent: req(percent),
      minstefradragMax: req(positive),
      trinnskatt: req((c2, steps, p2) => {
        const froms = list(
          c2,
          steps,
          p2,
          (c3, s, p3) =>
            (record(c3, s, p3, { from: req(positive), percent: req(percent) })?.results.get('from') as number | null | undefined) ?? null,
          true,
        );
        if (froms) checkAscending(c2, froms.map((f, i) => ({ value: f, path: at(at(p2, i), 'from') })), 'unsortedValues');
      }),
      trygdeavgiftPercent: req(percent),
      trygdeavgiftLowerLimit: req(positive),
      trygdeavgiftPhaseInPercent: req(percent),
      source: req(sourceRef(scope)),
      unverified: opt((c2, u, p2) => list(c2, u, p2, oneOf(TAX_FIELDS))),
      note: opt(text),
      innsatssonen: opt((c2, z, p2) =>
        record(c2, z, p2, {
          ordinaryRate: req(percent),
          finnmarksfradrag: req(positive),
          source: req(sourceRef(scope)),
          note: opt(text),
        }),
      ),
    });
    // The zone's rate on ordinary income is a reduction: never above the year's ordinary rate.
    const zone = r?.results.get('innsatssonen') as { results: Map<string, unknown> } | null | undefined;
    const rate = r?.results.get('ordinaryRate');
    const zoneRate = zone?.results.get('ordinaryRate');
    if (typeof rate === 'number' && typeof zoneRate === 'number' && zoneRate > rate) {
      report(c, at(at(p, 'innsatssonen'), 'ordinaryRate'), 'outOfRange', `at most the year's ordinaryRate (${rate})`);
    }
    return (r?.results.get('year') as number | null | undefined) ?? null;
  };
  const r = record(ctx, v, path, {
    $schema: opt(text),
    years: req((c, years, p) => {
      const ys = list(c, years, p, taxYear, true);
      if (ys) checkAscending(c, ys.map((y, i) => ({ value: y, path: at(at(p, i), 'year') })), 'unsortedValues');
    }),
    sources: req(sourcesField),
  });
  if (r) resolveSources(ctx, r.results.get('sources'), scope);
};

// ---------------------------------------------------------------------------------------------
// Dataset

function checkDataset(ctx: Ctx, input: unknown): void {
  // Agreements added after format 1 was first published may be absent (a file made for an older version).
  const required = new Set<string>(REQUIRED_AGREEMENT_IDS);
  const agreementFields: Record<string, Field> = Object.fromEntries(
    AGREEMENT_IDS.map((id) => [id, required.has(id) ? req(agreement(id)) : opt(agreement(id))]),
  );
  let agreements: Map<string, unknown> | null = null;
  let placements: PlacementRef[] | null = null;
  record(ctx, input, '', {
    $schema: opt(text),
    formatVersion: req((c, v, p) => {
      if (v !== 1) report(c, p, 'unsupportedFormatVersion', '1');
    }),
    updated: req(isoDate),
    agreements: req((c, v, p) => {
      agreements = record(c, v, p, agreementFields)?.results ?? null;
    }),
    occupation: req((c, v, p) => {
      placements = occupation(c, v, p);
    }),
    rules: req((c, v, p) =>
      record(c, v, p, { holidayPay: req(holidayPay), g: req(gRules), tax: req(taxRules) }),
    ),
  });
  crossCheck(ctx, agreements, placements);
}

/** tablesFrom and placements against the agreements that were read. */
function crossCheck(ctx: Ctx, agreements: Map<string, unknown> | null, placements: PlacementRef[] | null): void {
  if (!agreements) return;
  const infos = agreements;
  const info = (id: string): AgreementInfo | undefined => {
    const a = infos.get(id);
    return a && typeof a === 'object' ? (a as AgreementInfo) : undefined;
  };
  for (const id of AGREEMENT_IDS) {
    const ref = info(id)?.tablesFrom;
    if (!ref) continue;
    const target = info(ref.target);
    if (target && target.coverage !== null && target.coverage !== 'tariff') {
      report(ctx, ref.path, 'unknownAgreement', 'an agreement with its own tables (coverage "tariff")');
    }
  }
  if (!placements) return;
  const placed = new Set<string>();
  for (const ref of placements) {
    if (!ref.agreement) continue;
    placed.add(ref.agreement);
    const a = info(ref.agreement);
    if (!a || a.coverage === null) continue;
    if (a.coverage !== 'tariff') {
      report(ctx, ref.path, 'notAllowedForCoverage', 'placements only for agreements with their own tables');
      continue;
    }
    if (!a.payGroups) continue;
    for (const g of ref.groups) {
      if (!a.payGroups.has(g.group)) report(ctx, g.path, 'unknownPayGroup', `a key of agreements.${ref.agreement}.payGroups`);
    }
  }
  for (const id of AGREEMENT_IDS) {
    if (info(id)?.coverage === 'tariff' && !placed.has(id)) report(ctx, at('occupation.placement', id), 'missing');
  }
}

/**
 * Validates a dataset of unknown origin. Reports every fault found (up to
 * {@link MAX_DATASET_ERRORS}), each with a path like
 * `agreements.ks.tables[3].groups.fagarbeider.steps["16"]`. Never throws.
 */
export function validateDataset(input: unknown): DatasetValidation {
  const ctx: Ctx = { errors: [] };
  try {
    checkDataset(ctx, input);
  } catch (e) {
    if (!(e instanceof ErrorCapReached) && ctx.errors.length < MAX_DATASET_ERRORS) {
      // Not expected: a check met something it did not foresee. Still never throw.
      ctx.errors.push({ path: '', code: 'unreadableValue' });
    }
  }
  return ctx.errors.length === 0 ? { ok: true, dataset: input as Dataset } : { ok: false, errors: ctx.errors };
}

/** English predicates; `x` is the error's `expected`, when given. */
const MESSAGES: Record<DatasetErrorCode, (x: string | undefined) => string> = {
  expectedObject: () => 'must be an object',
  expectedArray: () => 'must be an array',
  expectedString: () => 'must be a non-empty string',
  expectedBoolean: () => 'must be true or false',
  expectedInteger: (x) => `must be ${x ?? 'a whole number'}`,
  expectedPositiveNumber: () => 'must be a number above 0',
  expectedPercent: () => 'must be a percentage from 0 to 100',
  expectedIsoDate: () => 'must be a real date written YYYY-MM-DD',
  expectedUrl: () => 'must be an http(s) URL',
  expectedId: () => 'must be a lower-case id of letters, digits and hyphens',
  expectedStepKey: () => 'must be a number of years (0–99) written without leading zeros',
  expectedOneOf: (x) => (x ? `must be one of ${x}` : 'must be one of the allowed values'),
  expectedNonEmpty: () => 'must not be empty',
  expectedRate: () => 'must give either "nokPerHour", or "percent" with an optional "minNokPerHour"',
  outOfRange: (x) => (x ? `is out of range (must be ${x})` : 'is out of range'),
  missing: () => 'is missing',
  unknownProperty: () => 'is not a known property',
  notAllowedForCoverage: (x) => `is not allowed for this agreement's coverage${x ? ` (${x})` : ''}`,
  unsupportedFormatVersion: (x) => `is not a supported data format version${x ? ` (supported: ${x})` : ''}`,
  idMismatch: (x) => `does not match the key the agreement is stored under${x ? ` (must be ${x})` : ''}`,
  unknownSource: () => 'names a source that is not in this file\'s "sources"',
  unknownPayGroup: () => 'names a pay group that the agreement does not have',
  unknownAgreement: () => 'names an agreement without its own pay tables',
  unknownDerivedFrom: () => 'does not point to an earlier table with an amount for the same group and step',
  derivedStepMissing: () => 'is a derived rule for a step without an amount',
  derivedMismatch: (x) => `does not add up${x ? ` (${x})` : ''}`,
  minAboveMax: (x) => `has its minimum above its maximum${x ? ` (must have ${x})` : ''}`,
  noFigures: () => 'gives no figure: it needs "rise", "groups" or "framePercent"',
  roundBeforeTables: (x) => `is not after the agreement's first table${x ? ` (must be ${x})` : ''}`,
  unsortedDates: () => 'is out of order: dates must be strictly ascending',
  unsortedValues: () => 'is out of order: values must be strictly ascending',
  unreadableValue: () => 'could not be read',
  tooManyErrors: () => 'has too many errors; the rest are not listed',
};

/** An English sentence for logs and the CLI (the UI localizes by `code`). */
export function datasetErrorMessage(e: DatasetError): string {
  const where = e.path === '' ? 'The dataset' : e.path;
  const predicate = MESSAGES[e.code] as ((x: string | undefined) => string) | undefined;
  return `${where} ${predicate ? predicate(e.expected) : 'is not valid'}.`;
}
