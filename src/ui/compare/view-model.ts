/**
 * What `<pay-ladder-compare>` shows of a comparison, computed from the model's result and the
 * cards: the names, the chart's lines and markers, the findings, the estimates and what the
 * printed summary lists (the table shows the model's `ComparisonResult.years` as they are). Pure
 * (words through `msg`, numbers through the formatters): no DOM, no Lit, so it is tested in Node.
 */
import { compareScenarios, comparedValue, type CompareMetric } from '../../model/compare.js';
import type { BreakEven, ComparisonResult, ConditionsRow, RowEstimate, ScheduleResult } from '../../model/index.js';
import type { Dataset } from '../../model/dataset-types.js';
import { compareConditions } from '../../model/rules/compare-conditions.js';
import { paySchedule } from '../../model/rules/schedule.js';
import { formatDate, formatNok, formatNumber } from '../../i18n/format.js';
import { msg, str, type Locale } from '../../i18n/localize.js';
import { agreementName, educationName } from '../../i18n/labels/index.js';
import { quickLabel } from '../../i18n/labels/deferred/index.js';
import type { ChartMarker, ChartSeries } from '../chart/types.js';
import { ladderSeries, ladderYears } from '../series/ladder-series.js';
import type { Card } from './cards.js';
import { responsibilityMarker } from '../../i18n/labels/deferred/common.js';

/** A card's name: the user's, else its quick comparison's, else "Scenario A", "Scenario B" … */
export function displayName(c: Card, i: number): string {
  if (c.name) return c.name;
  if (c.quick) return quickLabel(c.quick);
  const letter = String.fromCharCode(65 + i);
  return msg(str`Scenario ${letter}`, { id: 'compare.defaultName' });
}

/** The names the comparison shows, in the cards' order. */
export function displayNames(cards: readonly Card[]): string[] {
  return cards.map((c, i) => displayName(c, i));
}

/** Growth assumed in any card: only then can the figures be shown in today's kroner. */
export function hasGrowth(cards: readonly Card[]): boolean {
  return cards.some((c) => c.scenario.annualGrowth !== 0);
}

/** The model's comparison of the cards' scenarios (null when the model refuses one), nominal or in today's kroner. */
export function comparisonOf(cards: readonly Card[], data: Dataset, metric: CompareMetric, realKroner: boolean): ComparisonResult | null {
  const r = compareScenarios(
    cards.map((c) => c.scenario),
    data,
    { metric, kroner: realKroner ? 'today' : 'nominal' },
  );
  return r.ok ? r : null;
}

export interface CompareView {
  names: string[];
  /** The chart's x values: every year of the first scenario's ladder. */
  years: number[];
  series: ChartSeries[];
  markers: ChartMarker[];
  /** The first compared year (the first scenario's experience), highlighted in the chart. */
  current: number | null;
  /** One sentence per scenario after the first (see `findings`). */
  findings: string[];
  /** Today's pay past the newest tables, per scenario that has an estimate. */
  estimates: Array<{ name: string; estimate: RowEstimate }>;
}

/**
 * The view of `r`, computed for `cards` with `realKroner` (today's kroner) as asked of the model.
 * `r.metric` says what is compared.
 */
export function compareView(r: ComparisonResult, cards: readonly Card[], realKroner: boolean, locale: Locale): CompareView {
  const names = displayNames(cards);
  // The same values as the table and the findings (`ComparisonYear.values`), for every year the chart draws.
  const kroner = realKroner ? 'today' : 'nominal';
  const value = (row: ComparisonResult['ladders'][number]['rows'][number]) => comparedValue(row, r.metric, kroner);
  return {
    names,
    years: ladderYears(r.ladders[0]),
    series: r.ladders.map((l, i) => ladderSeries(`s${i}`, names[i], l, value)),
    markers: r.ladders.flatMap((l, i) =>
      l.scenario.events.map((e) => ({
        years: e.year,
        label: `${names[i]}: ${e.type === 'education' ? educationName(e.education) : responsibilityMarker()}`,
      })),
    ),
    current: r.years[0]?.years ?? null,
    findings: findings(r, names, locale),
    estimates: r.ladders.flatMap((x, i) => (x.current.estimate ? [{ name: names[i], estimate: x.current.estimate }] : [])),
  };
}

/** One sentence per scenario after the first: lifetime difference and break-even. */
export function findings(r: ComparisonResult, names: readonly string[], l: Locale): string[] {
  const base = names[0];
  const last = r.years[r.years.length - 1]?.years ?? 0;
  const years = formatNumber(last, l);
  return r.lifetime.slice(1).map((diff, k) => {
    const name = names[k + 1];
    const amount = formatNok(Math.abs(diff), l);
    const be = r.breakEven[k + 1];
    const total =
      Math.round(diff) === 0
        ? msg(str`${name} gir det samme som ${base} fram til ${years} års erfaring.`, { id: 'compare.same' })
        : diff > 0
          ? msg(str`${name} gir ${amount} mer enn ${base} samlet fram til ${years} års erfaring.`, { id: 'compare.more' })
          : msg(str`${name} gir ${amount} mindre enn ${base} samlet fram til ${years} års erfaring.`, { id: 'compare.less' });
    return `${total}${breakEvenText(be, name)}`;
  });
}

/** A number as the person would type it (no grouping, which `parseUserNumber` cannot read back in English). */
function breakEvenText(be: BreakEven, name: string): string {
  if (be.status !== 'paysOff') return '';
  const years = String(be.afterYears);
  return ` ${msg(str`${name} lønner seg etter ${years} år.`, { id: 'compare.paysOff' })}`;
}

/** For the printed summary: the date of the tables in use, once per agreement ("KS: 1. mai 2025"). */
export function tableDates(r: ComparisonResult, l: Locale): string[] {
  return [...new Set(r.ladders.map((x) => `${agreementName(x.agreement)}: ${formatDate(x.current.tableDate, l)}`))];
}

/** For the printed summary: the sources of the tariff minimums, once each, as [url, "title (publisher)"]. */
export function sources(r: ComparisonResult): Array<[url: string, title: string]> {
  const out = new Map<string, string>();
  for (const ladder of r.ladders) {
    const p = ladder.current.parts[0].provenance;
    if (p.source) out.set(p.source.url, `${p.source.title} (${p.source.publisher})`);
  }
  return [...out];
}

/** The sources of the compared working conditions (the terms' own, and those their law figures are made of), once each. */
export function conditionSources(rows: readonly ConditionsRow[]): Array<[url: string, title: string]> {
  const out = new Map<string, string>();
  for (const row of rows)
    for (const t of row.terms)
      for (const p of [t.provenance, ...(t.provenance.inputs ?? [])])
        if (p.source) out.set(p.source.url, `${p.source.title} (${p.source.publisher})`);
  return [...out];
}

/** What the handout's second page shows: the working conditions side by side, and each scenario's `year` month by month. */
export interface SecondPageView {
  conditions: ReturnType<typeof compareConditions>;
  schedules: ScheduleResult[];
}

export function secondPageView(cards: readonly Card[], data: Dataset, year: number): SecondPageView {
  const scenarios = cards.map((c) => c.scenario);
  return { conditions: compareConditions(scenarios, data), schedules: scenarios.map((s) => paySchedule(s, data, { year })) };
}
