/**
 * The calculator's always-visible templates: the workplace and education fields, the number
 * fields, and the result card. Rendering only: they read a `FormContext` made by the element for
 * each render, and every change goes back through it. (The closed parts are in deferred/fields-and-sources.ts.)
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AgreementId, Dataset } from '../../model/dataset-types.js';
import { educationPaths } from '../../model/occupations.js';
import { placeSelect } from '../controls/place-select.js';
import { occupationSelect, offeredOccupations, pathHint, pathName } from '../controls/occupation-select.js';
import { occupationPlural } from './occupation-words.js';
import type { LadderResult, LadderRow } from '../../model/ladder.js';
import type { Scenario, ScenarioError, ScenarioInput } from '../../model/scenario.js';
import { WORKPLACE_GROUPS } from '../../model/workplaces.js';
import { formatDate, formatNok, formatNokPrecise, formatNumber } from '../../i18n/format.js';
import { msg, str, type Locale } from '../../i18n/localize.js';
import {
  agreementHint,
  agreementName,
  estimateLine,
  marketWhatText,
  taxProposedText,
  workplaceGroupName,
} from '../../i18n/labels/index.js';
import { marketPay } from '../../model/rules/market.js';
import type { Provenance } from '../../model/tables.js';
import { numberField } from '../controls/number-field.js';
import { valueAt } from '../form/fields.js';
import { editable } from '../form/formatters.js';
import type { GroupName } from './form-groups.js';
import { annualLabel, educationLabel, hourlyLabel, positionLabel, whySummary, yearsLabel, yearsUnit } from '../../i18n/labels/fields.js';

/** What the calculator's templates (here and in deferred/fields-and-sources.ts) need from the element, made for each render. */
export interface FormContext {
  uid: string;
  locale: Locale;
  scenario: Scenario;
  data: Dataset;
  errors: ReadonlyMap<string, ScenarioError>;
  drafts: ReadonlyMap<string, string>;
  /** The `occupations` attribute: the occupations a picker offers (`null`: no picker). */
  occupations?: string | null;
  /** The full data (a place's sentence, the sources) is about to be wanted. */
  wants?: () => void;
  /** An error's message ('' until the messages have loaded with the closed parts). */
  errorText(e: ScenarioError): string;
  /** Applies a change the person made. */
  apply(input: ScenarioInput): void;
  /** Applies text typed into the number field `field` (kept as typed while it is invalid). */
  typed(field: string, text: string): void;
}

/** A labelled text input for a number field, with hint, unit and error tied to it. */
export function textField(
  c: FormContext,
  field: string,
  label: string,
  hint: string,
  mode: 'numeric' | 'decimal',
  unit: string,
): TemplateResult {
  const error = c.errors.get(field);
  return numberField({
    id: `${c.uid}-${field.replace('.', '-')}`,
    label,
    hint,
    unit,
    mode,
    value: c.drafts.get(field) ?? editable(valueAt(c.scenario, field), c.locale),
    error: error && c.errorText(error),
    input: (text) => c.typed(field, text),
  });
}

/** The first field's name: the place (or, in a dataset without places, the agreement). */
const workplaceLabel = (): string => msg('Hvor jobber du?', { id: 'field.agreement' });

/** The fields always in view: workplace, education, years of experience and position size. */
export function mainFields(c: FormContext): TemplateResult {
  const occupationError = c.errors.get('occupation');
  const placeError = c.errors.get('workplace') ?? c.errors.get('agreement');
  const place = placeSelect({
    id: `${c.uid}-workplace`,
    data: c.data,
    locale: c.locale,
    scenario: c.scenario,
    label: workplaceLabel(),
    error: placeError && c.errorText(placeError),
    explain: true,
    choosePlace: (workplace) => c.apply({ workplace }),
    wants: c.wants,
    chooseAgreement: (agreement) => c.apply({ agreement }),
  });
  return html`${
      occupationSelect({
        id: `${c.uid}-occupation`,
        data: c.data,
        locale: c.locale,
        offered: offeredOccupations(c.occupations, c.data),
        value: c.scenario.occupation,
        error: occupationError && c.errorText(occupationError),
        choose: (input) => c.apply(input),
      }) ?? nothing
    }
    ${place ?? workplaceField(c)} ${educationField(c)}
    <div class="row">
      ${textField(c, 'yearsExperience', yearsLabel(), msg('Ansiennitet i stillingen, hele år', { id: 'field.years.hint' }), 'numeric', yearsUnit())}
      ${textField(c, 'positionPercent', positionLabel(), msg('100 er heltid', { id: 'field.position.hint' }), 'decimal', '%')}
    </div>`;
}

