import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, defaultDataset, normalizeScenario, type Scenario } from '../../src/model/index.js';
import { createScenarioStore, migrations, type ScenarioStore, type ShareState, type StoredV1 } from '../../src/state/index.js';

const KEY = 'pay-ladder:saved';
const NOW = new Date('2026-03-01T12:00:00.000Z');

/** An in-memory Storage; `failSet` makes setItem throw like a full or blocked storage. */
class FakeStorage implements Storage {
  data = new Map<string, string>();
  failSet: null | 'quota' | 'security' = null;
  failGet = false;
  get length(): number {
    return this.data.size;
  }
  clear(): void {
    this.data.clear();
  }
  getItem(key: string): string | null {
    if (this.failGet) throw new DOMException('The operation is insecure.', 'SecurityError');
    return this.data.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.data.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.data.delete(key);
  }
  setItem(key: string, value: string): void {
    if (this.failSet === 'quota') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    if (this.failSet === 'security') throw new DOMException('The operation is insecure.', 'SecurityError');
    this.data.set(key, String(value));
  }
  [name: string]: unknown;
}

function setup(initial?: string): { storage: FakeStorage; store: ScenarioStore } {
  const storage = new FakeStorage();
  if (initial !== undefined) storage.data.set(KEY, initial);
  let n = 0;
  const store = createScenarioStore(storage, defaultDataset, KEY, { now: () => NOW, newId: () => `id${++n}` });
  return { storage, store };
}

const scenario = (s: Partial<Scenario> = {}): Scenario => ({ ...DEFAULT_SCENARIO, ...s });
const state = (...scenarios: Partial<Scenario>[]): ShareState => ({
  scenarios: scenarios.map((s, i) => ({ name: `S${i + 1}`, scenario: scenario(s) })),
});

function expectAllValid(store: ScenarioStore): void {
  for (const item of store.list().items) {
    expect(typeof item.id).toBe('string');
    expect(typeof item.name).toBe('string');
    expect(item.state.scenarios.length).toBeGreaterThanOrEqual(1);
    expect(item.state.scenarios.length).toBeLessThanOrEqual(4);
    for (const s of item.state.scenarios) {
      expect(typeof s.name).toBe('string');
      expect(normalizeScenario(s.scenario).errors).toEqual([]);
    }
  }
}

describe('storage: round trip', () => {
  it('saves, lists, renames and removes', () => {
    const { storage, store } = setup();
    expect(store.available).toBe(true);
    expect(store.list()).toEqual({ items: [], notice: null });

    const a = state({ agreement: 'spekter', yearsExperience: 4 });
    const b = state(
      {},
      { education: 'fagskole', events: [{ type: 'education', year: 3, education: 'hoyskole', studyCost: 1000, monthsWithoutPay: 2 }] },
    );
    expect(store.save('Sykehus', a)).toEqual({ ok: true, id: 'id1' });
    expect(store.save('  Fagskole eller ikke  ', b)).toEqual({ ok: true, id: 'id2' });
    expect(store.list()).toEqual({
      items: [
        { id: 'id1', name: 'Sykehus', savedAt: '2026-03-01T12:00:00.000Z', state: a },
        { id: 'id2', name: 'Fagskole eller ikke', savedAt: '2026-03-01T12:00:00.000Z', state: b },
      ],
      notice: null,
    });
    expect(JSON.parse(storage.data.get(KEY)!).version).toBe(2);

    expect(store.rename('id1', 'Spekter')).toEqual({ ok: true });
    expect(store.remove('id2')).toEqual({ ok: true });
    expect(store.list().items.map((i) => [i.id, i.name])).toEqual([['id1', 'Spekter']]);
    expect(store.remove('nope')).toEqual({ ok: false, reason: 'notFound' });
    expect(store.rename('nope', 'x')).toEqual({ ok: false, reason: 'notFound' });
  });

  it('stores what it is given as valid data: normalized scenarios, at most 4, short names', () => {
    const { store } = setup();
    const bad = {
      scenarios: [1, 2, 3, 4, 5].map(() => ({
        name: 'x'.repeat(60),
        scenario: { positionPercent: 500, agreement: 'spekter' } as unknown as Scenario,
      })),
    };
    expect(store.save('y'.repeat(60), bad).ok).toBe(true);
    const [item] = store.list().items;
    expect(item.name).toBe('y'.repeat(40));
    expect(item.state.scenarios).toHaveLength(4);
    expect(item.state.scenarios[0]).toEqual({ name: 'x'.repeat(40), scenario: scenario({ agreement: 'spekter' }) });
  });

  it('makes ids unique even when the id source repeats', () => {
    const storage = new FakeStorage();
    const store = createScenarioStore(storage, defaultDataset, KEY, { newId: () => 'same' });
    expect(store.save('a', state({})).ok).toBe(true);
    expect(store.save('b', state({})).ok).toBe(true);
    expect(store.save('c', state({})).ok).toBe(true);
    expect(store.list().items.map((i) => i.id)).toEqual(['same', 'same~2', 'same~3']);
  });

  it('reads the storage afresh on each call (another tab may have written)', () => {
    const { storage, store } = setup();
    store.save('a', state({}));
    const other = createScenarioStore(storage, defaultDataset, KEY, { newId: () => 'other' });
    other.save('b', state({}));
    expect(store.list().items.map((i) => i.name)).toEqual(['a', 'b']);
  });
});

