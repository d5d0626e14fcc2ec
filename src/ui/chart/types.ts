/** What `<pay-ladder-chart>` draws: the data contract between the chart, its engine and the elements that use it. */

/** One line of the chart. The parent computes and translates everything. */
export interface ChartSeries {
  id: string;
  /** Translated; shown in the legend, the tooltip and the keyboard announcement. */
  label: string;
  /** One value per entry of `years`, in kroner; `null` = unknown (a gap in the line). */
  values: Array<number | null>;
  /** `minimum` = tariff minimum (garantilønn: thinner, dashed); `total` (default) = what the user earns. */
  kind?: 'minimum' | 'total';
}

/**
 * A range drawn as a shaded band behind the lines, e.g. the estimate of today's pay past the newest
 * table. `high` null at a year: only the low edge is known there (drawn as a dotted line).
 */
export interface ChartBand {
  /** Translated; shown in the legend, the tooltip and the keyboard announcement. */
  label: string;
  low: Array<number | null>;
  high: Array<number | null>;
}

/**
 * A level across every year, drawn behind the data and never part of it: e.g. what people in the
 * occupation earn (SSB), as a band (`low`–`high`, e.g. the quartiles) with a line (`line`, e.g. the median).
 */
export interface ChartReference {
  /** Translated; the band's legend entry and tooltip line, e.g. "SSB 2025: midterste halvdel". */
  label: string;
  low: number;
  high: number;
  /** Translated; the line's legend entry and tooltip line, e.g. "SSB 2025: median". */
  lineLabel: string;
  line: number;
}

/** An event on the career, e.g. "Fagskole fullført" or a step-up. */
export interface ChartMarker {
  years: number;
  label: string;
}

export type ChartLocale = 'nb' | 'nn' | 'en';
