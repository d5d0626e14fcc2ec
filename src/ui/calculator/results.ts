/**
 * The calculator's results section: the summary card, the chart, the table, "Slik er lønnen
 * regnet ut", "Verdt å vite", and the year's groups ("Arbeidsvilkår", "Slik blir året ditt").
 * Rendering only: it reads a `ResultsContext` the element makes for each render.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LadderResult } from '../../model/ladder.js';
import type { MarketView } from '../../model/rules/market.js';
import type { Provenance } from '../../model/tables.js';
import { msg } from '../../i18n/localize.js';
import { belowFailed, belowFold, closedPart, type Details } from './parts.js';
import { summaryCard, type FormContext } from './templates.js';

type Part = TemplateResult | typeof nothing;

export interface ResultsContext {
  form: FormContext;
  /** The chart block (nothing when hidden). */
  chart: Part;
  hideTable: boolean;
  hideBreakdown: boolean;
  /** The table is shown ("Vis lønnsstigen som tabell"), and the toggle. */
  showTable: boolean;
  toggleTable: () => void;
  /** What helsesekretærer earn (SSB), when the table shows it (as the chart does). */
  market: MarketView | null;
  /** A "Hvorfor dette tallet?" body: the explanation once its code and the data's sources are here. */
  why: (explain: (d: Details) => TemplateResult) => Part;
  /** Start loading what a "Hvorfor dette tallet?" needs (its words and the data's sources). */
  wantSources: () => void;
  /** Start loading the closed parts (the table's rows). */
  wantDetails: () => void;
  /** Re-render when this work is done. */
  load: (work: Promise<unknown>) => void;
  sources: 'ready' | 'loading' | 'failed';
}

export function resultsSection(r: LadderResult, x: ResultsContext): TemplateResult {
  const { uid, locale, data } = x.form;
  const whyProvenance = (p: Provenance) => x.why((d) => d.provenance(p, data, locale));
  const table = () => closedPart((d) => d.ladderTable(r, locale, x.market));
  const tableContext = { uid, shown: x.showTable, toggle: x.toggleTable, table, wants: x.wantDetails };
  return html`<section part="results" class="results">
    <h2 id="${uid}-results-h" class="vh">${msg('Resultat', { id: 'results.heading' })}</h2>
    ${summaryCard(x.form, r, {
      wants: x.wantSources,
      why: (row) => x.why((d) => d.estimateExplanation(row, data, locale)),
      whyMarket: whyProvenance,
    })}
    ${x.chart} ${x.hideTable ? nothing : belowFold((b) => b.tableBlock(tableContext))}
    ${belowFold(
      (b) =>
        html`${x.hideBreakdown ? nothing : b.breakdown(r, { uid, locale, why: whyProvenance, wants: x.wantSources })} ${b.notes(r, uid)}`,
    )}
    ${belowFold((b) => b.yearGroups({ form: x.form, why: whyProvenance, wants: x.wantSources, load: x.load, data: x.sources }))}
    ${belowFailed()}
  </section>`;
}
