/**
 * The built-in dataset without its words: source titles, links, publishers and retrieval dates,
 * notes, names and descriptions become empty. Every number, date, id, kind and rule stays, so the
 * model computes exactly the same figures from it (test/unit/dataset-figures.test.ts proves it).
 *
 * `npm run data:bundle` writes `datasetFigures(defaultDataset)` to src/generated/dataset-figures.json.
 * The calculator's first download carries only that file; the full dataset (about half of the data's
 * compressed bytes are words) loads right after the first render, before any source is shown.
 */
import type { Dataset } from './dataset-types.js';

/** Keys whose string values are words for people, not figures. */
const TEXT_KEYS = new Set(['title', 'url', 'publisher', 'retrieved', 'name', 'description', 'note']);
/** Keys whose arrays hold words only. */
const TEXT_LISTS = new Set(['synonyms', 'notes']);

export function datasetFigures(dataset: Dataset): Dataset {
  return JSON.parse(JSON.stringify(dataset), (key: string, value: unknown) => {
    if (TEXT_KEYS.has(key) && typeof value === 'string') return '';
    if (TEXT_LISTS.has(key) && Array.isArray(value)) return [];
    // Pay group id → the group's name in the agreement.
    if (key === 'payGroups' && value && typeof value === 'object') return Object.fromEntries(Object.keys(value).map((k) => [k, '']));
    return value;
  }) as Dataset;
}
