/**
 * The comparison a `<pay-ladder>` hosts: the `<pay-ladder-compare>` it opens under its results,
 * the entries a link or `state` asked for while it opens, and what "Legg til dette valget" does.
 * It comes with the comparison's own code, which the calculator loads when the comparison is
 * wanted (base/autoload.ts).
 */
import type { ReactiveControllerHost } from 'lit';
import type { Dataset } from '../../model/dataset-types.js';
import type { Scenario } from '../../model/scenario.js';
import type { ShareState } from '../../state/share-encode.js';
import { defineOnce, tags } from '../base/registry.js';
import { msg } from '../../i18n/localize.js';
import { agreementName } from '../../i18n/labels/index.js';
import { PayLadderCompare } from './pay-ladder-compare.js';

/** What the comparison needs from the calculator besides the element itself. */
export interface ComparingHooks {
  /** Waits for what an open comparison needs besides its own code (the full data, the block it sits in). */
  ready(): Promise<unknown>;
  /** The state changed (the share controller tells the page and the URL). */
  changed(): void;
  /** A sentence for screen readers, answering a press. */
  announce(text: string): void;
}

export class Comparing {
  /** The comparison element, once made. */
  private panel: PayLadderCompare | undefined;
  /** Entries asked for before the comparison's code is here. */
  private pending: ShareState['scenarios'] | null = null;
  /** Whether the comparison is open. */
  open = false;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly data: Dataset },
    private readonly uid: string,
    private readonly hooks: ComparingHooks,
  ) {}

  /** The open comparison element, if any. */
  get shown(): PayLadderCompare | null {
    return this.open ? (this.panel ?? null) : null;
  }

  /** The scenarios of the open (or opening) comparison; null when none. */
  entries(): ShareState['scenarios'] | null {
    return this.shown?.entries ?? this.pending;
  }

  /** Opens the comparison, with these entries if given. */
  async start(entries: ShareState['scenarios'] | null): Promise<PayLadderCompare> {
    // Until the comparison element has loaded, `entries()` reports these.
    this.pending = entries;
    await this.hooks.ready();
    if (!this.panel) {
      defineOnce(tags.compare, PayLadderCompare);
      const panel = document.createElement(tags.compare) as PayLadderCompare;
      panel.id = `${this.uid}-compare`;
      panel.setAttribute('no-url-sync', '');
      panel.setAttribute('hide-share', '');
      panel.addEventListener('pay-ladder-compare-change', () => this.hooks.changed());
      this.panel = panel;
    }
    this.open = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    if (entries) this.panel.entries = entries;
    this.pending = null;
    this.hooks.changed();
    return this.panel;
  }

  /** "Legg til dette valget i sammenligningen": opens the comparison with it, or adds it. */
  async add(current: Scenario): Promise<void> {
    const first = !this.open;
    const panel = first ? await this.start(null) : this.panel!;
    this.hooks.announce(addFromCalculator(panel, current, first));
    this.hooks.changed();
  }
}

/**
 * The calculator's "add this to the comparison": the first time (`start`), its scenario beside the
 * same on the other kind of public workplace; later, as one more scenario. Returns the sentence to
 * announce, in the comparison's language.
 */
function addFromCalculator(panel: PayLadderCompare, scenario: Scenario, start: boolean): string {
  return panel.localized(() => {
    const yours = msg('Ditt valg', { id: 'compare.yours' });
    if (start) {
      const other = scenario.agreement === 'spekter' ? 'ks' : 'spekter';
      panel.entries = [
        { name: yours, scenario },
        // Another agreement: its tables in force (as the calculator resets tariffDate on an agreement change).
        { name: agreementName(other), scenario: { ...scenario, agreement: other, tariffDate: null } },
      ];
      return msg('Sammenligningen er åpnet under.', { id: 'compare.opened' });
    }
    return panel.addScenario(scenario, yours)
      ? msg('Lagt til i sammenligningen.', { id: 'compare.added' })
      : msg('Sammenligningen har allerede fire scenarioer. Fjern ett først.', { id: 'compare.full' });
  });
}
