/**
 * The small checks that `structure.generated.ts` (compiled from the JSON Schema) is made of. Each
 * reads a value of unknown origin without throwing (a getter or proxy that throws is reported as
 * `unreadableValue`), reports what is wrong at its path, and returns a plain copy of what it read:
 * objects without a prototype holding only the format's keys, with {@link BAD} for a value that is
 * wrong. `references.ts` checks that copy. Plain code: no `new Function`, so a strict
 * Content-Security-Policy is fine.
 */
import { MAX_DATASET_ERRORS, type DatasetError, type DatasetErrorCode } from './types.js';

/** In the copy, a value that is present but wrong (already reported). */
export const BAD = Symbol('bad');

export interface Ctx {
  errors: DatasetError[];
}

/** A check: reports into `ctx` and returns the plain copy (or {@link BAD}). */
export type Check = (ctx: Ctx, v: unknown, path: string) => unknown;

/** Thrown (and caught in validateDataset) once the error cap is reached. */
export class ErrorCapReached extends Error {}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
/** How a key is written after its parent: `["key"]`, or null for an identifier (the format's few keys, remembered). */
const written = new Map<string, string | null>();

/** `parent.key`, `parent["non-identifier"]` or `parent[3]`. */
export function at(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  let w = written.get(key);
  if (w === undefined) {
    w = IDENTIFIER.test(key) ? null : `[${JSON.stringify(key)}]`;
    if (written.size < 2000) written.set(key, w);
  }
  return w !== null ? parent + w : parent === '' ? key : `${parent}.${key}`;
}

export function report(ctx: Ctx, path: string, code: DatasetErrorCode, expected?: string): void {
  if (ctx.errors.length >= MAX_DATASET_ERRORS - 1) {
    ctx.errors.push({ path: '', code: 'tooManyErrors', expected: `at most ${MAX_DATASET_ERRORS - 1} errors` });
    throw new ErrorCapReached();
  }
  ctx.errors.push(expected === undefined ? { path, code } : { path, code, expected });
}

/** Runs `fn` and gives back its result, or reports `unreadableValue` (a getter or proxy threw) and gives BAD. */
function safely<T>(ctx: Ctx, path: string, fn: () => T): T | typeof BAD {
  try {
    return fn();
  } catch {
    report(ctx, path, 'unreadableValue');
    return BAD;
  }
}

// ---------------------------------------------------------------------------------------------
// Values

/** A value that passes `test`; else `code` with what is `expected`. */
const leaf =
  (test: (v: unknown) => boolean, code: DatasetErrorCode, expected: string): Check =>
  (ctx, v, path) => {
    if (test(v)) return v;
    report(ctx, path, code, expected);
    return BAD;
  };

/** A string that passes `ok`. */
export const str = (code: DatasetErrorCode, expected: string, ok: (s: string) => boolean = () => true): Check =>
  leaf((v) => typeof v === 'string' && ok(v), code, expected);

/** A finite number that passes `ok`. */
export const num = (code: DatasetErrorCode, expected: string, ok: (n: number) => boolean = () => true): Check =>
  leaf((v) => typeof v === 'number' && Number.isFinite(v) && ok(v), code, expected);

export const bool: Check = leaf((v) => typeof v === 'boolean', 'expectedBoolean', 'true or false');

/** One of `values` (an enum, or a const). */
export const enumOf = (values: readonly unknown[], code: DatasetErrorCode = 'expectedOneOf', expected?: string): Check =>
  leaf((v) => values.includes(v), code, expected ?? values.map((x) => JSON.stringify(x)).join(' | '));

/** Any value (the keys an `if` does not test). */
export const anything: Check = (_ctx, v) => v;

/** `null`, or what `check` accepts. */
export const nullable =
  (check: Check): Check =>
  (ctx, v, path) =>
    v === null ? null : check(ctx, v, path);

// ---------------------------------------------------------------------------------------------
// Objects and arrays

/** How to rebuild an object check with some of its properties checked otherwise (for {@link extend}). */
const rebuild = new WeakMap<Check, (props: Record<string, Check>) => Check>();

const optional = new WeakSet<Check>();

/** A property that may be absent (the others of an {@link obj} are required). */
export const opt = (check: Check): Check => {
  const o: Check = (ctx, v, path) => check(ctx, v, path);
  optional.add(o);
  return o;
};

/**
 * An object: `props` checked where present (reported `missing` where absent unless {@link opt});
 * any other key checked with `keys` and `extra`, or `unknownProperty` when `extra` is false. Keys
 * that are not valid are left out of the copy.
 */
export const obj = (props: Record<string, Check>, extra: Check | false = false, keys?: Check, nonEmpty?: string): Check => {
  const names = Object.keys(props);
  const check: Check = (ctx, v, path) => {
    const isObject = safely(ctx, path, () => typeof v === 'object' && v !== null && !Array.isArray(v));
    if (isObject !== true) {
      if (isObject === false) report(ctx, path, 'expectedObject');
      return BAD;
    }
    const o = v as Record<string, unknown>;
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const key of names) {
      const p = at(path, key);
      const value = safely(ctx, p, () => (Object.hasOwn(o, key) ? [o[key]] : undefined));
      if (value === undefined) {
        if (!optional.has(props[key])) report(ctx, p, 'missing');
      } else out[key] = value === BAD ? BAD : props[key](ctx, value[0], p);
    }
    const own = safely(ctx, path, () => Object.keys(o));
    if (own === BAD) return out;
    if (nonEmpty && own.length === 0) report(ctx, path, 'expectedNonEmpty', nonEmpty);
    for (const key of own) {
      if (Object.hasOwn(props, key)) continue;
      const p = at(path, key);
      if (!extra) {
        report(ctx, p, 'unknownProperty');
        continue;
      }
      const keyOk = !keys || keys(ctx, key, p) !== BAD;
      const value = safely(ctx, p, () => o[key]);
      const checked = value === BAD ? BAD : extra(ctx, value, p);
      if (keyOk) out[key] = checked;
    }
    return out;
  };
  rebuild.set(check, (more) => obj({ ...props, ...more }, extra, keys, nonEmpty));
  return check;
};

