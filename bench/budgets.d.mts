// Types of bench/budgets.mjs, for the tests (test/unit/budgets.test.ts).
export type BudgetId =
  'pageView' | 'interactive' | 'firstKeystroke' | 'firstKeystrokeNoUrlSync' | 'belowFold' | 'pinnedDate' | 'comparison' | 'data';

export interface Budgets {
  maxGzipBytes: Record<BudgetId, number>;
}

export interface FileSize {
  file: string;
  gzip: number;
}

export interface Measured {
  gzip: number;
  files: FileSize[];
}

export interface Previous {
  recorded: { commit: string; date: string };
  gzipBytes: Partial<Record<BudgetId | 'wholeBundle', number>>;
}

export interface BudgetResult {
  id: BudgetId | 'wholeBundle';
  label: string;
  what: string;
  actual: number;
  previous: number | null;
  /** Undefined for a size that is reported, not budgeted. */
  limit?: number;
  ok?: boolean;
  over?: number;
  spare?: number;
  files: FileSize[];
  message: string;
}

export const JOURNEYS: Array<{ id: BudgetId; label: string; what: string }>;
export const BUDGET_IDS: BudgetId[];
export const REPORTED: Array<{ id: 'wholeBundle'; label: string; what: string }>;
export const BUDGETS_FILE: string;
export const PREVIOUS_FILE: string;
export function readBudgets(file?: string): Budgets;
export function readPrevious(file?: string): Previous | null;
export function writePrevious(measured: Record<string, Measured>, meta?: { commit?: string; date?: string }, file?: string): Previous;
export function measuredJourneys(prod: unknown, pages: unknown): Record<BudgetId | 'wholeBundle', Measured>;
export function change(actual: number, previous: number | null | undefined): string;
export function checkBudgets(budgets: Budgets, measured: Record<string, Measured>, previous?: Previous | null): BudgetResult[];
export function isDataChunk(file: string): boolean;
