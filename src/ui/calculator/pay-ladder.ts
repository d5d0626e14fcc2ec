import { emit } from '../base/emit.js';
import { adoptStyles, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Dataset } from '../../model/dataset-types.js';
import type { Scenario, ScenarioInput } from '../../model/scenario.js';
import type { LadderResult } from '../../model/ladder.js';
import { marketPay } from '../../model/rules/market.js';
import { DatasetController, type DatasetHost } from '../base/dataset-controller.js';
import { SCENARIO_ATTRIBUTES, attributeInput } from '../../state/attributes.js';
import type { ShareState } from '../../state/share-encode.js';
import type { ShareWarning } from '../../state/share.js';
import { ShareController, type ShareHost } from '../share/share-controller.js';
import { loadChart, tags } from '../base/registry.js';
import { LocalizedElement } from '../base/localized-element.js';
import { partFailedText } from '../../i18n/labels/index.js';
import { calculatorStyles } from './pay-ladder.styles.js';
import type { FormState } from '../form/form-state.js';
import { CalculatorState } from './calculator-state.js';
import { CompareSlot } from './compare-slot.js';
import { ChartSlot } from './chart-slot.js';
import { FormGroups } from './groups.js';
import type { ChangeSource } from './view-model.js';
import { groupsWanted } from './form-groups.js';
import { compactLine, summaryText, mainFields, type FormContext } from './templates.js';
import { resultsSection } from './results.js';
import { whenNear } from '../base/deferred.js';
import { below, belowFold, chartView, closedPart, dataProblem, details, errorText, partStyles, sourcesState } from './parts.js';
import type { PayLadderChart } from '../chart/pay-ladder-chart.js';

export type { PayLadderChangeDetail, PayLadderErrorDetail } from '../events.js';

let uid = 0;

