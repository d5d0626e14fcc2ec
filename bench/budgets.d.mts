// Types of bench/budgets.mjs, for the tests (test/unit/build.test.ts).
export interface Budgets {
  interactiveGzipMaxBytes: number;
  wholeBundleMaxRatioToFloor: number;
  dataGzipMaxBytes: number;
  pageViewMaxRatioToFloor: number;
  belowFoldGzipMaxBytes: number;
  /** False: the page budgets are reported with their bytes over but do not fail. */
  enforcePageBudgets: boolean;
}

export type BudgetId =
  'interactiveGzipMaxBytes' | 'wholeBundleMaxRatioToFloor' | 'dataGzipMaxBytes' | 'pageViewMaxRatioToFloor' | 'belowFoldGzipMaxBytes';

export interface BudgetResult {
  id: BudgetId;
  /** False for a budget that is reported but does not fail `npm run budgets`. */
  enforced: boolean;
  ok: boolean;
  actual: number;
  limit: number;
  over: number;
  ratio?: number;
  floor?: number;
  files: Array<{ file: string; gzip: number }>;
  message: string;
}

/** The part of a bench/page-bytes.mjs measurement the page budgets read. */
export interface PageBytes {
  pageView: { gzip: number; files: Array<{ file: string; gzip: number }> };
  belowFold: { before: { gzip: number; files: Array<{ file: string; gzip: number }> } };
}

export const BUDGET_KEYS: BudgetId[];
export function readBudgets(file?: string, env?: Record<string, string | undefined>): Budgets;
export function checkBudgets(budgets: Budgets, sizes: unknown): BudgetResult[];
export function checkPageBudgets(budgets: Budgets, measured: { floor: { gzip: number }; pages: PageBytes }): BudgetResult[];
export function isDataChunk(file: string): boolean;
