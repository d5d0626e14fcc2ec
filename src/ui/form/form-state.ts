/**
 * The one form model of the elements, without the DOM: the scenario in use, the error shown at
 * each field and the text as typed where it differs from the value (an invalid number stays as
 * typed). The calculator keeps one `FormState`, each comparison card one; both replace it with
 * what these functions return, so validation and messages are the same by construction. The rule
 * for merging a change into a scenario is the model's (`applyChange`).
 */
import type { Dataset } from '../../model/dataset-types.js';
import type { Scenario, ScenarioError, ScenarioInput } from '../../model/scenario.js';
import { applyChange, fieldsOf, topField } from '../../model/scenario-change.js';
import { unknownGroupError } from '../../model/occupation-errors.js';
import { inputAt, parseField } from './fields.js';

export interface FormState {
  /** The valid scenario in use. */
  scenario: Scenario;
  /** Field path (`age`, `shifts.night`, `events[0].year`, or `scenario` for the whole) → the error shown there. */
  errors: ReadonlyMap<string, ScenarioError>;
  /** Field path → the text as typed (kept while it is invalid, and while it is being typed). */
  drafts: ReadonlyMap<string, string>;
}

export interface FormChange extends FormState {
  /** What was wrong with this input; empty when all of it applied. */
  newErrors: ScenarioError[];
  /** Whether the scenario's values changed. */
  changed: boolean;
}

/** A form with this scenario, no errors and nothing typed. */
export function formOf(scenario: Scenario): FormState {
  return { scenario, errors: new Map(), drafts: new Map() };
}

/**
 * Applies `input` to the form: valid fields change the scenario, a field with an error keeps its
 * last valid value and shows the error (with `raw`, the text typed, in its field). The fields the
 * input names lose their old errors, and their drafts when they are valid now. `property`: the
 * input replaces what a script set, so a whole-scenario error goes too.
 */
export function applyInput(form: FormState, input: ScenarioInput, data: Dataset, property: boolean, raw?: string): FormChange {
  const { scenario, errors, changedFields } = applyChange(form.scenario, input, data);
  const fieldErrors = new Map(form.errors);
  if (property) fieldErrors.delete('scenario');
  const drafts = new Map(form.drafts);
  for (const f of Object.keys(fieldsOf(input) ?? {})) {
    for (const key of [...fieldErrors.keys()]) if (topField(key) === f) fieldErrors.delete(key);
    if (!errors.some((e) => topField(e.field) === f)) for (const key of [...drafts.keys()]) if (topField(key) === f) drafts.delete(key);
  }
  for (const e of errors) {
    fieldErrors.set(e.field || 'scenario', e);
    if (raw !== undefined) drafts.set(e.field, raw);
  }
  const change = { scenario, errors: fieldErrors, drafts, newErrors: errors, changed: changedFields.length > 0 };
  return changedFields.length ? keepKnownGroup(form, change, input, data) : change;
}

/** The field a refused change is shown at: the first of these the input sets. */
const GROUP_FIELDS = ['workplace', 'occupation', 'agreement', 'education'] as const;

/**
 * A place, occupation, agreement or education whose pay group the data marks as not known: the
 * change is refused like any invalid value (the scenario keeps its last valid value and the field
 * says why), so an element never shows another group's figures in its place.
 */
function keepKnownGroup(prev: FormState, change: FormChange, input: ScenarioInput, data: Dataset): FormChange {
  const unknown = unknownGroupError(data, change.scenario);
  if (!unknown) return change;
  const input_ = fieldsOf(input) ?? {};
  const field = GROUP_FIELDS.find((f) => f in input_) ?? 'occupation';
  const error: ScenarioError = { ...unknown, field };
  return {
    ...change,
    scenario: prev.scenario,
    errors: new Map(change.errors).set(field, error),
    newErrors: [...change.newErrors, error],
    changed: false,
  };
}

/**
 * Text typed into the number field at `path` (`age`, `shifts.night`, `individualSupplement.value`,
 * `events[0].year`): the form after it. What was typed stays in the field as typed, valid or not
 * (no reformatting under the cursor).
 */
export function typeNumber(form: FormState, path: string, text: string, data: Dataset): FormChange {
  const next = applyInput(form, inputAt(form.scenario, path, parseField(path, text)), data, false, text);
  return { ...next, drafts: new Map(next.drafts).set(path, text) };
}
