/**
 * Run-time validation of a {@link Dataset} (e.g. data loaded from a URL): the JSON Schema in
 * `data/schema/` compiled by `npm run schema:generate` into `structure.generated.ts` (plain code on
 * `checks.ts`: no `new Function`, so a strict Content-Security-Policy is fine), then what a schema
 * cannot say (`references.ts`).
 *
 * It never throws: cyclic objects are fine (only the format's keys are followed), getters or
 * proxies that throw are reported as `unreadableValue`, and at most {@link MAX_DATASET_ERRORS}
 * errors are collected (the last one is then `tooManyErrors`).
 */
import type { Dataset } from '../../dataset-types.js';
import { type Ctx } from './checks.js';
import { checkReferences } from './references.js';
import { checkStructure } from './structure.generated.js';
import { MAX_DATASET_ERRORS, type DatasetValidation } from './types.js';

export { datasetErrorMessage } from './messages.js';
export { MAX_DATASET_ERRORS, type DatasetError, type DatasetErrorCode, type DatasetValidation } from './types.js';

/**
 * Validates a dataset of unknown origin. Reports every fault found (up to
 * {@link MAX_DATASET_ERRORS}), each with a path like
 * `agreements.ks.tables[3].groups.fagarbeider.steps["16"]`. Never throws.
 */
export function validateDataset(input: unknown): DatasetValidation {
  const ctx: Ctx = { errors: [] };
  try {
    checkReferences(ctx, checkStructure(ctx, input, ''));
  } catch {
    // The error cap was reached; or, not expected, a check met what it did not foresee (refused all the same).
    if (ctx.errors.at(-1)?.code !== 'tooManyErrors')
      ctx.errors.splice(MAX_DATASET_ERRORS - 1, Infinity, { path: '', code: 'unreadableValue' });
  }
  return ctx.errors.length === 0 ? { ok: true, dataset: input as Dataset } : { ok: false, errors: ctx.errors };
}
