// Types of scripts/data-add-market.mjs, for the tests.
import type { SourceInput } from './data-add-lib.mjs';

export const MONTH_MIN: number;
export const MONTH_MAX: number;
export type MarketColumn = 'all' | 'private' | 'municipal' | 'state';
export type MarketMeasure = 'median' | 'p25' | 'p75' | 'mean';
export const MARKET_COLUMNS: MarketColumn[];
export const MARKET_MEASURES: MarketMeasure[];
export type Figures = Partial<Record<MarketMeasure, number>>;
export interface MarketFiguresInput {
  all: Figures & { median: number; p25: number; p75: number };
  sectors: Partial<Record<Exclude<MarketColumn, 'all'>, Figures & { median: number }>>;
}
export function parseMarketCsv(text: string, name: string): MarketFiguresInput;
export interface MarketChange {
  id: string;
  year: number;
  figures: MarketFiguresInput;
  styrk?: string;
  title?: string;
  source: SourceInput & { retrieved: string };
  note: string;
  verification: 'primary' | 'secondary';
}
export interface MarketResult {
  old: Record<string, unknown> | null;
  entry: Record<string, unknown>;
  sourceId: string;
  sourceIsNew: boolean;
}
export function replaceMarket(market: unknown, change: MarketChange): MarketResult;
export function inlineMarket(key: string | null, parentKey: string | null): boolean;
export function marketReport(change: MarketChange, result: MarketResult, file: string): string[];
