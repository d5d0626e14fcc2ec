/**
 * Words that more than one later part shows (the breakdown, the table, the comparison, the chart,
 * the CSV, the handout): each message declared once, here. Call these while rendering.
 */
import { msg } from '../../localize.js';

export const pensionLabel = (): string => msg('Ditt pensjonstrekk', { id: 'breakdown.pension' });

export const unknownValue = (): string => msg('ikke kjent', { id: 'value.unknown' });

export const overtimeLabel = (): string => msg('Overtid', { id: 'part.overtime' });

export const taxLabel = (): string => msg('Skatt (anslag)', { id: 'breakdown.tax' });

export const netAnnualLabel = (): string => msg('Netto i året (anslag)', { id: 'table.net' });

export const hideTableText = (): string => msg('Skjul tabellen', { id: 'table.hide' });

export const ladderTableCaption = (): string => msg('Lønnsstigen år for år', { id: 'table.caption' });

export const conditionsHeading = (): string => msg('Arbeidsvilkår', { id: 'conditions.heading' });

export const yearHeading = (): string => msg('Slik blir året ditt', { id: 'year.heading' });

export const responsibilityMarker = (): string => msg('Nytt ansvarstillegg', { id: 'chart.marker.responsibility' });

export const kronerPerYearLabel = (): string => msg('Kroner i året', { id: 'chart.y' });

export const yearWord = (): string => msg('År', { id: 'chart.year' });

export const nokUnit = (): string => msg('kr', { id: 'unit.nok' });

export const presetLabel = (): string => msg('Arbeidstid', { id: 'field.preset' });

export const customPresetName = (): string => msg('Egen fordeling', { id: 'preset.custom' });

export const minimumLabel = (): string => msg('Minstelønn', { id: 'table.minimum' });

export const grossAnnualLabel = (): string => msg('Brutto i året', { id: 'table.gross' });

export const grossMonthlyLabel = (): string => msg('Brutto i måneden', { id: 'table.grossMonthly' });

export const yearFailedText = (): string => msg('Året kan ikke regnes ut med disse dataene.', { id: 'year.failed' });

export const studyCostLabel = (): string => msg('Studiekostnad', { id: 'compare.further.cost' });

export const sourcesLabel = (): string => msg('Kilder:', { id: 'compare.print.sources' });

export const scenariosHeading = (): string => msg('Scenarioene', { id: 'compare.print.scenarios' });

export const comparisonTableCaption = (): string => msg('Sammenligning år for år', { id: 'compare.tableCaption' });

export const sourceLabel = (): string => msg('Kilde:', { id: 'prov.source' });

export const sourceNoteLabel = (): string => msg('Merknad i kilden:', { id: 'prov.note' });

export const holidayPayTerm = (): string => msg('Feriepenger', { id: 'term.holidayPay' });

export const saveUnavailableText = (): string =>
  msg('Nettleseren tillater ikke lagring her (f.eks. privat modus). Bruk lenken i stedet.', { id: 'save.unavailable' });