describe('storage: occupation and workplace', () => {
  it('a saved scenario keeps its occupation and place', () => {
    const { store } = setup();
    const s = state({ occupation: 'tannhelsesekretaer', workplace: 'tannlege-privat', agreement: 'tannhelse', yearsExperience: 6 });
    expect(store.save('Tannlege', s).ok).toBe(true);
    expect(store.list()).toEqual({ items: [{ id: 'id1', name: 'Tannlege', savedAt: NOW.toISOString(), state: s }], notice: null });
  });

  it('a scenario saved before occupations and places existed loads as helsesekretær with its agreement', () => {
    const old = { ...DEFAULT_SCENARIO, agreement: 'spekter', yearsExperience: 4 } as Record<string, unknown>;
    delete old.occupation;
    delete old.workplace;
    const raw = {
      version: 2,
      items: [{ id: 'a', name: 'Gammel', savedAt: '2026-01-01T00:00:00.000Z', state: { scenarios: [{ name: '', scenario: old }] } }],
    };
    const { store } = setup(JSON.stringify(raw));
    const { items, notice } = store.list();
    expect(notice).toBe(null);
    expect(items[0].state.scenarios[0].scenario).toEqual(scenario({ agreement: 'spekter', yearsExperience: 4 }));
  });

  it('an unknown place or occupation in a saved scenario: listed at the defaults and marked repaired, the stored text untouched', () => {
    const bad = { ...DEFAULT_SCENARIO, workplace: 'romskip', occupation: 'astronaut', yearsExperience: 2 };
    const raw = JSON.stringify({
      version: 2,
      items: [{ id: 'a', name: 'Rar', savedAt: '2026-01-01T00:00:00.000Z', state: { scenarios: [{ name: '', scenario: bad }] } }],
    });
    const { storage, store } = setup(raw);
    const { items, notice } = store.list();
    expect(notice).toEqual({ code: 'corrupt', skipped: 0, repaired: 1 });
    expect(items[0].repaired).toBe(true);
    expect(items[0].state.scenarios[0].scenario).toEqual(scenario({ yearsExperience: 2 }));
    expect(storage.data.get(KEY)).toBe(raw);
  });
});

describe('storage: failures', () => {
  it('quota exceeded: says so and loses nothing', () => {
    const { storage, store } = setup();
    store.save('a', state({}));
    const before = storage.data.get(KEY);
    storage.failSet = 'quota';
    expect(store.save('b', state({}))).toEqual({ ok: false, reason: 'quota' });
    expect(store.rename('id1', 'c')).toEqual({ ok: false, reason: 'quota' });
    expect(storage.data.get(KEY)).toBe(before);
    expect(store.list().items.map((i) => i.name)).toEqual(['a']);
  });

  it('a getter that throws (sandboxed iframe) gives an unavailable store', () => {
    const store = createScenarioStore(() => {
      throw new DOMException('Access is denied', 'SecurityError');
    }, defaultDataset);
    expect(store.available).toBe(false);
    expect(store.list()).toEqual({ items: [], notice: { code: 'unavailable', skipped: 0, repaired: 0 } });
    expect(store.save('a', state({}))).toEqual({ ok: false, reason: 'unavailable' });
    expect(store.remove('x')).toEqual({ ok: false, reason: 'unavailable' });
    expect(store.reset()).toEqual({ ok: false, reason: 'unavailable' });
  });

  it('no storage at all', () => {
    expect(createScenarioStore(null, defaultDataset).available).toBe(false);
    expect(createScenarioStore(() => null, defaultDataset).list().items).toEqual([]);
  });

  it('getItem that throws', () => {
    const storage = new FakeStorage();
    storage.failGet = true;
    const store = createScenarioStore(storage, defaultDataset);
    expect(store.available).toBe(false);
    expect(store.save('a', state({}))).toEqual({ ok: false, reason: 'unavailable' });

    // Storage that starts failing later (cookies blocked while the page is open).
    const { storage: later, store: s2 } = setup();
    later.failGet = true;
    expect(s2.available).toBe(true);
    expect(s2.list().notice?.code).toBe('unavailable');
    expect(s2.save('a', state({}))).toEqual({ ok: false, reason: 'unavailable' });
  });

  it('setItem that throws something other than quota', () => {
    const { storage, store } = setup();
    storage.failSet = 'security';
    expect(store.save('a', state({}))).toEqual({ ok: false, reason: 'unavailable' });
  });
});

