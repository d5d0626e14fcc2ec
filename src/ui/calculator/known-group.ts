/**
 * A place, occupation, agreement or education whose pay group the data marks as not known: the
 * change is refused like any invalid value (the scenario keeps its last valid value and the field
 * says why), so the calculator never shows another group's figures in its place.
 */
import type { Dataset } from '../../model/dataset-types.js';
import { computeNormalized } from '../../model/ladder.js';
import type { ScenarioError, ScenarioInput } from '../../model/scenario.js';
import type { FormChange, FormState } from './form-state.js';

/** The field a refused change is shown at: the first of these the input sets. */
const FIELDS = ['workplace', 'occupation', 'agreement', 'education'] as const;

export function keepKnownGroup(prev: FormState, change: FormChange, input: ScenarioInput, data: Dataset): FormChange {
  if (!change.changed) return change;
  const r = computeNormalized(change.scenario, data);
  if (r.ok || r.errors[0]?.code !== 'groupNotKnown') return change;
  const field = FIELDS.find((f) => f in input) ?? 'occupation';
  const error: ScenarioError = { ...r.errors[0], field };
  return {
    ...change,
    scenario: prev.scenario,
    errors: new Map(change.errors).set(field, error),
    newErrors: [...change.newErrors, error],
    changed: false,
  };
}
