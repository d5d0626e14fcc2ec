/**
 * Loading a dataset from a URL (`data-src`): fetched, parsed and validated; and checking one given
 * as an object (the elements' `data` property). Never throws; on any failure the caller keeps the
 * bundled data and shows why.
 */
import type { Dataset, DatasetError } from '../model/index.js';

export type DatasetLoad =
  { ok: true; dataset: Dataset } | { ok: false; kind: 'network' | 'json' | 'schema'; errors: DatasetError[]; detail: string };

export async function loadDatasetFrom(url: string, fetchImpl: typeof fetch = fetch, signal?: AbortSignal): Promise<DatasetLoad> {
  let text: string;
  try {
    const response = await fetchImpl(url, { signal, credentials: 'omit' });
    if (!response.ok) return { ok: false, kind: 'network', errors: [], detail: `HTTP ${response.status}` };
    text = await response.text();
  } catch (e) {
    return { ok: false, kind: 'network', errors: [], detail: String(e) };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, kind: 'json', errors: [], detail: String(e) };
  }
  return checkDataset(json);
}

/** Validates a dataset given as a value (parsed JSON or an object from the page). */
export async function checkDataset(value: unknown): Promise<DatasetLoad> {
  // The validator is only needed here: load it with the data, not with the elements.
  const { validateDataset } = await import('../model/validate-dataset.js');
  const v = validateDataset(value);
  return v.ok ? { ok: true, dataset: v.dataset } : { ok: false, kind: 'schema', errors: v.errors, detail: `${v.errors.length} errors` };
}
