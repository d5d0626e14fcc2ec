/**
 * The dataset an element computes with, for the calculator and the comparison alike: the built-in
 * one, one set as the `data` property, or one loaded from `data-src`. The last one given wins, and
 * removing `data-src` goes back to the built-in data unless `data` was given after it.
 * Given data is validated (the loader and validator load only then); data that fails keeps the
 * built-in figures, with the reason in `problem` (the element shows it) and a `pay-ladder-error`
 * event (`source: 'data'`). A dataset that passed once (or the built-in one) is used at once when
 * given again, so the calculator hands its data to the comparison it opens without a second check.
 */
import { emit } from './emit.js';
import type { ReactiveController } from 'lit';
import type { Dataset } from '../../model/dataset-types.js';
import type { DatasetError } from '../../model/validate-dataset.js';
import type { DatasetLoad } from '../../state/dataset-source.js';
import { bundledDataset, defaultFigures, loadDefaultDataset } from './default-data.js';
import type { LocalizedElement } from './localized-element.js';

type Loader = (m: typeof import('../../state/dataset-source.js'), signal: AbortSignal) => Promise<DatasetLoad>;

export interface DataProblem {
  kind: 'network' | 'json' | 'schema';
  errors: DatasetError[];
}

export interface DatasetHost extends LocalizedElement {
  /** The element's `data-src`. */
  readonly dataSrc: string | null;
  /** The dataset in use changed: compute again; `notify` tells the page (as after a `data-src` load). */
  datasetChanged(source: 'data' | 'property', notify: boolean): void;
}

/** Datasets that passed the validator, and the built-in ones. */
const checked = new WeakSet<object>([defaultFigures]);

export class DatasetController implements ReactiveController {
  /** The dataset in use. */
  current: Dataset = bundledDataset();
  /** Why the data given is not used. */
  problem: DataProblem | null = null;
  /** The source texts of the built-in dataset could not be loaded. */
  textsFailed = false;
  /** The load of a `data-src` under way (none once it has ended). */
  private loading: AbortController | undefined;
  /**
   * The `data-src` in effect: being loaded, loaded or refused (null when there is none, or `data`
   * was given after it). A disconnect cuts its load off, a reconnect (the element was moved) starts it again.
   */
  private url: string | null = null;
  /** The `data` property was given last (so no `data-src` means: keep it). */
  private given = false;
  /** The last check of given data started (`settled` waits for it). */
  private pending: Promise<void> | undefined;

  constructor(private readonly host: DatasetHost) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.url !== null && this.loading?.signal.aborted) this.load(this.url);
  }

  hostDisconnected(): void {
    if (this.url !== null) this.loading?.abort();
  }

  /**
   * `data-src` changed: loads that file, or (none) goes back to the built-in data. `notify`: the
   * load tells the page when it is done (`settled` does not: the link read after it does).
   */
  fromUrl(src: string | null, notify = true): void {
    // The first update says "no data-src" too, also after the page set `data` on a new element.
    if (!src && this.given) return;
    // Loading or loaded already: `settled` started it before the first update.
    if (src && src === this.url) return;
    this.cancel();
    this.given = false;
    if (!src) {
      this.useBundled(null);
      this.host.datasetChanged('data', false);
      return;
    }
    this.load(src, notify);
  }

  private load(src: string, notify = true): void {
    this.url = src;
    this.pending = this.check(`data-src "${src}"`, 'data', notify, (m, signal) => m.loadDatasetFrom(src, fetch, signal));
  }

  /**
   * The dataset to read a link or a saved scenario against, once it is settled: given data (a
   * `data-src` file, the `data` property) once it has been checked, so a site's link is read with
   * the site's data; the built-in data in full (a link may ask for an earlier table). A `data-src`
   * that the element has but has not started to load (a link is read before the first update)
   * starts loading now. Never rejects.
   */
  async settled(): Promise<Dataset> {
    if (this.host.dataSrc && !this.given) this.fromUrl(this.host.dataSrc, false);
    // Until no other check has started meanwhile.
    for (let p; p !== this.pending;) await (p = this.pending);
    await this.whenFull();
    return this.current;
  }

  /** The `data` property: used once it has passed the validator, else the built-in data. */
  set(value: unknown): void {
    this.cancel();
    this.given = true;
    // (`has` is false for anything that is not an object.)
    if (checked.has(value as object)) {
      this.current = value as Dataset;
      this.problem = null;
      this.host.datasetChanged('property', false);
      return;
    }
    // `updateComplete` waits for the check (the validator is a local chunk, not a download of data).
    this.host.loadPart((this.pending = this.check('the data property', 'property', false, (m) => m.checkDataset(value))));
  }

  /**
   * Makes sure the full built-in dataset is in use when the built-in data is: the figures of the
   * first download have every table but no source texts and no working conditions, which the
   * sources, the working conditions and the comparison need. Resolves when it is in use (or could
   * not be loaded: `textsFailed`).
   */
  whenFull(): Promise<void> {
    if (this.current !== defaultFigures) return Promise.resolve();
    return loadDefaultDataset().then(
      (full) => {
        checked.add(full);
        this.textsFailed = false;
        if (this.current !== defaultFigures) return;
        this.current = full;
        this.host.datasetChanged('data', false);
      },
      (error: unknown) => {
        this.textsFailed = true;
        console.warn('pay-ladder: the source texts of the built-in data could not be loaded', error);
      },
    );
  }

  private cancel(): void {
    this.loading?.abort();
    this.url = null;
  }

  /**
   * Loads and validates given data (the loader and the validator load only then); uses it, or
   * keeps the built-in figures with the reason in `problem` and a `pay-ladder-error`.
   */
  private async check(what: string, source: 'data' | 'property', notify: boolean, load: Loader): Promise<void> {
    const controller = (this.loading = new AbortController());
    let r: DatasetLoad;
    try {
      r = await load(await import('../../state/dataset-source.js'), controller.signal);
    } catch (e) {
      // The loader's own chunk did not load.
      r = { ok: false, kind: 'network', errors: [], detail: String(e) };
    }
    if (controller.signal.aborted) return;
    this.loading = undefined;
    if (r.ok) {
      checked.add(r.dataset);
      this.current = r.dataset;
      this.problem = null;
    } else {
      this.useBundled(r);
      console.warn(`pay-ladder: ${what} not used (${r.kind}: ${r.detail})`, r.errors);
      emit(this.host, 'pay-ladder-error', { source: 'data', errors: r.errors, message: r.detail });
    }
    this.host.datasetChanged(source, notify);
  }

  /**
   * The built-in dataset: its figures (every table, without the source texts), and the full dataset
   * once it has loaded — it loads when it is needed (`whenFull`: a figure's sources are about to be
   * shown, the working conditions or a comparison open).
   */
  private useBundled(problem: DataProblem | null): void {
    this.problem = problem;
    this.current = bundledDataset();
  }
}
