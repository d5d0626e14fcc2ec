/**
 * state/dataset-source.ts: the elements' data from a URL (`data-src`) or given as a value (`data`).
 * Every outcome is a typed result, never an exception; the fetch is a fake that records its calls.
 */
import { describe, expect, it } from 'vitest';
import { defaultDataset } from '../../src/model/default-dataset.js';
import { checkDataset, loadDatasetFrom } from '../../src/state/dataset-source.js';

type Call = { url: string; init: RequestInit | undefined };

function fakeFetch(answer: () => Promise<Response>): { fetch: typeof fetch; calls: Call[] } {
  const calls: Call[] = [];
  return {
    calls,
    fetch: ((url: string, init?: RequestInit) => {
      calls.push({ url, init });
      return answer();
    }) as typeof fetch,
  };
}

describe('checkDataset', () => {
  it('accepts the shipped dataset as it is (the same object)', async () => {
    const r = await checkDataset(defaultDataset);
    expect(r).toEqual({ ok: true, dataset: defaultDataset });
    if (r.ok) expect(r.dataset).toBe(defaultDataset);
  });

  it.each([
    ['an empty object', {}],
    ['null', null],
    ['a number', 42],
    ['a string', '{"formatVersion":1}'],
  ])("refuses %s as a schema failure with the validator's errors", async (_name, value) => {
    const r = await checkDataset(value);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.kind).toBe('schema');
    expect(r.errors.length).toBeGreaterThan(0);
    expect(r.detail).toBe(`${r.errors.length} errors`);
  });

  it('does not throw for a value whose getters throw', async () => {
    const fail = () => {
      throw new Error('no');
    };
    const hostile = new Proxy({}, { get: fail, ownKeys: fail, has: fail });
    const r = await checkDataset(hostile);
    expect(r.ok).toBe(false);
  });
});

describe('loadDatasetFrom', () => {
  it('a valid file: fetched without credentials, parsed and validated', async () => {
    const f = fakeFetch(async () => new Response(JSON.stringify(defaultDataset)));
    const signal = new AbortController().signal;
    const r = await loadDatasetFrom('/data.json', f.fetch, signal);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.dataset.agreements.ks.tables!.at(-1)!.groups.fagarbeider.steps['0']).toBe(437300);
    expect(f.calls).toEqual([{ url: '/data.json', init: { signal, credentials: 'omit' } }]);
  });

  it('HTTP 404: network', async () => {
    const r = await loadDatasetFrom('/x.json', fakeFetch(async () => new Response('missing', { status: 404 })).fetch);
    expect(r).toEqual({ ok: false, kind: 'network', errors: [], detail: 'HTTP 404' });
  });

  it('fetch rejects: network, with the reason', async () => {
    const r = await loadDatasetFrom('/x.json', fakeFetch(() => Promise.reject(new TypeError('Failed to fetch'))).fetch);
    expect(r).toEqual({ ok: false, kind: 'network', errors: [], detail: 'TypeError: Failed to fetch' });
  });

  it('not JSON: json', async () => {
    const r = await loadDatasetFrom('/x.json', fakeFetch(async () => new Response('{ "formatVersion": 1,')).fetch);
    expect(r.ok).toBe(false);
    if (!r.ok) expect([r.kind, r.errors]).toEqual(['json', []]);
  });

  it('JSON that is not a dataset: schema, the same result as checkDataset', async () => {
    const r = await loadDatasetFrom('/x.json', fakeFetch(async () => new Response('{"formatVersion":1}')).fetch);
    expect(r).toEqual(await checkDataset({ formatVersion: 1 }));
    expect(r.ok).toBe(false);
  });
});
