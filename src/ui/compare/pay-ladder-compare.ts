import { emit } from '../base/emit.js';
import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  WORKPLACE_GROUPS,
  EDUCATION_IDS,
  QUICK_COMPARISONS,
  SHIFT_PRESETS,
  compareScenarios,
  normalizeScenario,
  presetOf,
  type BreakEven,
  type CompareMetric,
  type ComparisonResult,
  type Dataset,
  type EducationEvent,
  type QuickComparisonId,
  type Scenario,
  type ScenarioError,
  type ScenarioInput,
} from '../../model/index.js';
import { formatDate, formatNok, formatNumber } from '../../i18n/format.js';
import { msg, str } from '../../i18n/localize.js';
import { LocalizedElement } from '../base/localized-element.js';
import { MAX_NAME_LENGTH, MAX_SCENARIOS, writeShareToUrl, type ShareState, type ShareWarning } from '../../state/share.js';
import { csvLabels } from '../share/deferred/csv-labels.js';
import { ShareController, type ShareHost } from '../share/share-controller.js';
import { shareBlock } from '../share/deferred/share-block.js';
import { DatasetController, type DatasetHost } from '../base/dataset-controller.js';
import { closedPartStyles } from '../calculator/deferred/details.styles.js';
import { loadChart, tags } from '../base/registry.js';
import { editable, numberField, typedNumber } from '../controls/number-field.js';
import { agreementName, educationName, estimateLine, workplaceGroupName } from '../../i18n/labels/index.js';
import { datasetProblemText, presetName, quickComparisonName, quickLabel, scenarioErrorText } from '../../i18n/labels/deferred/index.js';
import { controlStyles } from '../calculator/pay-ladder.styles.js';
import type { ChartMarker, ChartSeries, PayLadderChart } from '../chart/pay-ladder-chart.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { tokens } from '../base/theme.js';

export interface CompareEntry {
  name: string;
  scenario: Scenario;
}

export interface CompareChangeDetail {
  entries: CompareEntry[];
  result: ComparisonResult;
}

interface Card extends CompareEntry {
  key: number;
  /** Message id of a quick comparison's name, used while the user has not named it. */
  quick?: string;
  errors: Map<string, ScenarioError>;
  drafts: Map<string, string>;
}

export const MIN_SCENARIOS = 2;
const QUICK_IDS = Object.keys(QUICK_COMPARISONS) as QuickComparisonId[];

let uid = 0;
let cardKey = 0;

