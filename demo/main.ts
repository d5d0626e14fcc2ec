/**
 * Demo page script: computes the pay ladder of the default scenario with the headless model
 * (src/model, bundled dataset) and shows it as a plain table. The calculator element will take
 * this place.
 */
import { DEFAULT_SCENARIO, computeLadder, type LadderRow } from '../src/model/index.js';

const app = document.getElementById('app')!;
const kroner = new Intl.NumberFormat('nb-NO', { style: 'currency', currency: 'NOK', maximumFractionDigits: 0 });

function paragraph(text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
}

function ladderTable(rows: readonly LadderRow[], asOf: string): HTMLTableElement {
  const table = document.createElement('table');
  table.createCaption().textContent = `Lønn etter ansiennitet, standard scenario (tabeller per ${asOf})`;
  const head = table.createTHead().insertRow();
  for (const label of ['Ansiennitet (år)', 'Garantilønn', 'Brutto årslønn']) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = label;
    head.append(th);
  }
  const body = table.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = String(row.years);
    tr.append(th);
    // The model may one day leave the minimum unknown for an agreement without tables.
    const minimum: number | null = row.tariffMinimum ?? null;
    tr.insertCell().textContent = minimum === null ? '–' : kroner.format(minimum);
    tr.insertCell().textContent = kroner.format(row.grossAnnual);
  }
  return table;
}

try {
  const result = computeLadder(DEFAULT_SCENARIO);
  if (result.ok) {
    app.replaceChildren(ladderTable(result.rows, result.asOf));
  } else {
    const fields = result.errors.map((e) => `${e.field} (${e.code})`).join(', ');
    app.replaceChildren(paragraph(`Scenarioet er ugyldig: ${fields}`));
  }
} catch (error) {
  console.error(error);
  app.replaceChildren(paragraph(`Kunne ikke regne ut lønnsstigen: ${String(error)}`));
}
