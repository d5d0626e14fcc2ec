/**
 * Types of the data in `data/` (one JSON file per agreement, the occupation, the rules). The JSON
 * Schema in `data/schema/` is the one definition of the format: the types, their documentation and
 * the id lists below are generated from it (`dataset/types.generated.ts`, `npm run
 * schema:generate`), and `validateDataset` checks the same schema at run time for data loaded from
 * a URL. This module exports them all, and a few types the schema implies.
 *
 * Domain words kept in Norwegian where no English word fits:
 * - garantilønn: the guaranteed minimum annual pay of a pay group at a seniority step (KS).
 * - ansiennitet: years of relevant experience that decide the step.
 * - stillingsgruppe: a Spekter pay group (position group).
 */
import type { Condition, KnownCondition, LawConditions } from './dataset/types.generated.js';

export type * from './dataset/types.generated.js';
export {
  AGREEMENT_IDS,
  EDUCATION_IDS,
  MARKET_SECTORS,
  PLACE_GROUPS,
  REQUIRED_AGREEMENT_IDS,
  SHIFT_TYPES,
} from './dataset/types.generated.js';

/** A condition that is not known: `value` is null and the note says what was looked for. */
export type UnknownCondition = Exclude<Condition, KnownCondition>;

/** What a condition's `value` counts. */
export type ConditionUnit = NonNullable<KnownCondition['unit']>;

/** Pension schemes a condition can name (an id the UI words): public (KLP/SPK) or the private minimum (OTP). */
export type PensionSchemeId = 'public' | 'otp';

/** One row of the law's notice periods: from `minYears` in the same firm and `minAge`. */
export type NoticeStep = LawConditions['noticePeriod']['steps'][number];

/** Ids of what a written employment contract must contain (AML § 14-6 (1) a–m). */
export type ContractItemId = LawConditions['writtenContract']['items'][number];

/** A sourced list or table (not a single figure): its source and how it is known. */
export type SourcedList = Omit<LawConditions['noticePeriod'], 'steps'>;