describe('storage: corrupt and foreign data', () => {
  it.each([
    ['invalid JSON', '{"version": 2, "items": ['],
    ['a foreign object', '{"theme":"dark"}'],
    ['an array', '[1,2,3]'],
    ['a string', '"hello"'],
    ['v2 without items', '{"version":2}'],
    ['an unknown old version', '{"version":0,"items":[]}'],
    ['a broken v1', '{"version":1,"scenarios":"x"}'],
  ])('%s: lists nothing, says corrupt, refuses to overwrite', (_, raw) => {
    const { storage, store } = setup(raw);
    expect(store.list()).toEqual({ items: [], notice: { code: 'corrupt', skipped: 1, repaired: 0 } });
    expect(store.save('a', state({}))).toEqual({ ok: false, reason: 'corrupt' });
    expect(store.remove('id1')).toEqual({ ok: false, reason: 'corrupt' });
    expect(storage.data.get(KEY)).toBe(raw);
  });

  it('salvages the readable items of a partly broken list and keeps the broken ones when writing', () => {
    const good = { id: 'g', name: 'God', savedAt: '2025-01-01T00:00:00.000Z', state: state({ agreement: 'spekter' }) };
    const repairable = {
      id: 'r',
      name: 'Reparert',
      savedAt: '2025-01-01T00:00:00.000Z',
      state: { scenarios: [{ name: 'x', scenario: { yearsExperience: 999, agreement: 'spekter' } }] },
    };
    const broken = [42, null, { id: 'b' }, { id: 'c', state: { scenarios: 'no' } }, { name: 'no id', state: state({}) }];
    const raw = JSON.stringify({ version: 2, items: [good, ...broken, repairable] });
    const { storage, store } = setup(raw);

    const listed = store.list();
    expect(listed.items.map((i) => i.id)).toEqual(['g', 'r']);
    expect(listed.items[1].state.scenarios[0].scenario).toEqual(scenario({ agreement: 'spekter' }));
    expect(listed.notice).toEqual({ code: 'corrupt', skipped: 5, repaired: 1 });

    expect(store.save('Ny', state({})).ok).toBe(true);
    const written = JSON.parse(storage.data.get(KEY)!);
    expect(written.items.slice(0, 7)).toEqual([good, ...broken, repairable]);
    expect(written.items).toHaveLength(8);

    expect(store.remove('g')).toEqual({ ok: true });
    expect(JSON.parse(storage.data.get(KEY)!).items.slice(0, 6)).toEqual([...broken, repairable]);
  });

  it('newer version: lists what it can read, never writes', () => {
    const raw = JSON.stringify({
      version: 3,
      items: [{ id: 'a', name: 'Fra framtida', savedAt: 'x', state: state({}), extra: true }, { v3: 'shape' }],
      more: 1,
    });
    const { storage, store } = setup(raw);
    const listed = store.list();
    expect(listed.items.map((i) => i.name)).toEqual(['Fra framtida']);
    expect(listed.notice).toEqual({ code: 'newerVersion', skipped: 1, repaired: 0 });
    expect(store.save('a', state({}))).toEqual({ ok: false, reason: 'corrupt' });
    expect(store.rename('a', 'b')).toEqual({ ok: false, reason: 'corrupt' });
    expect(storage.data.get(KEY)).toBe(raw);
  });

  it('reset keeps a backup of the raw text, then clears', () => {
    const raw = '{"version": 2, "items": [';
    const { storage, store } = setup(raw);
    expect(store.reset()).toEqual({ ok: true, backupKey: `${KEY}:backup-2026-03-01T12:00:00.000Z` });
    expect(storage.data.get(`${KEY}:backup-2026-03-01T12:00:00.000Z`)).toBe(raw);
    expect(storage.data.has(KEY)).toBe(false);
    expect(store.list()).toEqual({ items: [], notice: null });
    expect(store.save('a', state({})).ok).toBe(true);
  });

  it('reset does nothing when the backup cannot be written', () => {
    const raw = 'not json';
    const { storage, store } = setup(raw);
    storage.failSet = 'quota';
    expect(store.reset()).toEqual({ ok: false, reason: 'quota' });
    expect(storage.data.get(KEY)).toBe(raw);
  });

  it('reset with nothing stored', () => {
    expect(setup().store.reset()).toEqual({ ok: true, backupKey: null });
  });
});

