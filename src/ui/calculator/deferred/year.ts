/**
 * "Arbeidsvilkår" and "Slik blir året ditt": the working conditions of the chosen workplace, term
 * by term with their sources, and the year month by month (holiday pay in June, half tax in
 * December). A chunk of its own: the element loads it when one of the two is pointed at, focused
 * or opened, with the full dataset (the conditions are not in the first download's figures).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Provenance } from '../../../model/tables.js';
import type { FormContext } from '../templates.js';
import { conditionsOf, type Term } from '../../../model/rules/conditions.js';
import { todayIso } from '../../../model/dates.js';
import { paySchedule, type ScheduleMonth } from '../../../model/rules/schedule.js';
import { formatNok } from '../../../i18n/format.js';
import { msg, str } from '../../../i18n/localize.js';
import { agreementName } from '../../../i18n/labels/index.js';
import {
  contractItemText,
  monthNames,
  noticeStepText,
  scheduleNoteText,
  schedulePartName,
  termDetail,
  termName,
  termValue,
} from '../../../i18n/labels/deferred/conditions.js';

/** What the two sections need from the calculator. */
export interface YearGroupsContext {
  form: FormContext;
  /** The body of a figure's "Hvorfor?" (it loads when opened). */
  why: (p: Provenance) => TemplateResult | typeof nothing;
  /** Start loading what a "Hvorfor?" needs: its words and the data's sources. */
  wants: () => void;
  /** Re-render the calculator when this work is done. */
  load: (work: Promise<unknown>) => void;
  /** The full dataset (the conditions are not in the first download's figures): here, loading or failed (parts.ts, sourcesState). */
  data: 'ready' | 'loading' | 'failed';
}

/** The body of section `name`, for the calculator whose context `c` is (see below.ts, yearGroups). */
export function section(name: 'conditions' | 'year', c: YearGroupsContext): TemplateResult {
  return name === 'conditions' ? conditionsSection(c) : yearSection(c);
}

/** When each calculator's person started in the job ('' = before last year), by the calculator's uid. */
const starts = new Map<string, string>();

// ---- Arbeidsvilkår ---------------------------------------------------------------------------

function conditionsSection(c: YearGroupsContext): TemplateResult {
  const r = conditionsOf(c.form.scenario, c.form.data);
  if (!r.ok) return html`<p class="alert">${msg('Arbeidsvilkårene kan ikke vises for disse valgene.', { id: 'conditions.failed' })}</p>`;
  const contract = r.terms.find((t) => t.id === 'writtenContract');
  const noAgreement = c.form.data.agreements[r.agreement]?.coverage === 'none';
  return html`<div class="conditions">
    <p class="hint">
      ${msg(str`${agreementName(r.agreement)}: etter avtalen der den er kjent, ellers lovens minstekrav.`, { id: 'conditions.intro' })}
    </p>
    <dl class="terms">${r.terms.filter((t) => t.id !== 'writtenContract').map((t) => term(c, t))}</dl>
    ${
      noAgreement && contract?.items?.length
        ? html`<section class="contract" aria-labelledby="${c.form.uid}-contract-h">
            <h4 id="${c.form.uid}-contract-h">${msg('Sjekk kontrakten din', { id: 'conditions.contractHeading' })}</h4>
            <p class="hint">
              ${msg('Uten tariffavtale er arbeidsavtalen det som gjelder. Loven krever at den er skriftlig og sier dette:', {
                id: 'conditions.contractIntro',
              })}
            </p>
            <ul>
              ${contract.items.map((i) => html`<li>${contractItemText(i)}</li>`)}
            </ul>
            ${why(c, contract)}
          </section>`
        : nothing
    }
  </div>`;
}

function term(c: YearGroupsContext, t: Term): TemplateResult {
  const detail = termDetail(t);
  return html`<div class="term">
    <dt>${termName(t.id)}</dt>
    <dd>
      <span class=${t.value === null ? 'unknown' : 'value'}>${termValue(t)}</span>
      ${detail ? html`<span class="hint">${detail}</span>` : nothing}
      ${
        t.steps?.length && t.basis === 'law'
          ? html`<ul class="steps">
              ${t.steps.map((s) => html`<li>${noticeStepText(s)}</li>`)}
            </ul>`
          : nothing
      }
      ${why(c, t)}
    </dd>
  </div>`;
}

function why(c: YearGroupsContext, t: Term): TemplateResult {
  return html`<details class="why" @toggle=${c.wants} @pointerover=${c.wants} @focusin=${c.wants}>
    <summary>${msg('Hvorfor?', { id: 'conditions.why' })}<span class="vh"> – ${termName(t.id)}</span></summary>
    ${c.why(t.provenance)}
  </details>`;
}

// ---- Slik blir året ditt ---------------------------------------------------------------------