/** The object check `base` (a `$ref`) with the keywords beside the `$ref`: these `props` checked instead (or now required). */
export const extend = (base: Check, props: Record<string, Check>): Check => rebuild.get(base)!(props);

/** An array, each item checked in turn without copying the input (a huge one stops at the error cap). */
export const arr =
  (items: Check, nonEmpty = false): Check =>
  (ctx, v, path) => {
    const length = safely(ctx, path, () => (Array.isArray(v) ? (v as unknown[]).length : -1));
    if (length === BAD) return BAD;
    if (length < 0) {
      report(ctx, path, 'expectedArray');
      return BAD;
    }
    if (nonEmpty && length === 0) report(ctx, path, 'expectedNonEmpty', 'at least one item');
    const out: unknown[] = [];
    for (let i = 0; i < length; i++) {
      const item = safely(ctx, at(path, i), () => (v as unknown[])[i]);
      out.push(item === BAD ? BAD : items(ctx, item, at(path, i)));
    }
    return out;
  };

// ---------------------------------------------------------------------------------------------
// Conditions between fields (checked on the copy that `obj` returns)

/** `base`, then each of `more` on its copy (unless the value was not even of the right type). */
export const and = (base: Check, ...more: Check[]): Check => {
  const check: Check = (ctx, v, path) => {
    const copy = base(ctx, v, path);
    if (copy !== BAD) for (const c of more) c(ctx, copy, path);
    return copy;
  };
  if (rebuild.has(base)) rebuild.set(check, (props) => and(extend(base, props), ...more));
  return check;
};

/** The keys in `required` are present; those in `forbidden` (key → what is expected) are not. */
export const has =
  (required: readonly string[], forbidden: Record<string, string> = {}): Check =>
  (ctx, v, path) => {
    const o = v as Record<string, unknown>;
    for (const key of required) if (!(key in o)) report(ctx, at(path, key), 'missing');
    for (const [key, expected] of Object.entries(forbidden)) if (key in o) report(ctx, at(path, key), 'notAllowedForCoverage', expected);
    return v;
  };

/**
 * if/then/else: `then` when the copy passes `test`, else `otherwise`; neither when one of `keys` (the
 * required keys the test reads) is missing or wrong, which is reported already.
 */
export const when =
  (test: Check, then: Check | undefined, otherwise: Check | undefined, keys: readonly string[]): Check =>
  (ctx, v, path) => {
    const o = v as Record<string, unknown>;
    if (keys.some((k) => !(k in o) || o[k] === BAD)) return v;
    const sub: Ctx = { errors: [] };
    test(sub, v, path);
    (sub.errors.length === 0 ? then : otherwise)?.(ctx, v, path);
    return v;
  };

/** Runs each branch on its own; the errors of each, and the copy it returns. */
function tryEach(branches: readonly Check[], v: unknown, path: string) {
  return branches.map((check) => {
    const sub: Ctx = { errors: [] };
    return { copy: check(sub, v, path), errors: sub.errors };
  });
}

/**
 * anyOf: the copy of the first branch that passes. Else, with `code`, one error with `code` and
 * `expected`; without, the errors of the branch that fits best (fewest wrong values, then fewest
 * missing ones), or one `expectedOneOf` error when two fit as well and fail differently at this
 * very value (a number or an id, neither given).
 */
export const anyOf =
  (branches: readonly Check[], expected: string, code?: DatasetErrorCode): Check =>
  (ctx, v, path) => {
    const tried = tryEach(branches, v, path);
    const pass = tried.find((t) => t.errors.length === 0);
    if (pass) return pass.copy;
    const score = (t: { errors: DatasetError[] }) => t.errors.filter((e) => e.code !== 'missing').length * 1000 + t.errors.length;
    const here = (t: { errors: DatasetError[] }) => t.errors.length === 1 && t.errors[0].path === path;
    // As many errors either way: the branch whose kind of value it is (its errors inside the value, not
    // on it), so a dated list with one wrong entry is told about that entry, not that it is no object.
    const [best, next] = tried.sort((a, b) => score(a) - score(b) || Number(here(a)) - Number(here(b)));
    const tie = next && score(next) === score(best) && here(best) && here(next) && best.errors[0].code !== next.errors[0].code;
    if (code || tie) report(ctx, path, code ?? 'expectedOneOf', expected);
    else for (const e of best.errors) report(ctx, e.path, e.code, e.expected);
    return BAD;
  };

/** oneOf: exactly one branch passes; else one error with `code` and `expected`. */
export const exactlyOne =
  (branches: readonly Check[], expected: string, code: DatasetErrorCode = 'expectedOneOf'): Check =>
  (ctx, v, path) => {
    if (tryEach(branches, v, path).filter((t) => t.errors.length === 0).length === 1) return v;
    report(ctx, path, code, expected);
    return BAD;
  };
