/**
 * Number text as a person types it, read without Intl or a locale, so the state layer (attribute
 * text, see ./attributes.ts) and every number field of the UI read it the same way.
 */

/**
 * Reads a number typed by a person: spaces, no-break spaces and narrow no-break spaces as
 * thousands separators, comma or point as decimal mark, an optional `kr`/`NOK`/`%` suffix.
 * Returns NaN when it is not a number (also for empty text).
 */
export function parseUserNumber(text: string): number {
  const t = text
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/(kr|nok|%)$/i, '')
    .replace(',', '.');
  if (t === '' || !/^[-+]?\d*\.?\d+$|^[-+]?\d+\.$/.test(t)) return NaN;
  return Number(t);
}
