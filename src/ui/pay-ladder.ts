import { adoptStyles, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { AGREEMENT_IDS, EDUCATION_IDS, type Dataset } from '../model/dataset-types.js';
import { normalizeScenario, type Amount, type Scenario, type ScenarioError, type ScenarioInput } from '../model/scenario.js';
import { computeNormalized, type LadderResult } from '../model/ladder.js';
import type { Provenance } from '../model/tables.js';
import { presetOf } from '../model/presets.js';
import type { DatasetError } from '../model/validate-dataset.js';
import { bundledDataset, defaultFigures, loadDefaultDataset } from './default-data.js';
import { SCENARIO_ATTRIBUTES, attributeField, attributeValue, type ScenarioAttribute } from '../state/attributes.js';
import type { ShareState, ShareWarning } from '../state/share.js';
import { ShareController, type ShareHost } from './share-controller.js';
import { afterChart, loadChart, loadCompare, tags } from './registry.js';
import { once } from './once.js';
import type { PayLadderCompare } from './pay-ladder-compare.js';
import { formatDate, formatNok, formatNokPrecise, formatNumber, parseUserNumber } from '../i18n/format.js';
import { msg, str } from '../i18n/localize.js';
import { LocalizedElement } from './localized-element.js';
import {
  agreementHint,
  agreementName,
  partFailedText,
  educationHint,
  educationName,
  noteText,
  partName,
} from './messages.js';
import { calculatorStyles } from './pay-ladder.styles.js';
import type { DetailsContext } from './calculator-details.js';
import type { ChartMarker, ChartSeries, PayLadderChart } from './pay-ladder-chart.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';

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

type Details = typeof import('./calculator-details.js');
/** The closed parts (calculator-details.ts), once loaded; see `loadDetails`. */
let details: Details | undefined;
let detailsFailed = false;
const detailsModule = once(() => import('./calculator-details.js'));

/** Loads the closed parts once (again after a failure); resolves to whether they are there. */
function loadDetails(): Promise<boolean> {
  return detailsModule().then(
    (m) => {
      details = m;
      detailsFailed = false;
      return true;
    },
    () => {
      detailsFailed = true;
      return false;
    },
  );
}

/**
 * `<pay-ladder>`: the calculator. What a helsesekretær earns now and over the years, by
 * workplace, education, experience, position size, supplements and working hours, with the pay
 * ladder drawn as a chart and a table, and the source of every figure.
 *
 * @tagname pay-ladder
 *
 * @attr agreement - `ks` | `spekter` | `legekontor` | `private`
 * @attr education - `helsesekretaer` | `fagskole` | `hoyskole` | `none`
 * @attr years - years of experience (ansiennitet), 0–50
 * @attr position - position size, 1–100 (%)
 * @attr tariff-date - ISO date whose tables apply; default the newest
 * @attr schedule - `day` | `rotating`
 * @attr overtime - overtime hours a year
 * @attr age - age now (holiday pay from 60)
 * @attr growth - assumed pay growth, % a year, for the years ahead
 * @attr horizon - last year of experience in the ladder (default 45)
 * @attr lang - language: nb (default), nn, en; also read from ancestors and `<html lang>`
 * @attr data-src - URL of a newer dataset (JSON, see data/schema); validated, else the bundled data is used
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
 * @prop {Dataset} data - the data in use (set to use other data)
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
export class PayLadder extends LocalizedElement implements ShareHost {
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
    activeData: { state: true },
    textsFailed: { state: true },
    dataProblem: { state: true },
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
  private activeData: Dataset = bundledDataset();
  /** The full built-in dataset (with the source texts) could not be loaded. */
  private textsFailed = false;
  private dataProblem: { kind: 'network' | 'json' | 'schema'; errors: DatasetError[] } | null = null;
  private showTable = false;
  /** The chart's code could not be loaded. */
  private chartMissing = false;
  /** Whether the comparison panel is open. */
  private comparing = false;
  private announcement = '';

  private readonly uid = `pl${++uid}`;
  /** Whether the closed parts' styles are adopted in the shadow root. */
  private closedStyles = false;
  private readonly share = new ShareController(this);
  private pendingCompare: ShareState['scenarios'] | null = null;
  private changePending = false;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private loadController: AbortController | undefined;

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
      this.dispatchEvent(new CustomEvent<PayLadderErrorDetail>('pay-ladder-error', { detail: { source: 'property', errors: [error] }, bubbles: true, composed: true }));
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
   */
  get data(): Dataset {
    return this.activeData;
  }
  set data(d: Dataset) {
    this.activeData = d;
    this.apply({}, 'property', false);
  }

  /** The whole state: the scenario, or every scenario of the open comparison. */
  get state(): ShareState {
    return this.shareState();
  }
  set state(s: ShareState) {
    const list = Array.isArray(s?.scenarios) ? s.scenarios : [];
    if (!list.length) {
      this.dispatchEvent(new CustomEvent<PayLadderErrorDetail>('pay-ladder-error', { detail: { source: 'property', errors: [{ field: 'state', code: 'invalidType' }] }, bubbles: true, composed: true }));
      return;
    }
    this.restoreState({ scenarios: list }, []);
  }

  /** @internal ShareHost */
  shareState(): ShareState {
    const panel = this.comparing ? this.renderRoot?.querySelector<PayLadderCompare>(tags.compare) : null;
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
    const panel = this.comparing ? this.renderRoot.querySelector<PayLadderCompare>(tags.compare) : null;
    if (panel) return panel.csv();
    const [{ ladderCsv }, { csvLabels }] = await Promise.all([import('../state/csv.js'), import('./csv-labels.js')]);
    return { text: this.localized(() => ladderCsv(this.computed, csvLabels())), filename: 'pay-ladder.csv' };
  }

  /** @internal ShareHost */
  async chartPng(): Promise<Blob | null> {
    const panel = this.comparing ? this.renderRoot.querySelector<PayLadderCompare>(tags.compare) : null;
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
    this.loadController?.abort();
    clearTimeout(this.announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('dataSrc')) void this.loadData();
    // The closed parts' styles arrive with their code.
    if (details && !this.closedStyles) {
      this.closedStyles = true;
      adoptStyles(this.renderRoot as ShadowRoot, [...PayLadder.elementStyles, details.closedPartStyles]);
    }
  }

  protected override firstUpdated(): void {
    // The chart loads now (its room is reserved), then the closed parts; `updateComplete` waits
    // for them.
    this.loadPart(loadChart().then((ok) => (this.chartMissing = !ok)));
    if (!details) this.loadPart(afterChart(loadDetails));
  }

  // ---- state changes -------------------------------------------------------------------------

  private compute(s: Scenario): LadderResult {
    const r = computeNormalized(s, this.activeData ?? defaultFigures);
    // A normalized scenario only fails with a broken dataset; fall back to the bundled one.
    return r.ok ? r : (computeNormalized(normalizeScenario({}, defaultFigures).scenario, defaultFigures) as LadderResult);
  }

  /**
   * Merges `input` into the scenario in use. Fields with errors keep their last valid value and
   * show the error; the rest apply. `raw` is the text to show in the field for an invalid value.
   */
  private apply(input: ScenarioInput, source: PayLadderErrorDetail['source'], notify: boolean, raw?: string): void {
    const fields = Object.keys(input ?? {});
    let merged: Record<string, unknown>;
    try {
      merged = { ...this.current, ...(input as object) };
    } catch {
      merged = { ...this.current };
    }
    // A new agreement starts from its own newest tables.
    if ('agreement' in merged && merged.agreement !== this.current.agreement && !('tariffDate' in (input ?? {}))) merged.tariffDate = null;
    let { scenario, errors } = normalizeScenario(merged, this.data);
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
      this.dispatchEvent(new CustomEvent<PayLadderErrorDetail>('pay-ladder-error', { detail: { source, errors }, bubbles: true, composed: true }));
    }
    // Data changes the result even for the same scenario; an invalid input changes nothing.
    if (source === 'property' || source === 'data' || !sameScenario(scenario, this.current)) {
      this.current = scenario;
      this.computed = this.compute(scenario);
      if (notify) this.notifyChange();
    }
    // A group opened by these values, or an error, shows in the first render already.
    if (!this.hasUpdated && !details) {
      const open = this.groupsWanted();
      if (open.supplements || open.hours || open.more || this.fieldErrors.size) this.renderAfter(loadDetails());
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
        this.dispatchEvent(
          new CustomEvent<PayLadderChangeDetail>('pay-ladder-change', {
            detail: { scenario: this.current, result: this.computed },
            bubbles: true,
            composed: true,
          }),
        );
      });
    }
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => (this.announcement = this.localized(() => this.summaryText())), 600);
  }

  private async loadData(): Promise<void> {
    this.loadController?.abort();
    if (!this.dataSrc) {
      this.useBundledData();
      this.dataProblem = null;
      this.apply({}, 'data', false);
      return;
    }
    const controller = (this.loadController = new AbortController());
    const { loadDatasetFrom } = await import('../state/dataset-source.js');
    const r = await loadDatasetFrom(this.dataSrc, fetch, controller.signal);
    if (controller.signal.aborted) return;
    if (r.ok) {
      this.activeData = r.dataset;
      this.dataProblem = null;
    } else {
      this.useBundledData();
      this.dataProblem = { kind: r.kind, errors: r.errors };
      // The alert's words come with the closed parts: no waiting for the chart first.
      if (!details) this.loadPart(loadDetails());
      console.warn(`pay-ladder: data-src "${this.dataSrc}" not used (${r.kind}: ${r.detail})`, r.errors);
      this.dispatchEvent(
        new CustomEvent<PayLadderErrorDetail>('pay-ladder-error', {
          detail: { source: 'data', errors: r.errors, message: r.detail },
          bubbles: true,
          composed: true,
        }),
      );
    }
    this.apply({}, 'data', true);
  }

  /**
   * Uses the built-in dataset: its figures at once, and the full dataset (the same figures with the
   * source texts) once it has loaded after the chart, unless other data has been set by then.
   */
  private useBundledData(): void {
    this.activeData = bundledDataset();
    if (this.activeData !== defaultFigures) return;
    this.loadPart(
      afterChart(loadDefaultDataset).then(
        (full) => {
          if (this.activeData !== defaultFigures) return;
          this.activeData = full;
          this.apply({}, 'data', false);
        },
        (error: unknown) => {
          this.textsFailed = true;
          console.warn('pay-ladder: the source texts of the built-in data could not be loaded', error);
        },
      ),
    );
  }

  // ---- rendering -----------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const r = this.computed;
    // dir="ltr": every language of the widget is written left to right, also on an RTL page.
    return html`<div class="root" dir="ltr" lang=${this.locale}>
      <div class="layout">
        <form part="form" class="form" @submit=${(e: Event) => e.preventDefault()} novalidate>
          ${this.renderDataProblem()} ${details?.generalErrors(this.fieldErrors)} ${this.renderWorkplace()} ${this.renderEducation()}
          <div class="row">
            ${this.textField('yearsExperience', msg('År med erfaring', { id: 'field.years' }), msg('Ansiennitet i stillingen, hele år', { id: 'field.years.hint' }), 'numeric', msg('år', { id: 'unit.years' }))}
            ${this.textField('positionPercent', msg('Stillingsprosent', { id: 'field.position' }), msg('100 er heltid', { id: 'field.position.hint' }), 'decimal', '%')}
          </div>
          ${this.renderGroups()}
        </form>
        <section part="results" class="results">
          <h2 id="${this.uid}-results-h" class="vh">${msg('Resultat', { id: 'results.heading' })}</h2>
          ${this.renderSummary(r)} ${this.hideChart ? nothing : this.chartMissing ? html`<p class="alert">${partFailedText()}</p>` : this.renderChart(r)} ${this.hideTable ? nothing : this.renderTable(r)}
          ${this.hideBreakdown ? nothing : this.renderBreakdown(r)} ${this.renderNotes(r)}
        </section>
      </div>
      ${this.hideCompare ? nothing : this.renderCompare()} ${this.hideShare ? nothing : this.share.render(this.uid, this.locale)}
    </div>
      <div class="vh" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>`;
  }

  private renderCompare(): TemplateResult {
    const panelId = `${this.uid}-compare`;
    return html`<section class="compare-block">
      <h2 id="${panelId}-h">${msg('Sammenlign med andre valg', { id: 'compare.heading' })}</h2>
      <p class="hint">${msg('Legg ditt valg ved siden av andre arbeidsplasser, utdanning eller stillingsprosent – opptil fire scenarioer.', { id: 'compare.intro' })}</p>
      <div class="actions">
        <button type="button" @click=${this.onAddToCompare}>${msg('Legg til dette valget i sammenligningen', { id: 'compare.addCurrent' })}</button>
      </div>
      ${this.comparing
        ? staticHtml`<${unsafeStatic(tags.compare)} id=${panelId} no-url-sync hide-share @pay-ladder-compare-change=${() => this.share.changed()}></${unsafeStatic(tags.compare)}>`
        : nothing}
    </section>`;
  }

  /** Opens the comparison panel, with these entries if given. */
  private async openCompare(entries: ShareState['scenarios'] | null): Promise<PayLadderCompare | null> {
    // Until the comparison element has loaded, `state` reports these entries.
    this.pendingCompare = entries;
    await loadCompare();
    this.comparing = true;
    await this.updateComplete;
    const panel = this.renderRoot.querySelector<PayLadderCompare>(tags.compare);
    if (panel && entries) panel.entries = entries;
    this.pendingCompare = null;
    this.share.changed();
    return panel;
  }

  private onAddToCompare = async (): Promise<void> => {
    const start = !this.comparing;
    const panel = start ? await this.openCompare(null) : this.renderRoot.querySelector<PayLadderCompare>(tags.compare);
    if (!panel) return;
    // This sentence answers the press: a summary still waiting to be announced must not replace it.
    clearTimeout(this.announceTimer);
    this.announcement = panel.addFromCalculator(this.current, start);
    this.share.changed();
  };

  private renderDataProblem(): TemplateResult | typeof nothing {
    if (!this.dataProblem) return nothing;
    return html`<p class="alert" role="alert">${details?.datasetProblemText(this.dataProblem.kind, this.dataProblem.errors)}</p>`;
  }

  private renderWorkplace(): TemplateResult {
    const error = this.fieldErrors.get('agreement');
    return html`<fieldset class="choices" aria-describedby=${error ? `${this.uid}-agreement-err` : nothing}>
      <legend>${msg('Hvor jobber du?', { id: 'field.agreement' })}</legend>
      ${error ? html`<p class="error" id="${this.uid}-agreement-err">${this.errorText(error)}</p>` : nothing}
      ${AGREEMENT_IDS.map(
        (id) => html`<label class="choice">
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
            <span class="hint" id="${this.uid}-agreement-${id}">${agreementHint(id)}</span></span
          >
        </label>`,
      )}
    </fieldset>`;
  }

  private renderEducation(): TemplateResult {
    const id = `${this.uid}-education`;
    const error = this.fieldErrors.get('education');
    return html`<div class="field ${error ? 'invalid' : ''}">
      <label for=${id}>${msg('Utdanning', { id: 'field.education' })}</label>
      <select id=${id} aria-invalid=${error ? 'true' : 'false'} aria-describedby="${id}-hint${error ? ` ${id}-err` : ''}" @change=${(e: Event) => this.apply({ education: (e.target as HTMLSelectElement).value as Scenario['education'] }, 'input', true)}>
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
      hours: presetOf(s.schedule, s.shifts) !== 'day' || s.overtimeHoursPerYear > 0 || this.hasErrorIn(['schedule', 'shifts', 'overtimeHoursPerYear']),
      more: s.tariffDate !== null || s.age !== null || s.annualGrowth !== 0 || this.hasErrorIn(['tariffDate', 'age', 'annualGrowth']),
    };
  }

  private renderGroups(): TemplateResult {
    const wanted = this.groupsWanted();
    const group = (name: keyof typeof wanted, summary: string, body: (d: Details, c: DetailsContext) => TemplateResult) =>
      html`<details class="group" data-group=${name} @toggle=${this.onGroupToggle} ?open=${this.groupOpen(name, wanted[name])}>
        <summary>${summary}</summary>
        <div class="group-body">${this.closedPart((d) => body(d, this.detailsContext()))}</div>
      </details>`;
    return html`${group('supplements', msg('Tillegg og ansvar', { id: 'group.supplements' }), (d, c) => d.supplementsBody(c))}
      ${group('hours', msg('Arbeidstid, turnus og overtid', { id: 'group.hours' }), (d, c) => d.hoursBody(c))}
      ${group('more', msg('Flere valg: alder, tidligere år, lønnsvekst', { id: 'group.more' }), (d, c) => d.moreBody(c))}`;
  }

  /**
   * An error's message. The messages come with the closed parts (calculator-details.ts), which load
   * before a first render that has an error, and right after any other first render.
   */
  private errorText(e: ScenarioError): string {
    return details?.scenarioErrorText(e) ?? '';
  }

  /** A closed part's contents once its code has loaded (calculator-details.ts); a message if it could not. */
  private closedPart(render: (d: Details) => TemplateResult): TemplateResult | typeof nothing {
    if (details) return render(details);
    return detailsFailed ? html`<p class="alert">${partFailedText()}</p>` : nothing;
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
      shown: (value) => displayValue(value, this.locale),
    };
  }

  /** A labelled text input for a number field, with hint, unit and error tied to it. */
  private textField(field: string, label: string, hint: string, mode: 'numeric' | 'decimal', unit: string): TemplateResult {
    const id = `${this.uid}-${field.replace('.', '-')}`;
    const error = this.fieldErrors.get(field);
    const value = this.drafts.get(field) ?? displayValue(this.valueAt(field), this.locale);
    const described = [hint ? `${id}-hint` : '', error ? `${id}-err` : ''].filter(Boolean).join(' ');
    return html`<div class="field ${error ? 'invalid' : ''}">
      <label for=${id}>${label}</label>
      ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
      <div class="input-unit">
        <input
          id=${id}
          type="text"
          inputmode=${mode}
          autocomplete="off"
          .value=${value}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${described || nothing}
          @input=${(e: Event) => this.onNumberInput(field, (e.target as HTMLInputElement).value)}
        />
        <span class="unit" aria-hidden="true">${unit}</span>
      </div>
      ${error ? html`<p class="error" id="${id}-err">${this.errorText(error)}</p>` : nothing}
    </div>`;
  }

  private renderSummary(r: LadderResult): TemplateResult {
    const row = r.current;
    const l = this.locale;
    const net = formatNok(row.netMonthlyEstimate, l);
    return html`<div part="summary" class="summary">
      <p class="figure-label">${msg('Brutto årslønn', { id: 'summary.annual' })}</p>
      <p class="figure">${formatNok(row.grossAnnual, l)}</p>
      <dl class="key-figures">
        <div><dt>${msg('Fast lønn i måneden', { id: 'summary.monthly' })}</dt><dd>${formatNok(row.monthlyPay, l)}</dd></div>
        <div><dt>${msg('Timelønn', { id: 'summary.hourly' })}</dt><dd>${formatNokPrecise(row.hourly, l)}</dd></div>
        <div><dt>${msg('Netto i måneden (anslag)', { id: 'summary.netMonthly' })}</dt><dd>${net}</dd></div>
      </dl>
      <p class="sentence">${this.summaryText()}</p>
      ${this.renderNextStep(r)}
      <p class="freshness">
        ${msg(str`Satser per ${formatDate(r.rows[r.scenario.yearsExperience].tableDate, l)}`, { id: 'summary.asOf' })}${r.freshness.likelyOutdated
          ? html` – <strong>${msg('nyere satser kan finnes', { id: 'summary.maybeNewer' })}</strong>`
          : nothing}
      </p>
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
      ${r.nextStep.inYears === 1
        ? msg(str`Neste trinn: om 1 år (ved ${years} års ansiennitet) øker minstelønnen med ${increase}.`, { id: 'summary.nextStep1' })
        : msg(str`Neste trinn: om ${inYears} år (ved ${years} års ansiennitet) øker minstelønnen med ${increase}.`, { id: 'summary.nextStep' })}
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
    const minimum = r.rows.map((row) => row.parts.find((p) => p.id === 'tariffMinimum')?.amount ?? null);
    const series: ChartSeries[] = [
      { id: 'total', label: msg('Din brutto årslønn', { id: 'chart.total' }), values: r.rows.map((row) => row.grossAnnual), kind: 'total' },
      { id: 'minimum', label: msg('Minstelønn etter tariff', { id: 'chart.minimum' }), values: minimum, kind: 'minimum' },
    ];
    const markers: ChartMarker[] = r.rows.flatMap((row) =>
      row.events.map((e) => ({
        years: row.years,
        label:
          e.type === 'education'
            ? msg(str`Ny utdanning: ${educationName(e.education)}`, { id: 'chart.marker.education' })
            : msg('Nytt ansvarstillegg', { id: 'chart.marker.responsibility' }),
      })),
    );
    return staticHtml`<${unsafeStatic(tags.chart)}
      part="chart"
      .years=${r.rows.map((row) => row.years)}
      .series=${series}
      .markers=${markers}
      .current=${r.scenario.yearsExperience}
      .summary=${this.chartSummary(r)}
      .xLabel=${msg('År med erfaring', { id: 'field.years' })}
      .yLabel=${msg('Kroner i året', { id: 'chart.y' })}
      .yearLabel=${msg('År', { id: 'chart.year' })}
      .locale=${this.locale}
    ></${unsafeStatic(tags.chart)}>`;
  }

  private chartSummary(r: LadderResult): string {
    const l = this.locale;
    const first = formatNok(r.rows[0].grossAnnual, l);
    const last = formatNok(r.rows[r.rows.length - 1].grossAnnual, l);
    const horizon = formatNumber(r.scenario.horizon, l);
    return msg(str`Lønnsstige: ${first} i året uten erfaring, ${last} etter ${horizon} år.`, { id: 'chart.summary' });
  }

  private renderTable(r: LadderResult): TemplateResult {
    const l = this.locale;
    const tableId = `${this.uid}-table`;
    return html`<div class="table-block">
      <button type="button" class="secondary" aria-expanded=${this.showTable ? 'true' : 'false'} aria-controls=${tableId} @click=${() => {
          this.showTable = !this.showTable;
          if (!details) this.loadPart(loadDetails());
        }}>
        ${this.showTable ? msg('Skjul tabellen', { id: 'table.hide' }) : msg('Vis lønnsstigen som tabell', { id: 'table.show' })}
      </button>
      <div id=${tableId} class="table-scroll" ?hidden=${!this.showTable} tabindex=${this.showTable ? '0' : '-1'} role="region" aria-label=${msg('Lønnsstigen år for år', { id: 'table.caption' })}>
        ${this.showTable ? this.closedPart((d) => d.ladderTable(r, l)) : nothing}
      </div>
    </div>`;
  }

  private renderBreakdown(r: LadderResult): TemplateResult {
    const row = r.current;
    const l = this.locale;
    const extra: Array<[string, number | null, Provenance | null]> = [
      [msg('Timelønn', { id: 'summary.hourly' }), row.hourly, r.provenance.hourly],
      [msg('Feriepenger opptjent i året (utbetales neste juni)', { id: 'breakdown.holidayPay' }), row.holidayPay, r.provenance.holidayPay],
      [msg('Ditt pensjonstrekk', { id: 'breakdown.pension' }), row.pensionContribution, r.provenance.pensionContribution],
      [msg('Skatt (anslag)', { id: 'breakdown.tax' }), row.tax.total, r.provenance.tax],
      [msg('Netto i året (anslag)', { id: 'table.net' }), row.netAnnualEstimate, null],
    ];
    return html`<section class="breakdown">
      <h3 id="${this.uid}-bd-h">${msg('Slik er lønnen regnet ut', { id: 'breakdown.heading' })}</h3>
      <ul class="parts">
        ${row.parts.map((p) => this.renderFigure(partName(p.id), formatNok(p.amount, l), p.provenance))}
        <li class="total"><span>${msg('Brutto årslønn', { id: 'summary.annual' })}</span><span class="amount">${formatNok(row.grossAnnual, l)}</span></li>
      </ul>
      <ul class="parts extra">
        ${extra.map(([label, value, provenance]) =>
          this.renderFigure(
            label,
            value === null ? msg('ikke kjent', { id: 'value.unknown' }) : provenance === r.provenance.hourly ? formatNokPrecise(value, l) : formatNok(value, l),
            provenance,
          ),
        )}
      </ul>
    </section>`;
  }

  /** A figure with its "why this number?" disclosure. */
  private renderFigure(name: string, amount: string, provenance: Provenance | null): TemplateResult {
    return html`<li>
      <span>${name}</span><span class="amount">${amount}</span>
      ${provenance
        ? html`<details class="why" @toggle=${this.onOpen}>
            <summary>${msg('Hvorfor dette tallet?', { id: 'why.summary' })}<span class="vh"> – ${name}</span></summary>
            ${this.activeData === defaultFigures
              ? html`<p class="provenance">${this.textsFailed
                  ? msg('Kildene kunne ikke hentes. Last inn siden på nytt for å se dem.', { id: 'prov.textsFailed' })
                  : msg('Henter kildene …', { id: 'prov.loading' })}</p>`
              : this.closedPart((d) => d.provenance(provenance, this.data, this.locale))}
          </details>`
        : nothing}
    </li>`;
  }

  private renderNotes(r: LadderResult): TemplateResult | typeof nothing {
    if (!r.notes.length) return nothing;
    return html`<section class="notes">
      <h3 id="${this.uid}-notes-h">${msg('Verdt å vite', { id: 'notes.heading' })}</h3>
      <ul>
        ${r.notes.map((n) => html`<li>${noteText(n)}</li>`)}
      </ul>
    </section>`;
  }

  // ---- handlers ------------------------------------------------------------------------------

  private onNumberInput(field: string, text: string): void {
    const n = text.trim() === '' && field === 'age' ? null : parseUserNumber(text);
    const value = n === null || !Number.isNaN(n) ? n : text;
    const [top, sub] = field.split('.');
    let input: ScenarioInput;
    if (sub && (top === 'shifts' || top === 'responsibilitySupplement' || top === 'individualSupplement')) {
      const base = this.current[top] as unknown as Record<string, unknown>;
      input = { [top]: { ...base, [sub]: value } } as ScenarioInput;
    } else input = { [field]: value } as ScenarioInput;
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
    if (d.open) this.openGroups.add(d.dataset.group!);
    else this.openGroups.delete(d.dataset.group!);
    this.onOpen(e);
  };

  /** Something closed was opened before its code arrived: load it now, not after the chart. */
  private onOpen = (e: Event): void => {
    if ((e.currentTarget as HTMLDetailsElement).open && !details) this.loadPart(loadDetails());
  };

  private hasErrorIn(fields: string[]): boolean {
    return [...this.fieldErrors.keys()].some((k) => fields.includes(topField(k)));
  }

  private valueAt(field: string): unknown {
    const [top, sub] = field.split('.');
    const v = this.current[top as keyof Scenario] as unknown;
    return sub ? (v as Record<string, unknown>)[sub] : v;
  }

  private hasValuesIn(fields: Array<keyof Scenario>): boolean {
    return fields.some((f) => {
      const v = this.current[f] as number | Amount;
      return typeof v === 'number' ? v !== 0 : v.value !== 0;
    }) || fields.some((f) => [...this.fieldErrors.keys()].some((k) => topField(k) === f));
  }
}

/** Scenarios are plain data from `normalizeScenario` (same key order), so JSON compares them. */
function sameScenario(a: Scenario, b: Scenario): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function topField(path: string): string {
  return path.split(/[.[]/)[0];
}

function displayValue(v: unknown, locale: 'nb' | 'nn' | 'en'): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return locale === 'en' ? String(v) : String(v).replace('.', ',');
  return String(v);
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
