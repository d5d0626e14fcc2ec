/**
 * Numbers, money and dates through Intl, per locale. Formatters are cached: creating an
 * Intl.NumberFormat is far slower than using one.
 */
import type { Locale } from './localize.js';

// nn uses nb-NO: the conventions are the same, and Chromium's ICU lacks nn currency data (gives "NOK 437,300").
const INTL_TAG: Record<Locale, string> = { nb: 'nb-NO', nn: 'nb-NO', en: 'en-GB' };

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

/**
 * Kroner in `digits` decimals: `437 300 kr` (nb/nn: the number, then "kr"), `NOK 437,300` (en).
 * For nb/nn the number is formatted and "kr" placed after it here, not by Intl's currency style:
 * ICUs with older CLDR data (WebKitGTK on Debian 12, ICU 72) put it first, "kr 437 300".
 */
function nok(value: number, locale: Locale, digits: number): string {
  const key = `nok:${locale}:${digits}`;
  if (locale === 'en') {
    return cached(
      key,
      () =>
        new Intl.NumberFormat(INTL_TAG.en, {
          style: 'currency',
          currency: 'NOK',
          maximumFractionDigits: digits,
          minimumFractionDigits: digits,
        }),
    ).format(value);
  }
  return `${cached(key, () => new Intl.NumberFormat(INTL_TAG[locale], { maximumFractionDigits: digits, minimumFractionDigits: digits })).format(value)}\u00a0kr`;
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
  return cached(`num:${locale}:${maximumFractionDigits}`, () => new Intl.NumberFormat(INTL_TAG[locale], { maximumFractionDigits })).format(
    value,
  );
}

/** An ISO date as `1.7.2024` (nb/nn) or `1 July 2024` (en). */
export function formatDate(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  if (locale !== 'en') return `${d}.${m}.${y}`;
  const f = cached('date:en', () => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));
  return f.format(new Date(Date.UTC(y, m - 1, d)));
}

// Reading number text needs no locale; it lives in the state layer, which reads attribute text with it.
export { parseUserNumber } from '../state/number-text.js';
