/**
 * The comparison's working conditions side by side (each row marked where the scenarios differ)
 * and each scenario's year month by month after tax. Both are printed on the handout's second page.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ConditionsRow, ScheduleResult } from '../../model/index.js';
import { msg, str, type Locale } from '../../i18n/localize.js';
import { termDetail, termName, termValue } from '../../i18n/labels/deferred/conditions.js';
import { monthTable, scheduleNotes, yearChoice, type ScheduleOk } from '../months/month-table.js';
import { conditionSources, type SecondPageView } from './view-model.js';
import { conditionsHeading, hideTableText, yearFailedText, yearHeading } from '../../i18n/labels/deferred/common.js';
import { sourcesLabel } from '../../i18n/labels/deferred/handout.js';

/** "Arbeidsvilkår": one row per term, one column per scenario; a row that differs says so in words. */
export function conditionsTable(rows: readonly ConditionsRow[], names: readonly string[], uid: string): TemplateResult {
  const differing = rows.filter((r) => r.differs).map((r) => termName(r.id));
  return html`<section class="conditions-compare paper-page" aria-labelledby="${uid}-ch">
    <h3 id="${uid}-ch">${conditionsHeading()}</h3>
    <p>
      ${
        differing.length
          ? msg(str`Ulikt på ${differing.length} av ${rows.length} punkter: ${differing.join(', ')}.`, { id: 'compare.conditions.differ' })
          : msg('Vilkårene er like i alle scenarioene.', { id: 'compare.conditions.same' })
      }
      ${msg('Avtalens tall der det er kjent, ellers lovens minstekrav.', { id: 'compare.conditions.basis' })}
    </p>
    <div class="table-scroll" role="region" tabindex="0" aria-labelledby="${uid}-cc">
      <table class="terms-table">
        <caption id="${uid}-cc">
          ${msg('Arbeidsvilkår side om side', { id: 'compare.conditions.caption' })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${msg('Vilkår', { id: 'compare.conditions.term' })}</th>
            ${names.map((n) => html`<th scope="col">${n}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (r) =>
              html`<tr class=${r.differs ? 'differs' : ''}>
                <th scope="row">
                  ${termName(r.id)}${r.differs ? html` <span class="tag">${msg('ulikt', { id: 'compare.conditions.differs' })}</span>` : nothing}
                </th>
                ${r.terms.map((t) => {
                  const detail = termDetail(t);
                  return html`<td class=${t.value === null ? 'unknown' : ''}>
                    ${termValue(t)} ${detail ? html`<span class="hint">${detail}</span>` : nothing}
                  </td>`;
                })}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </section>`;
}

/** What the comparison's months need: the open state of the table and the year shown, with the choice of year. */
export interface MonthsContext {
  uid: string;
  open: boolean;
  toggle: () => void;
  years: readonly [number, number];
  year: number;
  choose: (year: number) => void;
}

/** "Slik blir året": each scenario's pay after tax month by month in the chosen year (June and December marked). */
export function monthsTable(schedules: readonly ScheduleResult[], names: readonly string[], l: Locale, o: MonthsContext): TemplateResult {
  const ok = schedules.flatMap((s) => (s.ok ? [s] : []));
  return html`<section class="months-compare paper-page" aria-labelledby="${o.uid}-mh">
    <h3 id="${o.uid}-mh">${yearHeading()}</h3>
    ${
      ok.length && ok.length === schedules.length
        ? monthsBody(ok, names, l, o)
        : // A dataset without the payroll rules (an older data-src file): said, as in the calculator.
          html`<p class="alert">${yearFailedText()}</p>`
    }
  </section>`;
}

function monthsBody(schedules: readonly ScheduleOk[], names: readonly string[], l: Locale, o: MonthsContext): TemplateResult {
  const id = `${o.uid}-months`;
  const { year } = o;
  return html`${yearChoice({ id: o.uid, years: o.years, chosen: year, choose: o.choose })}
    <div>
      <button type="button" class="secondary" aria-expanded=${o.open ? 'true' : 'false'} aria-controls=${id} @click=${o.toggle}>
        ${o.open ? hideTableText() : msg(str`Vis utbetalt måned for måned i ${year}`, { id: 'compare.months.show' })}
      </button>
    </div>
    ${monthTable({
      id,
      caption: msg(str`Utbetalt etter skatt måned for måned i ${year} (anslag)`, { id: 'compare.months.caption' }),
      headers: names,
      schedules,
      cells: (m) => schedules.map((s) => s.months[m - 1].net),
      totals: schedules.map((s) => s.summary.net),
      collapsed: !o.open,
      locale: l,
    })}
    ${scheduleNotes(schedules, (id) => id === 'taxProposed' || id === 'taxRulesOfOtherYear')}`;
}

/** Only on paper, after both: where the working conditions come from. */
export function conditionSourcesPrinted(rows: readonly ConditionsRow[]): TemplateResult {
  return html`<p class="print-only sources">
    ${sourcesLabel()} ${conditionSources(rows).map(([url, title]) => html`${title} – ${url}. `)}
  </p>`;
}

/** The handout's second page: the working conditions side by side and the year month by month. */
export function secondPage(view: SecondPageView, names: readonly string[], l: Locale, o: MonthsContext): TemplateResult {
  const { conditions } = view;
  return html`<div class="paper-second">
    ${conditions.ok ? conditionsTable(conditions.rows, names, o.uid) : nothing} ${monthsTable(view.schedules, names, l, o)}
    ${conditions.ok ? conditionSourcesPrinted(conditions.rows) : nothing}
  </div>`;
}
