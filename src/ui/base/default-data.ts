/**
 * The elements' built-in data, in two steps. The first download carries only the figures
 * (src/generated/dataset-figures.json: every number, date and rule, with the words left empty; see
 * src/model/dataset-figures.ts). The full dataset, with the source titles, links and notes that
 * "Hvorfor dette tallet?" shows, is a chunk of its own that the element loads right after its first
 * render. Both give the same figures.
 */
import type { Dataset } from '../../model/dataset-types.js';
import figures from '../../generated/dataset-figures.json' with { type: 'json' };
import { once } from './once.js';

export const defaultFigures = figures as unknown as Dataset;

let full: Dataset | undefined;

/** The full built-in dataset; loaded once, and tried again after a failed load. */
export const loadDefaultDataset = once(() => import('../../model/default-dataset.js').then((m) => (full = m.defaultDataset)));

/** The full built-in dataset when it has loaded, else its figures. */
export function bundledDataset(): Dataset {
  return full ?? defaultFigures;
}
