/**
 * Named saved scenarios in localStorage (or any `Storage`).
 *
 * Stored under one key as JSON: `{ "version": 2, "items": [SavedScenario, …] }`.
 *
 * Local storage is not to be trusted, in either direction:
 * - Getting at it can throw (sandboxed iframe, blocked cookies), and so can every call on it. The
 *   factory takes the storage or a getter, and every operation catches.
 * - `setItem` throws `QuotaExceededError` when full. The write then did not happen, so nothing is
 *   lost; `save` says `quota`.
 * - The data under the key may be corrupt, written by something else, or by a newer version of
 *   this package. `list()` returns what it can salvage with a notice. Writing never destroys what
 *   could not be read: when the container itself cannot be read (not JSON, a foreign shape, a newer
 *   version) `save`/`remove`/`rename` refuse with `corrupt`; when only some items cannot be read,
 *   those items are written back exactly as they were found. `reset()` (which the UI calls only
 *   after asking the user) copies the raw text to `${key}:backup-<timestamp>` before clearing.
 *
 * Every loaded scenario goes through `normalizeScenario` with the store's dataset (the one the
 * caller computes with: a site's `data-src` file, not the bundled data), so callers only ever see
 * scenarios valid for it; an item with values that are not is listed with those values at their
 * defaults and `repaired` set, and stays as it was in storage. Older formats are upgraded on
 * reading through `migrations`; a later format adds one function.
 */
import type { Dataset } from '../model/dataset-types.js';
import { normalizeScenario } from '../model/scenario.js';
import { MAX_NAME_LENGTH, MAX_SCENARIOS, type ShareState } from './share-encode.js';

export interface SavedScenario {
  id: string;
  name: string;
  /** ISO 8601 date and time of saving. */
  savedAt: string;
  state: ShareState;
  /**
   * Only on a listed item, never stored: some of its stored values could not be used as they are
   * (not valid with the store's dataset, a name that is not text, more than MAX_SCENARIOS
   * scenarios) and are at their defaults in this copy. The stored item is unchanged.
   */
  repaired?: true;
}

export type StoreNoticeCode =
  /** Storage could not be reached: nothing can be listed or saved. */
  | 'unavailable'
  /** The data could not be read fully; `skipped` items (or all of it) were left out. */
  | 'corrupt'
  /** Written by a newer version of this package; read as far as possible, not written to. */
  | 'newerVersion';

export interface StoreNotice {
  code: StoreNoticeCode;
  /** Items that could not be read at all and are not listed (1 when nothing could be read). */
  skipped: number;
  /** Items listed, but with some invalid values reset to their defaults. */
  repaired: number;
}

export type StoreFailure = 'unavailable' | 'quota' | 'corrupt';
export type SaveResult = { ok: true; id: string } | { ok: false; reason: StoreFailure };
export type UpdateResult = { ok: true } | { ok: false; reason: StoreFailure | 'notFound' };
export type ResetResult = { ok: true; backupKey: string | null } | { ok: false; reason: 'unavailable' | 'quota' };

export interface ScenarioStore {
  /** False when storage could not be reached when the store was created. */
  readonly available: boolean;
  list(): { items: SavedScenario[]; notice: StoreNotice | null };
  save(name: string, state: ShareState): SaveResult;
  remove(id: string): UpdateResult;
  rename(id: string, name: string): UpdateResult;
  /** Clears the key after copying unreadable (or any) data to a backup key. Ask the user first. */
  reset(): ResetResult;
}

export interface StoreOptions {
  /** The clock, for `savedAt` and backup keys. */
  now?: () => Date;
  /** New item ids (must not collide with existing ones; a suffix is added if they do). */
  newId?: () => string;
}

export const STORE_VERSION = 2;
export const DEFAULT_STORE_KEY = 'pay-ladder:saved';

// ---------------------------------------------------------------------------------------------
// Formats and migrations

/** The current format. Items are kept as `unknown` so unreadable ones can be written back as found. */
interface Container {
  version: typeof STORE_VERSION;
  items: unknown[];
}

/**
 * Version 1 (before comparisons could be saved): one scenario per entry.
 * `{ version: 1, scenarios: [{ name, scenario, savedAt? }] }`
 */
export interface StoredV1 {
  version: 1;
  scenarios: Array<{ name: string; scenario: unknown; savedAt?: string }>;
}

/**
 * `migrations[n]` turns data of version n into version n + 1. It may throw on data that is not
 * of that version's shape (the caller treats that as corrupt); it must keep every entry, readable
 * or not, so that nothing is lost when the result is written.
 */
