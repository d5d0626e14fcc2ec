/**
 * Words that more than one part under the calculator's results shows (the breakdown, the table,
 * the chart, the year, the comparison, the CSV): each message declared once, here. Call these
 * while rendering.
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

export const yearFailedText = (): string => msg('Året kan ikke regnes ut med disse dataene.', { id: 'year.failed' });
