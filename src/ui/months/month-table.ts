/**
 * "Slik blir året ditt", the same in the calculator and the comparison: the choice of year (this
 * year or the next) and the twelve months as a table, with June (holiday pay) and December (half
 * tax) marked in words. The columns are the caller's: the calculator shows one person's gross, tax
 * withheld and net, the comparison each scenario's net.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { ScheduleMonth, ScheduleNoteId, ScheduleResult, ScheduleSummary } from '../../model/rules/schedule.js';
import { formatNok } from '../../i18n/format.js';
import { msg, str, type Locale } from '../../i18n/localize.js';
import { monthNames, scheduleNoteText } from '../../i18n/labels/deferred/conditions.js';

export type ScheduleOk = Extract<ScheduleResult, { ok: true }>;

/** "Hvilket år?": this year or the next, as radio buttons. */
export function yearChoice(o: {
  id: string;
  years: readonly [number, number];
  chosen: number;
  choose(year: number): void;
}): TemplateResult {
  const [now, next] = o.years;
  const option = (year: number, label: string) =>
    html`<label class="choice-inline"
      ><input type="radio" name="${o.id}-year" .checked=${o.chosen === year} @change=${() => o.choose(year)} /> ${label}</label
    >`;
  return html`<fieldset class="year-choice">
    <legend>${msg('Hvilket år?', { id: 'year.which' })}</legend>
    <div class="inline-choices">
      ${option(now, msg(str`I år (${now})`, { id: 'year.thisYear' }))}
      ${option(next, msg(str`Neste år (${next})`, { id: 'year.nextYear' }))}
    </div>
  </fieldset>`;
}

export interface MonthTable {
  id: string;
  caption: string;
  /** The headers after "Måned". */
  headers: readonly string[];
  /** One schedule per column group: the marks come from them (holiday pay where any pays it). */
  schedules: readonly ScheduleOk[];
  /** The cells of a month, one per header. */
  cells: (month: number) => readonly number[];
  /** The "Hele året" row, one per header. */
  totals: readonly number[];
  /** A decorative net/gross bar per month (the calculator's single scenario); hidden from screen readers. */
  bars?: boolean;
  /** Behind a button (the comparison): not shown and not focusable, but printed. */
  collapsed?: boolean;
  locale: Locale;
}

