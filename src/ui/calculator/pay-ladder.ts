import { emit } from '../base/emit.js';
import { adoptStyles, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { EDUCATION_IDS, type AgreementId, type Dataset } from '../../model/dataset-types.js';
import { normalizeScenario, type Amount, type Scenario, type ScenarioError, type ScenarioInput } from '../../model/scenario.js';
import { computeNormalized, type LadderResult, type LadderRow } from '../../model/ladder.js';
import { WORKPLACE_GROUPS } from '../../model/workplaces.js';
import type { DatasetError } from '../../model/validate-dataset.js';
import { defaultFigures } from '../base/default-data.js';
import { DatasetController, type DatasetHost } from '../base/dataset-controller.js';
import { SCENARIO_ATTRIBUTES, attributeField, attributeValue, type ScenarioAttribute } from '../../state/attributes.js';
import type { ShareState, ShareWarning } from '../../state/share.js';
import { ShareController, type ShareHost } from '../share/share-controller.js';
import { loadChart, tags } from '../base/registry.js';
import { loadCompare } from '../base/autoload.js';
import type { PayLadderCompare } from '../compare/pay-ladder-compare.js';
import { formatDate, formatNok, formatNokPrecise, formatNumber } from '../../i18n/format.js';
import { msg, str } from '../../i18n/localize.js';
import { LocalizedElement } from '../base/localized-element.js';
import {
  agreementHint,
  agreementName,
  estimateLine,
  partFailedText,
  workplaceGroupName,
  educationHint,
  educationName,
} from '../../i18n/labels/index.js';
import { calculatorStyles } from './pay-ladder.styles.js';
import { editable, numberField, typedNumber } from '../controls/number-field.js';
import type { DetailsContext } from './deferred/details.js';
import type { CompareBlockContext, TableBlockContext } from './deferred/below.js';
import { DeferredPart, whenNear } from '../base/deferred.js';
import type { PayLadderChart } from '../chart/pay-ladder-chart.js';

export interface PayLadderChangeDetail {
  scenario: Scenario;
  result: LadderResult;
}

export interface PayLadderErrorDetail {
  source: 'input' | 'attribute' | 'property' | 'data';
  errors: ReadonlyArray<ScenarioError | DatasetError>;
  message?: string;
}

let uid = 0;

type Details = typeof import('./deferred/details.js');
/**
 * What is closed at first (deferred/details.ts): the groups' inputs, the table's rows, "Hvorfor
 * dette tallet?", the error messages. Loads when a toggle is pointed at, focused or opened, when
 * the form is focused (an error may come), or before a first render that needs it.
 */
const details = new DeferredPart<Details>(() => import('./deferred/details.js'));
/** What the chart shows of a ladder (deferred/chart-view.ts): loaded with the chart. */
const chartView = new DeferredPart(() => import('./deferred/chart-view.js'));
/** The blocks under the results (deferred/below.ts): loaded when the widget comes near the viewport. */
const below = new DeferredPart(() => import('./deferred/below.js'));

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
    current: { state: true },
    computed: { state: true },
    fieldErrors: { state: true },
    drafts: { state: true },
    showTable: { state: true },
    chartMissing: { state: true },
    comparing: { state: true },
    announcement: { state: true },
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

  private current: Scenario = normalizeScenario({}, defaultFigures).scenario;
  private computed!: LadderResult;
  /** Field path → error shown at that field. */
  private fieldErrors = new Map<string, ScenarioError>();
  /** Field path → the text as typed (kept while it is invalid). */
  private drafts = new Map<string, string>();
  private showTable = false;
  /** The chart's code could not be loaded. */
  private chartMissing = false;
  /** Whether the comparison panel is open. */
  private comparing = false;
  private announcement = '';

  private readonly uid = `pl${++uid}`;
  /** How many later parts' styles are adopted in the shadow root. */
  private adopted = 0;
  private readonly share = new ShareController(this);
  private readonly dataSource = new DatasetController(this);
  private pendingCompare: ShareState['scenarios'] | null = null;
  /** Input that waits for the full dataset (see `apply`). */
  private held: ScenarioInput | null = null;
  /** The comparison, once opened (see openCompare). */
  private comparePanel: PayLadderCompare | undefined;
  /** The nested chart (see renderChart). */
  private chartEl: PayLadderChart | undefined;
  private changePending = false;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.computed = this.compute(this.current);
  }

  /** The valid scenario in use. Setting it applies the valid fields and shows errors for the rest. */
  get scenario(): Scenario {
    return this.current;
  }
  set scenario(input: ScenarioInput) {
    if (input === null || typeof input !== 'object' || Array.isArray(input)) {
      const error: ScenarioError = { field: '', code: 'invalidType' };
      this.fieldErrors = new Map(this.fieldErrors).set('scenario', error);
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
    const panel = this.comparing ? this.comparePanel : null;
    if (panel) return { scenarios: panel.entries };
    return this.pendingCompare ? { scenarios: this.pendingCompare } : { scenarios: [{ name: '', scenario: this.current }] };
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
    const panel = this.comparing ? this.comparePanel : null;
    if (panel) return panel.csv();
    const [{ ladderCsv }, { csvLabels }] = await Promise.all([import('../../state/csv.js'), import('../share/deferred/csv-labels.js')]);
    return { text: this.localized(() => ladderCsv(this.computed, csvLabels())), filename: 'pay-ladder.csv' };
  }

  /** @internal ShareHost */
  async chartPng(): Promise<Blob | null> {
    const panel = this.comparing ? this.comparePanel : null;
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
    const styles = [details.module?.closedPartStyles, below.module?.belowStyles].filter((x) => x !== undefined);
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
    // The first download's figures hold only the tables in force now: a scenario that asks for an
    // earlier table is applied once the full dataset is here (a first render waits for it).
    if (this.data === defaultFigures && !this.dataSource.textsFailed && asksForTable(input)) {
      this.held = { ...this.held, ...input };
      const work = this.dataSource.whenFull().then(() => {
        const held = this.held;
        this.held = null;
        if (held) this.apply(held, source, notify, raw);
      });
      if (this.hasUpdated) this.loadPart(work);
      else this.renderAfter(work);
      return;
    }
    const fields = Object.keys(input ?? {});
    let merged: Record<string, unknown>;
    try {
      merged = { ...this.current, ...(input as object) };
    } catch {
      merged = { ...this.current };
    }
    // A new agreement starts from its own newest tables.
    if ('agreement' in merged && merged.agreement !== this.current.agreement && !('tariffDate' in (input ?? {}))) merged.tariffDate = null;
    const normalized = normalizeScenario(merged, this.data);
    const errors = normalized.errors;
    let scenario = normalized.scenario;
    if (errors.length) {
      const bad = new Set(errors.map((e) => topField(e.field)));
      for (const f of bad) if (f in this.current) merged[f] = this.current[f as keyof Scenario];
      const again = normalizeScenario(merged, this.data);
      scenario = again.errors.length ? this.current : again.scenario;
    }
    const fieldErrors = new Map(this.fieldErrors);
    if (source === 'property') fieldErrors.delete('scenario');
    const drafts = new Map(this.drafts);
    for (const f of fields) {
      for (const key of [...fieldErrors.keys()]) if (topField(key) === f) fieldErrors.delete(key);
      if (!errors.some((e) => topField(e.field) === f)) for (const key of [...drafts.keys()]) if (topField(key) === f) drafts.delete(key);
    }
    for (const e of errors) {
      fieldErrors.set(e.field || 'scenario', e);
      if (raw !== undefined) drafts.set(e.field, raw);
    }
    this.fieldErrors = fieldErrors;
    this.drafts = drafts;
    if (errors.length) {
      emit(this, 'pay-ladder-error', { source, errors });
    }
    // Data changes the result even for the same scenario; an invalid input changes nothing.
    if (source === 'property' || source === 'data' || !sameScenario(scenario, this.current)) {
      this.current = scenario;
      this.computed = this.compute(scenario);
      if (notify) this.notifyChange();
    }
    // A group opened by these values, or an error, shows in the first render already.
    if (!this.hasUpdated && !details.module) {
      const open = this.groupsWanted();
      if (open.supplements || open.hours || open.more || this.fieldErrors.size) this.renderAfter(details.load());
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
        emit(this, 'pay-ladder-change', { scenario: this.current, result: this.computed });
      });
    }
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => (this.announcement = this.localized(() => this.summaryText())), 600);
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
    // dir="ltr": every language of the widget is written left to right, also on an RTL page.
    return html`<div class="root" dir="ltr" lang=${this.locale}>
        <div class="layout">
          <form part="form" class="form" @submit=${(e: Event) => e.preventDefault()} novalidate>
            ${this.renderDataProblem()} ${details.module?.generalErrors(this.fieldErrors)} ${this.renderWorkplace()}
            ${this.renderEducation()}
            <div class="row">
              ${this.textField('yearsExperience', msg('År med erfaring', { id: 'field.years' }), msg('Ansiennitet i stillingen, hele år', { id: 'field.years.hint' }), 'numeric', msg('år', { id: 'unit.years' }))}
              ${this.textField('positionPercent', msg('Stillingsprosent', { id: 'field.position' }), msg('100 er heltid', { id: 'field.position.hint' }), 'decimal', '%')}
            </div>
            ${this.renderGroups()} ${this.renderCompact(r)}
          </form>
          <section part="results" class="results">
            <h2 id="${this.uid}-results-h" class="vh">${msg('Resultat', { id: 'results.heading' })}</h2>
            ${this.renderSummary(r)}
            ${this.hideChart ? nothing : this.chartMissing ? html`<p class="alert">${partFailedText()}</p>` : this.renderChart(r)}
            ${this.hideTable ? nothing : this.belowFold((b) => b.tableBlock(this.tableContext(r)))} ${this.renderBreakdown(r)}
            ${this.belowFailed()}
          </section>
        </div>
        ${this.hideCompare ? nothing : this.belowFold((b) => b.compareBlock(this.compareContext()))}
        ${this.hideShare ? nothing : this.belowFold((b) => b.shareBlock(this.share, this.uid, this.locale))}
      </div>
      <div class="vh" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>`;
  }

  private compareContext(): CompareBlockContext {
    const panel = this.comparePanel ?? null;
    // The comparison computes with the calculator's data (set only when it changes: setting it checks it).
    if (panel && panel.data !== this.data) panel.data = this.data;
    return {
      uid: this.uid,
      panel,
      add: () => void this.onAddToCompare(),
      // The comparison's code loads as the person points at the button or reaches it by keyboard.
      wants: () => void loadCompare(),
    };
  }

  /** Opens the comparison panel, with these entries if given. */
  private async openCompare(entries: ShareState['scenarios'] | null): Promise<PayLadderCompare | null> {
    // Until the comparison element has loaded, `state` reports these entries.
    this.pendingCompare = entries;
    // The comparison gets the data in use; the built-in figures are the tables in force now only.
    await Promise.all([loadCompare(), below.load(), this.dataSource.whenFull()]);
    if (!this.comparePanel) {
      const panel = document.createElement(tags.compare) as PayLadderCompare;
      panel.id = `${this.uid}-compare`;
      panel.setAttribute('no-url-sync', '');
      panel.setAttribute('hide-share', '');
      panel.addEventListener('pay-ladder-compare-change', () => this.share.changed());
      this.comparePanel = panel;
    }
    this.comparing = true;
    await this.updateComplete;
    const panel = this.comparePanel;
    if (entries) panel.entries = entries;
    this.pendingCompare = null;
    this.share.changed();
    return panel;
  }

  private onAddToCompare = async (): Promise<void> => {
    const start = !this.comparing;
    const panel = start ? await this.openCompare(null) : (this.comparePanel ?? null);
    if (!panel) return;
    // This sentence answers the press: a summary still waiting to be announced must not replace it.
    clearTimeout(this.announceTimer);
    this.announcement = panel.addFromCalculator(this.current, start);
    this.share.changed();
  };

  private renderDataProblem(): TemplateResult | typeof nothing {
    const problem = this.dataSource.problem;
    // Its words come with the closed parts, which load at once when there is a problem.
    if (!problem || !(details.module || details.failed)) return nothing;
    return html`<p class="alert" role="alert">
      ${details.module ? details.module.datasetProblemText(problem.kind, problem.errors) : partFailedText()}
    </p>`;
  }

  private renderWorkplace(): TemplateResult {
    const error = this.fieldErrors.get('agreement');
    // Only the chosen workplace shows its hint (short at 320 px); the others keep theirs for screen readers.
    const card = (id: AgreementId) =>
      html`<label class="choice">
        <input
          type="radio"
          name="agreement"
          .value=${id}
          .checked=${this.current.agreement === id}
          aria-invalid=${error ? 'true' : nothing}
          aria-describedby="${this.uid}-agreement-${id}${error ? ` ${this.uid}-agreement-err` : ''}"
          @change=${() => this.apply({ agreement: id }, 'input', true)}
        />
        <span class="choice-text"
          ><span class="choice-label">${agreementName(id)}</span>
          <span class="hint ${this.current.agreement === id ? '' : 'vh'}" id="${this.uid}-agreement-${id}">${agreementHint(id)}</span></span
        >
      </label>`;
    const group = ([name, ids]: (typeof WORKPLACE_GROUPS)[number]) => {
      const shown = ids.filter((id) => this.data.agreements[id]);
      return shown.length
        ? html`<fieldset class="choice-group">
            <legend>${workplaceGroupName(name)}</legend>
            ${shown.map(card)}
          </fieldset>`
        : nothing;
    };
    return html`<fieldset class="choices" aria-describedby=${error ? `${this.uid}-agreement-err` : nothing}>
      <legend>${msg('Hvor jobber du?', { id: 'field.agreement' })}</legend>
      ${error ? html`<p class="error" id="${this.uid}-agreement-err">${this.errorText(error)}</p>` : nothing} ${WORKPLACE_GROUPS.map(group)}
    </fieldset>`;
  }

  private renderEducation(): TemplateResult {
    const id = `${this.uid}-education`;
    const error = this.fieldErrors.get('education');
    return html`<div class="field ${error ? 'invalid' : ''}">
      <label for=${id}>${msg('Utdanning', { id: 'field.education' })}</label>
      <select
        id=${id}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby="${id}-hint${error ? ` ${id}-err` : ''}"
        @change=${(e: Event) => this.apply({ education: (e.target as HTMLSelectElement).value as Scenario['education'] }, 'input', true)}
      >
        ${EDUCATION_IDS.map((ed) => html`<option .value=${ed} ?selected=${this.current.education === ed}>${educationName(ed)}</option>`)}
      </select>
      <p class="hint" id="${id}-hint">${educationHint(this.current.education)}</p>
      ${error ? html`<p class="error" id="${id}-err">${this.errorText(error)}</p>` : nothing}
    </div>`;
  }

  /** Which groups the scenario opens: those with values other than the defaults, or with errors. */
  private groupsWanted(): Record<'supplements' | 'hours' | 'more', boolean> {
    const s = this.current;
    return {
      supplements: this.hasValuesIn(['responsibilitySupplement', 'individualSupplement', 'localEducationSupplement']),
      // Not day work (the 'day' preset: day schedule, no shift hours), or overtime.
      hours:
        s.schedule !== 'day' ||
        Object.values(s.shifts).some((h) => h > 0) ||
        s.overtimeHoursPerYear > 0 ||
        this.hasErrorIn(['schedule', 'shifts', 'overtimeHoursPerYear']),
      more: s.tariffDate !== null || s.age !== null || s.annualGrowth !== 0 || this.hasErrorIn(['tariffDate', 'age', 'annualGrowth']),
    };
  }

  private renderGroups(): TemplateResult {
    const wanted = this.groupsWanted();
    const group = (name: keyof typeof wanted, summary: string, body: (d: Details, c: DetailsContext) => TemplateResult) =>
      html`<details
        class="group"
        data-group=${name}
        @toggle=${this.onGroupToggle}
        @pointerover=${this.wantDetails}
        ?open=${this.groupOpen(name, wanted[name])}
      >
        <summary>${summary}</summary>
        <div class="group-body">${this.closedPart((d) => body(d, this.detailsContext()))}</div>
      </details>`;
    return html`${group('supplements', msg('Tillegg og ansvar', { id: 'group.supplements' }), (d, c) => d.supplementsBody(c))}
    ${group('hours', msg('Arbeidstid, turnus og overtid', { id: 'group.hours' }), (d, c) => d.hoursBody(c))}
    ${group('more', msg('Flere valg: alder, tidligere år, lønnsvekst', { id: 'group.more' }), (d, c) => d.moreBody(c))}`;
  }

  /**
   * An error's message. The messages come with the closed parts (deferred/details.ts), which load
   * before a first render that has an error, and right after any other first render.
   */
  private errorText(e: ScenarioError): string {
    return details.module?.scenarioErrorText(e) ?? '';
  }

  /** A closed part's contents once its code has loaded (deferred/details.ts); a message if it could not. */
  private closedPart(render: (d: Details) => TemplateResult): TemplateResult | typeof nothing {
    if (details.module) return render(details.module);
    return details.failed ? html`<p class="alert">${partFailedText()}</p>` : nothing;
  }

  private detailsContext(): DetailsContext {
    return {
      uid: this.uid,
      locale: this.locale,
      scenario: this.current,
      data: this.data,
      errors: this.fieldErrors,
      drafts: this.drafts,
      textField: (...args) => this.textField(...args),
      apply: (input) => this.apply(input, 'input', true),
      typed: (field, text) => this.onNumberInput(field, text),
      shown: (value) => editable(value, this.locale),
    };
  }

  /** A labelled text input for a number field, with hint, unit and error tied to it. */
  private textField(field: string, label: string, hint: string, mode: 'numeric' | 'decimal', unit: string): TemplateResult {
    const error = this.fieldErrors.get(field);
    return numberField({
      id: `${this.uid}-${field.replace('.', '-')}`,
      label,
      hint,
      unit,
      mode,
      value: this.drafts.get(field) ?? editable(this.valueAt(field), this.locale),
      error: error && this.errorText(error),
      input: (text) => this.onNumberInput(field, text),
    });
  }

  private renderSummary(r: LadderResult): TemplateResult {
    const row = r.current;
    const l = this.locale;
    const net = formatNok(row.netMonthlyEstimate, l);
    return html`<div part="summary" class="summary">
      <p class="figure-label">${msg('Brutto årslønn', { id: 'summary.annual' })}</p>
      <p class="figure">${formatNok(row.grossAnnual, l)}</p>
      <dl class="key-figures">
        <div>
          <dt>${msg('Fast lønn i måneden', { id: 'summary.monthly' })}</dt>
          <dd>${formatNok(row.monthlyPay, l)}</dd>
        </div>
        <div>
          <dt>${msg('Timelønn', { id: 'summary.hourly' })}</dt>
          <dd>${formatNokPrecise(row.hourly, l)}</dd>
        </div>
        <div>
          <dt>${msg('Netto i måneden (anslag)', { id: 'summary.netMonthly' })}</dt>
          <dd>${net}</dd>
        </div>
      </dl>
      ${row.estimate ? this.renderEstimate(row) : nothing} ${this.renderTaxArea()}
      <p class="sentence">${this.summaryText()}</p>
      ${this.renderNextStep(r)}
      <p class="freshness">
        ${msg(str`Satser per ${formatDate(r.rows[r.scenario.yearsExperience].tableDate, l)}`, { id: 'summary.asOf' })}${
          r.freshness.likelyOutdated ? html` – <strong>${msg('nyere satser kan finnes', { id: 'summary.maybeNewer' })}</strong>` : nothing
        }
      </p>
    </div>`;
  }

  /** "Bor du i Finnmark eller Nord-Troms?": the tax area of the net estimate, next to it. */
  private renderTaxArea(): TemplateResult {
    const id = `${this.uid}-taxArea`;
    return html`<div class="check">
      <input
        id=${id}
        type="checkbox"
        .checked=${this.current.taxArea === 'innsatssonen'}
        aria-describedby="${id}-hint"
        @change=${(e: Event) => this.apply({ taxArea: (e.target as HTMLInputElement).checked ? 'innsatssonen' : 'standard' }, 'input', true)}
      />
      <label for=${id}>${msg('Bor du i Finnmark eller Nord-Troms?', { id: 'field.taxArea' })}</label>
      <p class="hint" id="${id}-hint">
        ${msg(
          'Lavere skatt (18,5 % på alminnelig inntekt og finnmarksfradrag) i alle kommunene i Finnmark og i Karlsøy, Kvænangen, Kåfjord, Lyngen, Nordreisa, Skjervøy og Storfjord.',
          { id: 'field.taxArea.hint' },
        )}
      </p>
    </div>`;
  }

  /**
   * On a narrow widget (one column) the form comes before the results: this line keeps the answer
   * in sight at the bottom of the screen while the inputs are edited. It repeats the summary, so
   * screen readers skip it (the summary and the polite announcement carry the same).
   */
  private renderCompact(r: LadderResult): TemplateResult {
    const row = r.current;
    const l = this.locale;
    return html`<div class="compact" aria-hidden="true">
      <span class="compact-figure">${formatNok(row.grossAnnual, l)}</span>
      <span>${msg('i året', { id: 'compact.perYear' })}</span>
      ${row.estimate ? html`<span class="compact-estimate">${estimateLine(row.estimate)}</span>` : nothing}
      <span>${msg(str`Netto ${formatNok(row.netMonthlyEstimate, l)} i måneden`, { id: 'compact.net' })}</span>
    </div>`;
  }

  /** Today's pay past the newest table: a range, marked as an estimate, with its rule and sources. */
  private renderEstimate(row: LadderRow): TemplateResult {
    const e = row.estimate!;
    return html`<div class="estimate">
      <p class="estimate-line">${estimateLine(e)}</p>
      <details class="why" @toggle=${this.wantSources} @pointerover=${this.wantSources} @focusin=${this.wantSources}>
        <summary>
          ${msg('Hvorfor dette tallet?', { id: 'why.summary' })}<span class="vh"> – ${msg('Anslag i dag', { id: 'estimate.name' })}</span>
        </summary>
        ${this.closedPart((d) => d.sourced(this.figureSources(), () => d.estimateExplanation(e, row.tariffMinimum, this.data, this.locale)))}
      </details>
    </div>`;
  }

  private renderNextStep(r: LadderResult): TemplateResult | typeof nothing {
    const l = this.locale;
    if (!r.nextStep) {
      return html`<p class="next">${msg('Du er på det øverste ansiennitetstrinnet i tabellen.', { id: 'summary.topStep' })}</p>`;
    }
    const years = formatNumber(r.nextStep.years, l);
    const inYears = formatNumber(r.nextStep.inYears, l);
    const increase = formatNok(r.nextStep.increase * (r.scenario.positionPercent / 100), l);
    return html`<p class="next">
      ${
        r.nextStep.inYears === 1
          ? msg(str`Neste trinn: om 1 år (ved ${years} års ansiennitet) øker minstelønnen med ${increase}.`, { id: 'summary.nextStep1' })
          : msg(str`Neste trinn: om ${inYears} år (ved ${years} års ansiennitet) øker minstelønnen med ${increase}.`, {
              id: 'summary.nextStep',
            })
      }
    </p>`;
  }

  /** One sentence: now and after 10 years (or at the horizon). */
  private summaryText(): string {
    const r = this.computed;
    const l = this.locale;
    const now = formatNok(r.current.grossAnnual, l);
    const later = Math.min(r.scenario.yearsExperience + 10, r.scenario.horizon);
    const at = formatNok(r.rows[later].grossAnnual, l);
    const years = formatNumber(later, l);
    if (later === r.scenario.yearsExperience) return msg(str`Nå: ${now} i året.`, { id: 'summary.sentenceNow' });
    return msg(str`Nå: ${now} i året. Ved ${years} års erfaring: ${at}.`, { id: 'summary.sentence' });
  }

  private renderChart(r: LadderResult): TemplateResult {
    // One chart element for the element's life, under the tag registered for it (a prefix is
    // possible). Its reserved room shows at once; its figures are set once its code and the
    // calculator's chart view (deferred/chart-view.ts) are here, on every render after that.
    if (!this.chartEl) {
      this.chartEl = document.createElement(tags.chart) as PayLadderChart;
      this.chartEl.setAttribute('part', 'chart');
    }
    if (chartView.module) Object.assign(this.chartEl, chartView.module.chartView(r, this.locale));
    return html`${this.chartEl}`;
  }

  private tableContext(r: LadderResult): TableBlockContext {
    return {
      uid: this.uid,
      shown: this.showTable,
      toggle: () => {
        this.showTable = !this.showTable;
        this.wantDetails();
      },
      table: () => this.closedPart((d) => d.ladderTable(r, this.locale)),
      wants: this.wantDetails,
    };
  }

  /**
   * What stands under the results (deferred/below.ts): it comes when the widget is near the
   * viewport, after the first paint, all at once under everything else, so nothing above moves.
   * If it cannot load, one alert says so where it would be (`belowFailed`).
   */
  private belowFold(render: (b: NonNullable<typeof below.module>) => TemplateResult | typeof nothing): TemplateResult | typeof nothing {
    return below.module ? render(below.module) : nothing;
  }

  /** Where the blocks under the results would be, when their code could not be loaded. */
  private belowFailed(): TemplateResult | typeof nothing {
    return below.failed && !below.module ? html`<p class="alert">${partFailedText()}</p>` : nothing;
  }

  /** "Slik er lønnen regnet ut" and "Verdt å vite". */
  private renderBreakdown(r: LadderResult): TemplateResult | typeof nothing {
    return this.belowFold(
      (b) =>
        html`${
          this.hideBreakdown
            ? nothing
            : b.breakdown(r, {
                uid: this.uid,
                locale: this.locale,
                why: (p) => this.closedPart((d) => d.sourced(this.figureSources(), () => d.provenance(p, this.data, this.locale))),
                wants: this.wantSources,
              })
        }
        ${b.notes(r, this.uid)}`,
    );
  }

  /** Whether "Hvorfor dette tallet?" can show sources yet: the bundled figures come first, their words after. */
  private figureSources(): 'ready' | 'loading' | 'failed' {
    return this.data !== defaultFigures ? 'ready' : this.dataSource.textsFailed ? 'failed' : 'loading';
  }

  // ---- handlers ------------------------------------------------------------------------------

  private onNumberInput(field: string, text: string): void {
    const value = typedNumber(text, { optional: field === 'age' });
    const [top, sub] = field.split('.');
    let input: ScenarioInput;
    if (sub && (top === 'shifts' || top === 'responsibilitySupplement' || top === 'individualSupplement')) {
      const base = this.current[top] as unknown as Record<string, unknown>;
      input = { [top]: { ...base, [sub]: value } };
    } else input = { [field]: value };
    const drafts = new Map(this.drafts);
    drafts.set(field, text);
    this.drafts = drafts;
    this.apply(input, 'input', true, text);
    // Keep what the person typed while it is valid too (no reformatting under the cursor).
    if (!this.fieldErrors.has(field)) {
      const d = new Map(this.drafts);
      d.set(field, text);
      this.drafts = d;
    }
  }

  /** Groups that are open: opened by the person or for their values; a re-render never closes one. */
  private readonly openGroups = new Set<string>();

  private groupOpen(name: string, wanted: boolean): boolean {
    if (wanted) this.openGroups.add(name);
    return this.openGroups.has(name);
  }

  private onGroupToggle = (e: Event): void => {
    const d = e.currentTarget as HTMLDetailsElement;
    // "Flere valg" lists every table date: the first download's figures have the newest only.
    if (d.open && d.dataset.group === 'more') this.loadPart(this.dataSource.whenFull());
    if (d.open) this.openGroups.add(d.dataset.group!);
    else this.openGroups.delete(d.dataset.group!);
    this.onOpen(e);
  };

  /** Something closed was opened before its code arrived: load it now. */
  private onOpen = (e: Event): void => {
    if ((e.currentTarget as HTMLDetailsElement).open) this.wantDetails();
  };

  private hasErrorIn(fields: string[]): boolean {
    return [...this.fieldErrors.keys()].some((k) => fields.includes(topField(k)));
  }

  /** The value of a number field (`age`, `shifts.night`, …) in the scenario in use. */
  private valueAt(field: string): number | null {
    const [top, sub] = field.split('.');
    const v = this.current[top as keyof Scenario] as unknown;
    return (sub ? (v as Record<string, number>)[sub] : v) as number | null;
  }

  private hasValuesIn(fields: Array<keyof Scenario>): boolean {
    return (
      fields.some((f) => {
        const v = this.current[f] as number | Amount;
        return typeof v === 'number' ? v !== 0 : v.value !== 0;
      }) || fields.some((f) => [...this.fieldErrors.keys()].some((k) => topField(k) === f))
    );
  }
}

/** Whether an input asks for the tables of a given date (`tariffDate` other than the newest). */
function asksForTable(input: ScenarioInput): boolean {
  try {
    const d = (input as { tariffDate?: unknown } | null)?.tariffDate;
    return d !== undefined && d !== null && d !== '';
  } catch {
    return false;
  }
}

/** Scenarios are plain data from `normalizeScenario` (same key order), so JSON compares them. */
function sameScenario(a: Scenario, b: Scenario): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function topField(path: string): string {
  return path.split(/[.[]/)[0];
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
