/**
 * The whole state of the calculator (one scenario) or of a comparison (2–4 scenarios) in ONE
 * query parameter of the page URL, `?pl=…`, so a link reproduces what the sender saw.
 *
 * Format (version 1): `1~<scenario>~<scenario>…`, for example
 *
 *   1~n=Kommune;a=ks;e=fagskole;y=4;p=80~n=Sykehus;a=spekter
 *
 * - The version comes first; scenarios follow, each after a `~`; a scenario is `key=value`
 *   pairs joined by `;`. An empty scenario (`1~`) is the default scenario.
 * - Only the fields that differ from `DEFAULT_SCENARIO` are written, in the order of the table.
 * - Numbers are plain JavaScript numbers (`String(n)`: shortest exact form, no trailing zeros,
 *   `.` as decimal point, `-` for negatives).
 * - Compound values join their parts with `_` (not `.`, which is the decimal point: shift hours
 *   such as 7.5 are common) and list items with `,`.
 * - Every character written is allowed unescaped in a URL query, so ordinary links stay readable.
 *   Names are the only free text: `encodeURIComponent`, plus `~ ! ' ( ) *` escaped so that a name
 *   cannot end a scenario and chat apps do not cut a link at a closing parenthesis.
 *
 * | key | field                      | value                                                     |
 * |-----|----------------------------|-----------------------------------------------------------|
 * | n   | name (not a model field)   | percent-encoded text, ≤ 40 characters                     |
 * | a   | agreement                  | `ks` `spekter` `legekontor` `private` … (the data's)      |
 * | e   | education                  | `helsesekretaer` `fagskole` `hoyskole` `none`             |
 * | y   | yearsExperience            | integer                                                   |
 * | d   | tariffDate                 | `YYYY-MM-DD` (absent = newest tables)                     |
 * | p   | positionPercent            | number, 1–100                                             |
 * | rs  | responsibilitySupplement   | amount: `20000` (kr a year) or `10p` (% of tariff minimum)|
 * | is  | individualSupplement       | amount, as `rs`                                           |
 * | le  | localEducationSupplement   | number (kr a year)                                        |
 * | s   | schedule                   | `day` `rotating`                                          |
 * | sh  | shifts                     | `evening_night_weekend_holiday` hours a week: `8_0_5_0`   |
 * | ot  | overtimeHoursPerYear       | number                                                    |
 * | ag  | age                        | integer (absent = not given)                              |
 * | ev  | events                     | list joined by `,`, see below                             |
 * | g   | annualGrowth               | number, % a year, may be negative                         |
 * | h   | horizon                    | integer                                                   |
 * | t   | taxYear                    | integer (absent = newest rules)                           |
 * | ta  | taxArea                    | `innsatssonen` (absent = `standard`)                      |
 * | o   | occupation                 | an id of the data's occupations (absent = `helsesekretaer`)|
 * | w   | workplace                  | an id of the data's places (absent = none: the agreement) |
 *
 * Links written before `o` and `w` existed are the same links: helsesekretær, and the agreement
 * alone. A place sets the agreement; `a` with `w` names one of the place's agreements.
 *
 * Events: `e<year>_<education>[_<studyCost>[_<monthsWithoutPay>]]` (education; trailing zero
 * parts omitted) and `r<year>_<amount>` (responsibility), e.g. `ev=e5_fagskole_30000_6,r10_10p`.
 *
 * Decoding never throws. Every scenario goes through `normalizeScenario` with the dataset the
 * reader computes with (an element's own: a site's `data-src` file, not the bundled data): an
 * invalid value keeps its default and gives a warning, so the UI can say that some values in the
 * link were reset. This file reads links; share-encode.ts writes them.
 */
import type { Dataset } from '../model/dataset-types.js';
import { normalizeScenario, type Scenario, type ScenarioErrorCode } from '../model/scenario.js';
import {
  MAX_NAME_LENGTH,
  MAX_SCENARIOS,
  SHARE_PARAM,
  SHARE_VERSION,
  SHIFT_ORDER,
  clampName,
  hrefOf,
  isShareParam,
  splitUrl,
  wellFormed,
  type ShareState,
} from './share-encode.js';

/** Longer input is refused without being parsed. */
export const MAX_SHARE_LENGTH = 4000;

