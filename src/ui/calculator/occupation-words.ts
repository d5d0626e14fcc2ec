/**
 * The occupation's words in the calculator's sentences, from the data in use ("Hva
 * helsesekretærer tjener"): its plural, lower case, in the widget's language; its own words for
 * helsesekretær in a data file without names.
 */
import type { Dataset } from '../../model/dataset-types.js';
import { localized, occupationIn } from '../../model/occupations.js';
import { msg, type Locale } from '../../i18n/localize.js';

export function occupationPlural(data: Dataset, occupation: string, locale: Locale): string {
  const o = occupationIn(data, occupation);
  return o?.plural ? localized(o.plural, locale) : msg('helsesekretærer', { id: 'occupation.plural.helsesekretaer' });
}
