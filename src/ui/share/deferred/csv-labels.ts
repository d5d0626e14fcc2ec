/** Translated CSV column headers (call while rendering or handling an event of a localized element). */
import type { CsvLabels, CsvOptions } from '../../../state/index.js';
import { ladderCsv } from '../../../state/csv.js';
import type { Dataset } from '../../../model/dataset-types.js';
import { marketPay } from '../../../model/rules/market.js';
import type { LadderResult } from '../../../model/ladder.js';
import type { MarketView } from '../../../model/rules/market.js';
import { msg, str, type Locale } from '../../../i18n/localize.js';
import { occupationPlural } from '../../calculator/occupation-words.js';
import { hourlyLabel, yearsLabel } from '../../../i18n/labels/fields.js';
import { netAnnualLabel, overtimeLabel, pensionLabel, taxLabel } from '../../../i18n/labels/deferred/common.js';
import { grossAnnualLabel, grossMonthlyLabel, minimumLabel, studyCostLabel } from '../../../i18n/labels/deferred/columns-and-fields.js';

export function csvLabels(): CsvLabels {
  return {
    years: yearsLabel(),
    tariffMinimum: minimumLabel(),
    grossAnnual: grossAnnualLabel(),
    grossMonthly: grossMonthlyLabel(),
    hourly: hourlyLabel(),
    shiftPay: msg('Tillegg for kveld, natt og helg', { id: 'csv.shiftPay' }),
    overtimePay: overtimeLabel(),
    holidayPay: msg('Feriepenger', { id: 'csv.holidayPay' }),
    pensionContribution: pensionLabel(),
    tax: taxLabel(),
    netAnnualEstimate: netAnnualLabel(),
    studyCost: studyCostLabel(),
    value: msg('Verdi', { id: 'csv.value' }),
    difference: msg('Forskjell', { id: 'csv.difference' }),
    cumulativeDifference: msg('Samlet forskjell', { id: 'csv.cumulative' }),
    estimateLow: msg('Anslag i dag, brutto, lavt (ikke tariffbeløp)', { id: 'csv.estimateLow' }),
    estimateHigh: msg('Anslag i dag, brutto, høyt (ikke tariffbeløp)', { id: 'csv.estimateHigh' }),
  };
}

/**
 * The lines under the table: the tax rules the net figures use (and that a coming year's are only
 * proposed), and what `who` (the occupation's plural) earn (SSB), which is not a tariff figure.
 */
export function csvFooter(ladders: readonly LadderResult[], market: MarketView | null, who: string): NonNullable<CsvOptions['footer']> {
  const taxLabel = msg('Skatteregler i nettotallene', { id: 'csv.taxRules' });
  const years = [...new Map(ladders.map((l) => [l.taxYear, l.taxStatus])).entries()];
  const lines: Array<[string, string | number]> = years.map(([year, status]) => [
    taxLabel,
    status === 'proposed' ? msg(str`${String(year)} (forslag til statsbudsjett, ikke vedtatt)`, { id: 'csv.taxProposed' }) : String(year),
  ]);
  if (market) {
    const year = String(market.year);
    lines.push(
      [
        msg(str`Hva ${who} tjener, SSB ${year}: median i året (heltid, ikke tariffbeløp)`, { id: 'csv.marketMedian' }),
        market.annual.median,
      ],
      [msg(str`Hva ${who} tjener, SSB ${year}: nedre kvartil i året`, { id: 'csv.marketP25' }), market.annual.p25],
      [msg(str`Hva ${who} tjener, SSB ${year}: øvre kvartil i året`, { id: 'csv.marketP75' }), market.annual.p75],
    );
  }
  return lines;
}

/** The calculator's CSV: its ladder, with the tax rules and what its occupation earns (SSB) under the table. */
export function calculatorCsv(r: LadderResult, data: Dataset, locale: Locale): string {
  const { occupation } = r.scenario;
  return ladderCsv(r, csvLabels(), { footer: csvFooter([r], marketPay(data, occupation), occupationPlural(data, occupation, locale)) });
}
