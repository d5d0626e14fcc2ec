/**
 * The built-in dataset reduced to what the numbers and notes need: no `sources`, no source ids,
 * no words (titles, links, notes, names, descriptions, rules in words) except the pay group names
 * that notes quote, and nothing that only says where a figure comes from (published or derived,
 * and how). Every number, date and flag stays, so the model computes exactly the same figures and
 * notes from it for every table date (test/unit/properties.test.ts proves it); only the
 * provenance of a figure is incomplete. Earlier tables stay: a page that pins an earlier
 * `tariff-date` shows its first figure from the first download too, as fast as the default page
 * (issue #21); their figures add about half a kilobyte gzip.
 *
 * `npm run data:bundle` writes `datasetFigures(defaultDataset)` to src/generated/dataset-figures.json.
 * The calculator's first download carries only that file; the full dataset (most of the data's
 * compressed bytes are words and sources) loads right after the first render, before any
 * provenance is shown. Working conditions (each agreement's `conditions`, `rules.conditions`) are
 * left out altogether: the elements show them, and the month-by-month schedule, only once the full
 * dataset has loaded. It is not a valid dataset file, and only the elements use it.
 */
import type { Dataset } from './dataset-types.js';

/** Keys whose values are words for people, not figures. */
export const WORD_KEYS: ReadonlySet<string> = new Set([
  'title',
  'url',
  'publisher',
  'retrieved',
  'name',
  'description',
  'note',
  'synonyms',
  'notes',
  // A pay round's quoted lines and further sources are provenance; its dates and figures stay.
  'quote',
  'otherSources',
  // A place's sentence on why its agreements apply (its names stay: the first choice lists them).
  'why',
]);

export function datasetFigures(dataset: Dataset): Dataset {
  return JSON.parse(JSON.stringify(dataset), (key: string, value: unknown) => {
    if (key === 'conditions') return undefined;
    if (WORD_KEYS.has(key)) return undefined;
    if (key === 'sources') return {};
    // A source id (where a figure comes from), a rule in words, whether a figure is published or
    // derived, and how a derived step was derived only serve the provenance.
    if ((key === 'source' || key === 'rule' || key === 'kind') && typeof value === 'string') return undefined;
    if (key === 'derived' && typeof value === 'object') return undefined;
    return value;
  }) as Dataset;
}
