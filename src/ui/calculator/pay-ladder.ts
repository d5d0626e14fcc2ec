import { emit } from '../base/emit.js';
import { adoptStyles, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Dataset } from '../../model/dataset-types.js';
import { normalizeScenario, type Scenario, type ScenarioError, type ScenarioInput } from '../../model/scenario.js';
import { computeNormalized, type LadderResult } from '../../model/ladder.js';
import type { Provenance } from '../../model/tables.js';
import { marketPay } from '../../model/rules/market.js';
import type { PayLadderChangeDetail, PayLadderErrorDetail } from './events.js';
import { defaultFigures } from '../base/default-data.js';
import { DatasetController, type DatasetHost } from '../base/dataset-controller.js';
import { SCENARIO_ATTRIBUTES, attributeField, attributeValue, type ScenarioAttribute } from '../../state/attributes.js';
import type { ShareState } from '../../state/share-encode.js';
import type { ShareWarning } from '../../state/share.js';
import { ShareController, type ShareHost } from '../share/share-controller.js';
import { loadChart, tags } from '../base/registry.js';
import type { Comparing } from '../compare/hosted.js';
import { msg } from '../../i18n/localize.js';
import { LocalizedElement } from '../base/localized-element.js';
import { partFailedText } from '../../i18n/labels/index.js';
import { calculatorStyles } from './pay-ladder.styles.js';
import { applyInput, typeNumber, type FormChange, type FormState } from '../form/form-state.js';
import { groupsWanted, type GroupName } from './form-groups.js';
import { moreFields } from './more-fields.js';
import { compactLine, groupsBlock, summaryCard, summaryText, mainFields, type FormContext } from './templates.js';
import type { CompareBlockContext, TableBlockContext } from './deferred/below.js';
import { whenNear } from '../base/deferred.js';
import { below, belowFailed, belowFold, chartView, closedPart, dataProblem, details, errorText } from './parts.js';
import { hosting, partStyles, sourcesState, type Details } from './parts.js';
import type { PayLadderChart } from '../chart/pay-ladder-chart.js';

export type { PayLadderChangeDetail, PayLadderErrorDetail } from './events.js';

let uid = 0;

/**
 * `<pay-ladder>`: the calculator. What a helsesekretær earns now and over the years, by
 * workplace, education, experience, position size, supplements and working hours, with the pay
 * ladder drawn as a chart and a table, and the source of every figure.
 *
 * @tagname pay-ladder
 *
 * @attr agreement - `ks` | `spekter` | `legekontor` | `virke-legesentre` | `nho481` | `virke-huk` | `private`
 * @attr education - `helsesekretaer` | `fagskole` | `hoyskole` | `none`
 * @attr years - years of experience (ansiennitet), 0–50
 * @attr position - position size, 1–100 (%)
 * @attr tariff-date - ISO date whose tables apply; default the newest
 * @attr schedule - `day` | `rotating`
 * @attr overtime - overtime hours a year
 * @attr age - age now (holiday pay from 60)
 * @attr growth - assumed pay growth, % a year, for the years ahead
 * @attr horizon - last year of experience in the ladder (default 45)
 * @attr tax-area - `standard` | `innsatssonen` (Finnmark and Nord-Troms: lower tax on the net estimate)
 * @attr lang - language: nb (default), nn, en; also read from ancestors and `<html lang>`
 * @attr data-src - URL of a newer dataset (JSON, see data/schema); validated, else the bundled data is used. Everything the calculator opens uses it: the comparison, CSV, PNG, print
 * @attr hide-chart - no chart
 * @attr hide-table - no "show as table" button and table
 * @attr hide-breakdown - no breakdown of the pay and its sources
 * @attr hide-compare - no "compare" button and panel
 * @attr hide-share - no "share, save and download" panel
 * @attr no-url-sync - never read or write the page URL (for pages that manage their own routing;
 *   otherwise the first widget on the page keeps its state in the `pl` query parameter)
 *
 * @prop {ScenarioInput} scenario - the whole scenario as an object (read: the valid one in use)
 * @prop {LadderResult} result - the computed ladder (read only)
 * @prop {Dataset} data - the data in use; set a dataset object to use other data (validated like a `data-src` file; used by everything the calculator opens too)
 * @prop {ShareState} state - the whole state (scenario, or the open comparison) to store or restore
 *
 * @fires pay-ladder-change - `{ scenario, result }` whenever the valid scenario or its result changes
 * @fires pay-ladder-state-change - `{ state }` (ShareState: the scenario, or all scenarios of an open comparison) on every change
 * @fires pay-ladder-error - `{ source: 'input' | 'attribute' | 'property' | 'data', errors, message? }`
 *
 * @csspart form - the inputs
 * @csspart results - the figures
 * @csspart summary - the annual pay and its sentence
 * @csspart chart - the chart element
 * @csspart table - the data table
 *
 * @cssprop --pay-ladder-accent - accent colour (buttons, focus, the total line)
 * @cssprop --pay-ladder-text - text colour
 * @cssprop --pay-ladder-muted - secondary text
 * @cssprop --pay-ladder-surface - background
 * @cssprop --pay-ladder-border - borders of inputs and panels
 * @cssprop --pay-ladder-radius - corner radius
 * @cssprop --pay-ladder-font - font family (inherits the page's by default)
 * @cssprop --pay-ladder-font-size - base text size (default `medium`, the browser's default; not the page's root size)
 */
