/**
 * The built-in dataset without its words: the `sources` maps are empty, and source titles, links,
 * notes, names and descriptions are left out. Every number, date, id, kind and rule stays, so the
 * model computes exactly the same figures from it (test/unit/properties.test.ts proves it); a
 * figure's provenance just has no source yet.
 *
 * `npm run data:bundle` writes `datasetFigures(defaultDataset)` to src/generated/dataset-figures.json.
 * The calculator's first download carries only that file; the full dataset (most of the data's
 * compressed bytes are words) loads right after the first render, before any source is shown.
 * It is not a valid dataset file, and only the calculator uses it.
 */
import type { Dataset } from './dataset-types.js';

/** Keys whose values are words for people, not figures. */
export const WORD_KEYS: ReadonlySet<string> = new Set(['title', 'url', 'publisher', 'retrieved', 'name', 'description', 'note', 'synonyms', 'notes', 'payGroups']);

export function datasetFigures(dataset: Dataset): Dataset {
  return JSON.parse(JSON.stringify(dataset), (key: string, value: unknown) => {
    if (WORD_KEYS.has(key)) return undefined;
    if (key === 'sources') return {};
    return value;
  }) as Dataset;
}
