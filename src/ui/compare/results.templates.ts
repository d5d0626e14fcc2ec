/** The templates of `<pay-ladder-compare>`'s results: the metric options, the growth field, the findings, the estimates, the chart and the year-by-year table. */
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { CompareMetric, ComparisonResult, ScenarioError } from '../../model/index.js';
import { formatNok } from '../../i18n/format.js';
import { msg, str, type Locale } from '../../i18n/localize.js';
import { estimateLine } from '../../i18n/labels/index.js';
import type { MarketView } from '../../model/rules/market.js';
import { marketLine, taxStatusLine } from './beside.templates.js';
import { scenarioErrorText } from '../../i18n/labels/deferred/index.js';
import { tags } from '../base/registry.js';
import { numberField } from '../controls/number-field.js';
import { editable } from '../form/formatters.js';
import type { CompareView } from './view-model.js';
import { printSummary } from './print-summary.js';
import { growthHint, growthLabel, yearsLabel } from '../../i18n/labels/fields.js';
import { hideTableText, kronerPerYearLabel, yearWord } from '../../i18n/labels/deferred/common.js';

const comparisonTableCaption = (): string => msg('Sammenligning år for år', { id: 'compare.tableCaption' });

export interface ResultsContext {
  /** Prefix of the ids in the results. */
  uid: string;
  locale: Locale;
  metric: CompareMetric;
  realKroner: boolean;
  hasGrowth: boolean;
  showTable: boolean;
  /** The growth field: what was typed (null = show `value`), the value and the model's error. */
  growth: { draft: string | null; value: number; error: ScenarioError | null };
  /** The link that opens the comparison again (for the printed summary). */
  link: string;
  /** What helsesekretærer earn (SSB), beside the figures and never in them; null without the data. */
  market: MarketView | null;
  /** Whom `market` counts: the first card's occupation, in the plural. */
  marketWho: string;
  setMetric(m: CompareMetric): void;
  setRealKroner(on: boolean): void;
  toggleTable(): void;
  growthInput(text: string): void;
}

export function resultsTemplate(r: ComparisonResult, v: CompareView, o: ResultsContext): TemplateResult {
  const tableId = `${o.uid}-table`;
  const summary = v.findings.join(' ');
  return html`<section part="results" class="stack">
    <h2 id="${o.uid}-rh">${msg('Slik blir forskjellen', { id: 'compare.results' })}</h2>
    <div class="options">
      <label
        ><input type="radio" name="metric" .checked=${o.metric === 'grossAnnual'} @change=${() => o.setMetric('grossAnnual')} />${msg(
          'Brutto (før skatt)',
          { id: 'compare.gross' },
        )}</label
      >
      <label
        ><input
          type="radio"
          name="metric"
          .checked=${o.metric === 'netAnnualEstimate'}
          @change=${() => o.setMetric('netAnnualEstimate')}
        />${msg('Netto (anslag etter skatt)', { id: 'compare.net' })}</label
      >
      ${
        o.hasGrowth
          ? html`<label
              ><input
                type="checkbox"
                .checked=${o.realKroner}
                @change=${(e: Event) => o.setRealKroner((e.target as HTMLInputElement).checked)}
              />${msg('Vis i dagens kroner', { id: 'compare.realKroner' })}</label
            >`
          : nothing
      }
    </div>
    ${growthField(o)}
    <ul class="findings">
      ${v.findings.map((t) => html`<li>${t}</li>`)}
    </ul>
    ${o.metric === 'netAnnualEstimate' ? taxStatusLine(r) : nothing} ${estimatesTemplate(v)} ${marketLine(o.market, o.locale, o.marketWho)}
    ${staticHtml`<${unsafeStatic(tags.chart)}
      part="chart"
      .years=${v.years}
      .series=${v.series}
      .markers=${v.markers}
      .current=${v.current}
      .summary=${summary}
      .xLabel=${yearsLabel()}
      .yLabel=${kronerPerYearLabel()}
      .yearLabel=${yearWord()}
      .locale=${o.locale}
    ></${unsafeStatic(tags.chart)}>`}
    <div>
      <button
        type="button"
        class="secondary"
        aria-expanded=${o.showTable ? 'true' : 'false'}
        aria-controls=${tableId}
        @click=${() => o.toggleTable()}
      >
        ${o.showTable ? hideTableText() : msg('Vis sammenligningen som tabell', { id: 'compare.showTable' })}
      </button>
    </div>
    <div
      id=${tableId}
      class="table-scroll ${o.showTable ? '' : 'collapsed'}"
      role="region"
      tabindex=${o.showTable ? '0' : '-1'}
      aria-label=${comparisonTableCaption()}
    >
      ${tableTemplate(r, v, o.locale)}
    </div>
    ${printSummary(r, v.names, o.locale, o.link)}
  </section>`;
}

/** One growth assumption for all scenarios: projections in nominal kroner, or today's. */
function growthField(o: ResultsContext): TemplateResult {
  const error = o.growth.error;
  return numberField({
    id: `${o.uid}-growth`,
    cls: 'growth',
    label: growthLabel(),
    hint: growthHint(),
    unit: '%',
    mode: 'decimal',
    value: o.growth.draft ?? editable(o.growth.value, o.locale),
    error: error ? scenarioErrorText(error) : undefined,
    input: (text) => o.growthInput(text),
  });
}

/**
 * Today's pay past the newest tables, per scenario that has an estimate: a range, marked as an
 * estimate and never mixed into the compared figures, which are the tariff figures.
 */
function estimatesTemplate(v: CompareView): TemplateResult | typeof nothing {
  if (!v.estimates.length) return nothing;
  return html`<div class="estimates">
    <p>
      ${msg('Tallene over er tariffbeløp fra de nyeste tabellene. Etter dem er det kjent lønnsoppgjør med publiserte tillegg, men ingen nye tabeller:', { id: 'compare.estimates' })}
    </p>
    <ul>
      ${v.estimates.map(({ name, estimate }) => html`<li><strong>${name}</strong>: ${estimateLine(estimate)}</li>`)}
    </ul>
  </div>`;
}

function tableTemplate(r: ComparisonResult, v: CompareView, l: Locale): TemplateResult {
  const money = (value: number, cls = false) => html`<td class=${cls && value < 0 ? 'neg' : ''}>${formatNok(value, l)}</td>`;
  return html`<table part="table">
    <caption>
      ${comparisonTableCaption()}
    </caption>
    <thead>
      <tr>
        <th scope="col">${yearWord()}</th>
        ${v.names.map((n) => html`<th scope="col">${n}</th>`)}
        ${v.names.slice(1).map(
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
            ${y.values.map((value) => money(value))}
            ${y.diffs.slice(1).map((d, k) => html`${money(d, true)}${money(y.cumulative[k + 1], true)}`)}
          </tr>`,
      )}
    </tbody>
  </table>`;
}