export class PayLadder extends LocalizedElement implements ShareHost, DatasetHost {
  static override styles = calculatorStyles;

  static override properties = {
    dataSrc: { attribute: 'data-src' },
    hideChart: { type: Boolean, attribute: 'hide-chart' },
    hideTable: { type: Boolean, attribute: 'hide-table' },
    hideBreakdown: { type: Boolean, attribute: 'hide-breakdown' },
    hideCompare: { type: Boolean, attribute: 'hide-compare' },
    hideShare: { type: Boolean, attribute: 'hide-share' },
    form: { state: true },
    computed: { state: true },
    showTable: { state: true },
    chartMissing: { state: true },
    announcement: { state: true },
    showMarket: { state: true },
  };

  /** @internal attribute names that preset the scenario */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, ...Object.keys(SCENARIO_ATTRIBUTES)];
  }

  dataSrc: string | null = null;
  hideChart = false;
  hideTable = false;
  hideBreakdown = false;
  hideCompare = false;
  hideShare = false;

  /** The scenario in use, the errors shown at the fields and the texts as typed (form-state.ts). */
  private form: FormState = { scenario: normalizeScenario({}, defaultFigures).scenario, errors: new Map(), drafts: new Map() };
  private computed!: LadderResult;
  private showTable = false;
  /** The chart's code could not be loaded. */
  private chartMissing = false;
  /** The chart shows what helsesekretærer earn (SSB) until the person switches it off. */
  private showMarket = true;
  private announcement = '';

  private readonly uid = `pl${++uid}`;
  /** How many later parts' styles are adopted in the shadow root. */
  private adopted = 0;
  private readonly share = new ShareController(this);
  private readonly dataSource = new DatasetController(this);
  /** The comparison under the results (compare/hosted.ts), once wanted. */
  private comparing: Comparing | undefined;
  /** Entries a link or `state` asked for while the comparison's code loads. */
  private pendingCompare: ShareState['scenarios'] | null = null;
  /** The nested chart (see renderChart). */
  private chartEl: PayLadderChart | undefined;
  private changePending = false;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.computed = this.compute(this.form.scenario);
  }

  /** The valid scenario in use. Setting it applies the valid fields and shows errors for the rest. */
  get scenario(): Scenario {
    return this.form.scenario;
  }
  set scenario(input: ScenarioInput) {
    if (input === null || typeof input !== 'object' || Array.isArray(input)) {
      const error: ScenarioError = { field: '', code: 'invalidType' };
      this.form = { ...this.form, errors: new Map(this.form.errors).set('scenario', error) };
      emit(this, 'pay-ladder-error', { source: 'property', errors: [error] });
      return;
    }
    this.apply(input, 'property', true);
  }

  /** The computed ladder for the scenario in use. */
  get result(): LadderResult {
    return this.computed;
  }

  /**
   * The dataset in use (bundled, loaded from `data-src`, or set here). The bundled one starts as its
   * figures without the source texts, and is the full dataset from right after the first render.
   * A dataset set here is used once it has passed the validator (`updateComplete` waits for that);
   * one that fails leaves the bundled data in use, with an alert and a `pay-ladder-error`.
   */
  get data(): Dataset {
    return this.dataSource.current;
  }
  set data(d: Dataset) {
    this.dataSource.set(d);
  }

  /** The whole state: the scenario, or every scenario of the open comparison. */
  get state(): ShareState {
    return this.shareState();
  }
  set state(s: ShareState) {
    const list = Array.isArray(s?.scenarios) ? s.scenarios : [];
    if (!list.length) {
      emit(this, 'pay-ladder-error', { source: 'property', errors: [{ field: 'state', code: 'invalidType' }] });
      return;
    }
    this.restoreState({ scenarios: list }, []);
  }

  /** @internal ShareHost */
  shareState(): ShareState {
    return { scenarios: this.comparing?.entries() ?? this.pendingCompare ?? [{ name: '', scenario: this.form.scenario }] };
  }

  /** @internal ShareHost */
  settledData(): Promise<Dataset> {
    return this.dataSource.settled();
  }

  /** @internal ShareHost */
  restoreState(state: ShareState, warnings: readonly ShareWarning[]): void {
    this.share.warn(warnings);
    const [first, ...rest] = state.scenarios;
    if (first) this.apply(first.scenario, 'property', true);
    if (rest.length) void this.openCompare(state.scenarios);
  }

  /** @internal ShareHost */
  async csv(): Promise<{ text: string; filename: string }> {
    const panel = this.comparing?.shown;
    if (panel) return panel.csv();
    const [{ ladderCsv }, { csvFooter, csvLabels }] = await Promise.all([
      import('../../state/csv.js'),
      import('../share/deferred/csv-labels.js'),
    ]);
    const footer = () => csvFooter([this.computed], marketPay(this.data));
    return { text: this.localized(() => ladderCsv(this.computed, csvLabels(), { footer: footer() })), filename: 'pay-ladder.csv' };
  }

  /** @internal ShareHost */
  async chartPng(): Promise<Blob | null> {
    const panel = this.comparing?.shown;
    if (panel) return panel.chartPng();
    return this.renderRoot.querySelector<PayLadderChart>(tags.chart)?.toPng?.() ?? null;
  }

  /** @internal ShareHost */
  get printable(): boolean {
    return true;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    const field = attributeField(name);
    if (!field || old === value) return;
    const v = attributeValue(name as ScenarioAttribute, value);
    this.apply({ [field]: v === undefined ? normalizeScenario({}, this.data).scenario[field] : v }, 'attribute', true, value ?? undefined);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('dataSrc')) this.dataSource.fromUrl(this.dataSrc);
    // The later parts' styles arrive with their code.
    const styles = partStyles();
    if (styles.length !== this.adopted) {
      this.adopted = styles.length;
      adoptStyles(this.renderRoot as ShadowRoot, [...PayLadder.elementStyles, ...styles]);
    }
  }

  protected override firstUpdated(): void {
    // The chart (its room is reserved) and the blocks under the results load when the widget
    // comes near the viewport, after its first paint; `updateComplete` waits for them then.
    // A widget in view is complete (`updateComplete`) once they are here; one far down the page
    // is complete without them, and loads them when the reader comes near.
    let known!: () => void;
    this.loadPart(new Promise<void>((resolve) => (known = resolve)));
    void whenNear(this, (near) => near || known()).then(() => {
      this.loadPart(Promise.all([loadChart(), chartView.load()]).then(([chart, view]) => (this.chartMissing = !chart || !view)));
      this.loadPart(below.load());
      known();
    });
    this.renderRoot.addEventListener('focusin', this.wantDetails);
  }

  /** The form was focused (an error message may be needed) or a closed part is about to open. */
  private wantDetails = (): void => {
    if (!details.module) this.loadPart(details.load());
  };

  /** A "Hvorfor dette tallet?" is about to open: its words and the data's sources. */
  private wantSources = (): void => {
    this.wantDetails();
    this.loadPart(this.dataSource.whenFull());
  };

  // ---- state changes -------------------------------------------------------------------------

  private compute(s: Scenario): LadderResult {
    const r = computeNormalized(s, this.data);
    // A normalized scenario only fails with a broken dataset; fall back to the bundled one.
    return r.ok ? r : (computeNormalized(normalizeScenario({}, defaultFigures).scenario, defaultFigures) as LadderResult);
  }

  /**
   * Merges `input` into the scenario in use. Fields with errors keep their last valid value and
   * show the error; the rest apply. `raw` is the text to show in the field for an invalid value.
   */
  private apply(input: ScenarioInput, source: PayLadderErrorDetail['source'], notify: boolean, raw?: string): void {
    this.commit(applyInput(this.form, input, this.data, source === 'property', raw), source, notify);
  }

  /** Takes a change of the form: shows its errors, tells the page, and recomputes when the scenario changed. */
  private commit(next: FormChange, source: PayLadderErrorDetail['source'], notify: boolean): void {
    this.form = next;
    if (next.newErrors.length) emit(this, 'pay-ladder-error', { source, errors: next.newErrors });
    // Data changes the result even for the same scenario; an invalid input changes nothing.
    if (source === 'property' || source === 'data' || next.changed) {
      this.computed = this.compute(next.scenario);
      if (notify) this.notifyChange();
    }
    // A group opened by these values, or an error, shows in the first render already ("Flere valg",
    // which a pinned tariff-date or an age opens, is in the first download: more-fields.ts).
    if (!this.hasUpdated && !details.module) {
      const open = groupsWanted(this.form);
      if (open.supplements || open.hours || this.form.errors.size) this.renderAfter(details.load());
    }
  }

  /**
   * Tells the page after the change has rendered (one event for the changes of one task), so a
   * framework that sets a property before it adds its listener still gets the event.
   */
  private notifyChange(): void {
    this.share.changed();
    if (!this.changePending) {
      this.changePending = true;
      void this.updateComplete.then(() => {
        this.changePending = false;
        emit(this, 'pay-ladder-change', { scenario: this.form.scenario, result: this.computed });
      });
    }
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => (this.announcement = this.localized(() => summaryText(this.computed, this.locale))), 600);
  }

  /** @internal DatasetHost */
  datasetChanged(source: 'data' | 'property', notify: boolean): void {
    // The alert's words come with the closed parts: no waiting for the chart first.
    if (this.dataSource.problem && !details.module) this.loadPart(details.load());
    this.apply({}, source, notify);
  }

  // ---- rendering -----------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const r = this.computed;
    const c = this.formContext();
    // dir="ltr": every language of the widget is written left to right, also on an RTL page.
    return html`<div class="root" dir="ltr" lang=${this.locale}>
        <div class="layout">
          <form part="form" class="form" @submit=${(e: Event) => e.preventDefault()} novalidate>
            ${dataProblem(this.dataSource.problem)} ${details.module?.generalErrors(this.form.errors)} ${mainFields(c)}
            ${this.renderGroups(c)} ${compactLine(r, this.locale)}
          </form>
          <section part="results" class="results">
            <h2 id="${this.uid}-results-h" class="vh">${msg('Resultat', { id: 'results.heading' })}</h2>
            ${summaryCard(c, r, {
              wants: this.wantSources,
              why: (row) => this.why((d) => d.estimateExplanation(row, this.data, this.locale)),
              whyMarket: this.whyProvenance,
            })}
            ${this.hideChart ? nothing : this.chartMissing ? html`<p class="alert">${partFailedText()}</p>` : this.renderChart(r)}
            ${this.hideTable ? nothing : belowFold((b) => b.tableBlock(this.tableContext(r)))} ${this.renderBreakdown(r)}
            ${belowFold((b) =>
              b.yearGroups({
                form: c,
                why: this.whyProvenance,
                wants: this.wantSources,
                load: (w) => this.loadPart(w),
                data: sourcesState(this.data, this.dataSource),
              }),
            )}
            ${belowFailed()}
          </section>
        </div>
        ${this.hideCompare ? nothing : belowFold((b) => b.compareBlock(this.compareContext()))}
        ${this.hideShare ? nothing : belowFold((b) => b.shareBlock(this.share, this.uid, this.locale))}
      </div>
      <div class="vh" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>`;
  }

  /** What the comparison block under the results shows. */
  private compareContext(): CompareBlockContext {
    const panel = this.comparing?.shown ?? null;
    // The comparison computes with the calculator's data (set only when it changes: setting it checks it).
    if (panel && panel.data !== this.data) panel.data = this.data;
    return {
      uid: this.uid,
      panel,
      add: () => void this.comparison().then((c) => c?.add(this.form.scenario)),
      // The comparison's code loads as the person points at the button or reaches it by keyboard.
      wants: () => void hosting.load(),
    };
  }

  /** The comparison, once its code is here; null if it could not be loaded. */
  private async comparison(): Promise<Comparing | null> {
    if (!(await hosting.load())) return null;
    return (this.comparing ??= new hosting.module!.Comparing(this, this.uid, {
      ready: () => Promise.all([below.load(), this.dataSource.whenFull()]),
      changed: () => this.share.changed(),
      announce: (text) => {
        // This sentence answers the press: a summary still waiting to be announced must not replace it.
        clearTimeout(this.announceTimer);
        this.announcement = text;
      },
    }));
  }

  /** Opens the comparison with these entries (from a link or `state`). */
  private async openCompare(entries: ShareState['scenarios']): Promise<void> {
    this.pendingCompare = entries;
    const started = (await this.comparison())?.start(entries);
    this.pendingCompare = null;
    await started;
  }

  private renderGroups(c: FormContext): TemplateResult {
    const wanted = groupsWanted(this.form);
    const open = (name: GroupName) => {
      if (wanted[name]) this.openGroups.add(name);
      return this.openGroups.has(name);
    };
    return groupsBlock({
      open,
      toggle: this.onGroupToggle,
      wants: this.wantDetails,
      body: (name) =>
        name === 'more' ? moreFields(c) : closedPart((d) => (name === 'supplements' ? d.supplementsBody(c) : d.hoursBody(c))),
    });
  }

  /** What the templates (templates.ts, deferred/details.ts) need from the element. */
  private formContext(): FormContext {
    return {
      uid: this.uid,
      locale: this.locale,
      scenario: this.form.scenario,
      data: this.data,
      errors: this.form.errors,
      drafts: this.form.drafts,
      errorText,
      apply: (input) => this.apply(input, 'input', true),
      typed: (field, text) => this.onNumberInput(field, text),
    };
  }

  /** Today's pay past the newest table: a range, marked as an estimate, with its rule and sources. */
  private renderChart(r: LadderResult): TemplateResult {
    // One chart element for the element's life, under the tag registered for it (a prefix is
    // possible). Its reserved room shows at once; its figures are set once its code and the
    // calculator's chart view (deferred/chart-view.ts) are here, on every render after that.
    if (!this.chartEl) {
      this.chartEl = document.createElement(tags.chart) as PayLadderChart;
      this.chartEl.setAttribute('part', 'chart');
    }
    const market = marketPay(this.data);
    if (chartView.module) Object.assign(this.chartEl, chartView.module.chartView(r, this.locale, this.showMarket ? market : null));
    return html`${this.chartEl}${market ? this.marketToggle() : nothing}`;
  }

  /** Shows or hides what helsesekretærer earn (SSB) in the chart: a band and a line that are not tariff figures. */
  private marketToggle(): TemplateResult {
    const id = `${this.uid}-market-chart`;
    return html`<div class="check market-toggle">
      <input
        id=${id}
        type="checkbox"
        .checked=${this.showMarket}
        @change=${(e: Event) => (this.showMarket = (e.target as HTMLInputElement).checked)}
      />
      <label for=${id}>${msg('Vis hva helsesekretærer tjener (SSB) i diagrammet', { id: 'market.toggle' })}</label>
    </div>`;
  }

  /** A "Hvorfor dette tallet?" body: the explanation once its code and the data's sources are here. */
  private why(explain: (d: Details) => TemplateResult): TemplateResult | typeof nothing {
    return closedPart((d) => d.sourced(sourcesState(this.data, this.dataSource), () => explain(d)));
  }

  private whyProvenance = (p: Provenance) => this.why((d) => d.provenance(p, this.data, this.locale));

  private tableContext(r: LadderResult): TableBlockContext {
    const toggle = () => ((this.showTable = !this.showTable), this.wantDetails());
    const market = this.showMarket ? marketPay(this.data) : null;
    const table = () => closedPart((d) => d.ladderTable(r, this.locale, market));
    return { uid: this.uid, shown: this.showTable, toggle, table, wants: this.wantDetails };
  }

  /** "Slik er lønnen regnet ut" and "Verdt å vite". */
  private renderBreakdown(r: LadderResult): TemplateResult | typeof nothing {
    return belowFold(
      (b) =>
        html`${
          this.hideBreakdown
            ? nothing
            : b.breakdown(r, {
                uid: this.uid,
                locale: this.locale,
                why: this.whyProvenance,
                wants: this.wantSources,
              })
        }
        ${b.notes(r, this.uid)}`,
    );
  }

  private onNumberInput(field: string, text: string): void {
    this.commit(typeNumber(this.form, field, text, this.data), 'input', true);
  }

  /** Groups that are open: opened by the person or for their values; a re-render never closes one. */
  private readonly openGroups = new Set<string>();

  private onGroupToggle = (e: Event): void => {
    const d = e.currentTarget as HTMLDetailsElement;
    if (d.open) this.openGroups.add(d.dataset.group!);
    else this.openGroups.delete(d.dataset.group!);
    // Something closed was opened before its code arrived: load it now ("Flere valg" has its code).
    if (d.open && d.dataset.group !== 'more') this.wantDetails();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'pay-ladder': PayLadder;
  }
  interface HTMLElementEventMap {
    'pay-ladder-change': CustomEvent<PayLadderChangeDetail>;
    'pay-ladder-error': CustomEvent<PayLadderErrorDetail>;
  }
}
