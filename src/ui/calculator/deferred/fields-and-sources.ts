/**
 * The fields and sources of `<pay-ladder>` (closed at first): the fields of the groups "Tillegg og
 * ansvar" and "Arbeidstid, turnus og overtid", the error messages, the year-by-year table's rows
 * and "Hvorfor dette tallet?" (a figure's sources and rule). "Flere valg" is in the first
 * download: more-fields.ts. Not part of the first download: the element loads this module right
 * after its first render (or before it, when a group must be open at once), so the calculator is
 * interactive sooner and nothing visible moves when it arrives.
 *
 * Rendering only: every change goes back through the element (`DetailsContext`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { numberInput } from '../../controls/number-field.js';
import { editable } from '../../form/formatters.js';
import { textField, type FormContext } from '../templates.js';
import { SHIFT_TYPES, type Dataset } from '../../../model/dataset-types.js';
import type { LadderResult, LadderRow } from '../../../model/ladder.js';
import type { MarketView } from '../../../model/rules/market.js';
import { SHIFT_PRESETS, presetOf } from '../../../model/presets.js';
import { normalizeScenario, type Amount, type ScenarioError } from '../../../model/scenario.js';
import { placementFor, type Provenance } from '../../../model/tables.js';
import { formatDate, formatNok, formatNokRange, formatNumber } from '../../../i18n/format.js';
import { msg, str, type Locale } from '../../../i18n/localize.js';
import { presetName } from '../../../i18n/labels/deferred/comparisons.js';
import { scenarioErrorText } from '../../../i18n/labels/deferred/errors.js';
import { shiftName } from '../../../i18n/labels/deferred/parts.js';
import { estimateRuleLines, provenanceText, secondaryText } from '../../../i18n/labels/deferred/provenance.js';
import { ladderTableCaption, netAnnualLabel, yearWord } from '../../../i18n/labels/deferred/common.js';
import {
  customPresetName,
  grossAnnualLabel,
  grossMonthlyLabel,
  minimumLabel,
  nokUnit,
  presetLabel,
} from '../../../i18n/labels/deferred/columns-and-fields.js';

const sourceLabel = (): string => msg('Kilde:', { id: 'prov.source' });
const sourceNoteLabel = (): string => msg('Merknad i kilden:', { id: 'prov.note' });

// The calculator's error messages and the styles of its closed parts come with this chunk.
export { datasetProblemText, scenarioErrorText } from '../../../i18n/labels/deferred/errors.js';
export { closedPartStyles } from './fields-and-sources.styles.js';

/** What the closed parts need from the element, made for each render (the always-visible fields' context). */
export type DetailsContext = FormContext;

/** Errors of fields that have no input of their own (events, horizon, the whole scenario). */
export function generalErrors(errors: ReadonlyMap<string, ScenarioError>): TemplateResult | typeof nothing {
  const shown = new Set([
    'agreement',
    'workplace',
    'education',
    'yearsExperience',
    'positionPercent',
    'tariffDate',
    'age',
    'annualGrowth',
    'overtimeHoursPerYear',
    'localEducationSupplement',
    'schedule',
  ]);
  const rest = [...errors.values()].filter(
    (e) => !shown.has(e.field) && !/^(shifts|responsibilitySupplement|individualSupplement)\./.test(e.field),
  );
  if (!rest.length) return nothing;
  return html`<div class="alert" role="alert">
    <p>${msg('Noen verdier kunne ikke brukes og er satt tilbake:', { id: 'error.general' })}</p>
    <ul>
      ${rest.map((e) => html`<li><code>${e.field || 'scenario'}</code>: ${scenarioErrorText(e)}</li>`)}
    </ul>
  </div>`;
}

/** "Tillegg og ansvar". */
export function supplementsBody(c: DetailsContext): TemplateResult {
  const hasLocal = !!placementFor(c.data, c.scenario.agreement, c.scenario.education)?.localSupplement;
  return html`${amountField(c, 'responsibilitySupplement', msg('Tillegg for ansvar', { id: 'field.responsibility' }), msg('F.eks. fagansvar eller koordinatoransvar', { id: 'field.responsibility.hint' }))}
  ${amountField(c, 'individualSupplement', msg('Personlig tillegg over minstelønn', { id: 'field.individual' }), msg('Det du har forhandlet fram over tariffen', { id: 'field.individual.hint' }))}
  ${
    hasLocal
      ? textField(
          c,
          'localEducationSupplement',
          msg('Fagskoletillegg (kr i året)', { id: 'field.localEducation' }),
          msg('Avtales lokalt på sykehuset, og beløpet er ikke publisert. Spør arbeidsgiver eller tillitsvalgt.', {
            id: 'field.localEducation.hint',
          }),
          'numeric',
          nokUnit(),
        )
      : nothing
  }`;
}

