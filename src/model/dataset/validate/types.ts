/**
 * The result and error types of `validateDataset`: each error has a path, a code and, where it
 * helps, what was expected in plain English.
 */
import type { Dataset } from '../../dataset-types.js';

export type DatasetErrorCode =
  /** Wrong type or form of a value. */
  | 'expectedObject'
  | 'expectedArray'
  | 'expectedString'
  | 'expectedBoolean'
  | 'expectedInteger'
  | 'expectedPositiveNumber'
  | 'expectedPercent'
  | 'expectedIsoDate'
  | 'expectedUrl'
  | 'expectedId'
  | 'expectedStepKey'
  | 'expectedOneOf'
  | 'expectedNonEmpty'
  /** A supplement rate needs either `nokPerHour` or `percent` (with an optional `minNokPerHour`). */
  | 'expectedRate'
  | 'outOfRange'
  /** A required property is absent. */
  | 'missing'
  /** A property that the format does not know. */
  | 'unknownProperty'
  /** A property that the agreement's `coverage` rules out (e.g. `tables` when it follows another). */
  | 'notAllowedForCoverage'
  | 'unsupportedFormatVersion'
  /** `agreements.ks.id` is not `"ks"` (or an occupation's id is not its key). */
  | 'idMismatch'
  | 'unknownSource'
  | 'unknownPayGroup'
  /** An occupation's `workplaces` names a place that is not in `workplaces.places`. */
  | 'unknownPlace'
  /** Two places with the same id. */
  | 'duplicateId'
  /** `tablesFrom` does not name an agreement in the data that has its own tables. */
  | 'unknownAgreement'
  /** A derived rule's `from` is not an earlier table holding the same group and step. */
  | 'unknownDerivedFrom'
  /** A derived rule for a step that has no amount in `steps`. */
  | 'derivedStepMissing'
  /** The derived amount is not the `from` amount plus `add`. */
  | 'derivedMismatch'
  /** Pay statistics whose lower quartile, median and upper quartile are not in that order. */
  | 'quartilesOutOfOrder'
  /** A published range whose minimum is above its maximum. */
  | 'minAboveMax'
  /** A pay round with none of `rise`, `groups` or `framePercent`. */
  | 'noFigures'
  /** A pay round dated at or before the agreement's first table. */
  | 'roundBeforeTables'
  | 'unsortedDates'
  | 'unsortedValues'
  /** Reading the value threw (a getter or proxy). */
  | 'unreadableValue'
  | 'tooManyErrors';

export interface DatasetError {
  /** Where: `agreements.ks.tables[3].groups.fagarbeider.steps["16"]`; `''` is the whole input. */
  path: string;
  code: DatasetErrorCode;
  /** What was expected, in plain English (for messages), e.g. `"tariff" | "follows" | "none"`. */
  expected?: string;
}

export type DatasetValidation = { ok: true; dataset: Dataset } | { ok: false; errors: DatasetError[] };

/** The most errors reported for one input (the last is `tooManyErrors`). */
export const MAX_DATASET_ERRORS = 200;
