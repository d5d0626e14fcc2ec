/** Translated CSV column headers (call while rendering or handling an event of a localized element). */
import type { CsvLabels } from '../../../state/index.js';
import { msg } from '../../../i18n/localize.js';

export function csvLabels(): CsvLabels {
  return {
    years: msg('År med erfaring', { id: 'field.years' }),
    tariffMinimum: msg('Minstelønn', { id: 'table.minimum' }),
    grossAnnual: msg('Brutto i året', { id: 'table.gross' }),
    grossMonthly: msg('Brutto i måneden', { id: 'table.grossMonthly' }),
    hourly: msg('Timelønn', { id: 'summary.hourly' }),
    shiftPay: msg('Tillegg for kveld, natt og helg', { id: 'csv.shiftPay' }),
    overtimePay: msg('Overtid', { id: 'part.overtime' }),
    holidayPay: msg('Feriepenger', { id: 'csv.holidayPay' }),
    pensionContribution: msg('Ditt pensjonstrekk', { id: 'breakdown.pension' }),
    tax: msg('Skatt (anslag)', { id: 'breakdown.tax' }),
    netAnnualEstimate: msg('Netto i året (anslag)', { id: 'table.net' }),
    studyCost: msg('Studiekostnad', { id: 'compare.further.cost' }),
    value: msg('Verdi', { id: 'csv.value' }),
    difference: msg('Forskjell', { id: 'csv.difference' }),
    cumulativeDifference: msg('Samlet forskjell', { id: 'csv.cumulative' }),
    estimateLow: msg('Anslag i dag, brutto, lavt (ikke tariffbeløp)', { id: 'csv.estimateLow' }),
    estimateHigh: msg('Anslag i dag, brutto, høyt (ikke tariffbeløp)', { id: 'csv.estimateHigh' }),
  };
}
