/**
 * Writing a link: the encoding half of the `pl` codec, whose format share.ts describes. Kept apart
 * from the reading half so that the URL writer, which runs after every change, loads only this: no
 * dataset and no validation. A link is checked when it is read, against the dataset of the element
 * that reads it (share.ts).
 */
import { DEFAULT_SCENARIO, type Amount, type Scenario, type ScenarioEvent } from '../model/scenario.js';

export interface ShareState {
  /** 1 scenario = the calculator; 2–4 = a comparison, the first one being the baseline. */
  scenarios: Array<{ name: string; scenario: Scenario }>;
}

/** Name of the query parameter (share-param.ts finds it without loading this file). */
export const SHARE_PARAM = 'pl';
export const SHARE_VERSION = 1;
export const MAX_SCENARIOS = 4;
/** Longest scenario name, in characters (code points). */
export const MAX_NAME_LENGTH = 40;

/** The shift hours' order in `sh`. */
export const SHIFT_ORDER = ['evening', 'night', 'weekend', 'holiday'] as const;

/** The `pl` parameter value for a state. Never throws; writes at most MAX_SCENARIOS scenarios. */
export function encodeShare(state: ShareState): string {
  const list = Array.isArray(state?.scenarios) ? state.scenarios.slice(0, MAX_SCENARIOS) : [];
  const scenarios = list.length ? list : [{ name: '', scenario: DEFAULT_SCENARIO }];
  return [String(SHARE_VERSION), ...scenarios.map((s) => encodeScenario(s?.name ?? '', s?.scenario ?? DEFAULT_SCENARIO))].join('~');
}

function encodeScenario(name: string, s: Scenario): string {
  const d = DEFAULT_SCENARIO;
  const out: string[] = [];
  const put = (key: string, value: string): void => {
    out.push(`${key}=${value}`);
  };
  const shortName = clampName(typeof name === 'string' ? name : '');
  if (shortName) put('n', encodeName(shortName));
  // With a place, the agreement is always written: a place may name several, the default among them.
  if (s.agreement !== d.agreement || (s.workplace !== undefined && s.workplace !== null)) put('a', s.agreement);
  if (s.education !== d.education) put('e', s.education);
  if (s.yearsExperience !== d.yearsExperience) put('y', num(s.yearsExperience));
  if (s.tariffDate !== d.tariffDate) put('d', String(s.tariffDate));
  if (s.positionPercent !== d.positionPercent) put('p', num(s.positionPercent));
  if (!sameAmount(s.responsibilitySupplement, d.responsibilitySupplement)) put('rs', amount(s.responsibilitySupplement));
  if (!sameAmount(s.individualSupplement, d.individualSupplement)) put('is', amount(s.individualSupplement));
  if (s.localEducationSupplement !== d.localEducationSupplement) put('le', num(s.localEducationSupplement));
  if (s.schedule !== d.schedule) put('s', s.schedule);
  const sh = s.shifts ?? d.shifts;
  if (SHIFT_ORDER.some((t) => sh[t] !== d.shifts[t])) put('sh', SHIFT_ORDER.map((t) => num(sh[t])).join('_'));
  if (s.overtimeHoursPerYear !== d.overtimeHoursPerYear) put('ot', num(s.overtimeHoursPerYear));
  if (s.age !== d.age) put('ag', num(s.age));
  if (Array.isArray(s.events) && s.events.length) put('ev', s.events.map(encodeEvent).join(','));
  if (s.annualGrowth !== d.annualGrowth) put('g', num(s.annualGrowth));
  if (s.horizon !== d.horizon) put('h', num(s.horizon));
  if (s.taxYear !== d.taxYear) put('t', num(s.taxYear));
  if (s.taxArea !== d.taxArea) put('ta', s.taxArea);
  if (s.occupation !== undefined && s.occupation !== d.occupation) put('o', s.occupation);
  if (s.workplace !== undefined && s.workplace !== d.workplace) put('w', String(s.workplace));
  return out.join(';');
}

function encodeEvent(e: ScenarioEvent): string {
  if (e.type === 'responsibility') return `r${num(e.year)}_${amount(e.supplement)}`;
  const parts = [`e${num(e.year)}`, e.education, num(e.studyCost), num(e.monthsWithoutPay)];
  // Trailing zero parts are left out: `e5_fagskole`.
  while (parts.length > 2 && parts[parts.length - 1] === '0') parts.pop();
  return parts.join('_');
}

/** Shortest exact decimal form; -0 is written as 0. */
function num(n: number | null): string {
  return n === 0 ? '0' : String(n);
}

function amount(a: Amount): string {
  return a.unit === 'percent' ? `${num(a.value)}p` : num(a.value);
}

function sameAmount(a: Amount, b: Amount): boolean {
  return a?.unit === b.unit && a?.value === b.value;
}

/** Lone surrogates (which encodeURIComponent refuses) become U+FFFD. */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function encodeName(name: string): string {
  return encodeURIComponent(wellFormed(name)).replace(/[~!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The name cut to MAX_NAME_LENGTH characters. */
export function clampName(name: string): string {
  const chars = Array.from(name);
  return chars.length > MAX_NAME_LENGTH ? chars.slice(0, MAX_NAME_LENGTH).join('') : name;
}

// ---------------------------------------------------------------------------------------------
// The page URL

/** A URL's part before the query, its query (null when it has none) and its hash. */
export function splitUrl(url: string): { head: string; query: string | null; hash: string } {
  const hashAt = url.indexOf('#');
  const beforeHash = hashAt < 0 ? url : url.slice(0, hashAt);
  const hash = hashAt < 0 ? '' : url.slice(hashAt);
  const queryAt = beforeHash.indexOf('?');
  if (queryAt < 0) return { head: beforeHash, query: null, hash };
  return { head: beforeHash.slice(0, queryAt), query: beforeHash.slice(queryAt + 1), hash };
}

/** Whether a `key=value` pair of a query is the `pl` parameter. */
export function isShareParam(pair: string): boolean {
  const eq = pair.indexOf('=');
  return (eq < 0 ? pair : pair.slice(0, eq)) === SHARE_PARAM;
}

/** The href of a URL given as text or as a URL object ('' when it cannot be read). */
export function hrefOf(url: string | URL): string {
  if (typeof url === 'string') return url;
  try {
    return url.href;
  } catch {
    return '';
  }
}

/** Whether the state is the untouched calculator (one default scenario without a name). */
export function isDefaultShare(state: ShareState): boolean {
  return encodeShare(state) === `${SHARE_VERSION}~`;
}

/**
 * The href with `pl` set to the state (in place of an existing `pl`, else appended), every other
 * parameter and the hash kept as they were. `pl` is removed for the default state.
 */
export function writeShareToUrl(url: string | URL, state: ShareState): string {
  const { head, query, hash } = splitUrl(hrefOf(url));
  const value = isDefaultShare(state) ? null : `${SHARE_PARAM}=${encodeShare(state)}`;
  const pairs: string[] = [];
  let placed = false;
  for (const pair of query === null ? [] : query.split('&')) {
    if (pair === '') continue;
    if (!isShareParam(pair)) pairs.push(pair);
    else if (!placed && value !== null) {
      pairs.push(value);
      placed = true;
    }
  }
  if (!placed && value !== null) pairs.push(value);
  return `${head}${pairs.length ? `?${pairs.join('&')}` : ''}${hash}`;
}