describe('storage: migrations', () => {
  const v1: StoredV1 = {
    version: 1,
    scenarios: [
      { name: 'Gammel', scenario: { agreement: 'spekter', yearsExperience: 7 }, savedAt: '2024-06-01T08:00:00.000Z' },
      { name: 'Uten dato', scenario: { positionPercent: 50 } },
    ],
  };

  it('has one step per older version', () => {
    expect(Object.keys(migrations)).toEqual(['1']);
  });

  it('reads v1 as v2', () => {
    const { store } = setup(JSON.stringify(v1));
    expect(store.list()).toEqual({
      items: [
        {
          id: 'v1-0',
          name: 'Gammel',
          savedAt: '2024-06-01T08:00:00.000Z',
          state: { scenarios: [{ name: 'Gammel', scenario: scenario({ agreement: 'spekter', yearsExperience: 7 }) }] },
        },
        {
          id: 'v1-1',
          name: 'Uten dato',
          savedAt: '1970-01-01T00:00:00.000Z',
          state: { scenarios: [{ name: 'Uten dato', scenario: scenario({ positionPercent: 50 }) }] },
        },
      ],
      notice: null,
    });
  });

  it('writes v2 on the next change, with the old entries kept', () => {
    const { storage, store } = setup(JSON.stringify(v1));
    expect(store.save('Ny', state({})).ok).toBe(true);
    const written = JSON.parse(storage.data.get(KEY)!);
    expect(written.version).toBe(2);
    expect(store.list().items.map((i) => i.name)).toEqual(['Gammel', 'Uten dato', 'Ny']);
  });

  it('keeps unreadable v1 entries through the migration', () => {
    const { storage, store } = setup(JSON.stringify({ version: 1, scenarios: [{ name: 'ok', scenario: {} }, 'rubbish'] }));
    expect(store.list().items.map((i) => i.name)).toEqual(['ok']);
    expect(store.list().notice).toEqual({ code: 'corrupt', skipped: 1, repaired: 0 });
    store.save('x', state({}));
    expect(JSON.stringify(JSON.parse(storage.data.get(KEY)!).items[1])).toContain('rubbish');
  });
});

describe('storage: properties', () => {
  const check = (raw: string | undefined): void => {
    const { store } = setup(raw);
    expect(() => store.list()).not.toThrow();
    expectAllValid(store);
  };

  it('list() never throws and returns only valid scenarios, for any JSON under the key', () => {
    fc.assert(
      fc.property(fc.anything(), (v) => check(JSON.stringify(v))),
      { numRuns: 500 },
    );
  });

  it('… including things shaped almost like the stored format', () => {
    const entry = fc.record(
      {
        name: fc.anything(),
        scenario: fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom(...Object.keys(DEFAULT_SCENARIO)), fc.anything())),
      },
      { requiredKeys: [] },
    );
    const item = fc.record(
      {
        id: fc.oneof(fc.string(), fc.anything()),
        name: fc.anything(),
        savedAt: fc.anything(),
        state: fc.oneof(fc.anything(), fc.record({ scenarios: fc.oneof(fc.anything(), fc.array(entry, { maxLength: 6 })) })),
      },
      { requiredKeys: [] },
    );
    const container = fc.oneof(
      fc.record({ version: fc.constantFrom(1, 2, 3, '2', 2.5, -1), items: fc.array(fc.oneof(item, fc.anything()), { maxLength: 5 }) }),
      fc.record({ version: fc.constant(1), scenarios: fc.oneof(fc.anything(), fc.array(entry, { maxLength: 5 })) }),
    );
    fc.assert(
      fc.property(container, (c) => check(JSON.stringify(c))),
      { numRuns: 1000 },
    );
  });

  it('… and any text at all', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => check(s)));
  });
});
