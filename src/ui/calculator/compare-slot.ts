/**
 * Where `<pay-ladder>` keeps the comparison it hosts under its results: the comparison itself
 * (compare/hosted.ts, loaded with the comparison's code when wanted) and the entries a link or
 * `state` asked for while that code loads. In the first download; the comparison is not.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Dataset } from '../../model/dataset-types.js';
import type { Scenario } from '../../model/scenario.js';
import type { ShareState } from '../../state/share-encode.js';
import type { Comparing, ComparingHooks } from '../compare/hosted.js';
import type { PayLadderCompare } from '../compare/pay-ladder-compare.js';
import type { CompareBlockContext } from './deferred/result-blocks.js';
import { hosting } from './parts.js';

export class CompareSlot {
  private comparing: Comparing | undefined;
  /** Entries a link or `state` asked for while the comparison's code loads. */
  private pending: ShareState['scenarios'] | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly data: Dataset },
    private readonly uid: string,
    private readonly hooks: ComparingHooks,
  ) {}

  /** The open comparison, if any. */
  get shown(): PayLadderCompare | null {
    return this.comparing?.shown ?? null;
  }

  /** The scenarios of the open (or opening) comparison; null when none. */
  entries(): ShareState['scenarios'] | null {
    return this.comparing?.entries() ?? this.pending;
  }

  /** What the comparison block under the results shows; `current`: the calculator's scenario. */
  context(current: () => Scenario): CompareBlockContext {
    const panel = this.shown;
    // The comparison computes with the calculator's data (set only when it changes: setting it checks it).
    if (panel && panel.data !== this.host.data) panel.data = this.host.data;
    return {
      uid: this.uid,
      panel,
      add: () => void this.comparison().then((c) => c?.add(current())),
      // The comparison's code loads as the person points at the button or reaches it by keyboard.
      wants: () => void hosting.load(),
    };
  }

  /** Opens the comparison with these entries (from a link or `state`). */
  async open(entries: ShareState['scenarios']): Promise<void> {
    this.pending = entries;
    const started = (await this.comparison())?.start(entries);
    this.pending = null;
    await started;
  }

  /** The comparison, once its code is here; null if it could not be loaded. */
  private async comparison(): Promise<Comparing | null> {
    if (!(await hosting.load())) return null;
    return (this.comparing ??= new hosting.module!.Comparing(this.host, this.uid, this.hooks));
  }
}
