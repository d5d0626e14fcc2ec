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
import { paySchedule, scheduleYears } from '../../../model/rules/schedule.js';
import { formatNok } from '../../../i18n/format.js';
import { msg, str } from '../../../i18n/localize.js';
import { agreementName, taxProposedText } from '../../../i18n/labels/index.js';
import { monthTable, monthTableStyles, scheduleNotes, yearChoice } from '../../months/month-table.js';
import {
  contractItemText,
  monthNames,
  noticeStepText,
  schedulePartName,
  termDetail,
  termName,
  termValue,
} from '../../../i18n/labels/deferred/conditions.js';
import { yearFailedText } from '../../../i18n/labels/deferred/common.js';

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

/** The body of section `name`, for the calculator whose context `c` is (see result-blocks.ts, yearGroups). */
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
  const { years, preferred } = scheduleYears(today);
  const year = chosenYears.get(c.form.uid) ?? preferred;
  const start = starts.get(c.form.uid) ?? '';
  const r = paySchedule(c.form.scenario, c.form.data, { year, startDate: start && start <= `${year}-12` ? `${start}-01` : null });
  const id = `${c.form.uid}-start`;
  const months = monthNames(l);
  // The start month: before last year, or a month of last year or this year up to now.
  const options: Array<[string, string]> = [['', msg(str`Før ${year - 1}`, { id: 'year.startBefore' })]];
  for (const y of [year - 1, year])
    for (let m = 1; m <= 12 && `${y}-${pad(m)}` <= today.slice(0, 7); m++) options.push([`${y}-${pad(m)}`, `${months[m - 1]} ${y}`]);
  const fields = html`${yearChoice({
      id: c.form.uid,
      years,
      chosen: year,
      choose: (y) => {
        chosenYears.set(c.form.uid, y);
        c.load(Promise.resolve());
      },
    })}
    <div class="field">
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
    return html`${fields}
      <p class="alert">${yearFailedText()}</p>`;
  const s = r.summary;
  const june = r.months[s.holidayPayMonth - 1];
  const december = r.months[s.halfWithholdingMonth - 1];
  return html`${fields}
    <p class="sentence">
      ${msg(
        str`I ${year} får du ca. ${formatNok(s.net, l)} utbetalt etter skatt. I ${months[june.month - 1]}: ${formatNok(june.net, l)}, i ${months[december.month - 1]}: ${formatNok(december.net, l)}.`,
        { id: 'year.summary' },
      )}
    </p>
    ${s.taxStatus === 'proposed' ? html`<p class="hint tax-status">${taxProposedText(s.taxYear)}</p>` : nothing}
    ${monthTable({
      id: `${c.form.uid}-year`,
      caption: msg(str`Måned for måned i ${year} (anslag)`, { id: 'year.caption' }),
      headers: [msg('Brutto', { id: 'year.gross' }), msg('Skattetrekk', { id: 'year.tax' }), msg('Netto', { id: 'year.net' })],
      schedules: [r],
      cells: (m) => [r.months[m - 1].gross, r.months[m - 1].taxWithheld, r.months[m - 1].net],
      totals: [s.gross, s.taxWithheld, s.net],
      bars: true,
      locale: l,
    })}
    ${
      june.parts.some((p) => p.id === 'holidayPay' || p.id === 'holidayDeduction')
        ? html`<p class="hint">
            ${msg(str`${months[june.month - 1]}:`, { id: 'year.juneParts' })}
            ${june.parts.map((p, i) => html`${i ? ' · ' : ''}${schedulePartName(p.id)} ${formatNok(p.amount, l)}`)}
          </p>`
        : nothing
    }
    ${scheduleNotes([r], (id) => id !== 'taxProposed')}`;
}

/** The year each calculator lays out, once the person has chosen one (by the calculator's uid). */
const chosenYears = new Map<string, number>();

const pad = (n: number) => String(n).padStart(2, '0');

export const yearStyles = css`
  ${monthTableStyles}
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
  .contract ul {
    margin: 0.25em 0;
    padding-left: 1.25em;
  }
  .contract h4 {
    margin: 0.75em 0 0.25em;
    font-size: 1em;
  }
`;