/**
 * `<pay-ladder>`: the calculator. What a helsesekretær earns now and over the years, by
 * workplace, education, experience, position size, supplements and working hours, with the pay
 * ladder drawn as a chart and a table, and the source of every figure.
 * Its events are declared, typed and documented in ui/events.ts.
 *
 * @tagname pay-ladder
 *
 * @attr agreement - `ks` | `spekter` | `legekontor` | `virke-legesentre` | `nho481` | `virke-huk` | `tannhelse` | `private`
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
 * @attr occupation - an occupation of the data: `helsesekretaer` (default) | `tannhelsesekretaer` | `helsefagarbeider`, or one a `data-src` file adds
 * @attr workplace - a place of the data (`sykehus`, `helsestasjon`, `hjemmetjenester`, `tannlege-offentlig`, `legekontor`, `legesenter-virke`, `privat-klinikk`, `tannlege-privat`, `ideell`, or one a `data-src` file adds): sets its agreement
 * @attr occupations - occupations to offer in a picker, e.g. `helsesekretaer,tannhelsesekretaer` (two or more of the data's; without it the occupation is fixed)
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
    occupations: {},
    hideChart: { type: Boolean, attribute: 'hide-chart' },
    hideTable: { type: Boolean, attribute: 'hide-table' },
    hideBreakdown: { type: Boolean, attribute: 'hide-breakdown' },
    hideCompare: { type: Boolean, attribute: 'hide-compare' },
    hideShare: { type: Boolean, attribute: 'hide-share' },
    showTable: { state: true },
    chartMissing: { state: true },
  };

  /** @internal attribute names that preset the scenario */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, ...Object.keys(SCENARIO_ATTRIBUTES)];
  }

  dataSrc: string | null = null;
  /** The occupations a picker offers (`occupations` attribute), or `null`: no picker. */
  occupations: string | null = null;
  hideChart = false;
  hideTable = false;
  hideBreakdown = false;
  hideCompare = false;
  hideShare = false;

  /** The form and its result (view-model.ts), and what the page is told of them. */
  private readonly calc = new CalculatorState(this, {
    summary: (r) => this.localized(() => summaryText(r, this.locale)),
    changed: () => this.share.changed(),
    formChanged: (form) => this.formChanged(form),
  });
  private showTable = false;
  /** The chart's code could not be loaded. */
  private chartMissing = false;

  private readonly uid = `pl${++uid}`;
  /** How many later parts' styles are adopted in the shadow root. */
  private adopted = 0;
  private readonly share = new ShareController(this);
  private readonly dataSource = new DatasetController(this);
  /** The comparison under the results, once wanted. */
  private readonly compare = new CompareSlot(this, this.uid, {
    ready: () => Promise.all([below.load(), this.dataSource.whenFull()]),
    changed: () => this.share.changed(),
    announce: (text) => this.calc.announce(text),
  });
  private readonly chart = new ChartSlot(this);
  private readonly groups = new FormGroups(() => this.wantDetails());

  /** The valid scenario in use. Setting it applies the valid fields and shows errors for the rest. */
  get scenario(): Scenario {
    return this.calc.form.scenario;
  }
  set scenario(input: ScenarioInput) {
    if (input === null || typeof input !== 'object' || Array.isArray(input)) this.calc.refuse({ field: '', code: 'invalidType' });
    else this.apply(input, 'property', true);
  }

  /** The computed ladder for the scenario in use. */
  get result(): LadderResult {
    return this.calc.result;
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
    return { scenarios: this.compare.entries() ?? [{ name: '', scenario: this.calc.form.scenario }] };
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
    if (rest.length) void this.compare.open(state.scenarios);
  }

  /** @internal ShareHost */
  async csv(): Promise<{ text: string; filename: string }> {
    const panel = this.compare.shown;
    if (panel) return panel.csv();
    const { calculatorCsv } = await import('../share/deferred/csv-labels.js');
    return { text: this.localized(() => calculatorCsv(this.result, this.data, this.locale)), filename: 'pay-ladder.csv' };
  }

  /** @internal ShareHost */
  async chartPng(): Promise<Blob | null> {
    const panel = this.compare.shown;
    if (panel) return panel.chartPng();
    return this.renderRoot.querySelector<PayLadderChart>(tags.chart)?.toPng?.() ?? null;
  }

  /** @internal ShareHost */
  get printable(): boolean {
    return true;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    const input = old === value ? null : attributeInput(name, value, this.data, this.getAttribute('agreement'));
    if (input) this.apply(input, 'attribute', true, value ?? undefined);
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

  private apply(input: ScenarioInput, source: ChangeSource, notify: boolean, raw?: string): void {
    this.calc.apply(input, source, notify, raw);
  }

  /**
   * An error's words come with the closed parts' code; a group opened by these values shows in the
   * first render already ("Flere valg", which a pinned tariff-date or an age opens, is in the first
   * download: more-fields.ts).
   */
  private formChanged(form: FormState): void {
    if (details.module) return;
    const open = groupsWanted(form);
    if (form.errors.size || (!this.hasUpdated && (open.supplements || open.hours))) this.renderAfter(details.load());
  }

  /** @internal DatasetHost */
  datasetChanged(source: 'data' | 'property', notify: boolean): void {
    // The alert's words come with the closed parts: no waiting for the chart first.
    if (this.dataSource.problem && !details.module) this.loadPart(details.load());
    this.apply({}, source, notify);
  }

  // ---- rendering -----------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const r = this.calc.result;
    const c = this.formContext();
    // dir="ltr": every language of the widget is written left to right, also on an RTL page.
    return html`<div class="root" dir="ltr" lang=${this.locale}>
        <div class="layout">
          <form part="form" class="form" @submit=${(e: Event) => e.preventDefault()} novalidate>
            ${dataProblem(this.dataSource.problem)} ${details.module?.generalErrors(this.calc.form.errors)} ${mainFields(c)}
            ${this.groups.render(this.calc.form, c)} ${compactLine(r, this.locale)}
          </form>
          ${this.results(r, c)}
        </div>
        ${this.hideCompare ? nothing : belowFold((b) => b.compareBlock(this.compare.context(() => this.calc.form.scenario)))}
        ${this.hideShare ? nothing : belowFold((b) => b.shareBlock(this.share, this.uid, this.locale))}
      </div>
      <div class="vh" role="status" aria-live="polite" aria-atomic="true">${this.calc.announcement}</div>`;
  }

  /** What the templates (templates.ts, deferred/fields-and-sources.ts) need from the element. */
  private formContext(): FormContext {
    return {
      uid: this.uid,
      locale: this.locale,
      scenario: this.calc.form.scenario,
      data: this.data,
      errors: this.calc.form.errors,
      drafts: this.calc.form.drafts,
      occupations: this.occupations,
      wants: this.wantSources,
      errorText,
      apply: (input) => this.apply(input, 'input', true),
      typed: (path, text) => this.calc.type(path, text),
    };
  }

  private results(r: LadderResult, form: FormContext): TemplateResult {
    const chart = this.hideChart
      ? nothing
      : this.chartMissing
        ? html`<p class="alert">${partFailedText()}</p>`
        : this.chart.render(r, this.uid, this.locale, marketPay(this.data, this.scenario.occupation), this.data);
    return resultsSection(r, {
      form,
      chart,
      hideTable: this.hideTable,
      hideBreakdown: this.hideBreakdown,
      showTable: this.showTable,
      toggleTable: () => ((this.showTable = !this.showTable), this.wantDetails()),
      market: this.chart.showMarket ? marketPay(this.data, this.scenario.occupation) : null,
      why: (explain) => closedPart((d) => d.sourced(sourcesState(this.data, this.dataSource), () => explain(d))),
      wantSources: this.wantSources,
      wantDetails: this.wantDetails,
      load: (w) => this.loadPart(w),
      sources: sourcesState(this.data, this.dataSource),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pay-ladder': PayLadder;
  }
}
