/** Why a scenario's education path has no pay ladder: its group is not known, or not there. */
import type { Dataset, EducationId } from './dataset-types.js';
import type { Scenario, ScenarioError } from './scenario.js';
import { placementEntryFor } from './tables.js';

/**
 * The error for an education path without a ladder: `groupNotKnown` on `occupation` where the data
 * says the occupation's pay group in the agreement is not known (with the data's note, Norwegian),
 * else `unknownValue` on `education` (no placement, or no table holds the group).
 */
export function groupError(dataset: Dataset, s: Pick<Scenario, 'agreement' | 'occupation'>, education: EducationId): ScenarioError {
  const entry = placementEntryFor(dataset, s.agreement, education, s.occupation);
  if (entry && entry.group === null)
    return {
      field: 'occupation',
      code: 'groupNotKnown',
      params: { occupation: s.occupation, agreement: s.agreement, education, note: entry.note },
    };
  return { field: 'education', code: 'unknownValue', params: { education } };
}

/**
 * The error `computeLadder` gives when the data marks the occupation's pay group for one of the
 * scenario's education paths as not known (`groupNotKnown`), or `null`: a form refuses such a
 * change like an invalid value, without computing the ladder.
 */
export function unknownGroupError(dataset: Dataset, s: Scenario): ScenarioError | null {
  for (const education of [s.education, ...s.events.flatMap((e) => (e.type === 'education' ? [e.education] : []))]) {
    if (placementEntryFor(dataset, s.agreement, education, s.occupation)?.group === null) return groupError(dataset, s, education);
  }
  return null;
}
