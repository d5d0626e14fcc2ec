/**
 * Numbers, money and dates per locale. Numbers are written here, by the rules of CLDR's `nb` and
 * `en` (what Intl.NumberFormat gives: test/unit/format.test.ts holds the two side by side), not
 * through Intl: creating the first Intl.NumberFormat loads ICU's number data, which on a phone
 * (4× slower CPU) took 130–180 ms before the first figure could paint (bench/phone.mjs, issue
 * #21); it also gives every engine the same text, whatever its ICU.
 */
import type { Locale } from './localize.js';

/** CLDR's symbols: nb (nn writes numbers the same way) and en. */
const SYMBOLS: Record<Locale, { group: string; decimal: string; minus: string }> = {
  nb: { group: '\u00a0', decimal: ',', minus: '\u2212' },
  nn: { group: '\u00a0', decimal: ',', minus: '\u2212' },
  en: { group: ',', decimal: '.', minus: '-' },
};

/**
 * `value` in decimals, at least `min` and at most `max` of them, grouped in thousands, as
 * Intl.NumberFormat writes it: rounded half away from zero from the shortest decimal that reads
 * back as the number (1.005 → 1.01, as Intl; toFixed gives 1.00), −0 kept.
 */
function decimal(value: number, locale: Locale, min: number, max: number): string {
  if (!Number.isFinite(value)) return String(value);
  const { group, decimal: mark, minus } = SYMBOLS[locale];
  const [mantissa, exponent] = Math.abs(value).toExponential().split('e');
  const digits = mantissa.replace('.', '');
  const point = Number(exponent) + 1; // digits before the decimal point
  const kept = point + max; // digits kept, the last at the rounding position (none: below it)
  let whole = kept > 0 ? BigInt(digits.slice(0, kept).padEnd(kept, '0')) : 0n;
  if (kept >= 0 && Number(digits[kept] ?? 0) >= 5) whole += 1n;
  const text = whole.toString().padStart(max + 1, '0');
  const int = text.slice(0, text.length - max);
  const frac = text
    .slice(text.length - max)
    .replace(/0+$/, '')
    .padEnd(min, '0');
  const grouped = int.replace(/\B(?=(\d{3})+$)/g, group);
  const sign = value < 0 || Object.is(value, -0) ? minus : '';
  return `${sign}${grouped}${frac ? mark + frac : ''}`;
}

/**
 * Kroner in `digits` decimals: `437 300 kr` (nb/nn: the number, then "kr"), `NOK 437,300` (en:
 * the currency code first, as CLDR's en, the minus before it: `-NOK 1,235`).
 */
function nok(value: number, locale: Locale, digits: number): string {
  const n = decimal(value, locale, digits, digits);
  if (locale !== 'en') return `${n}\u00a0kr`;
  return n.startsWith('-') ? `-NOK\u00a0${n.slice(1)}` : `NOK\u00a0${n}`;
}

/** Whole kroner: `437 300 kr` (nb/nn), `NOK 437,300` (en). */
export function formatNok(value: number, locale: Locale): string {
  return nok(Math.round(value) || 0, locale, 0);
}

/**
 * An estimate's range in whole hundreds, widened outwards (low rounded down, high up) so the
 * rounding never narrows it: `451 800 kr–478 700 kr`; `null` high = no upper bound (the caller words it).
 */
export function formatNokRange(low: number, high: number | null, locale: Locale): string {
  const lo = formatNok(Math.floor(low / 100) * 100, locale);
  return high === null ? lo : `${lo}–${formatNok(Math.ceil(high / 100) * 100, locale)}`;
}

/** Kroner with øre where it matters (hourly pay): `224,26 kr`. */
export function formatNokPrecise(value: number, locale: Locale): string {
  return nok(value, locale, 2);
}

export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 1): string {
  return decimal(value, locale, 0, maximumFractionDigits);
}

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** An ISO date as `1.7.2024` (nb/nn) or `1 July 2024` (en). */
export function formatDate(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d || m > 12) return iso;
  if (locale !== 'en') return `${d}.${m}.${y}`;
  return `${d} ${MONTHS_EN[m - 1]} ${y}`;
}

// Reading number text needs no locale; it lives in the state layer, which reads attribute text with it.
export { parseUserNumber } from '../state/number-text.js';
