/**
 * The blocks under the calculator's results: "Slik er lønnen regnet ut", "Verdt å vite", the
 * table toggle, the comparison block and (from the share controller) the share block. Not part of
 * the first download: the element loads this module when it comes near the viewport, after its
 * first paint, and renders all of it at once under everything else, so nothing above moves.
 * What these blocks open (a figure's sources, the table's rows, the comparison) loads when opened.
 */
import { html, nothing, type CSSResult, type TemplateResult } from 'lit';
import { DeferredPart } from '../../base/deferred.js';
import type { YearGroupsContext } from './year.js';
import type { LadderResult } from '../../../model/ladder.js';
import type { Provenance } from '../../../model/tables.js';
import { formatNok, formatNokPrecise } from '../../../i18n/format.js';
import { msg, type Locale } from '../../../i18n/localize.js';
import { noteText } from '../../../i18n/labels/deferred/notes.js';
import { partName } from '../../../i18n/labels/deferred/parts.js';
import { partFailedText } from '../../../i18n/labels/index.js';
import { annualLabel, hourlyLabel, whySummary } from '../../../i18n/labels/fields.js';
import {
  conditionsHeading,
  hideTableText,
  ladderTableCaption,
  netAnnualLabel,
  pensionLabel,
  taxLabel,
  unknownValue,
  yearHeading,
} from '../../../i18n/labels/deferred/common.js';

export { belowStyles } from './result-blocks.styles.js';
export { shareBlock } from '../../share/deferred/share-block.js';

/** What the breakdown needs from the calculator. */
export interface BreakdownContext {
  uid: string;
  locale: Locale;
  /** The body of a figure's "Hvorfor dette tallet?" (it loads when opened). */
  why: (p: Provenance) => TemplateResult | typeof nothing;
  /** Start loading what a "Hvorfor dette tallet?" needs (pointer over or focus on it, or opened). */
  wants: (e: Event) => void;
}

/** "Slik er lønnen regnet ut": each part of this year's pay and the other figures, with their sources. */
export function breakdown(r: LadderResult, c: BreakdownContext): TemplateResult {
  const row = r.current;
  const l = c.locale;
  const extra: Array<[string, number | null, Provenance | null]> = [
    [hourlyLabel(), row.hourly, r.provenance.hourly],
    [msg('Feriepenger opptjent i året (utbetales neste juni)', { id: 'breakdown.holidayPay' }), row.holidayPay, r.provenance.holidayPay],
    [pensionLabel(), row.pensionContribution, r.provenance.pensionContribution],
    [taxLabel(), row.tax.total, r.provenance.tax],
    [netAnnualLabel(), row.netAnnualEstimate, null],
  ];
  const figure = (name: string, amount: string, p: Provenance | null) =>
    html`<li>
      <span>${name}</span><span class="amount">${amount}</span>
      ${
        p
          ? html`<details class="why" @toggle=${c.wants} @pointerover=${c.wants} @focusin=${c.wants}>
              <summary>${whySummary()}<span class="vh"> – ${name}</span></summary>
              ${c.why(p)}
            </details>`
          : nothing
      }
    </li>`;
  return html`<section class="breakdown">
    <h3 id="${c.uid}-bd-h">${msg('Slik er lønnen regnet ut', { id: 'breakdown.heading' })}</h3>
    <ul class="parts">
      ${row.parts.map((p) => figure(partName(p.id), formatNok(p.amount, l), p.provenance))}
      <li class="total"><span>${annualLabel()}</span><span class="amount">${formatNok(row.grossAnnual, l)}</span></li>
    </ul>
    <ul class="parts extra">
      ${extra.map(([label, value, p]) =>
        figure(label, value === null ? unknownValue() : p === r.provenance.hourly ? formatNokPrecise(value, l) : formatNok(value, l), p),
      )}
    </ul>
  </section>`;
}

