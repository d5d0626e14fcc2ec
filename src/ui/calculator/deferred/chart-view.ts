/**
 * What `<pay-ladder-chart>` shows of the calculator's ladder: the lines (the annual pay and the
 * tariff minimum), the events as markers, the estimate as a band, and the words. Loaded with the
 * chart's own code, when the widget comes near the viewport.
 */
import { msg, str, type Locale } from '../../../i18n/localize.js';
import { formatNok, formatNumber } from '../../../i18n/format.js';
import { educationName } from '../../../i18n/labels/index.js';
import type { LadderResult, LadderRow } from '../../../model/ladder.js';
import { ladderSeries, ladderYears } from '../../series/ladder-series.js';
import type { ChartBand, ChartMarker, ChartReference, ChartSeries } from '../../chart/types.js';
import type { MarketView } from '../../../model/rules/market.js';
import type { PayLadderChart } from '../../chart/pay-ladder-chart.js';
import { yearsLabel } from '../../../i18n/labels/fields.js';
import { kronerPerYearLabel, responsibilityMarker, yearWord } from '../../../i18n/labels/deferred/common.js';

/** `market`: what people in the occupation earn (SSB), drawn as a band and a line across the years; `null` = not shown. */
export function chartView(r: LadderResult, l: Locale, market: MarketView | null): Partial<PayLadderChart> {
  const minimum = (row: LadderRow) => row.parts.find((p) => p.id === 'tariffMinimum')?.amount ?? null;
  const series: ChartSeries[] = [
    ladderSeries('total', msg('Din brutto årslønn', { id: 'chart.total' }), r, (row) => row.grossAnnual),
    ladderSeries('minimum', msg('Minstelønn etter tariff', { id: 'chart.minimum' }), r, minimum, 'minimum'),
  ];
  const markers: ChartMarker[] = r.rows.flatMap((row) =>
    row.events.map((e) => ({
      years: row.years,
      label:
        e.type === 'education'
          ? msg(str`Ny utdanning: ${educationName(e.education)}`, { id: 'chart.marker.education' })
          : responsibilityMarker(),
    })),
  );
  const band: ChartBand | null = r.rows.some((row) => row.estimate)
    ? {
        label: msg('Anslag i dag (ikke tariffbeløp)', { id: 'chart.estimate' }),
        low: r.rows.map((row) => row.estimate?.low ?? null),
        high: r.rows.map((row) => row.estimate?.high ?? null),
      }
    : null;
  const reference: ChartReference | null = market && {
    label: msg(str`Midterste halvdel av helsesekretærene (SSB ${String(market.year)})`, { id: 'chart.marketBand' }),
    low: market.annual.p25,
    high: market.annual.p75,
    lineLabel: msg(str`Median for helsesekretærer (SSB ${String(market.year)})`, { id: 'chart.marketMedian' }),
    line: market.annual.median,
  };
  const first = formatNok(r.rows[0].grossAnnual, l);
  const last = formatNok(r.rows[r.rows.length - 1].grossAnnual, l);
  const horizon = formatNumber(r.scenario.horizon, l);
  return {
    years: ladderYears(r),
    series,
    markers,
    band,
    reference,
    current: r.scenario.yearsExperience,
    summary:
      msg(str`Lønnsstige: ${first} i året uten erfaring, ${last} etter ${horizon} år.`, { id: 'chart.summary' }) +
      (reference ? ` ${reference.lineLabel}: ${formatNok(reference.line, l)}.` : ''),
    xLabel: yearsLabel(),
    yLabel: kronerPerYearLabel(),
    yearLabel: yearWord(),
    locale: l,
  };
}
