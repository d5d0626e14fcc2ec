/** The workplaces a student chooses between, grouped as they meet them. */
import type { AgreementId } from './dataset-types.js';

/** Public or private (and non-profit) workplaces: how a student meets them, in that order. */
export type WorkplaceGroup = 'public' | 'private';
export const WORKPLACE_GROUPS: ReadonlyArray<readonly [WorkplaceGroup, readonly AgreementId[]]> = [
  ['public', ['ks', 'spekter']],
  ['private', ['legekontor', 'virke-legesentre', 'nho481', 'virke-huk', 'tannhelse', 'private']],
];