/** "Verdt å vite": the model's notes. */
export function notes(r: LadderResult, uid: string): TemplateResult | typeof nothing {
  if (!r.notes.length) return nothing;
  return html`<section class="notes">
    <h3 id="${uid}-notes-h">${msg('Verdt å vite', { id: 'notes.heading' })}</h3>
    <ul>
      ${r.notes.map((n) => html`<li>${noteText(n)}</li>`)}
    </ul>
  </section>`;
}

/** What the table block needs from the calculator. */
export interface TableBlockContext {
  uid: string;
  shown: boolean;
  toggle: () => void;
  table: () => TemplateResult | typeof nothing;
  /** Start loading the table's rows (pointer over or focus on the toggle). */
  wants: (e: Event) => void;
}

/** "Vis lønnsstigen som tabell" and the year-by-year table. */
export function tableBlock(c: TableBlockContext): TemplateResult {
  const tableId = `${c.uid}-table`;
  return html`<div class="table-block">
    <button
      type="button"
      class="secondary"
      aria-expanded=${c.shown ? 'true' : 'false'}
      aria-controls=${tableId}
      @click=${c.toggle}
      @pointerover=${c.wants}
      @focusin=${c.wants}
    >
      ${c.shown ? hideTableText() : msg('Vis lønnsstigen som tabell', { id: 'table.show' })}
    </button>
    <div
      id=${tableId}
      class="table-scroll"
      ?hidden=${!c.shown}
      tabindex=${c.shown ? '0' : '-1'}
      role="region"
      aria-label=${ladderTableCaption()}
    >
      ${c.shown ? c.table() : nothing}
    </div>
  </div>`;
}

/** What the comparison block needs from the calculator. */
export interface CompareBlockContext {
  uid: string;
  /** The open comparison element (the calculator makes it under the tag registered for it), if any. */
  panel: HTMLElement | null;
  add: () => void;
  /** Start loading the comparison (pointer over or focus on the button). */
  wants: (e: Event) => void;
}

/** "Sammenlign med andre valg": the button, and the comparison once opened (with the calculator's data). */
export function compareBlock(c: CompareBlockContext): TemplateResult {
  const panelId = `${c.uid}-compare`;
  return html`<section class="compare-block">
    <h2 id="${panelId}-h">${msg('Sammenlign med andre valg', { id: 'compare.heading' })}</h2>
    <p class="hint">
      ${msg('Legg ditt valg ved siden av andre arbeidsplasser, utdanning eller stillingsprosent – opptil fire scenarioer.', { id: 'compare.intro' })}
    </p>
    <div class="actions">
      <button type="button" @click=${c.add} @pointerover=${c.wants} @focusin=${c.wants}>
        ${msg('Legg til dette valget i sammenligningen', { id: 'compare.addCurrent' })}
      </button>
    </div>
    ${c.panel ?? nothing}
  </section>`;
}

/** "Arbeidsvilkår" and "Slik blir året ditt" (deferred/year.ts): loaded when one is pointed at, focused or opened. */
const year = new DeferredPart(() => import('./year.js'));

/** The styles of the two sections, once their code is here. */
export function yearStyles(): CSSResult | undefined {
  return year.module?.yearStyles;
}

/**
 * "Arbeidsvilkår" and "Slik blir året ditt", closed at first, under the breakdown. Their open
 * state is the <details>' own (a re-render leaves it alone); opening one loads its code.
 */
export function yearGroups(c: YearGroupsContext): TemplateResult {
  const wants = () => {
    c.wants();
    if (!year.module) c.load(year.load());
  };
  const m = year.module;
  const group = (name: 'conditions' | 'year', summary: string) =>
    html`<details class="group" data-group=${name} @toggle=${wants} @pointerover=${wants} @focusin=${wants}>
      <summary>${summary}</summary>
      <div class="group-body">
        ${
          year.failed || c.data === 'failed'
            ? html`<p class="alert">${partFailedText()}</p>`
            : m && c.data === 'ready'
              ? m.section(name, c)
              : nothing
        }
      </div>
    </details>`;
  return html`<section class="year-groups">${group('conditions', conditionsHeading())} ${group('year', yearHeading())}</section>`;
}
