import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { type CompareMetric, type ComparisonResult, type QuickComparisonId } from '../../model/compare.js';
import type { Dataset } from '../../model/dataset-types.js';
import { todayIso } from '../../model/dates.js';
import { scheduleYears } from '../../model/rules/schedule.js';
import type { ScenarioError, ScenarioInput } from '../../model/scenario.js';
import { datasetProblemText, quickLabel } from '../../i18n/labels/deferred/index.js';
import { MAX_SCENARIOS, writeShareToUrl, type ShareState } from '../../state/share-encode.js';
import type { ShareWarning } from '../../state/share.js';
import { emit } from '../base/emit.js';
import { LocalizedElement } from '../base/localized-element.js';
import { DatasetController, type DatasetHost } from '../base/dataset-controller.js';
import { loadChart, tags } from '../base/registry.js';
import { csvFooter, csvLabels } from '../share/deferred/csv-labels.js';
import { marketPay } from '../../model/rules/market.js';
import { ShareController, type ShareHost } from '../share/share-controller.js';
import { shareBlock } from '../share/deferred/share-block.js';
import type { PayLadderChart } from '../chart/pay-ladder-chart.js';
import { CardsModel, MIN_SCENARIOS, QUICK_IDS, editCard, typeInCard, type Card, type CompareEntry } from './cards.js';
import { addAction, cardTemplate, quickButtons } from './cards.templates.js';
import { resultsTemplate } from './results.templates.js';
import {
  compareView,
  comparisonOf,
  type CompareView,
  displayName,
  displayNames,
  findings,
  hasGrowth,
  secondPageView,
} from './view-model.js';
import { secondPage } from './conditions.templates.js';
import { compareStyles } from './pay-ladder-compare.styles.js';
import { scenariosHeading } from '../../i18n/labels/deferred/handout.js';
import { DEFAULT_OCCUPATION } from '../../model/occupations.js';
import { occupationPlural } from '../calculator/occupation-words.js';

export { MIN_SCENARIOS, type CompareEntry } from './cards.js';

export type { CompareChangeDetail } from '../events.js';

let uid = 0;

/**
 * `<pay-ladder-compare>`: two to four scenarios side by side — kommune or sykehus, with or
 * without fagskole, 100 % or 80 %, dagtid or turnus — with one chart of all ladders, the
 * year-by-year differences, the lifetime difference and when an education path pays off.
 * Its events are declared, typed and documented in ui/events.ts.
 *
 * @tagname pay-ladder-compare
 *
 * @attr preset - a quick comparison to start from: `workplace` | `fagskole` | `partTime` | `shifts`
 * @attr metric - `grossAnnual` (default) | `netAnnualEstimate`
 * @attr data-src - URL of a newer dataset (JSON, see data/schema); validated, else the bundled data is used (CSV, PNG and print too)
 * @attr hide-share - no "share, save and download" panel
 * @attr no-url-sync - never read or write the page URL (otherwise the first widget on the page keeps its state in `pl`)
 * @attr lang - language: nb (default), nn, en; also read from ancestors and `<html lang>`
 *
 * @prop {CompareEntry[]} entries - the scenarios compared (2–4), each with its name
 * @prop {Dataset} data - the data in use; set a dataset object to use other data (validated like a `data-src` file). A calculator gives the comparison it opens its own data
 *
 * @fires pay-ladder-compare-change - `{ entries, result }` whenever a scenario, name or the metric changes
 * @fires pay-ladder-state-change - `{ state }` (ShareState) on every change
 * @fires pay-ladder-error - `{ source: 'input' | 'property' | 'data', errors, message? }`
 *
 * @csspart scenarios - the scenario cards
 * @csspart results - the comparison figures
 * @csspart chart - the chart element
 * @csspart table - the year-by-year table
 *
 * @cssprop --pay-ladder-accent - accent colour
 * @cssprop --pay-ladder-series-1 - colour of the first scenario (likewise -2, -3, -4)
 */
export class PayLadderCompare extends LocalizedElement implements ShareHost, DatasetHost {
  static override styles = compareStyles;

  static override properties = {
    dataSrc: { attribute: 'data-src' },
    preset: {},
    metric: {},
    hideShare: { type: Boolean, attribute: 'hide-share' },
    realKroner: { state: true },
    showTable: { state: true },
    showMonths: { state: true },
    monthsYear: { state: true },
    announcement: { state: true },
  };

  dataSrc: string | null = null;
  preset: QuickComparisonId | null = null;
  metric: CompareMetric = 'grossAnnual';
  hideShare = false;

