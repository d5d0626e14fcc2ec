/** Only on paper: what each scenario of `<pay-ladder-compare>` is, where the figures come from, and the link back. */
import { html, nothing, type TemplateResult } from 'lit';
import type { ComparisonResult } from '../../model/compare.js';
import { presetOf } from '../../model/presets.js';
import { formatNumber } from '../../i18n/format.js';
import { msg, str, type Locale } from '../../i18n/localize.js';
import { agreementName, educationName, estimateLine } from '../../i18n/labels/index.js';
import { presetName } from '../../i18n/labels/deferred/index.js';
import { sources, tableDates } from './view-model.js';
import { scenariosHeading, sourcesLabel } from '../../i18n/labels/deferred/handout.js';

export function printSummary(r: ComparisonResult, names: readonly string[], l: Locale, link: string): TemplateResult {
  return html`<div class="print-only">
    <h3>${scenariosHeading()}</h3>
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
    <p>${msg('Satser per', { id: 'compare.print.asOf' })} ${tableDates(r, l).join('; ')}.</p>
    <p>${sourcesLabel()} ${sources(r).map(([url, title]) => html`${title} – ${url}. `)}</p>
    <p>
      ${msg('Åpne sammenligningen igjen:', { id: 'compare.print.link' })}
      <span class="link">${link}</span>
    </p>
  </div>`;
}
