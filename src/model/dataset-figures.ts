/**
 * The built-in dataset reduced to what the numbers and notes need: no `sources`, no source ids,
 * no words (titles, links, notes, names, descriptions, rules in words) except the pay group names
 * that notes quote, and nothing that only says where a figure comes from (published or derived,
 * and how). Every number, date and flag stays, so the model computes exactly the same figures and
 * notes from it for the tables in force now (test/unit/properties.test.ts proves it); only the
 * provenance of a figure is incomplete. Earlier tables are left out (see `inForceNow`).
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
]);

export function datasetFigures(dataset: Dataset): Dataset {
  return JSON.parse(JSON.stringify(inForceNow(dataset)), (key: string, value: unknown) => {
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

/**
 * The dataset with only the tables in force at each agreement's newest date: per pay group its
 * newest table and, for each step that one leaves out, the newest earlier table that has it (what
 * `resolveGroup` takes the step from). Earlier tables serve only a scenario with an earlier
 * `tariffDate`; the calculator applies such a scenario once the full dataset has loaded.
 */
export function inForceNow(dataset: Dataset): Dataset {
  const agreements = Object.fromEntries(
    Object.entries(dataset.agreements).map(([id, a]) => {
      const tables = a.tables ?? [];
      if (!tables.length) return [id, a];
      const keep = new Set<number>();
      for (const group of new Set(tables.flatMap((t) => Object.keys(t.groups)))) {
        const holding = tables.flatMap((t, i) => (t.groups[group] ? [i] : [])).reverse();
        keep.add(holding[0]);
        for (const years of Object.keys(tables[holding[0]].groups[group].steps)) {
          const from = holding.find((i) => typeof tables[i].groups[group].steps[years] === 'number');
          if (from !== undefined) keep.add(from);
        }
      }
      return [id, { ...a, tables: tables.filter((_, i) => keep.has(i)) }];
    }),
  );
  return { ...dataset, agreements } as Dataset;
}
