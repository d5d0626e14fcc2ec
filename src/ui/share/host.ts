/** What the share controller, its block and its panel know of each other and of the element. */
import type { TemplateResult } from 'lit';
import type { Dataset } from '../../model/dataset-types.js';
import type { Locale } from '../../i18n/localize.js';
import type { ShareState } from '../../state/share-encode.js';
import type { ShareWarning } from '../../state/share.js';
import type { LocalizedElement } from '../base/localized-element.js';

export interface ShareHost extends LocalizedElement {
  /** The state to put in a link or save. */
  shareState(): ShareState;
  /**
   * The dataset a link or a saved scenario is read against: the element's own, once settled (see
   * DatasetController.settled). Never the bundled data when the element was given other data.
   */
  settledData(): Promise<Dataset>;
  /** Restores a state from a link or a saved item; warnings list values that were reset. */
  restoreState(state: ShareState, warnings: readonly ShareWarning[]): void;
  /** The CSV file's text and name (the CSV code loads on first use). */
  csv(): Promise<{ text: string; filename: string }>;
  /** The chart as PNG, or null when no chart is shown. */
  chartPng(): Promise<Blob | null>;
  /** Whether a printable handout is offered. */
  readonly printable: boolean;
  hasAttribute(name: string): boolean;
}

/** The panel's contents (deferred/share-panel.ts), once loaded. */
export interface SharePanelPart {
  render(uid: string, locale: Locale): TemplateResult;
  /** The panel was opened: read the saved scenarios. */
  opened(): void;
}