function yearSection(c: YearGroupsContext): TemplateResult {
  const l = c.form.locale;
  const today = todayIso();
  const year = Number(today.slice(0, 4));
  const start = starts.get(c.form.uid) ?? '';
  const r = paySchedule(c.form.scenario, c.form.data, { year, startDate: start ? `${start}-01` : null });
  const id = `${c.form.uid}-start`;
  const months = monthNames(l);
  // The start month: before last year, or a month of last year or this year up to now.
  const options: Array<[string, string]> = [['', msg(str`Før ${year - 1}`, { id: 'year.startBefore' })]];
  for (const y of [year - 1, year])
    for (let m = 1; m <= 12 && `${y}-${pad(m)}` <= today.slice(0, 7); m++) options.push([`${y}-${pad(m)}`, `${months[m - 1]} ${y}`]);
  const field = html`<div class="field">
    <label for=${id}>${msg('Når begynte du i jobben?', { id: 'year.start' })}</label>
    <select
      id=${id}
      aria-describedby="${id}-hint"
      @change=${(e: Event) => {
        starts.set(c.form.uid, (e.target as HTMLSelectElement).value);
        c.load(Promise.resolve());
      }}
    >
      ${options.map(([v, label]) => html`<option .value=${v} ?selected=${v === start}>${label}</option>`)}
    </select>
    <p class="hint" id="${id}-hint">${msg('Feriepengene du får i juni, er opptjent året før.', { id: 'year.startHint' })}</p>
  </div>`;
  if (!r.ok)
    return html`${field}
      <p class="alert">${msg('Året kan ikke regnes ut med disse dataene.', { id: 'year.failed' })}</p>`;
  const s = r.summary;
  const max = Math.max(...r.months.map((m) => m.gross), 1);
  const special = (m: ScheduleMonth) =>
    m.month === s.holidayPayMonth && s.holidayPay > 0
      ? msg('feriepenger', { id: 'year.markHoliday' })
      : m.month === s.halfWithholdingMonth
        ? msg('halv skatt', { id: 'year.markHalfTax' })
        : '';
  const june = r.months[s.holidayPayMonth - 1];
  const december = r.months[s.halfWithholdingMonth - 1];
  return html`${field}
    <p class="sentence">
      ${msg(
        str`I ${year} får du ca. ${formatNok(s.net, l)} utbetalt etter skatt. I ${months[june.month - 1]}: ${formatNok(june.net, l)}, i ${months[december.month - 1]}: ${formatNok(december.net, l)}.`,
        { id: 'year.summary' },
      )}
    </p>
    <div class="table-scroll" tabindex="0" role="region" aria-labelledby="${c.form.uid}-year-caption">
      <table class="year-table">
        <caption id="${c.form.uid}-year-caption">
          ${msg(str`Måned for måned i ${year} (anslag)`, { id: 'year.caption' })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${msg('Måned', { id: 'year.month' })}</th>
            <th scope="col">${msg('Brutto', { id: 'year.gross' })}</th>
            <th scope="col">${msg('Skattetrekk', { id: 'year.tax' })}</th>
            <th scope="col">${msg('Netto', { id: 'year.net' })}</th>
            <th scope="col" class="bar-col"><span class="vh">${msg('Netto som stolpe', { id: 'year.bar' })}</span></th>
          </tr>
        </thead>
        <tbody>
          ${r.months.map((m) => {
            const mark = special(m);
            return html`<tr class=${mark ? 'marked' : ''}>
              <th scope="row">${months[m.month - 1]}${mark ? html` <span class="mark">(${mark})</span>` : nothing}</th>
              <td>${formatNok(m.gross, l)}</td>
              <td>${formatNok(m.taxWithheld, l)}</td>
              <td>${formatNok(m.net, l)}</td>
              <td class="bar-col" aria-hidden="true">
                <svg class="bar" viewBox="0 0 100 1" preserveAspectRatio="none">
                  <rect class="bar-gross" width=${(100 * m.gross) / max} height="1"></rect>
                  <rect class="bar-net" width=${m.gross > 0 ? (100 * m.net) / max : 0} height="1"></rect>
                </svg>
              </td>
            </tr>`;
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">${msg('Hele året', { id: 'year.total' })}</th>
            <td>${formatNok(s.gross, l)}</td>
            <td>${formatNok(s.taxWithheld, l)}</td>
            <td>${formatNok(s.net, l)}</td>
            <td class="bar-col"></td>
          </tr>
        </tfoot>
      </table>
    </div>
    ${
      june.parts.some((p) => p.id === 'holidayPay' || p.id === 'holidayDeduction')
        ? html`<p class="hint">
            ${msg(str`${months[june.month - 1]}:`, { id: 'year.juneParts' })}
            ${june.parts.map((p, i) => html`${i ? ' · ' : ''}${schedulePartName(p.id)} ${formatNok(p.amount, l)}`)}
          </p>`
        : nothing
    }
    <ul class="year-notes">
      <li>
        ${msg(
          'Skattetrekket er et anslag etter tabelltrekk: trekk i 10,5 måneder, ingen skatt på feriepengene i juni og halv skatt i desember. Den endelige skatten kommer i skatteoppgjøret.',
          { id: 'year.taxNote' },
        )}
      </li>
      ${s.notes.map((n) => html`<li>${scheduleNoteText(n)}</li>`)}
    </ul>`;
}

const pad = (n: number) => String(n).padStart(2, '0');

export const yearStyles = css`
  .terms {
    margin: 0;
    display: flex;
    flex-direction: column;
  }
  .term {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.125em;
    padding: 0.5em 0;
    border-bottom: 1px solid var(--_pl-grid);
  }
  .term dt {
    font-weight: 600;
  }
  .term dd {
    margin: 0;
    display: flex;
    flex-direction: column;
    gap: 0.125em;
  }
  .unknown {
    font-style: italic;
    color: var(--_pl-muted);
  }
  .steps,
  .year-notes,
  .contract ul {
    margin: 0.25em 0;
    padding-left: 1.25em;
  }
  .contract h4 {
    margin: 0.75em 0 0.25em;
    font-size: 1em;
  }
  .year-table th:first-child {
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
    .bar-col {
      display: none;
    }
  }
`;