export const migrations: Record<number, (data: Record<string, unknown>) => Record<string, unknown>> = {
  1: (data) => {
    if (!Array.isArray(data.scenarios)) throw new Error('v1 without scenarios');
    return {
      version: 2,
      items: data.scenarios.map((e: unknown, i) =>
        isRecord(e)
          ? {
              id: `v1-${i}`,
              name: e.name,
              savedAt: typeof e.savedAt === 'string' ? e.savedAt : new Date(0).toISOString(),
              state: { scenarios: [{ name: e.name, scenario: e.scenario }] },
            }
          : // Not an entry: kept as found, listed as unreadable.
            { id: `v1-${i}`, v1: e },
      ),
    };
  },
};

type Read =
  /** Nothing stored yet. */
  | { kind: 'empty' }
  | { kind: 'ok'; container: Container; migrated: boolean }
  /** Newer version: items readable as far as they look like the current format; not writable. */
  | { kind: 'newer'; items: unknown[]; raw: string }
  | { kind: 'corrupt'; raw: string }
  | { kind: 'unavailable' };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function parseContainer(raw: string): Read {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { kind: 'corrupt', raw };
  }
  if (!isRecord(data) || typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1) {
    return { kind: 'corrupt', raw };
  }
  if (data.version > STORE_VERSION) {
    return { kind: 'newer', items: Array.isArray(data.items) ? data.items : [], raw };
  }
  let current: Record<string, unknown> = data;
  let migrated = false;
  try {
    while ((current.version as number) < STORE_VERSION) {
      const step = migrations[current.version as number];
      if (!step) return { kind: 'corrupt', raw };
      current = step(current);
      migrated = true;
    }
  } catch {
    return { kind: 'corrupt', raw };
  }
  if (current.version !== STORE_VERSION || !Array.isArray(current.items)) return { kind: 'corrupt', raw };
  return { kind: 'ok', container: { version: STORE_VERSION, items: current.items }, migrated };
}

// ---------------------------------------------------------------------------------------------
// Items

function cleanName(name: unknown): string {
  if (typeof name !== 'string') return '';
  const chars = Array.from(name.trim());
  return chars.length > MAX_NAME_LENGTH ? chars.slice(0, MAX_NAME_LENGTH).join('') : chars.join('');
}

/** A stored item as a valid SavedScenario, or null when it cannot be read at all. */
function readItem(raw: unknown, dataset: Dataset): { item: SavedScenario; repaired: boolean } | null {
  if (!isRecord(raw) || typeof raw.id !== 'string' || raw.id === '') return null;
  const state = raw.state;
  if (!isRecord(state) || !Array.isArray(state.scenarios) || state.scenarios.length === 0) return null;
  let repaired = state.scenarios.length > MAX_SCENARIOS || typeof raw.name !== 'string' || typeof raw.savedAt !== 'string';
  const scenarios: ShareState['scenarios'] = [];
  for (const entry of state.scenarios.slice(0, MAX_SCENARIOS)) {
    if (!isRecord(entry)) return null;
    const { scenario, errors } = normalizeScenario(entry.scenario, dataset);
    if (errors.length || typeof entry.name !== 'string') repaired = true;
    scenarios.push({ name: cleanName(entry.name), scenario });
  }
  const item: SavedScenario = {
    id: raw.id,
    name: cleanName(raw.name),
    savedAt: typeof raw.savedAt === 'string' ? raw.savedAt : '',
    state: { scenarios },
  };
  if (repaired) item.repaired = true;
  return { item, repaired };
}

function readItems(items: unknown[], dataset: Dataset): { items: SavedScenario[]; skipped: number; repaired: number } {
  const out: SavedScenario[] = [];
  let skipped = 0;
  let repaired = 0;
  for (const raw of items) {
    const r = readItem(raw, dataset);
    if (!r) skipped++;
    else {
      out.push(r.item);
      if (r.repaired) repaired++;
    }
  }
  return { items: out, skipped, repaired };
}

/** The state as it is stored: normalized scenarios, cleaned names, at most MAX_SCENARIOS. */
function cleanState(state: ShareState, dataset: Dataset): ShareState {
  const list = Array.isArray(state?.scenarios) ? state.scenarios.slice(0, MAX_SCENARIOS) : [];
  const scenarios = list.map((s) => ({ name: cleanName(s?.name), scenario: normalizeScenario(s?.scenario, dataset).scenario }));
  return { scenarios: scenarios.length ? scenarios : [{ name: '', scenario: normalizeScenario({}, dataset).scenario }] };
}

function isQuotaError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const { name, code } = e as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

// ---------------------------------------------------------------------------------------------
// The store

