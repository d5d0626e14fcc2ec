/**
 * The ready comparisons of `QUICK_COMPARISONS`, for one occupation: "workplace" compares the
 * occupation's own places (its first three the dataset has, each named by the data), and the
 * others keep their question and add the occupation (at its first place). A comparison that needs
 * an education path the occupation does not have (fagskole) is not offered: an empty list.
 */
import { QUICK_COMPARISONS, type QuickComparisonId } from './compare.js';
import type { LocalizedText } from './dataset-types.js';
import type { Dataset } from './dataset-types.js';
import { defaultPlaceFor, educationPaths, occupationIn, placeIn } from './occupations.js';
import type { ScenarioInput } from './scenario.js';

export interface QuickEntry {
  /** A message id the UI translates (`place` when `name` gives the words). */
  label: string;
  /** The name from the data (a place's), when there is one. */
  name?: LocalizedText;
  scenario: ScenarioInput;
}

export function quickComparisonFor(id: QuickComparisonId, dataset: Dataset, occupation = 'helsesekretaer'): QuickEntry[] {
  const base = QUICK_COMPARISONS[id];
  if (!occupationIn(dataset, occupation)) return base.map((e) => ({ ...e }));
  if (id === 'workplace') {
    const places = (occupationIn(dataset, occupation)?.workplaces ?? []).flatMap((p) => placeIn(dataset, p) ?? []).slice(0, 3);
    if (places.length >= 2)
      return places.map((p) => ({
        label: 'place',
        name: p.names,
        scenario: { occupation, workplace: p.id, agreement: p.agreements[0] },
      }));
    return base.map((e) => ({ ...e, scenario: { ...e.scenario, occupation } }));
  }
  if (id === 'fagskole' && !educationPaths(dataset, occupation).includes('fagskole')) return [];
  const place = defaultPlaceFor(dataset, occupation);
  const at: ScenarioInput = place ? { occupation, workplace: place.id, agreement: place.agreements[0] } : { occupation };
  return base.map((e) => ({ ...e, scenario: { ...at, ...e.scenario } }));
}