/** "Hvor jobber du?": the workplaces in their groups, as radio cards. */
function workplaceField(c: FormContext): TemplateResult {
  const error = c.errors.get('agreement') ?? c.errors.get('workplace');
  const chosen = c.scenario.agreement;
  // Only the chosen workplace shows its hint (short at 320 px); the others keep theirs for screen readers.
  const card = (id: AgreementId) =>
    html`<label class="choice">
      <input
        type="radio"
        name="agreement"
        .value=${id}
        .checked=${chosen === id}
        aria-invalid=${error ? 'true' : nothing}
        aria-describedby="${c.uid}-agreement-${id}${error ? ` ${c.uid}-agreement-err` : ''}"
        @change=${() => c.apply({ agreement: id })}
      />
      <span class="choice-text"
        ><span class="choice-label">${agreementName(id)}</span>
        <span class="hint ${chosen === id ? '' : 'vh'}" id="${c.uid}-agreement-${id}">${agreementHint(id)}</span></span
      >
    </label>`;
  const group = ([name, ids]: (typeof WORKPLACE_GROUPS)[number]) => {
    const shown = ids.filter((id) => c.data.agreements[id]);
    return shown.length
      ? html`<fieldset class="choice-group">
          <legend>${workplaceGroupName(name)}</legend>
          ${shown.map(card)}
        </fieldset>`
      : nothing;
  };
  return html`<fieldset class="choices" aria-describedby=${error ? `${c.uid}-agreement-err` : nothing}>
    <legend>${workplaceLabel()}</legend>
    ${error ? html`<p class="error" id="${c.uid}-agreement-err">${c.errorText(error)}</p>` : nothing} ${WORKPLACE_GROUPS.map(group)}
  </fieldset>`;
}

function educationField(c: FormContext): TemplateResult {
  const id = `${c.uid}-education`;
  const error = c.errors.get('education');
  return html`<div class="field ${error ? 'invalid' : ''}">
    <label for=${id}>${educationLabel()}</label>
    <select
      id=${id}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby="${id}-hint${error ? ` ${id}-err` : ''}"
      @change=${(e: Event) => c.apply({ education: (e.target as HTMLSelectElement).value as Scenario['education'] })}
    >
      ${educationPaths(c.data, c.scenario.occupation).map(
        (ed) =>
          html`<option .value=${ed} ?selected=${c.scenario.education === ed}>
            ${pathName(c.data, c.scenario.occupation, ed, c.locale)}
          </option>`,
      )}
    </select>
    <p class="hint" id="${id}-hint">${pathHint(c.data, c.scenario.occupation, c.scenario.education, c.locale)}</p>
    ${error ? html`<p class="error" id="${id}-err">${c.errorText(error)}</p>` : nothing}
  </div>`;
}

/** How the element keeps the closed groups: which are open, what a toggle does, and their bodies once loaded. */
export interface GroupsContext {
  open(name: GroupName): boolean;
  toggle: (e: Event) => void;
  /** A group's toggle is pointed at: its code is about to be needed. */
  wants: () => void;
  body(name: GroupName): TemplateResult | typeof nothing;
}

/** The three closed groups of the form. */
export function groupsBlock(g: GroupsContext): TemplateResult {
  const group = (name: GroupName, summary: string) =>
    html`<details class="group" data-group=${name} @toggle=${g.toggle} @pointerover=${g.wants} ?open=${g.open(name)}>
      <summary>${summary}</summary>
      <div class="group-body">${g.body(name)}</div>
    </details>`;
  return html`${group('supplements', msg('Tillegg og ansvar', { id: 'group.supplements' }))}
  ${group('hours', msg('Arbeidstid, turnus og overtid', { id: 'group.hours' }))}
  ${group('more', msg('Flere valg: alder, tidligere år, lønnsvekst', { id: 'group.more' }))}`;
}

/**
 * The result card: the annual pay, the key figures, today's estimate (`estimate`, with its
 * "Hvorfor dette tallet?"), the tax area, a sentence, the next step and the tables' date.
 */
export function summaryCard(c: FormContext, r: LadderResult, estimate: EstimateContext): TemplateResult {
  const row = r.current;
  const l = c.locale;
  return html`<div part="summary" class="summary">
    <p class="figure-label">${annualLabel()}</p>
    <p class="figure">${formatNok(row.grossAnnual, l)}</p>
    <dl class="key-figures">
      <div>
        <dt>${msg('Fast lønn i måneden', { id: 'summary.monthly' })}</dt>
        <dd>${formatNok(row.monthlyPay, l)}</dd>
      </div>
      <div>
        <dt>${hourlyLabel()}</dt>
        <dd>${formatNokPrecise(row.hourly, l)}</dd>
      </div>
      <div>
        <dt>${msg('Netto i måneden (anslag)', { id: 'summary.netMonthly' })}</dt>
        <dd>${formatNok(row.netMonthlyEstimate, l)}</dd>
      </div>
    </dl>
    ${r.taxStatus === 'proposed' ? html`<p class="hint tax-status">${taxProposedText(r.taxYear)}</p>` : nothing}
    ${row.estimate ? estimateBlock(row, estimate) : nothing} ${taxAreaField(c)} ${marketBlock(c, estimate)}
    <p class="sentence">${summaryText(r, l)}</p>
    ${nextStepLine(r, l)}
    <p class="freshness">
      ${msg(str`Satser per ${formatDate(r.rows[r.scenario.yearsExperience].tableDate, l)}`, { id: 'summary.asOf' })}${
        r.freshness.likelyOutdated ? html` – <strong>${msg('nyere satser kan finnes', { id: 'summary.maybeNewer' })}</strong>` : nothing
      }
    </p>
  </div>`;
}

