/**
 * Text typed into a field → the value the model is given, one parser per kind of value (in the
 * style of Lion's input-amount `parsers.js`). The model judges the value: what cannot be read goes
 * to it as typed, and it reports the error at the field ("Skriv et tall.") while the field keeps
 * the text. The calculator and every comparison card use these, so a field reads the same everywhere.
 */
import { parseUserNumber } from '../../i18n/format.js';

/** A number (`4`, `2,5`, `1 000`); the text itself when it is not one, or empty. */
export function parseNumber(text: string): number | string {
  if (text.trim() === '') return text;
  const n = parseUserNumber(text);
  return Number.isNaN(n) ? text : n;
}

/** A number that may be left out (e.g. age): empty text is `null`, otherwise as `parseNumber`. */
export function parseOptionalNumber(text: string): number | string | null {
  return text.trim() === '' ? null : parseNumber(text);
}
