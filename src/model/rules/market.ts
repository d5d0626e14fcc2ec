/**
 * What people in the occupation actually earn (SSB's månedslønn), for showing beside the tariff
 * figures: never mixed into them or into the estimate. The data gives kroner a month; a year is
 * 12 months (SSB's månedslønn is full-time pay, holiday pay not included).
 */
import type { Dataset, MarketFigures, MarketPay, MarketSector } from '../dataset-types.js';
import type { Provenance } from '../tables.js';

export interface MarketView {
  occupation: string;
  year: number;
  styrk: string;
  title: string;
  measure: MarketPay['measure'];
  /** Kroner a month, as published. */
  monthly: MarketFigures & { p25: number; p75: number };
  /** Kroner a year: the monthly figures × 12. */
  annual: { median: number; p25: number; p75: number; mean: number | null };
  sectors: Partial<Record<MarketSector, MarketFigures>>;
  provenance: Provenance;
}

export const MONTHS_A_YEAR = 12;

/** The occupation's pay statistics in the dataset, or `null` when it has none (e.g. an older data file). */
export function marketPay(dataset: Dataset, occupation = 'helsesekretaer'): MarketView | null {
  const m = dataset.market?.occupations[occupation];
  if (!m) return null;
  const source = dataset.market?.sources[m.source];
  return {
    occupation,
    year: m.year,
    styrk: m.styrk,
    title: m.title,
    measure: m.measure,
    monthly: m.all,
    annual: {
      median: m.all.median * MONTHS_A_YEAR,
      p25: m.all.p25 * MONTHS_A_YEAR,
      p75: m.all.p75 * MONTHS_A_YEAR,
      mean: m.all.mean === undefined ? null : m.all.mean * MONTHS_A_YEAR,
    },
    sectors: m.sectors ?? {},
    provenance: {
      kind: 'published',
      ...(source ? { source } : {}),
      effectiveFrom: `${m.year}-01-01`,
      verified: m.verification === 'primary',
      ...(m.verification === 'secondary' ? { verification: 'secondary' as const } : {}),
      ...(m.note ? { note: m.note } : {}),
    },
  };
}