/**
 * `<pay-ladder-compare>`: two to four scenarios side by side — kommune or sykehus, with or
 * without fagskole, 100 % or 80 %, dagtid or turnus — with one chart of all ladders, the
 * year-by-year differences, the lifetime difference and when an education path pays off.
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
  static override styles = [
    tokens,
    controlStyles,
    closedPartStyles,
    css`
      .stack {
        display: flex;
        flex-direction: column;
        gap: 1.25em;
      }
      .quick {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
      }
      .quick button {
        font-weight: 600;
      }
      .quick button[aria-pressed='true'] {
        background: var(--_pl-accent);
        color: var(--_pl-surface);
      }
      .cards {
        display: grid;
        gap: 1em;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 15em), 1fr));
      }
      .card {
        border: 1px solid var(--_pl-border);
        border-top: 0.375em solid var(--_pl-accent);
        border-radius: var(--_pl-radius);
        padding: 0.75em 1em 1em;
        display: flex;
        flex-direction: column;
        gap: 0.75em;
        min-width: 0;
      }
      .card[data-slot='1'] {
        border-top-color: var(--_pl-series-2);
      }
      .card[data-slot='2'] {
        border-top-color: var(--_pl-series-3);
      }
      .card[data-slot='3'] {
        border-top-color: var(--_pl-series-4);
      }
      .card-head {
        display: flex;
        justify-content: space-between;
        align-items: center;
        gap: 0.5em;
        font-size: 0.875em;
        color: var(--_pl-muted);
      }
      .card fieldset {
        border-top: 1px solid var(--_pl-grid);
        padding-top: 0.5em;
        display: flex;
        flex-direction: column;
        gap: 0.5em;
      }
      .options {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em 1.5em;
      }
      .options label {
        display: flex;
        gap: 0.5em;
        align-items: center;
        font-weight: 400;
        min-height: 2.75em;
      }
      .options input {
        font-size: inherit; /* radios default to the UA's small-control size */
        width: 1.25em;
        height: 1.25em;
        accent-color: var(--_pl-accent);
      }
      .growth {
        max-width: 20em;
      }
      .findings {
        margin: 0;
        padding-left: 1.25em;
        display: flex;
        flex-direction: column;
        gap: 0.375em;
      }
      .findings strong {
        font-variant-numeric: tabular-nums;
      }
      .neg {
        color: var(--_pl-error);
      }
      .collapsed,
      .print-only {
        display: none;
      }
      .print-only .link {
        overflow-wrap: anywhere;
      }
      @media print {
        .collapsed,
        .print-only {
          display: block;
        }
        .quick,
        .cards,
        .actions,
        .options,
        .growth,
        details.share,
        button {
          display: none !important;
        }
        table {
          font-size: 0.75em;
        }
        th,
        td {
          padding: 0.1em 0.3em;
        }
        tr {
          break-inside: avoid;
        }
        /* One A4 page: every year up to 10, then every fifth. */
        tr.minor {
          display: none;
        }
      }
    `,
  ];

  static override properties = {
    dataSrc: { attribute: 'data-src' },
    preset: {},
    metric: {},
    hideShare: { type: Boolean, attribute: 'hide-share' },
    cards: { state: true },
    activeQuick: { state: true },
    realKroner: { state: true },
    growthDraft: { state: true },
    growthError: { state: true },
    showTable: { state: true },
    announcement: { state: true },
  };

  dataSrc: string | null = null;
  preset: QuickComparisonId | null = null;
  metric: CompareMetric = 'grossAnnual';
  hideShare = false;

  private cards: Card[] = [];
  /** The quick comparison shown, until the user edits a scenario. */
  private activeQuick: QuickComparisonId | null = 'workplace';
  private realKroner = false;
  private growthDraft: string | null = null;
  private growthError: ScenarioError | null = null;
  private showTable = false;
  private announcement = '';

  private readonly uid = `plc${++uid}`;
  private readonly share = new ShareController(this);
  private readonly dataSource = new DatasetController(this);
  private computed: ComparisonResult | null = null;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.loadQuick('workplace', false);
  }

  /** The scenarios compared, with their names. */
  get entries(): CompareEntry[] {
    return this.cards.map(({ name, scenario }) => ({ name, scenario }));
  }
  set entries(list: Array<{ name?: unknown; scenario?: ScenarioInput }>) {
    if (!Array.isArray(list) || list.length === 0) {
      this.fail('property', [{ field: 'entries', code: 'invalidType' }]);
      return;
    }
    const errors: ScenarioError[] = [];
    const cards = list.slice(0, MAX_SCENARIOS).map((e, i) => {
      const { scenario, errors: errs } = normalizeScenario(e?.scenario ?? {}, this.data);
      errs.forEach((x) => errors.push({ ...x, field: `entries[${i}].${x.field}` }));
      return this.card(typeof e?.name === 'string' ? e.name.slice(0, MAX_NAME_LENGTH) : '', scenario);
    });
    if (list.length > MAX_SCENARIOS) errors.push({ field: 'entries', code: 'tooMany', params: { max: MAX_SCENARIOS } });
    while (cards.length < MIN_SCENARIOS) cards.push(this.card('', cards[0]?.scenario ?? normalizeScenario({}, this.data).scenario));
    this.cards = cards;
    this.activeQuick = null;
    this.forgetGrowthDraft();
    if (errors.length) this.fail('property', errors);
    this.changed();
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
    // The scenarios again, with this data (a value it does not have falls back to its default).
    this.cards = this.cards.map((c) => ({ ...c, scenario: normalizeScenario(c.scenario, this.data).scenario }));
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
  restoreState(state: ShareState, warnings: readonly ShareWarning[]): void {
    this.share.warn(warnings);
    if (state.scenarios.length >= MIN_SCENARIOS) this.entries = state.scenarios;
  }

  /** @internal ShareHost */
  async csv(): Promise<{ text: string; filename: string }> {
    const { comparisonCsv } = await import('../../state/csv.js');
    return this.localized(() => {
      const names = this.cards.map((c, i) => this.displayName(c, i));
      return { text: this.computed ? comparisonCsv(this.computed, names, csvLabels()) : '', filename: 'pay-ladder-comparison.csv' };
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
    if (this.cards.length >= MAX_SCENARIOS) return false;
    const { scenario } = normalizeScenario(input, this.data);
    this.cards = [...this.cards, this.card(name.slice(0, MAX_NAME_LENGTH), scenario)];
    this.activeQuick = null;
    this.changed();
    return true;
  }

  /**
   * The calculator's "add this to the comparison": the first time (`start`), its scenario beside
   * the same on the other kind of public workplace; later, as one more scenario. Returns the
   * sentence to announce.
   * @internal
   */
  addFromCalculator(scenario: Scenario, start: boolean): string {
    return this.localized(() => {
      const yours = msg('Ditt valg', { id: 'compare.yours' });
      if (start) {
        const other = scenario.agreement === 'spekter' ? 'ks' : 'spekter';
        this.entries = [
          { name: yours, scenario },
          { name: agreementName(other), scenario: { ...scenario, agreement: other, tariffDate: null } },
        ];
        return msg('Sammenligningen er åpnet under.', { id: 'compare.opened' });
      }
      return this.addScenario(scenario, yours)
        ? msg('Lagt til i sammenligningen.', { id: 'compare.added' })
        : msg('Sammenligningen har allerede fire scenarioer. Fjern ett først.', { id: 'compare.full' });
    });
  }

  protected override firstUpdated(): void {
    // The chart's code (with Chart.js) loads now, its room reserved; `updateComplete` waits for it.
    this.loadPart(loadChart());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('dataSrc')) this.dataSource.fromUrl(this.dataSrc);
    if (changed.has('preset') && this.preset && QUICK_IDS.includes(this.preset)) this.loadQuick(this.preset, false);
    if (changed.has('metric') && this.metric !== 'grossAnnual' && this.metric !== 'netAnnualEstimate') this.metric = 'grossAnnual';
    this.computed = this.compute();
  }

  // ---- state ---------------------------------------------------------------------------------

  private card(name: string, scenario: Scenario): Card {
    return { key: ++cardKey, name, scenario, errors: new Map(), drafts: new Map() };
  }

  private loadQuick(id: QuickComparisonId, notify = true): void {
    this.activeQuick = id;
    this.cards = QUICK_COMPARISONS[id].map((q) => ({
      ...this.card('', normalizeScenario(q.scenario, this.data).scenario),
      quick: q.label,
    }));
    this.forgetGrowthDraft();
    if (notify) this.changed();
  }

  /** New scenarios bring their own growth: the growth field shows theirs, not old text. */
  private forgetGrowthDraft(): void {
    this.growthDraft = null;
    this.growthError = null;
  }

  private compute(): ComparisonResult | null {
    const r = compareScenarios(
      this.cards.map((c) => c.scenario),
      this.data,
      { metric: this.metric, kroner: this.realKroner ? 'today' : 'nominal' },
    );
    return r.ok ? r : null;
  }

  private changed(): void {
    this.requestUpdate();
    this.share.changed();
    void this.updateComplete.then(() => {
      if (!this.computed) return;
      emit(this, 'pay-ladder-compare-change', { entries: this.entries, result: this.computed });
      clearTimeout(this.announceTimer);
      this.announceTimer = setTimeout(() => (this.announcement = this.findingsText().join(' ')), 600);
    });
  }

  private fail(source: 'input' | 'property', errors: ScenarioError[]): void {
    emit(this, 'pay-ladder-error', { source, errors });
  }

  /** Applies `input` to card `index`; invalid fields keep their value and show the error. */
  private edit(index: number, input: ScenarioInput, field: string, raw?: string): void {
    const cards = [...this.cards];
    const c = { ...cards[index], errors: new Map(cards[index].errors), drafts: new Map(cards[index].drafts) };
    const { scenario, errors } = normalizeScenario({ ...c.scenario, ...input }, this.data);
    c.errors.delete(field);
    // A card named after its workplace loses that name when the workplace changes.
    if ('agreement' in input && c.quick?.startsWith('agreement.')) c.quick = undefined;
    if (field === 'events') {
      // The further education was replaced or removed: its fields start again from the model.
      for (const map of [c.errors, c.drafts]) for (const key of [...map.keys()]) if (key.startsWith('events.')) map.delete(key);
    }
    if (raw !== undefined) c.drafts.set(field, raw);
    if (errors.length) {
      c.errors.set(field, errors[0]);
      this.fail('input', errors);
    } else c.scenario = scenario;
    cards[index] = c;
    this.cards = cards;
    this.activeQuick = null;
    this.changed();
  }

  private displayName(c: Card, i: number): string {
    if (c.name) return c.name;
    if (c.quick) return quickLabel(c.quick);
    const letter = String.fromCharCode(65 + i);
    return msg(str`Scenario ${letter}`, { id: 'compare.defaultName' });
  }

  // ---- rendering -----------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const r = this.computed;
    const problem = this.dataSource.problem;
    return html`<div class="stack" lang=${this.locale}>
      ${problem ? html`<p class="alert" role="alert">${datasetProblemText(problem.kind, problem.errors)}</p>` : nothing}
      <div class="quick" role="group" aria-label=${msg('Vanlige spørsmål', { id: 'compare.quick' })}>
        ${QUICK_IDS.map(
          (id) =>
            html`<button
              type="button"
              class="secondary"
              aria-pressed=${this.activeQuick === id ? 'true' : 'false'}
              @click=${() => this.loadQuick(id)}
            >
              ${quickComparisonName(id)}
            </button>`,
        )}
      </div>
      <h2 class="vh">${msg('Scenarioene', { id: 'compare.print.scenarios' })}</h2>
      <div part="scenarios" class="cards">${this.cards.map((c, i) => this.renderCard(c, i))}</div>
      <div class="actions">
        ${
          this.cards.length < MAX_SCENARIOS
            ? html`<button type="button" @click=${() => this.addScenario(this.cards[this.cards.length - 1].scenario)}>
                ${msg('Legg til scenario', { id: 'compare.add' })}
              </button>`
            : html`<p class="hint">${msg('Du kan sammenligne opptil fire scenarioer.', { id: 'compare.max' })}</p>`
        }
      </div>
      ${r ? this.renderResults(r) : nothing} ${this.hideShare ? nothing : shareBlock(this.share, this.uid, this.locale)}
      <div class="vh" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </div>`;
  }

  private renderCard(c: Card, i: number): TemplateResult {
    const id = `${this.uid}-${c.key}`;
    const s = c.scenario;
    const edu = s.events.find((e): e is EducationEvent => e.type === 'education');
    const preset = presetOf(s.schedule, s.shifts);
    const number = (field: string, label: string, value: number | null, make: (v: number) => ScenarioInput, unit: string) => {
      const error = c.errors.get(field);
      return numberField({
        id: `${id}-${field}`,
        label,
        unit,
        mode: 'decimal',
        value: c.drafts.get(field) ?? editable(value, this.locale),
        error: error && scenarioErrorText(error),
        // What cannot be read goes to the model as typed, which reports it at the field.
        input: (text) => this.edit(i, make(typedNumber(text) as number), field, text),
      });
    };
    const eduEvent = (patch: Partial<EducationEvent> | null): ScenarioInput => {
      const others = s.events.filter((e) => e.type !== 'education');
      if (!patch) return { events: others };
      const base: EducationEvent = edu ?? { type: 'education', year: 2, education: 'fagskole', studyCost: 0, monthsWithoutPay: 0 };
      return { events: [...others, { ...base, ...patch }] };
    };
    return html`<section class="card" data-slot=${i % 4} role="group" aria-labelledby="${id}-h">
      <div class="card-head">
        <h3 id="${id}-h" class="vh">${this.displayName(c, i)}</h3>
        <span>${i === 0 ? msg('Utgangspunkt', { id: 'compare.baseline' }) : msg(str`Scenario ${i + 1}`, { id: 'compare.number' })}</span>
        ${
          this.cards.length > MIN_SCENARIOS
            ? html`<button type="button" class="secondary" @click=${() => this.removeCard(i)}>
                ${msg('Fjern', { id: 'compare.remove' })}<span class="vh"> ${this.displayName(c, i)}</span>
              </button>`
            : nothing
        }
      </div>
      <div class="field">
        <label for="${id}-name">${msg('Navn', { id: 'compare.name' })}</label>
        <input
          id="${id}-name"
          type="text"
          maxlength=${MAX_NAME_LENGTH}
          autocomplete="off"
          .value=${c.name || this.displayName(c, i)}
          @input=${(e: Event) => this.rename(i, (e.target as HTMLInputElement).value)}
        />
      </div>
      <div class="field">
        <label for="${id}-agreement">${msg('Arbeidsplass', { id: 'compare.agreement' })}</label>
        <select
          id="${id}-agreement"
          @change=${(e: Event) => this.edit(i, { agreement: (e.target as HTMLSelectElement).value as Scenario['agreement'], tariffDate: null }, 'agreement')}
        >
          ${WORKPLACE_GROUPS.map(
            ([group, ids]) =>
              html`<optgroup label=${workplaceGroupName(group)}>
                ${ids.filter((a) => this.data.agreements[a]).map((a) => html`<option .value=${a} ?selected=${s.agreement === a}>${agreementName(a)}</option>`)}
              </optgroup>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for="${id}-education">${msg('Utdanning', { id: 'field.education' })}</label>
        <select
          id="${id}-education"
          @change=${(e: Event) => this.edit(i, { education: (e.target as HTMLSelectElement).value as Scenario['education'] }, 'education')}
        >
          ${EDUCATION_IDS.map((ed) => html`<option .value=${ed} ?selected=${s.education === ed}>${educationName(ed)}</option>`)}
        </select>
      </div>
      ${number('yearsExperience', msg('År med erfaring', { id: 'field.years' }), s.yearsExperience, (v) => ({ yearsExperience: v }), msg('år', { id: 'unit.years' }))}
      ${number('positionPercent', msg('Stillingsprosent', { id: 'field.position' }), s.positionPercent, (v) => ({ positionPercent: v }), '%')}
      <div class="field">
        <label for="${id}-preset">${msg('Arbeidstid', { id: 'field.preset' })}</label>
        <select
          id="${id}-preset"
          @change=${(e: Event) => {
            const p = SHIFT_PRESETS.find((x) => x.id === (e.target as HTMLSelectElement).value);
            if (p) this.edit(i, { schedule: p.schedule, shifts: { ...p.shifts } }, 'shifts');
          }}
        >
          ${SHIFT_PRESETS.map((p) => html`<option .value=${p.id} ?selected=${preset === p.id}>${presetName(p.id)}</option>`)}
          ${preset === null ? html`<option value="custom" selected>${msg('Egen fordeling', { id: 'preset.custom' })}</option>` : nothing}
        </select>
      </div>
      <div class="check">
        <input
          id="${id}-taxArea"
          type="checkbox"
          .checked=${s.taxArea === 'innsatssonen'}
          @change=${(e: Event) => this.edit(i, { taxArea: (e.target as HTMLInputElement).checked ? 'innsatssonen' : 'standard' }, 'taxArea')}
        />
        <label for="${id}-taxArea">${msg('Bor i Finnmark eller Nord-Troms (lavere skatt)', { id: 'compare.taxArea' })}</label>
      </div>
      <fieldset>
        <legend>${msg('Videreutdanning underveis', { id: 'compare.further' })}</legend>
        <div class="field">
          <label for="${id}-edu">${msg('Utdanning', { id: 'field.education' })}</label>
          <select
            id="${id}-edu"
            @change=${(e: Event) => {
              const v = (e.target as HTMLSelectElement).value;
              this.edit(i, eduEvent(v === '' ? null : { education: v as EducationEvent['education'] }), 'events');
            }}
          >
            <option value="" ?selected=${!edu}>${msg('Ingen', { id: 'compare.further.none' })}</option>
            ${(['fagskole', 'hoyskole'] as const).map((ed) => html`<option .value=${ed} ?selected=${edu?.education === ed}>${educationName(ed)}</option>`)}
          </select>
        </div>
        ${
          edu
            ? html`${number('events.year', msg('Ferdig etter antall år', { id: 'compare.further.year' }), edu.year, (v) => eduEvent({ year: v }), msg('år', { id: 'unit.years' }))}
              ${number('events.months', msg('Måneder uten lønn året før', { id: 'compare.further.months' }), edu.monthsWithoutPay, (v) => eduEvent({ monthsWithoutPay: v }), msg('mnd', { id: 'unit.months' }))}
              ${number('events.cost', msg('Studiekostnad', { id: 'compare.further.cost' }), edu.studyCost, (v) => eduEvent({ studyCost: v }), msg('kr', { id: 'unit.nok' }))}`
            : nothing
        }
      </fieldset>
    </section>`;
  }

  private renderResults(r: ComparisonResult): TemplateResult {
    const names = this.cards.map((c, i) => this.displayName(c, i));
    const hasGrowth = this.cards.some((c) => c.scenario.annualGrowth !== 0);
    // The same values as the table and the findings: the metric minus study costs, nominal or in today's kroner.
    const value = (row: ComparisonResult['ladders'][number]['rows'][number]) =>
      (row[this.metric] - row.studyCost) / (this.realKroner ? row.growthFactor : 1);
    const series: ChartSeries[] = r.ladders.map((l, i) => ({
      id: `s${i}`,
      label: names[i],
      values: l.rows.map(value),
      kind: 'total' as const,
    }));
    const markers: ChartMarker[] = r.ladders.flatMap((l, i) =>
      l.scenario.events.map((e) => ({
        years: e.year,
        label: `${names[i]}: ${e.type === 'education' ? educationName(e.education) : msg('Nytt ansvarstillegg', { id: 'chart.marker.responsibility' })}`,
      })),
    );
    const tableId = `${this.uid}-table`;
    return html`<section part="results" class="stack">
      <h2 id="${this.uid}-rh">${msg('Slik blir forskjellen', { id: 'compare.results' })}</h2>
      <div class="options">
        <label
          ><input
            type="radio"
            name="metric"
            .checked=${this.metric === 'grossAnnual'}
            @change=${() => this.setMetric('grossAnnual')}
          />${msg('Brutto (før skatt)', { id: 'compare.gross' })}</label
        >
        <label
          ><input
            type="radio"
            name="metric"
            .checked=${this.metric === 'netAnnualEstimate'}
            @change=${() => this.setMetric('netAnnualEstimate')}
          />${msg('Netto (anslag etter skatt)', { id: 'compare.net' })}</label
        >
        ${
          hasGrowth
            ? html`<label
                ><input
                  type="checkbox"
                  .checked=${this.realKroner}
                  @change=${(e: Event) => this.setRealKroner((e.target as HTMLInputElement).checked)}
                />${msg('Vis i dagens kroner', { id: 'compare.realKroner' })}</label
              >`
            : nothing
        }
      </div>
      ${this.renderGrowth()}
      <ul class="findings">
        ${this.findingsText().map((t) => html`<li>${t}</li>`)}
      </ul>
      ${this.renderEstimates(r, names)}
      ${staticHtml`<${unsafeStatic(tags.chart)}
        part="chart"
        .years=${r.ladders[0].rows.map((row) => row.years)}
        .series=${series}
        .markers=${markers}
        .current=${r.years[0]?.years ?? null}
        .summary=${this.findingsText().join(' ')}
        .xLabel=${msg('År med erfaring', { id: 'field.years' })}
        .yLabel=${msg('Kroner i året', { id: 'chart.y' })}
        .yearLabel=${msg('År', { id: 'chart.year' })}
        .locale=${this.locale}
      ></${unsafeStatic(tags.chart)}>`}
      <div>
        <button
          type="button"
          class="secondary"
          aria-expanded=${this.showTable ? 'true' : 'false'}
          aria-controls=${tableId}
          @click=${() => (this.showTable = !this.showTable)}
        >
          ${this.showTable ? msg('Skjul tabellen', { id: 'table.hide' }) : msg('Vis sammenligningen som tabell', { id: 'compare.showTable' })}
        </button>
      </div>
      <div
        id=${tableId}
        class="table-scroll ${this.showTable ? '' : 'collapsed'}"
        role="region"
        tabindex=${this.showTable ? '0' : '-1'}
        aria-label=${msg('Sammenligning år for år', { id: 'compare.tableCaption' })}
      >
        ${this.renderTable(r, names)}
      </div>
      ${this.renderPrintSummary(r, names)}
    </section>`;
  }

  /**
   * Today's pay past the newest tables, per scenario that has an estimate: a range, marked as an
   * estimate and never mixed into the compared figures, which are the tariff figures.
   */
  private renderEstimates(r: ComparisonResult, names: string[]): TemplateResult | typeof nothing {
    const rows = r.ladders.flatMap((x, i) => (x.current.estimate ? [{ name: names[i], e: x.current.estimate }] : []));
    if (!rows.length) return nothing;
    return html`<div class="estimates">
      <p>
        ${msg('Tallene over er tariffbeløp fra de nyeste tabellene. Etter dem er det kjent lønnsoppgjør med publiserte tillegg, men ingen nye tabeller:', { id: 'compare.estimates' })}
      </p>
      <ul>
        ${rows.map(({ name, e }) => html`<li><strong>${name}</strong>: ${estimateLine(e)}</li>`)}
      </ul>
    </div>`;
  }

  /** Only on paper: what each scenario is, and where the figures come from. */
  private renderPrintSummary(r: ComparisonResult, names: string[]): TemplateResult {
    const l = this.locale;
    const dates = [...new Set(r.ladders.map((x) => `${agreementName(x.agreement)}: ${formatDate(x.current.tableDate, l)}`))];
    const sources = new Map<string, string>();
    for (const ladder of r.ladders) {
      const p = ladder.current.parts[0].provenance;
      if (p.source) sources.set(p.source.url, `${p.source.title} (${p.source.publisher})`);
    }
    return html`<div class="print-only">
      <h3>${msg('Scenarioene', { id: 'compare.print.scenarios' })}</h3>
      <ul>
        ${r.ladders.map(
          (x, i) =>
            html`<li>
              <strong>${names[i]}</strong>: ${agreementName(x.scenario.agreement)}, ${educationName(x.scenario.education)},
              ${msg(str`${formatNumber(x.scenario.yearsExperience, l)} års erfaring`, { id: 'compare.print.years' })},
              ${formatNumber(x.scenario.positionPercent, l)} %,
              ${presetName(presetOf(x.scenario.schedule, x.scenario.shifts) ?? 'day')}${x.scenario.events.map((e) =>
                e.type === 'education'
                  ? `, ${msg(str`${educationName(e.education)} fra år ${e.year} (${e.monthsWithoutPay} mnd uten lønn året før)`, { id: 'compare.print.event' })}`
                  : '',
              )}${x.current.estimate ? html`, ${estimateLine(x.current.estimate)}` : nothing}${
                x.scenario.taxArea === 'innsatssonen' ? `, ${msg('skatt for Finnmark og Nord-Troms', { id: 'compare.print.taxArea' })}` : ''
              }
            </li>`,
        )}
      </ul>
      <p>${msg('Satser per', { id: 'compare.print.asOf' })} ${dates.join('; ')}.</p>
      <p>${msg('Kilder:', { id: 'compare.print.sources' })} ${[...sources].map(([url, title]) => html`${title} – ${url}. `)}</p>
      <p>
        ${msg('Åpne sammenligningen igjen:', { id: 'compare.print.link' })}
        <span class="link">${writeShareToUrl(globalThis.location?.href ?? '', this.shareState())}</span>
      </p>
    </div>`;
  }

  /** One growth assumption for all scenarios: projections in nominal kroner, or today's. */
  private renderGrowth(): TemplateResult {
    const error = this.growthError;
    return numberField({
      id: `${this.uid}-growth`,
      cls: 'growth',
      label: msg('Antatt lønnsvekst framover', { id: 'field.growth' }),
      hint: msg('Prosent i året. 0 viser alt i dagens kroner.', { id: 'field.growth.hint' }),
      unit: '%',
      mode: 'decimal',
      value: this.growthDraft ?? editable(this.cards[0]?.scenario.annualGrowth ?? 0, this.locale),
      error: error ? scenarioErrorText(error) : undefined,
      input: this.onGrowth,
    });
  }

  private onGrowth = (text: string): void => {
    this.growthDraft = text;
    const n = typedNumber(text);
    const { errors } = normalizeScenario({ annualGrowth: n }, this.data);
    this.growthError = errors[0] ?? null;
    if (errors.length) {
      this.fail('input', errors);
      return;
    }
    this.cards = this.cards.map((c) => ({ ...c, scenario: { ...c.scenario, annualGrowth: n as number } }));
    this.changed();
  };

  private renderTable(r: ComparisonResult, names: string[]): TemplateResult {
    const l = this.locale;
    const money = (v: number, cls = false) => html`<td class=${cls && v < 0 ? 'neg' : ''}>${formatNok(v, l)}</td>`;
    return html`<table part="table">
      <caption>
        ${msg('Sammenligning år for år', { id: 'compare.tableCaption' })}
      </caption>
      <thead>
        <tr>
          <th scope="col">${msg('År', { id: 'chart.year' })}</th>
          ${names.map((n) => html`<th scope="col">${n}</th>`)}
          ${names.slice(1).map(
            (n) =>
              html`<th scope="col">${msg(str`Forskjell: ${n}`, { id: 'compare.diffCol' })}</th>
                <th scope="col">${msg(str`Samlet forskjell: ${n}`, { id: 'compare.cumCol' })}</th>`,
          )}
        </tr>
      </thead>
      <tbody>
        ${r.years.map(
          (y) =>
            html`<tr class=${y.years > 10 && y.years % 5 !== 0 ? 'minor' : ''}>
              <th scope="row">${y.years}</th>
              ${y.values.map((v) => money(v))} ${y.diffs.slice(1).map((d, k) => html`${money(d, true)}${money(y.cumulative[k + 1], true)}`)}
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  /** One sentence per scenario after the first: lifetime difference and break-even. */
  private findingsText(): string[] {
    const r = this.computed;
    if (!r) return [];
    const l = this.locale;
    const names = this.cards.map((c, i) => this.displayName(c, i));
    const base = names[0];
    const last = r.years[r.years.length - 1]?.years ?? 0;
    const years = formatNumber(last, l);
    return r.lifetime.slice(1).map((diff, k) => {
      const name = names[k + 1];
      const amount = formatNok(Math.abs(diff), l);
      const be = r.breakEven[k + 1];
      const total =
        Math.round(diff) === 0
          ? msg(str`${name} gir det samme som ${base} fram til ${years} års erfaring.`, { id: 'compare.same' })
          : diff > 0
            ? msg(str`${name} gir ${amount} mer enn ${base} samlet fram til ${years} års erfaring.`, { id: 'compare.more' })
            : msg(str`${name} gir ${amount} mindre enn ${base} samlet fram til ${years} års erfaring.`, { id: 'compare.less' });
      return `${total}${breakEvenText(be, name)}`;
    });
  }

  // ---- handlers ------------------------------------------------------------------------------

  private removeCard(i: number): void {
    this.cards = this.cards.filter((_, k) => k !== i);
    this.activeQuick = null;
    this.changed();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.card input')?.focus());
  }

  private rename(i: number, name: string): void {
    const cards = [...this.cards];
    cards[i] = { ...cards[i], name: name.slice(0, MAX_NAME_LENGTH) };
    this.cards = cards;
    this.changed();
  }

  private setRealKroner(on: boolean): void {
    this.realKroner = on;
    this.changed();
  }

  private setMetric(m: CompareMetric): void {
    this.metric = m;
    this.changed();
  }
}

/** A number as the person would type it (no grouping, which `parseUserNumber` cannot read back in English). */
function breakEvenText(be: BreakEven, name: string): string {
  if (be.status !== 'paysOff') return '';
  const years = String(be.afterYears);
  return ` ${msg(str`${name} lønner seg etter ${years} år.`, { id: 'compare.paysOff' })}`;
}

declare global {
  interface HTMLElementTagNameMap {
    'pay-ladder-compare': PayLadderCompare;
  }
  interface HTMLElementEventMap {
    'pay-ladder-compare-change': CustomEvent<CompareChangeDetail>;
    /** From both elements: the whole state (the scenario, or every scenario of a comparison) on every change. */
    'pay-ladder-state-change': CustomEvent<{ state: ShareState }>;
  }
}