/** "Arbeidstid, turnus og overtid". */
export function hoursBody(c: DetailsContext): TemplateResult {
  const s = c.scenario;
  const preset = presetOf(s.schedule, s.shifts);
  const presetId = `${c.uid}-preset`;
  const scheduleError = c.errors.get('schedule');
  const onPreset = (e: Event) => {
    const p = SHIFT_PRESETS.find((x) => x.id === (e.target as HTMLSelectElement).value);
    if (p) c.apply({ schedule: p.schedule, shifts: { ...p.shifts } });
  };
  // Options are selected through the `selected` property, not the attribute: Firefox does not
  // select an option cloned with its <select> from the template (here "custom") when the attribute
  // is added later, and by the standard no engine does once the user has picked that option.
  return html`<div class="field">
      <label for=${presetId}>${presetLabel()}</label>
      <select id=${presetId} aria-describedby="${presetId}-hint" @change=${onPreset}>
        ${SHIFT_PRESETS.map((p) => html`<option .value=${p.id} .selected=${preset === p.id}>${presetName(p.id)}</option>`)}
        <option value="custom" .selected=${preset === null}>${customPresetName()}</option>
      </select>
      <p class="hint" id="${presetId}-hint">
        ${msg('Turnusvalgene er eksempler på timer i uka. Juster timene under slik at de passer din turnus.', { id: 'field.preset.hint' })}
      </p>
    </div>
    <fieldset class="subgroup">
      <legend>${msg('Timer i uka med tillegg (snitt)', { id: 'field.shifts' })}</legend>
      <div class="row row-4">
        ${SHIFT_TYPES.map((t) => textField(c, `shifts.${t}`, shiftName(t), '', 'decimal', msg('t/uke', { id: 'unit.hoursPerWeek' })))}
      </div>
    </fieldset>
    <div class="field">
      <span class="label" id="${c.uid}-schedule-l">${msg('Ukentlig arbeidstid', { id: 'field.schedule' })}</span>
      <div
        class="inline-choices"
        role="radiogroup"
        aria-labelledby="${c.uid}-schedule-l"
        aria-invalid=${scheduleError ? 'true' : nothing}
        aria-describedby=${scheduleError ? `${c.uid}-schedule-err` : nothing}
      >
        ${(['day', 'rotating'] as const).map(
          (v) =>
            html`<label class="choice-inline"
              ><input type="radio" name="schedule" .checked=${s.schedule === v} @change=${() => c.apply({ schedule: v })} />
              ${v === 'day' ? msg('37,5 timer (dagtid)', { id: 'schedule.day' }) : msg('35,5 timer (turnus)', { id: 'schedule.rotating' })}</label
            >`,
        )}
      </div>
      ${scheduleError ? html`<p class="error" id="${c.uid}-schedule-err">${scenarioErrorText(scheduleError)}</p>` : nothing}
    </div>
    ${textField(c, 'overtimeHoursPerYear', msg('Overtid, timer i året', { id: 'field.overtime' }), '', 'decimal', msg('t/år', { id: 'unit.hoursPerYear' }))}`;
}