/**
 * The saved scenarios under `key` of `storage`, read and checked against `dataset` (the one the
 * caller computes with). For another dataset, make another store: the stored items do not depend
 * on it.
 */
export function createScenarioStore(
  storage: Storage | null | (() => Storage | null),
  dataset: Dataset,
  key: string = DEFAULT_STORE_KEY,
  options: StoreOptions = {},
): ScenarioStore {
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? (() => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`);

  let store: Storage | null = null;
  try {
    store = typeof storage === 'function' ? storage() : storage;
    // Some browsers give an object whose every call throws; one read tells.
    store?.getItem(key);
  } catch {
    store = null;
  }
  const available = store !== null;

  function read(): Read {
    if (!store) return { kind: 'unavailable' };
    let raw: string | null;
    try {
      raw = store.getItem(key);
    } catch {
      return { kind: 'unavailable' };
    }
    if (raw === null) return { kind: 'empty' };
    return parseContainer(raw);
  }

  function write(container: Container): { ok: true } | { ok: false; reason: StoreFailure } {
    if (!store) return { ok: false, reason: 'unavailable' };
    try {
      store.setItem(key, JSON.stringify(container));
      return { ok: true };
    } catch (e) {
      return { ok: false, reason: isQuotaError(e) ? 'quota' : 'unavailable' };
    }
  }

  /** The container to change, or why it may not be changed. */
  function writable(): { ok: true; container: Container } | { ok: false; reason: StoreFailure } {
    const r = read();
    switch (r.kind) {
      case 'unavailable':
        return { ok: false, reason: 'unavailable' };
      case 'empty':
        return { ok: true, container: { version: STORE_VERSION, items: [] } };
      case 'ok':
        return { ok: true, container: r.container };
      default:
        return { ok: false, reason: 'corrupt' };
    }
  }

  function update(id: string, change: (item: Record<string, unknown>) => Record<string, unknown> | null): UpdateResult {
    const w = writable();
    if (!w.ok) return w;
    const index = w.container.items.findIndex((raw) => isRecord(raw) && raw.id === id && readItem(raw, dataset) !== null);
    if (index < 0) return { ok: false, reason: 'notFound' };
    const changed = change(w.container.items[index] as Record<string, unknown>);
    const items = [...w.container.items];
    if (changed) items[index] = changed;
    else items.splice(index, 1);
    return write({ version: STORE_VERSION, items });
  }

  return {
    available,

    list() {
      const r = read();
      switch (r.kind) {
        case 'unavailable':
          return { items: [], notice: { code: 'unavailable', skipped: 0, repaired: 0 } };
        case 'empty':
          return { items: [], notice: null };
        case 'corrupt':
          return { items: [], notice: { code: 'corrupt', skipped: 1, repaired: 0 } };
        case 'newer': {
          const { items, skipped, repaired } = readItems(r.items, dataset);
          return { items, notice: { code: 'newerVersion', skipped, repaired } };
        }
        case 'ok': {
          const { items, skipped, repaired } = readItems(r.container.items, dataset);
          return { items, notice: skipped || repaired ? { code: 'corrupt', skipped, repaired } : null };
        }
      }
    },

    save(name, state) {
      const w = writable();
      if (!w.ok) return w;
      const ids = new Set(w.container.items.map((raw) => (isRecord(raw) ? raw.id : undefined)));
      let id = newId();
      for (let n = 2; ids.has(id); n++) id = `${id.replace(/~\d+$/, '')}~${n}`;
      const item: SavedScenario = { id, name: cleanName(name), savedAt: now().toISOString(), state: cleanState(state, dataset) };
      const result = write({ version: STORE_VERSION, items: [...w.container.items, item] });
      return result.ok ? { ok: true, id } : result;
    },

    remove(id) {
      return update(id, () => null);
    },

    rename(id, name) {
      return update(id, (item) => ({ ...item, name: cleanName(name) }));
    },

    reset() {
      if (!store) return { ok: false, reason: 'unavailable' };
      let raw: string | null;
      try {
        raw = store.getItem(key);
      } catch {
        return { ok: false, reason: 'unavailable' };
      }
      let backupKey: string | null = null;
      if (raw !== null) {
        backupKey = `${key}:backup-${now().toISOString()}`;
        try {
          store.setItem(backupKey, raw);
        } catch (e) {
          // No backup, no reset: the data stays where it is.
          return { ok: false, reason: isQuotaError(e) ? 'quota' : 'unavailable' };
        }
      }
      try {
        store.removeItem(key);
      } catch {
        return { ok: false, reason: 'unavailable' };
      }
      return { ok: true, backupKey };
    },
  };
}
