// Types of bench/budgets.mjs, for the tests (test/unit/build.test.ts).
export interface Budgets {
  interactiveGzipMaxBytes: number;
  wholeBundleMaxRatioToFloor: number;
  wholeBundleTargetRatioToFloor: number;
}

export interface BudgetResult {
  id: 'interactiveGzipMaxBytes' | 'wholeBundleMaxRatioToFloor' | 'wholeBundleTargetRatioToFloor';
  /** False for a target that is reported but does not fail `npm run budgets`. */
  enforced: boolean;
  ok: boolean;
  actual: number;
  limit: number;
  over: number;
  files: Array<{ file: string; gzip: number }>;
  message: string;
}

export function readBudgets(file?: string): Budgets;
export function checkBudgets(budgets: Budgets, sizes: unknown): BudgetResult[];
