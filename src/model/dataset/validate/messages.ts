/** English sentences for dataset errors, for logs and the CLI (the UI localizes by `code`). */
import type { DatasetError, DatasetErrorCode } from './types.js';

/** English predicates; `x` is the error's `expected`, when given. */
const MESSAGES: Record<DatasetErrorCode, (x: string | undefined) => string> = {
  expectedObject: () => 'must be an object',
  expectedArray: () => 'must be an array',
  expectedString: () => 'must be a non-empty string',
  expectedBoolean: () => 'must be true or false',
  expectedInteger: (x) => `must be ${x ?? 'a whole number'}`,
  expectedPositiveNumber: () => 'must be a number above 0',
  expectedPercent: () => 'must be a percentage from 0 to 100',
  expectedIsoDate: () => 'must be a real date written YYYY-MM-DD',
  expectedUrl: () => 'must be an http(s) URL',
  expectedId: () => 'must be a lower-case id of letters, digits and hyphens',
  expectedStepKey: () => 'must be a number of years (0–99) written without leading zeros',
  expectedOneOf: (x) => (x ? `must be one of ${x}` : 'must be one of the allowed values'),
  expectedNonEmpty: () => 'must not be empty',
  expectedRate: () => 'must give either "nokPerHour", or "percent" with an optional "minNokPerHour"',
  outOfRange: (x) => (x ? `is out of range (must be ${x})` : 'is out of range'),
  missing: () => 'is missing',
  unknownProperty: () => 'is not a known property',
  notAllowedForCoverage: (x) => `is not allowed for this agreement's coverage${x ? ` (${x})` : ''}`,
  unsupportedFormatVersion: (x) => `is not a supported data format version${x ? ` (supported: ${x})` : ''}`,
  idMismatch: (x) => `does not match the key it is stored under${x ? ` (must be ${x})` : ''}`,
  unknownSource: () => 'names a source that is not in this file\'s "sources"',
  unknownPayGroup: () => 'names a pay group that the agreement does not have',
  unknownPlace: () => 'names a place that is not in "workplaces.places"',
  duplicateId: () => 'is the id of another place too',
  unknownAgreement: () => 'names an agreement that is not in the data or has no pay tables of its own',
  unknownDerivedFrom: () => 'does not point to an earlier table with an amount for the same group and step',
  derivedStepMissing: () => 'is a derived rule for a step without an amount',
  derivedMismatch: (x) => `does not add up${x ? ` (${x})` : ''}`,
  quartilesOutOfOrder: (x) => `has its quartiles out of order${x ? ` (must have ${x})` : ''}`,
  minAboveMax: (x) => `has its minimum above its maximum${x ? ` (must have ${x})` : ''}`,
  noFigures: () => 'gives no figure: it needs "rise", "groups" or "framePercent"',
  roundBeforeTables: (x) => `is not after the agreement's first table${x ? ` (must be ${x})` : ''}`,
  unsortedDates: () => 'is out of order: dates must be strictly ascending',
  unsortedValues: () => 'is out of order: values must be strictly ascending',
  unreadableValue: () => 'could not be read',
  tooManyErrors: () => 'has too many errors; the rest are not listed',
};

/** An English sentence for logs and the CLI (the UI localizes by `code`). */
export function datasetErrorMessage(e: DatasetError): string {
  const where = e.path === '' ? 'The dataset' : e.path;
  const predicate = MESSAGES[e.code] as ((x: string | undefined) => string) | undefined;
  return `${where} ${predicate ? predicate(e.expected) : 'is not valid'}.`;
}