  /** The cards, the quick comparison shown and the growth field (cards.ts). */
  private readonly deck = new CardsModel();
  private realKroner = false;
  private showTable = false;
  private showMonths = false;
  /** The year of "Slik blir året ditt" once chosen; until then this year, or the next in December. */
  private monthsYear: number | null = null;
  private announcement = '';

  private readonly uid = `plc${++uid}`;
  private readonly share = new ShareController(this);
  private readonly dataSource = new DatasetController(this);
  private computed: ComparisonResult | null = null;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.deck.loadQuick('workplace', this.data);
  }

  private get cards(): Card[] {
    return this.deck.cards;
  }

  /** The first card's occupation: whom the market pay beside the cards counts. */
  private get occupation(): string {
    return this.cards[0]?.scenario.occupation ?? DEFAULT_OCCUPATION;
  }

  /** The scenarios compared, with their names. */
  get entries(): CompareEntry[] {
    return this.deck.entries;
  }
  set entries(list: Array<{ name?: unknown; scenario?: ScenarioInput }>) {
    const { ok, errors } = this.deck.setEntries(list, this.data);
    this.fail('property', errors);
    if (ok) this.changed();
  }

  /**
   * The dataset in use (bundled, loaded from `data-src`, or set here). A dataset set here is used
   * once it has passed the validator (`updateComplete` waits for that); one that fails leaves the
   * bundled data in use, with an alert and a `pay-ladder-error`.
   */
  get data(): Dataset {
    return this.dataSource.current;
  }
  set data(d: Dataset) {
    this.dataSource.set(d);
  }

  /** @internal DatasetHost */
  datasetChanged(_source: 'data' | 'property', notify: boolean): void {
    this.deck.withData(this.data);
    if (notify) this.changed();
    else this.requestUpdate();
  }

  /** The whole state, to store or restore (as in a link). */
  get state(): ShareState {
    return this.shareState();
  }
  set state(s: ShareState) {
    this.entries = Array.isArray(s?.scenarios) ? s.scenarios : [];
  }

  /** @internal ShareHost */
  shareState(): ShareState {
    return this.localized(() => ({
      scenarios: this.cards.map((c) => ({ name: c.name || (c.quick ? quickLabel(c.quick) : ''), scenario: c.scenario })),
    }));
  }

  /** @internal ShareHost */
  settledData(): Promise<Dataset> {
    return this.dataSource.settled();
  }

  /** @internal ShareHost */
  restoreState(state: ShareState, warnings: readonly ShareWarning[]): void {
    this.share.warn(warnings);
    if (state.scenarios.length >= MIN_SCENARIOS) this.entries = state.scenarios;
  }

  /** @internal ShareHost */
  async csv(): Promise<{ text: string; filename: string }> {
    const { comparisonCsv } = await import('../../state/csv.js');
    return this.localized(() => {
      const names = displayNames(this.cards);
      const footer = this.computed
        ? csvFooter(this.computed.ladders, marketPay(this.data, this.occupation), occupationPlural(this.data, this.occupation, this.locale))
        : [];
      return {
        text: this.computed ? comparisonCsv(this.computed, names, csvLabels(), { footer }) : '',
        filename: 'pay-ladder-comparison.csv',
      };
    });
  }

  /** The chart as PNG (null before it is drawn). */
  async chartPng(): Promise<Blob | null> {
    return this.renderRoot.querySelector<PayLadderChart>(tags.chart)?.toPng?.() ?? null;
  }

  /** @internal ShareHost */
  get printable(): boolean {
    return true;
  }

  /** The last comparison computed. */
  get result(): ComparisonResult | null {
    return this.computed;
  }

  /** Adds a scenario (e.g. the calculator's current one). Returns false when four are there. */
  addScenario(input: ScenarioInput, name = ''): boolean {
    const added = this.deck.add(input, name, this.data);
    if (added) this.changed();
    return added;
  }

  protected override firstUpdated(): void {
    // The chart's code (with Chart.js) loads now, its room reserved; `updateComplete` waits for it.
    this.loadPart(loadChart());
    // The built-in data's full set: the working conditions and the sources' words are not in the
    // first download's figures (a calculator that opens the comparison hands over its own).
    this.loadPart(this.dataSource.whenFull());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('dataSrc')) this.dataSource.fromUrl(this.dataSrc);
    if (changed.has('preset') && this.preset && QUICK_IDS.includes(this.preset)) this.deck.loadQuick(this.preset, this.data);
    if (changed.has('metric') && this.metric !== 'grossAnnual' && this.metric !== 'netAnnualEstimate') this.metric = 'grossAnnual';
    this.computed = comparisonOf(this.cards, this.data, this.metric, this.realKroner);
  }

  // ---- state ---------------------------------------------------------------------------------

  private changed(): void {
    this.requestUpdate();
    this.share.changed();
    void this.updateComplete.then(() => {
      if (!this.computed) return;
      emit(this, 'pay-ladder-compare-change', { entries: this.entries, result: this.computed });
      clearTimeout(this.announceTimer);
      // In the element's language (msg() outside a render speaks the page's).
      const say = () =>
        (this.announcement = this.computed
          ? this.localized(() => findings(this.computed!, displayNames(this.cards), this.locale).join(' '))
          : '');
      this.announceTimer = setTimeout(say, 600);
    });
  }

  private fail(source: 'input' | 'property', errors: ScenarioError[]): void {
    if (errors.length) emit(this, 'pay-ladder-error', { source, errors });
  }

  /** Applies a change to card `index` (ui/form): invalid fields keep their value and show the error. */
  private edit(index: number, change: (card: Card) => { card: Card; errors: ScenarioError[] }): void {
    this.fail('input', this.deck.edit(index, change));
    this.changed();
  }

  // ---- rendering -----------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const r = this.computed;
    const problem = this.dataSource.problem;
    return html`<div class="stack" lang=${this.locale}>
      ${problem ? html`<p class="alert" role="alert">${datasetProblemText(problem.kind, problem.errors)}</p>` : nothing}
      ${quickButtons(this.deck.activeQuick, (id) => (this.deck.loadQuick(id, this.data), this.changed()))}
      <h2 class="vh">${scenariosHeading()}</h2>
      <div part="scenarios" class="cards">${this.cards.map((c, i) => this.renderCard(c, i))}</div>
      ${addAction(this.cards.length < MAX_SCENARIOS, () => this.addScenario(this.cards[this.cards.length - 1].scenario))}
      ${r ? this.renderResults(r) : nothing} ${this.hideShare ? nothing : shareBlock(this.share, this.uid, this.locale)}
      <div class="vh" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </div>`;
  }

  private renderCard(c: Card, i: number): TemplateResult {
    return cardTemplate(c, {
      index: i,
      id: `${this.uid}-${c.key}`,
      name: displayName(c, i),
      removable: this.cards.length > MIN_SCENARIOS,
      locale: this.locale,
      data: this.data,
      edit: (input) => this.edit(i, (card) => editCard(card, input, this.data)),
      type: (path, text) => this.edit(i, (card) => typeInCard(card, path, text, this.data)),
      rename: (name) => (this.deck.rename(i, name), this.changed()),
      remove: () => this.removeCard(i),
    });
  }

  private renderResults(r: ComparisonResult): TemplateResult {
    const view = compareView(r, this.cards, this.realKroner, this.locale);
    return html`${this.renderFigures(r, view)} ${this.renderSecondPage(view.names)}`;
  }

  /** The working conditions side by side and the year month by month: the handout's second page. */
  private renderSecondPage(names: string[]): TemplateResult {
    const { years, preferred } = scheduleYears(todayIso());
    const year = this.monthsYear ?? preferred;
    return secondPage(secondPageView(this.cards, this.data, year), names, this.locale, {
      uid: this.uid,
      open: this.showMonths,
      toggle: () => (this.showMonths = !this.showMonths),
      years,
      year,
      choose: (y) => (this.monthsYear = y),
    });
  }

  private renderFigures(r: ComparisonResult, view: CompareView): TemplateResult {
    return resultsTemplate(r, view, {
      uid: this.uid,
      locale: this.locale,
      metric: this.metric,
      realKroner: this.realKroner,
      hasGrowth: hasGrowth(this.cards),
      showTable: this.showTable,
      growth: { draft: this.deck.growthDraft, value: this.cards[0]?.scenario.annualGrowth ?? 0, error: this.deck.growthError },
      link: writeShareToUrl(globalThis.location?.href ?? '', this.shareState()),
      market: marketPay(this.data, this.occupation),
      marketWho: occupationPlural(this.data, this.occupation, this.locale),
      setMetric: (m) => ((this.metric = m), this.changed()),
      setRealKroner: (on) => ((this.realKroner = on), this.changed()),
      toggleTable: () => (this.showTable = !this.showTable),
      growthInput: this.onGrowth,
    });
  }

  // ---- handlers ------------------------------------------------------------------------------

  private onGrowth = (text: string): void => {
    const { changed, errors } = this.deck.growth(text, this.data);
    this.fail('input', errors);
    if (changed) this.changed();
    else this.requestUpdate();
  };

  private removeCard(i: number): void {
    this.deck.remove(i);
    this.changed();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.card input')?.focus());
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pay-ladder-compare': PayLadderCompare;
  }
}
