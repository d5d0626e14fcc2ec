/**
 * The occupation picker a site offers with `occupations="helsesekretaer,tannhelsesekretaer"`: a
 * select of those occupations the data in use has, named in the widget's language from the data.
 * `null` when fewer than two of them are there (one occupation is a fixed choice: the
 * `occupation` attribute). Choosing one moves to its first place (see `occupationChange`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Dataset, EducationId, Occupation } from '../../model/dataset-types.js';
import { DEFAULT_OCCUPATION, defaultPlaceFor, localized, occupationIn } from '../../model/occupations.js';
import type { ScenarioInput } from '../../model/scenario.js';
import { msg, type Locale } from '../../i18n/localize.js';
import { educationHint, educationName } from '../../i18n/labels/index.js';

/** The ids of an `occupations` attribute ("a, b" or "a b") that the data has, in the attribute's order, without repeats. */
export function offeredOccupations(attribute: string | null | undefined, data: Dataset): Occupation[] {
  const ids = [...new Set((attribute ?? '').split(/[\s,]+/).filter(Boolean))];
  return ids.flatMap((id) => occupationIn(data, id) ?? []);
}

/** An occupation's name in the language (its own words for helsesekretær in a file without names). */
export function occupationName(o: Occupation, locale: Locale): string {
  return o.names ? localized(o.names, locale) : educationName('helsesekretaer');
}

/** An education path's name: the data's, in the language, where it has one; else the widget's own words. */
export function pathName(data: Dataset, occupation: string, ed: EducationId, locale: Locale): string {
  const names = occupationIn(data, occupation)?.education[ed]?.names;
  return names ? localized(names, locale) : educationName(ed);
}

/** The change a chosen occupation makes: the occupation, at its first place (the place sets the agreement). */
export function occupationChange(data: Dataset, id: string): ScenarioInput {
  const place = defaultPlaceFor(data, id);
  return place ? { occupation: id, workplace: place.id } : { occupation: id };
}

export interface OccupationSelectOptions {
  id: string;
  data: Dataset;
  locale: Locale;
  offered: readonly Occupation[];
  value: string;
  error?: string;
  choose(input: ScenarioInput): void;
}

export function occupationSelect(o: OccupationSelectOptions): TemplateResult | null {
  if (o.offered.length < 2) return null;
  return html`<div class="field ${o.error ? 'invalid' : ''}">
    <label for=${o.id}>${msg('Yrke', { id: 'field.occupation' })}</label>
    <select
      id=${o.id}
      name="occupation"
      aria-invalid=${o.error ? 'true' : 'false'}
      aria-describedby=${o.error ? `${o.id}-err` : nothing}
      @change=${(e: Event) => o.choose(occupationChange(o.data, (e.target as HTMLSelectElement).value))}
    >
      ${o.offered.map((occ) => html`<option .value=${occ.id} ?selected=${occ.id === o.value}>${occupationName(occ, o.locale)}</option>`)}
    </select>
    ${o.error ? html`<p class="error" id="${o.id}-err">${o.error}</p>` : nothing}
  </div>`;
}

/** What an education path gives, in the language: the data's description where it has one, else the widget's own words for helsesekretær. */
export function pathHint(data: Dataset, occupation: string, ed: EducationId, locale: Locale): string | typeof nothing {
  const own = occupationIn(data, occupation)?.education[ed]?.descriptions;
  if (own) return localized(own, locale);
  return occupation === DEFAULT_OCCUPATION ? educationHint(ed) : nothing;
}
