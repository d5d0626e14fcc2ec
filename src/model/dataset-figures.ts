/**
 * The built-in dataset reduced to what the numbers and notes need: no `sources`, no source ids,
 * no words (titles, links, notes, names, descriptions, rules in words) except the pay group names
 * that notes quote. Every number, date, kind,
 * flag and derivation stays, so the model computes exactly the same figures and notes from it
 * (test/unit/properties.test.ts proves it); only the provenance of a figure is incomplete.
 *
 * `npm run data:bundle` writes `datasetFigures(defaultDataset)` to src/generated/dataset-figures.json.
 * The calculator's first download carries only that file; the full dataset (most of the data's
 * compressed bytes are words and sources) loads right after the first render, before any
 * provenance is shown. It is not a valid dataset file, and only the elements use it.
 */
import type { Dataset } from './dataset-types.js';

/** Keys whose values are words for people, not figures. */
export const WORD_KEYS: ReadonlySet<string> = new Set(['title', 'url', 'publisher', 'retrieved', 'name', 'description', 'note', 'synonyms', 'notes']);

export function datasetFigures(dataset: Dataset): Dataset {
  return JSON.parse(JSON.stringify(dataset), (key: string, value: unknown) => {
    if (WORD_KEYS.has(key)) return undefined;
    if (key === 'sources') return {};
    // A source id (where a figure comes from) and a rule in words only serve the provenance.
    if ((key === 'source' || key === 'rule') && typeof value === 'string') return undefined;
    return value;
  }) as Dataset;
}
