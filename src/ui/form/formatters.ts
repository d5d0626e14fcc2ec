/**
 * A value → the text shown in its field to edit (in the style of Lion's input-amount
 * `formatters.js`): the inverse of `parsers.ts`, so what is shown reads back as the same value.
 */
import type { Locale } from '../../i18n/localize.js';

/** A number as it is shown in a field to edit: no grouping, the locale's decimal mark. */
export function editable(value: number | string | null | undefined, locale: Locale): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return locale === 'en' ? String(value) : String(value).replace('.', ',');
  return value;
}