/** What today's estimate and the market pay need from the element: their "Hvorfor dette tallet?" (it loads when opened). */
export interface EstimateContext {
  /** Start loading the explanation and the data's sources (pointer over, focus or opened). */
  wants: () => void;
  why: (row: LadderRow) => TemplateResult | typeof nothing;
  /** The body of the market figure's "Hvorfor dette tallet?". */
  whyMarket: (p: Provenance) => TemplateResult | typeof nothing;
}

/**
 * What people in the occupation actually earn (SSB), beside the tariff figure and never in it: the
 * median a year, the middle half, and one sentence on what SSB counts. Nothing without the data.
 */
function marketBlock(c: FormContext, e: EstimateContext): TemplateResult | typeof nothing {
  const m = marketPay(c.data, c.scenario.occupation);
  if (!m) return nothing;
  const l = c.locale;
  const year = String(m.year);
  const who = occupationPlural(c.data, c.scenario.occupation, l);
  return html`<div class="market">
    <p class="market-line">
      ${msg(str`Hva ${who} tjener, SSB ${year}: median ${formatNok(m.annual.median, l)} i året`, { id: 'market.line' })}
    </p>
    <p class="hint">
      ${msg(str`Halvparten tjener mellom ${formatNok(m.annual.p25, l)} og ${formatNok(m.annual.p75, l)} i året.`, { id: 'market.quartiles' })}
      ${marketWhatText()}
    </p>
    <details class="why" @toggle=${e.wants} @pointerover=${e.wants} @focusin=${e.wants}>
      <summary>${whySummary()}<span class="vh"> – ${msg(str`Hva ${who} tjener`, { id: 'market.name' })}</span></summary>
      ${e.whyMarket(m.provenance)}
    </details>
  </div>`;
}

/** Today's pay past the newest table: a range, marked as an estimate, with its rule and sources. */
function estimateBlock(row: LadderRow, c: EstimateContext): TemplateResult {
  return html`<div class="estimate">
    <p class="estimate-line">${estimateLine(row.estimate!)}</p>
    <details class="why" @toggle=${c.wants} @pointerover=${c.wants} @focusin=${c.wants}>
      <summary>${whySummary()}<span class="vh"> – ${msg('Anslag i dag', { id: 'estimate.name' })}</span></summary>
      ${c.why(row)}
    </details>
  </div>`;
}

/** "Bor du i Finnmark eller Nord-Troms?": the tax area of the net estimate, next to it. */
function taxAreaField(c: FormContext): TemplateResult {
  const id = `${c.uid}-taxArea`;
  return html`<div class="check">
    <input
      id=${id}
      type="checkbox"
      .checked=${c.scenario.taxArea === 'innsatssonen'}
      aria-describedby="${id}-hint"
      @change=${(e: Event) => c.apply({ taxArea: (e.target as HTMLInputElement).checked ? 'innsatssonen' : 'standard' })}
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
export function compactLine(r: LadderResult, l: Locale): TemplateResult {
  const row = r.current;
  return html`<div class="compact" aria-hidden="true">
    <span class="compact-figure">${formatNok(row.grossAnnual, l)}</span>
    <span>${msg('i året', { id: 'compact.perYear' })}</span>
    ${row.estimate ? html`<span class="compact-estimate">${estimateLine(row.estimate)}</span>` : nothing}
    <span>${msg(str`Netto ${formatNok(row.netMonthlyEstimate, l)} i måneden`, { id: 'compact.net' })}</span>
  </div>`;
}

function nextStepLine(r: LadderResult, l: Locale): TemplateResult {
  if (!r.nextStep) {
    return html`<p class="next">${msg('Du er på det øverste ansiennitetstrinnet i tabellen.', { id: 'summary.topStep' })}</p>`;
  }
  const years = formatNumber(r.nextStep.years, l);
  const inYears = formatNumber(r.nextStep.inYears, l);
  const increase = formatNok(r.nextStep.increaseForPosition, l);
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
export function summaryText(r: LadderResult, l: Locale): string {
  const now = formatNok(r.current.grossAnnual, l);
  const later = Math.min(r.scenario.yearsExperience + 10, r.scenario.horizon);
  const at = formatNok(r.rows[later].grossAnnual, l);
  const years = formatNumber(later, l);
  if (later === r.scenario.yearsExperience) return msg(str`Nå: ${now} i året.`, { id: 'summary.sentenceNow' });
  return msg(str`Nå: ${now} i året. Ved ${years} års erfaring: ${at}.`, { id: 'summary.sentence' });
}
