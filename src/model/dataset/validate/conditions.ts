/** Working conditions: an agreement's `conditions`, and data/rules/conditions.json (the law's terms and the payroll calendar). */
import { type ConditionUnit, type ContractItemId } from '../../dataset-types.js';
import {
  bool,
  figureKind,
  idKey,
  isFiniteNumber,
  kindOf,
  list,
  oneOf,
  opt,
  positive,
  read,
  record,
  report,
  req,
  text,
  type Check,
} from './read.js';
import { resolveSources, sourceRef, type SourceScope } from './references.js';

import { sourcesField } from './sourced.js';

// ---------------------------------------------------------------------------------------------
// Working conditions (an agreement's `conditions`, and data/rules/conditions.json)

// Kept here, not in dataset-types.ts: the calculator's first download shares that module, and these
// lists serve only the validator. A `Record` over the type makes each list complete.
const CONDITION_UNITS = Object.keys({
  hoursPerWeek: 1,
  workingDays: 1,
  calendarDays: 1,
  days: 1,
  weeks: 1,
  months: 1,
  month: 1,
  percent: 1,
  g: 1,
} satisfies Record<ConditionUnit, 1>) as ConditionUnit[];
const CONTRACT_ITEM_IDS = Object.keys({
  parties: 1,
  workplace: 1,
  jobDescription: 1,
  startDate: 1,
  temporaryDuration: 1,
  probation: 1,
  holidayAndHolidayPay: 1,
  noticePeriods: 1,
  payAndSupplements: 1,
  workingHours: 1,
  breaks: 1,
  specialWorkingHours: 1,
  collectiveAgreements: 1,
} satisfies Record<ContractItemId, 1>) as ContractItemId[];

/** A known condition's value: a number of at least 0, or a string id that the UI words. */
const conditionValue: Check = (ctx, v, path) => {
  if (isFiniteNumber(v) && v >= 0) return;
  if (typeof v === 'string' && idKey(v) === null) return;
  report(ctx, path, 'expectedOneOf', 'a number of at least 0, or a lower-case id like "public"');
};

/** A whole month of the year, 1–12. */
const monthValue: Check = (ctx, v, path) => {
  if (!(isFiniteNumber(v) && Number.isInteger(v) && v >= 1 && v <= 12)) report(ctx, path, 'expectedInteger', 'a month from 1 to 12');
};

/** A whole number of at least 0 (years, an age). */
const wholeNumber: Check = (ctx, v, path) => {
  if (!(isFiniteNumber(v) && Number.isInteger(v) && v >= 0)) report(ctx, path, 'expectedInteger', 'a whole number of at least 0');
};

function knownCondition(scope: SourceScope, valueCheck: Check = conditionValue): Check {
  return (ctx, v, path) => {
    record(ctx, v, path, {
      value: req(valueCheck),
      unit: opt(oneOf(CONDITION_UNITS)),
      source: req(sourceRef(scope)),
      kind: req(figureKind),
      verified: req(bool),
      quote: opt(text),
      note: opt(text),
    });
  };
}

/** A condition: known (value, source, …), or not known (`value: null` and a note). */
function condition(scope: SourceScope): Check {
  const known = knownCondition(scope);
  return (ctx, v, path) => {
    let unknown = false;
    if (kindOf(v) === 'object') {
      const got = read(ctx, v as object, 'value', path);
      unknown = got !== undefined && got !== null && got.value === null;
    }
    if (unknown) record(ctx, v, path, { value: req(() => undefined), note: req(text) });
    else known(ctx, v, path);
  };
}

const AGREEMENT_CONDITIONS = [
  'vacationWeeks',
  'noticeMonths',
  'probationMonths',
  'pensionScheme',
  'afp',
  'sickPayTopUp',
  'overtimeHighPercent',
] as const;

export function agreementConditions(scope: SourceScope): Check {
  const c = condition(scope);
  return (ctx, v, path) => record(ctx, v, path, Object.fromEntries(AGREEMENT_CONDITIONS.map((key) => [key, req(c)])));
}

function sourcedList(scope: SourceScope, listKey: string, itemCheck: Check): Check {
  return (ctx, v, path) => {
    record(ctx, v, path, {
      [listKey]: req((c, items, p) => list(c, items, p, itemCheck, true)),
      source: req(sourceRef(scope)),
      kind: req(figureKind),
      verified: req(bool),
      quote: opt(text),
      note: opt(text),
    });
  };
}

const LAW_NUMBERS = [
  'weeklyHoursDay',
  'weeklyHoursRotating',
  'vacationDays',
  'over60ExtraVacationDays',
  'overtimePercent',
  'probationMaxMonths',
  'probationNoticeDays',
  'sickPayCapG',
  'sickPayEmployerDays',
  'pensionMinPercent',
  'pensionMaxG',
] as const;

export const conditionRules: Check = (ctx, v, path) => {
  const scope: SourceScope = { refs: [] };
  const positiveCondition = knownCondition(scope, positive);
  const month = knownCondition(scope, monthValue);
  const noticeStep: Check = (c, s, p) => record(c, s, p, { minYears: req(wholeNumber), minAge: req(wholeNumber), months: req(positive) });
  const r = record(ctx, v, path, {
    $schema: opt(text),
    law: req((c, law, p) =>
      record(c, law, p, {
        ...Object.fromEntries(LAW_NUMBERS.map((key) => [key, req(positiveCondition)])),
        noticePeriod: req(sourcedList(scope, 'steps', noticeStep)),
        writtenContract: req(sourcedList(scope, 'items', oneOf(CONTRACT_ITEM_IDS))),
      }),
    ),
    payroll: req((c, payroll, p) =>
      record(c, payroll, p, {
        withholdingMonths: req(
          knownCondition(scope, (c2, w, p2) => {
            if (!(isFiniteNumber(w) && w >= 1 && w <= 12)) report(c2, p2, 'outOfRange', 'a number from 1 to 12');
          }),
        ),
        halfWithholdingMonth: req(month),
        holidayPayMonth: req(month),
        workingDaysPerMonth: req(positiveCondition),
      }),
    ),
    sources: req(sourcesField),
  });
  if (r) resolveSources(ctx, r.results.get('sources'), scope);
};
