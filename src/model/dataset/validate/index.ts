/**
 * Run-time validation of a {@link Dataset} (e.g. data loaded from a URL), hand-written so that it
 * needs no code generation (`new Function`, blocked by a strict Content-Security-Policy) and stays
 * small. It checks the same shapes as the JSON Schema in `data/schema/` (`structure.ts`), plus
 * what a schema cannot (`references.ts`): source ids resolve in the file's `sources`, dates are
 * strictly ascending, tables, pay rounds and placements name existing pay groups, derived steps
 * point to an earlier table and add up, a published range has its minimum at or below its
 * maximum, and a pay round comes after the first table. The agreements added after format 1 was
 * first published (not in `REQUIRED_AGREEMENT_IDS`) may be absent.
 *
 * It never throws: cyclic objects are fine (only known keys are followed), getters or proxies
 * that throw are reported as `unreadableValue`, and at most {@link MAX_DATASET_ERRORS} errors are
 * collected (the last one is then `tooManyErrors`).
 */
import type { Dataset } from '../../dataset-types.js';
import { ErrorCapReached, type Ctx } from './read.js';
import { checkDataset } from './structure.js';
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
    checkDataset(ctx, input);
  } catch (e) {
    if (!(e instanceof ErrorCapReached) && ctx.errors.length < MAX_DATASET_ERRORS) {
      // Not expected: a check met something it did not foresee. Still never throw.
      ctx.errors.push({ path: '', code: 'unreadableValue' });
    }
  }
  return ctx.errors.length === 0 ? { ok: true, dataset: input as Dataset } : { ok: false, errors: ctx.errors };
}
