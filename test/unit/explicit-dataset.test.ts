/**
 * The dataset in use is an argument below the elements (issue #20): a link and saved scenarios are
 * checked against the dataset they are given, a site's (test/site-dataset.ts) as much as the
 * bundled one, and only the headless API (src/model/index.ts) falls back to the bundled data.
 */
import { describe, expect, it } from 'vitest';
import { compareScenarios as compareWith } from '../../src/model/compare.js';
import { compareScenarios, computeLadder, defaultDataset, type Dataset } from '../../src/model/index.js';
import { createScenarioStore, decodeShare, readShareFromUrl, type ShareState } from '../../src/state/index.js';
import { SITE_RAISE, SITE_TAX_YEAR, siteDataset } from '../site-dataset.js';

const site = siteDataset();

/** The first scenario's fields and the warnings of a `pl` value read with `data`. */
function read(text: string, data: Dataset) {
  const r = decodeShare(text, data);
  if (!r.ok) throw new Error(`expected ok, got ${r.code}`);
  return { scenario: r.state.scenarios[0].scenario, warnings: r.warnings };
}

describe('a link is checked against the dataset given', () => {
  it('an agreement the site data leaves out: valid with the bundled data, reset with a warning with the site data', () => {
    const bundled = read('1~a=nho481;y=2', defaultDataset);
    expect(bundled.warnings).toEqual([]);
    expect(bundled.scenario).toMatchObject({ agreement: 'nho481', yearsExperience: 2 });

    const withSite = read('1~a=nho481;y=2', site);
    expect(withSite.warnings).toEqual([{ scenario: 0, field: 'agreement', code: 'unknownValue', params: expect.any(Object) }]);
    expect(withSite.warnings[0].params!.allowed).not.toContain('nho481');
    expect(withSite.scenario).toMatchObject({ agreement: 'ks', yearsExperience: 2 });
  });

  it("a tax year only the site's data has: kept with the site data, reset with a warning with the bundled data", () => {
    const link = `1~t=${SITE_TAX_YEAR}`;
    expect(read(link, site)).toEqual({ scenario: expect.objectContaining({ taxYear: SITE_TAX_YEAR }), warnings: [] });
    const bundled = read(link, defaultDataset);
    expect(bundled.scenario.taxYear).toBe(null);
    expect(bundled.warnings.map((w) => [w.field, w.code])).toEqual([['taxYear', 'unknownTaxYear']]);
  });

  it('readShareFromUrl reads with the dataset given too', () => {
    const href = `https://example.no/lonn?pl=1~t=${SITE_TAX_YEAR}~a=nho481`;
    const withSite = readShareFromUrl(href, site);
    const bundled = readShareFromUrl(href, defaultDataset);
    if (!withSite?.ok || !bundled?.ok) throw new Error('expected both links to be read');
    expect(withSite.warnings.map((w) => [w.scenario, w.field])).toEqual([[1, 'agreement']]);
    expect(bundled.warnings.map((w) => [w.scenario, w.field])).toEqual([[0, 'taxYear']]);
  });
});

/** An in-memory Storage (the store's own failure handling is tested in storage.test.ts). */
function memoryStorage(): Storage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, String(v)),
  };
}

describe('saved scenarios are checked against the dataset of their store', () => {
  const state = (scenario: object): ShareState => ({
    scenarios: [{ name: '', scenario: scenario as ShareState['scenarios'][0]['scenario'] }],
  });

  it("saved with the site's data: listed as saved there; with the bundled data repaired in the copy, the stored item unchanged", () => {
    const storage = memoryStorage();
    const siteStore = createScenarioStore(storage, site, 'k', { newId: () => 'a' });
    const saved = siteStore.save('Skatt 2035', { scenarios: [{ name: '', scenario: read(`1~t=${SITE_TAX_YEAR}`, site).scenario }] });
    expect(saved).toEqual({ ok: true, id: 'a' });
    const raw = storage.data.get('k');
    expect(JSON.parse(raw!).items[0].state.scenarios[0].scenario.taxYear).toBe(SITE_TAX_YEAR);

    const [listed] = siteStore.list().items;
    expect(listed.repaired).toBeUndefined();
    expect(listed.state.scenarios[0].scenario.taxYear).toBe(SITE_TAX_YEAR);

    const bundledStore = createScenarioStore(storage, defaultDataset, 'k', { newId: () => 'b' });
    const other = bundledStore.list();
    expect(other.notice).toEqual({ code: 'corrupt', skipped: 0, repaired: 1 });
    expect(other.items[0].repaired).toBe(true);
    expect(other.items[0].state.scenarios[0].scenario.taxYear).toBe(null);
    expect(storage.data.get('k'), 'listing changes nothing stored').toBe(raw);
    // Saving beside it keeps it as it was stored.
    expect(bundledStore.save('Ny', state({})).ok).toBe(true);
    expect(JSON.parse(storage.data.get('k')!).items[0]).toEqual(JSON.parse(raw!).items[0]);
  });

  it("an agreement the site's data leaves out: saved with the bundled data, repaired when listed with the site's", () => {
    const storage = memoryStorage();
    createScenarioStore(storage, defaultDataset, 'k').save('NHO', state({ agreement: 'nho481' }));
    const [listed] = createScenarioStore(storage, site, 'k').list().items;
    expect(listed.repaired).toBe(true);
    expect(listed.state.scenarios[0].scenario.agreement).toBe('ks');
    expect(JSON.parse(storage.data.get('k')!).items[0].state.scenarios[0].scenario.agreement).toBe('nho481');
  });

  it('a save is normalized with the store’s dataset: what the site data accepts is kept', () => {
    const storage = memoryStorage();
    const scenario = { ...read('1~', site).scenario, taxYear: SITE_TAX_YEAR };
    createScenarioStore(storage, site, 'site').save('a', state(scenario));
    createScenarioStore(storage, defaultDataset, 'bundled').save('a', state(scenario));
    const stored = (key: string) => JSON.parse(storage.data.get(key)!).items[0].state.scenarios[0].scenario.taxYear;
    expect(stored('site')).toBe(SITE_TAX_YEAR);
    expect(stored('bundled')).toBe(null);
  });
});

describe('the comparison computes with the dataset given; only the headless API defaults it', () => {
  it("model/compare.ts with the site's data differs from the headless default (the bundled data) by the site's raise", () => {
    const today = '2026-11-26';
    const withSite = compareWith([{}, { agreement: 'spekter' }], site, { today });
    const headless = compareScenarios([{}, { agreement: 'spekter' }], undefined, { today });
    if (!withSite.ok || !headless.ok) throw new Error('expected both comparisons to compute');
    const ks = (r: typeof withSite) => r.ladders[0].rows[0].tariffMinimum;
    expect(ks(headless)).toBe(
      (computeLadder({}, defaultDataset, { today }) as { rows: Array<{ tariffMinimum: number }> }).rows[0].tariffMinimum,
    );
    expect(ks(withSite) - ks(headless)).toBe(SITE_RAISE);
  });
});