/** kr a year or % of the tariff minimum. */
function amountField(
  c: DetailsContext,
  field: 'responsibilitySupplement' | 'individualSupplement',
  label: string,
  hint: string,
): TemplateResult {
  const amount = c.scenario[field];
  const id = `${c.uid}-${field}`;
  const error = c.errors.get(`${field}.value`) ?? c.errors.get(field);
  const value = c.drafts.get(`${field}.value`) ?? editable(amount.value, c.locale);
  // A new unit keeps the amount when it fits the unit's range, else starts again at 0.
  const onUnit = (e: Event) => {
    const unit = (e.target as HTMLSelectElement).value as Amount['unit'];
    const fits = normalizeScenario({ [field]: { unit, value: amount.value } }, c.data).errors.length === 0;
    c.apply({ [field]: { unit, value: fits ? amount.value : 0 } });
  };
  return html`<fieldset class="subgroup amount ${error ? 'invalid' : ''}">
    <legend>${label}</legend>
    <p class="hint" id="${id}-hint">${hint}</p>
    <div class="row">
      <div class="field">
        <label for="${id}-v">${msg('Beløp', { id: 'field.amount' })}</label>
        ${numberInput({
          id: `${id}-v`,
          mode: 'decimal',
          value,
          describedBy: `${id}-hint${error ? ` ${id}-err` : ''}`,
          error: error && scenarioErrorText(error),
          input: (text) => c.typed(`${field}.value`, text),
        })}
      </div>
      <div class="field">
        <label for="${id}-u">${msg('Enhet', { id: 'field.unit' })}</label>
        <select id="${id}-u" @change=${onUnit}>
          <option value="nok" .selected=${amount.unit === 'nok'}>${msg('kr i året', { id: 'unit.nokPerYear' })}</option>
          <option value="percent" .selected=${amount.unit === 'percent'}>${msg('% av minstelønn', { id: 'unit.percentOfMinimum' })}</option>
        </select>
      </div>
    </div>
    ${error ? html`<p class="error" id="${id}-err">${scenarioErrorText(error)}</p>` : nothing}
  </fieldset>`;
}

/** The ladder year by year; `market` (what helsesekretærer earn, SSB) as the last row when the chart shows it. */
export function ladderTable(r: LadderResult, l: Locale, market: MarketView | null): TemplateResult {
  const estimates = r.rows.some((row) => row.estimate);
  return html`<table part="table">
    <caption>
      ${ladderTableCaption()}
    </caption>
    <thead>
      <tr>
        <th scope="col">${yearWord()}</th>
        <th scope="col">${minimumLabel()}</th>
        <th scope="col">${grossAnnualLabel()}</th>
        <th scope="col">${grossMonthlyLabel()}</th>
        <th scope="col">${netAnnualLabel()}</th>
        ${estimates ? html`<th scope="col">${msg('Anslag i dag, brutto i året (ikke tariffbeløp)', { id: 'table.estimate' })}</th>` : nothing}
      </tr>
    </thead>
    <tbody>
      ${r.rows.map(
        (row: LadderRow) =>
          html`<tr class=${row.years === r.scenario.yearsExperience ? 'now' : ''}>
            <th scope="row">${row.years}</th>
            <td>${formatNok(row.parts[0].amount, l)}</td>
            <td>${formatNok(row.grossAnnual, l)}</td>
            <td>${formatNok(row.grossMonthly, l)}</td>
            <td>${formatNok(row.netAnnualEstimate, l)}</td>
            ${estimates ? html`<td>${row.estimate ? formatNokRange(row.estimate.low, row.estimate.high, l) + (row.estimate.high === null ? '+' : '') : '–'}</td>` : nothing}
          </tr>`,
      )}
    </tbody>
    ${
      market
        ? html`<tfoot>
            <tr>
              <th scope="row">${msg(str`SSB ${String(market.year)}`, { id: 'table.market' })}</th>
              <td colspan=${estimates ? 5 : 4}>
                ${msg(
                  str`Median for helsesekretærer ${formatNok(market.annual.median, l)} i året, midterste halvdel ${formatNok(market.annual.p25, l)}–${formatNok(market.annual.p75, l)} (heltid, ikke tariffbeløp)`,
                  { id: 'table.marketRow' },
                )}
              </td>
            </tr>
          </tfoot>`
        : nothing
    }
  </table>`;
}

