/**
 * Occupations and places as data: which occupations the dataset has (helsesekretær in
 * `occupation`, the others in `occupations`), their names and education paths, the places a
 * student knows (`workplaces`) grouped public / private / non-profit, and the ready comparisons of
 * each occupation. Pure functions of the dataset in use.
 */
import {
  EDUCATION_IDS,
  PLACE_GROUPS,
  type AgreementId,
  type Dataset,
  type EducationId,
  type LocalizedText,
  type Occupation,
  type PlaceGroup,
  type Workplace,
} from './dataset-types.js';
import { occupationIn } from './tables.js';

export { occupationIn };

/** The default occupation's id (the dataset's `occupation`). */
export const DEFAULT_OCCUPATION = 'helsesekretaer';

/** Every occupation of the dataset: helsesekretær first, then the others in the order of the data. */
export function occupationsIn(dataset: Dataset): Occupation[] {
  return [dataset.occupation, ...Object.values(dataset.occupations ?? {})];
}

/** The ids of `occupationsIn`. */
export function occupationIds(dataset: Dataset): string[] {
  return occupationsIn(dataset).map((o) => o.id);
}

/** The occupation's education paths, in the order of EDUCATION_IDS (every occupation has `helsesekretaer`, its own qualification). */
export function educationPaths(dataset: Dataset, occupation: string): EducationId[] {
  const o = occupationIn(dataset, occupation);
  return o ? EDUCATION_IDS.filter((id) => Object.hasOwn(o.education, id)) : ['helsesekretaer'];
}

/** A name from the data in the language `lang` (`nb`, `nn` or `en`; bokmål for any other). */
export function localized(text: LocalizedText, lang: string): string {
  return lang === 'nn' || lang === 'en' ? text[lang] : text.nb;
}

/**
 * The places of the dataset that name at least one agreement it has, each with only those
 * agreements (a validated dataset names only agreements it has; this keeps the model total).
 * Empty for a data file made before places were added: the widget then offers the agreements.
 */
export function placesIn(dataset: Dataset): Workplace[] {
  const places: Workplace[] = [];
  for (const place of dataset.workplaces?.places ?? []) {
    const agreements = place.agreements.filter((id) => dataset.agreements[id]);
    if (agreements.length) places.push({ ...place, agreements });
  }
  return places;
}

/** The places grouped public, private, non-profit (in that order, empty groups left out), each in the order of the data. */
export function placeGroups(dataset: Dataset): Array<[PlaceGroup, Workplace[]]> {
  const places = placesIn(dataset);
  return PLACE_GROUPS.map((group) => [group, places.filter((p) => p.group === group)] as [PlaceGroup, Workplace[]]).filter(
    ([, list]) => list.length > 0,
  );
}

/** The place with this id, if the dataset has it. */
export function placeIn(dataset: Dataset, id: string | null | undefined): Workplace | undefined {
  return id ? placesIn(dataset).find((p) => p.id === id) : undefined;
}

/**
 * The place a scenario shows in a picker: its own `workplace`, else the first place whose usual
 * agreement is the scenario's (the occupation's places first), else the first that names it.
 */
export function placeOf(
  dataset: Dataset,
  scenario: { workplace?: string | null; agreement: AgreementId; occupation?: string },
): Workplace | undefined {
  const own = placeIn(dataset, scenario.workplace);
  if (own) return own;
  const preferred = occupationIn(dataset, scenario.occupation ?? DEFAULT_OCCUPATION)?.workplaces ?? [];
  const places = placesIn(dataset);
  const ordered = [...preferred.flatMap((id) => places.filter((p) => p.id === id)), ...places];
  return ordered.find((p) => p.agreements[0] === scenario.agreement) ?? ordered.find((p) => p.agreements.includes(scenario.agreement));
}

/** The place an occupation starts at: its first place the dataset has, else `undefined`. */
export function defaultPlaceFor(dataset: Dataset, occupation: string): Workplace | undefined {
  for (const id of occupationIn(dataset, occupation)?.workplaces ?? []) {
    const place = placeIn(dataset, id);
    if (place) return place;
  }
  return undefined;
}