/** The months as a table, in a focusable scrolling region. */
export function monthTable(t: MonthTable): TemplateResult {
  const l = t.locale;
  const names = monthNames(l);
  const first = t.schedules[0]?.summary;
  const months = t.schedules[0]?.months ?? [];
  const max = Math.max(...months.map((m) => m.gross), 1);
  return html`<div
    id=${t.id}
    class="table-scroll ${t.collapsed ? 'collapsed' : ''}"
    tabindex=${t.collapsed ? '-1' : '0'}
    role="region"
    aria-labelledby="${t.id}-caption"
  >
    <table class="months-table">
      <caption id="${t.id}-caption">
        ${t.caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${msg('Måned', { id: 'year.month' })}</th>
          ${t.headers.map((h) => html`<th scope="col">${h}</th>`)}
          ${t.bars ? html`<th scope="col" class="bar-col"><span class="vh">${msg('Netto som stolpe', { id: 'year.bar' })}</span></th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${names.map((name, i) => {
          const mark = first ? monthMark(i + 1, first, t.schedules) : '';
          return html`<tr class=${mark ? 'marked' : ''}>
            <th scope="row">${name}${mark ? html` <span class="mark">(${mark})</span>` : nothing}</th>
            ${t.cells(i + 1).map((v) => html`<td>${formatNok(v, l)}</td>`)} ${t.bars ? bar(months[i], max) : nothing}
          </tr>`;
        })}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">${msg('Hele året', { id: 'year.total' })}</th>
          ${t.totals.map((v) => html`<td>${formatNok(v, l)}</td>`)} ${t.bars ? html`<td class="bar-col"></td>` : nothing}
        </tr>
      </tfoot>
    </table>
  </div>`;
}

/** "feriepenger" in the holiday-pay month where any schedule pays holiday pay; "halv skatt" in the half-withholding month. */
export function monthMark(month: number, s: ScheduleSummary, all: readonly ScheduleOk[]): string {
  if (month === s.holidayPayMonth && all.some((x) => x.summary.holidayPay > 0)) return msg('feriepenger', { id: 'year.markHoliday' });
  if (month === s.halfWithholdingMonth) return msg('halv skatt', { id: 'year.markHalfTax' });
  return '';
}

function bar(m: ScheduleMonth | undefined, max: number): TemplateResult {
  const gross = m?.gross ?? 0;
  const net = m?.net ?? 0;
  return html`<td class="bar-col" aria-hidden="true">
    <svg class="bar" viewBox="0 0 100 1" preserveAspectRatio="none">
      <rect class="bar-gross" width=${(100 * gross) / max} height="1"></rect>
      <rect class="bar-net" width=${gross > 0 ? (100 * net) / max : 0} height="1"></rect>
    </svg>
  </td>`;
}

/** How the tax is withheld through the year, under every month table. */
export function withholdingNote(): string {
  return msg(
    'Skattetrekket er et anslag etter tabelltrekk: trekk i 10,5 måneder, ingen skatt på feriepengene i juni og halv skatt i desember. Den endelige skatten kommer i skatteoppgjøret.',
    { id: 'year.taxNote' },
  );
}

/**
 * The withholding note, then the schedules' notes of the ids `shown`, each once (the comparison
 * shows only what holds for every scenario, such as the year's tax rules being a proposal).
 */
export function scheduleNotes(schedules: readonly ScheduleOk[], shown: (id: ScheduleNoteId) => boolean): TemplateResult {
  const seen = new Set<string>();
  const notes = schedules
    .flatMap((s) => s.summary.notes)
    .filter((n) => shown(n.id))
    .filter((n) => {
      const key = JSON.stringify(n);
      return seen.has(key) ? false : (seen.add(key), true);
    });
  return html`<ul class="year-notes">
    <li>${withholdingNote()}</li>
    ${notes.map((n) => html`<li>${scheduleNoteText(n)}</li>`)}
  </ul>`;
}

/** The year choice and the months table, in both elements. */
export const monthTableStyles = css`
  .year-choice {
    border: 0;
    margin: 0;
    padding: 0;
  }
  .year-choice legend {
    font-weight: 600;
    padding: 0;
    margin-bottom: 0.25em;
  }
  .year-choice .inline-choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
  }
  .year-choice .choice-inline {
    display: flex;
    gap: 0.5em;
    align-items: center;
    min-height: 2.75em;
  }
  .year-choice input {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--_pl-accent);
  }
  .months-table th:first-child {
    text-align: left;
  }
  tr.marked {
    background: color-mix(in srgb, var(--_pl-accent) 10%, var(--_pl-surface));
  }
  .mark {
    font-weight: 400;
    color: var(--_pl-muted);
  }
  .bar-col {
    width: 30%;
    min-width: 4em;
  }
  /* Bars in SVG (attributes, not inline styles: a strict Content-Security-Policy allows them). */
  .bar {
    display: block;
    width: 100%;
    height: 0.75em;
  }
  .bar-gross {
    fill: var(--_pl-grid);
  }
  .bar-net {
    fill: var(--_pl-accent);
  }
  .year-notes {
    margin: 0.25em 0;
    padding-left: 1.25em;
  }
  /* Narrow: the bars (a picture of the figures beside them) give way, the marks go under the month. */
  @container (max-width: 30em) {
    .bar-col {
      display: none;
    }
    .mark {
      display: block;
    }
  }
  @media print {
    .bar-col,
    .year-choice {
      display: none;
    }
  }
`;