/** "Hvorfor dette tallet?": kind, agreement, group and step, date, source, note, and what it is made of. */
export function provenance(p: Provenance, data: Dataset, l: Locale): TemplateResult {
  const agreement = p.agreement ? data.agreements[p.agreement] : undefined;
  const group = p.group && agreement?.payGroups?.[p.group];
  return html`<div class="provenance">
    <p>
      ${provenanceText(p)}${p.verified === false && p.verification !== 'secondary' ? html` <strong>${msg('(ikke kontrollert mot gjeldende avtaletekst)', { id: 'prov.unverified' })}</strong>` : nothing}
    </p>
    ${p.verification === 'secondary' ? html`<p><strong>${secondaryText()}</strong></p>` : nothing}
    ${agreement ? html`<p>${msg('Avtale:', { id: 'prov.agreement' })} ${agreement.name}${group ? html` – ${group}` : nothing}${p.step !== undefined ? html`, ${msg(str`${formatNumber(p.step, l)} års ansiennitet`, { id: 'prov.step' })}` : nothing}</p>` : nothing}
    ${p.effectiveFrom ? html`<p>${msg(str`Gjelder fra ${formatDate(p.effectiveFrom, l)}`, { id: 'prov.effective' })}</p>` : nothing}
    ${p.source ? html`<p>${sourceLabel()} <a href=${safeUrl(p.source.url)} target="_blank" rel="noopener noreferrer">${p.source.title}</a> (${p.source.publisher})</p>` : nothing}
    ${
      p.rule?.ruleSource && p.rule.ruleSource !== p.source
        ? html`<p>
            ${msg('Kilde for tillegget:', { id: 'prov.ruleSource' })}
            <a href=${safeUrl(p.rule.ruleSource.url)} target="_blank" rel="noopener noreferrer">${p.rule.ruleSource.title}</a>
          </p>`
        : nothing
    }
    ${p.note ? html`<p>${sourceNoteLabel()} <span lang="nb">${p.note}</span></p>` : nothing}
    ${
      p.inputs?.length
        ? html`<ul>
            ${p.inputs.map((i) => html`<li>${provenance(i, data, l)}</li>`)}
          </ul>`
        : nothing
    }
  </div>`;
}

/** Whether the data's words (source titles, links, notes) are there: the bundled figures come first. */
export type SourcesState = 'ready' | 'loading' | 'failed';

/** A figure's sources once the data's words are there; until then what is happening. */
export function sourced(state: SourcesState, render: () => TemplateResult): TemplateResult {
  if (state === 'ready') return render();
  return html`<p class="provenance">
    ${
      state === 'failed'
        ? msg('Kildene kunne ikke hentes. Last inn siden på nytt for å se dem.', { id: 'prov.textsFailed' })
        : msg('Henter kildene …', { id: 'prov.loading' })
    }
  </p>`;
}

/**
 * "Hvorfor dette tallet?" for an estimate: the rule in words for each bound, then each pay round
 * with its source, the quoted line and any caveat from the data.
 */
export function estimateExplanation(row: LadderRow, data: Dataset, l: Locale): TemplateResult {
  const e = row.estimate!;
  const lines = estimateRuleLines(e, row.tariffMinimum);
  return html`<div class="provenance">
    <p>${provenanceText(e.provenance)}</p>
    ${
      e.newerTable
        ? html`<p>
            ${msg(
              str`Tabellen fra ${formatDate(e.newerTable, l)} har ikke dette trinnet. Tallet er fra tabellen fra ${formatDate(e.tableDate, l)}, og anslaget legger til oppgjørene etter den.`,
              { id: 'estimate.olderTable' },
            )}
          </p>`
        : nothing
    }
    <p>${lines.low}</p>
    <p>${lines.high}</p>
    <ul>
      ${e.rounds.map(
        (r) =>
          html`<li>
            <p>${msg(str`Lønnsoppgjøret fra ${formatDate(r.effectiveFrom, l)}`, { id: 'estimate.round' })}</p>
            ${[r.provenance, ...(r.provenance.inputs ?? [])].map(
              (p) =>
                html`${p.source ? html`<p>${sourceLabel()} <a href=${safeUrl(p.source.url)} target="_blank" rel="noopener noreferrer">${p.source.title}</a> (${p.source.publisher})</p>` : nothing}
                ${p.quote ? html`<p>${msg('Sitat:', { id: 'estimate.quote' })} <q>${p.quote}</q></p>` : nothing}`,
            )}
            ${r.provenance.note ? html`<p>${sourceNoteLabel()} <span lang="nb">${r.provenance.note}</span></p>` : nothing}
          </li>`,
      )}
    </ul>
    ${provenance(e.provenance.inputs?.[0] ?? { kind: 'missing' }, data, l)}
  </div>`;
}

function safeUrl(url: string): string {
  return /^https?:\/\//i.test(url) ? url : '#';
}