export type ShareWarningCode =
  /** A model validation code: the field was reset to its default. */
  | ScenarioErrorCode
  /** A key this version does not know; ignored. */
  | 'unknownKey'
  /** A key given twice in one scenario; the last one is used. */
  | 'duplicateKey'
  /** A part without `=`; ignored. */
  | 'malformedPart'
  /** A name that is not valid percent-encoding; the name is left empty. */
  | 'invalidName'
  /** A name longer than MAX_NAME_LENGTH; shortened. */
  | 'nameTooLong'
  /** More than MAX_SCENARIOS scenarios; the extra ones are ignored. */
  | 'tooManyScenarios';

export interface ShareWarning {
  /** Index of the scenario in the link. */
  scenario: number;
  /** Scenario field path (`positionPercent`, `events[0].year`), `name`, the unknown key, or ''. */
  field: string;
  code: ShareWarningCode;
  params?: Record<string, string | number>;
}

export type ShareDecodeResult =
  { ok: true; state: ShareState; warnings: ShareWarning[] } | { ok: false; code: 'empty' | 'unknownVersion' | 'malformed' | 'tooLong' };

// ---------------------------------------------------------------------------------------------
// Decoding

/** Number syntax accepted in links: what `String(n)` writes for a finite number. */
const NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/** A number, or the text itself so that the model reports `notANumber` at the right field. */
function parseNumber(text: string): number | string {
  return NUMBER.test(text) ? Number(text) : text;
}

function parseAmount(text: string): unknown {
  if (text.endsWith('p')) return { unit: 'percent', value: parseNumber(text.slice(0, -1)) };
  return { unit: 'nok', value: parseNumber(text) };
}

function parseShifts(text: string): unknown {
  const parts = text.split('_');
  if (parts.length !== SHIFT_ORDER.length) return text; // the model reports `shifts` invalidType
  return Object.fromEntries(SHIFT_ORDER.map((t, i) => [t, parseNumber(parts[i])]));
}

function parseEvents(text: string): unknown[] {
  if (text === '') return [];
  return text.split(',').map((item): unknown => {
    const [head = '', ...rest] = item.split('_');
    const type = head[0] === 'e' ? 'education' : head[0] === 'r' ? 'responsibility' : (head[0] ?? '');
    const year = parseNumber(head.slice(1));
    if (type === 'responsibility') {
      return rest.length === 1 ? { type, year, supplement: parseAmount(rest[0]) } : { type, year, supplement: item };
    }
    if (type === 'education' && rest.length >= 1 && rest.length <= 3) {
      const [education, cost = '0', months = '0'] = rest;
      return { type, year, education, studyCost: parseNumber(cost), monthsWithoutPay: parseNumber(months) };
    }
    // An unknown type or a wrong number of parts: the model reports the event and drops it.
    return type === 'education' ? { type, year, education: item } : { type, year };
  });
}

/** Key → how its text becomes model input. `n` (the name) is handled apart. */
const FIELDS: Record<string, [keyof Scenario, (text: string) => unknown]> = {
  a: ['agreement', (t) => t],
  e: ['education', (t) => t],
  y: ['yearsExperience', parseNumber],
  d: ['tariffDate', (t) => t],
  p: ['positionPercent', parseNumber],
  rs: ['responsibilitySupplement', parseAmount],
  is: ['individualSupplement', parseAmount],
  le: ['localEducationSupplement', parseNumber],
  s: ['schedule', (t) => t],
  sh: ['shifts', parseShifts],
  ot: ['overtimeHoursPerYear', parseNumber],
  ag: ['age', parseNumber],
  ev: ['events', parseEvents],
  g: ['annualGrowth', parseNumber],
  h: ['horizon', parseNumber],
  t: ['taxYear', parseNumber],
  ta: ['taxArea', (t) => t],
  o: ['occupation', (t) => t],
  w: ['workplace', (t) => t],
};

/** Shown keys in warnings are cut to this length, so a huge bogus key cannot bloat them. */
const MAX_KEY_IN_WARNING = 20;

/**
 * Reads a `pl` parameter value. Never throws. `dataset` is the one the scenarios will be computed
 * with (agreements, education paths, table dates and tax years are checked against it).
 */
export function decodeShare(text: unknown, dataset: Dataset): ShareDecodeResult {
  try {
    return decode(text, dataset);
  } catch {
    // Defensive: decode() is written not to throw; a bug there must not break the page.
    return { ok: false, code: 'malformed' };
  }
}

function decode(text: unknown, dataset: Dataset): ShareDecodeResult {
  if (text === null || text === undefined) return { ok: false, code: 'empty' };
  if (typeof text !== 'string') return { ok: false, code: 'malformed' };
  if (text.length > MAX_SHARE_LENGTH) return { ok: false, code: 'tooLong' };
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, code: 'empty' };
  const [version, ...segments] = trimmed.split('~');
  if (!/^\d{1,6}$/.test(version)) return { ok: false, code: 'malformed' };
  if (Number(version) !== SHARE_VERSION) return { ok: false, code: 'unknownVersion' };
  if (segments.length === 0) return { ok: false, code: 'malformed' };

  const warnings: ShareWarning[] = [];
  if (segments.length > MAX_SCENARIOS) {
    warnings.push({ scenario: MAX_SCENARIOS, field: '', code: 'tooManyScenarios', params: { max: MAX_SCENARIOS, given: segments.length } });
  }
  const scenarios = segments.slice(0, MAX_SCENARIOS).map((segment, index) => decodeScenario(segment, index, warnings, dataset));
  return { ok: true, state: { scenarios }, warnings };
}

function decodeScenario(segment: string, index: number, warnings: ShareWarning[], dataset: Dataset): ShareState['scenarios'][number] {
  const input: Partial<Record<keyof Scenario, unknown>> = {};
  const seen = new Set<string>();
  let name = '';
  for (const part of segment.split(';')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    if (eq < 0) {
      warnings.push({ scenario: index, field: part.slice(0, MAX_KEY_IN_WARNING), code: 'malformedPart' });
      continue;
    }
    const key = part.slice(0, eq);
    const value = part.slice(eq + 1);
    if (key !== 'n' && !Object.prototype.hasOwnProperty.call(FIELDS, key)) {
      warnings.push({ scenario: index, field: key.slice(0, MAX_KEY_IN_WARNING), code: 'unknownKey' });
      continue;
    }
    if (seen.has(key)) warnings.push({ scenario: index, field: key === 'n' ? 'name' : FIELDS[key][0], code: 'duplicateKey' });
    seen.add(key);
    if (key === 'n') {
      name = decodeName(value, index, warnings);
      continue;
    }
    const [field, parse] = FIELDS[key];
    input[field] = parse(value);
  }
  const { scenario, errors } = normalizeScenario(input, dataset);
  for (const e of errors)
    warnings.push(
      e.params ? { scenario: index, field: e.field, code: e.code, params: e.params } : { scenario: index, field: e.field, code: e.code },
    );
  return { name, scenario };
}

function decodeName(text: string, index: number, warnings: ShareWarning[]): string {
  let name: string;
  try {
    name = wellFormed(decodeURIComponent(text));
  } catch {
    warnings.push({ scenario: index, field: 'name', code: 'invalidName' });
    return '';
  }
  const short = clampName(name);
  if (short !== name) warnings.push({ scenario: index, field: 'name', code: 'nameTooLong', params: { max: MAX_NAME_LENGTH } });
  return short;
}

// ---------------------------------------------------------------------------------------------
// The page URL

/**
 * The decoded `pl` parameter of a URL, or `null` when it has none. The value is read raw (not
 * through URLSearchParams, which would undo the names' percent-encoding before the value is
 * split). A value that a mail or chat program percent-encoded as a whole (no `~` left in it) is
 * decoded once first.
 */
export function readShareFromUrl(url: string | URL, dataset: Dataset): ShareDecodeResult | null {
  const { query } = splitUrl(hrefOf(url));
  if (query === null) return null;
  const pair = query.split('&').find(isShareParam);
  if (pair === undefined) return null;
  let value = pair.slice(SHARE_PARAM.length + 1);
  if (value.length <= MAX_SHARE_LENGTH && !value.includes('~') && value.includes('%')) {
    try {
      value = decodeURIComponent(value.replace(/\+/g, ' '));
    } catch {
      // Left as it is; decodeShare reports it.
    }
  }
  return decodeShare(value, dataset);
}
