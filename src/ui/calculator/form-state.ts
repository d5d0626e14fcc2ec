/**
 * The calculator's form state, without the DOM: the scenario in use, the error shown at each
 * field, and the text as typed where it differs from the value (an invalid number stays as typed).
 * The element keeps one `FormState` and replaces it with what these functions return; the rule for
 * merging a change into a scenario is the model's (`applyChange`).
 */
import type { Dataset } from '../../model/dataset-types.js';
import type { Amount, Scenario, ScenarioError, ScenarioInput } from '../../model/scenario.js';
import { applyChange, fieldsOf, topField } from '../../model/scenario-change.js';
import { typedNumber } from '../controls/number-field.js';

export interface FormState {
  /** The valid scenario in use. */
  scenario: Scenario;
  /** Field path (`age`, `shifts.night`, or `scenario` for the whole) → the error shown there. */
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
  return { scenario, errors: fieldErrors, drafts, newErrors: errors, changed: changedFields.length > 0 };
}

/**
 * Text typed into the number field `field` (`age`, `shifts.night`, `individualSupplement.value`):
 * the form after it. What was typed stays in the field as typed, valid or not (no reformatting
 * under the cursor).
 */
export function typeNumber(form: FormState, field: string, text: string, data: Dataset): FormChange {
  const value = typedNumber(text, { optional: field === 'age' });
  const [top, sub] = field.split('.');
  const input: ScenarioInput =
    sub && (top === 'shifts' || top === 'responsibilitySupplement' || top === 'individualSupplement')
      ? { [top]: { ...(form.scenario[top] as object), [sub]: value } }
      : { [field]: value };
  const next = applyInput(form, input, data, false, text);
  return { ...next, drafts: new Map(next.drafts).set(field, text) };
}

/** The value of a number field (`age`, `shifts.night`, …) in a scenario. */
export function valueAt(s: Scenario, field: string): number | null {
  const [top, sub] = field.split('.');
  const v = s[top as keyof Scenario] as unknown;
  return (sub ? (v as Record<string, number>)[sub] : v) as number | null;
}

/** The closed groups of the form: "Tillegg og ansvar", "Arbeidstid, turnus og overtid", "Flere valg". */
export type GroupName = 'supplements' | 'hours' | 'more';

/** Which closed groups the form opens: those with values other than the defaults, or with errors. */
export function groupsWanted({ scenario: s, errors }: FormState): Record<GroupName, boolean> {
  const erring = (fields: string[]) => [...errors.keys()].some((k) => fields.includes(topField(k)));
  const set = (fields: Array<keyof Scenario>) =>
    fields.some((f) => {
      const v = s[f] as number | Amount;
      return typeof v === 'number' ? v !== 0 : v.value !== 0;
    }) || erring(fields);
  return {
    supplements: set(['responsibilitySupplement', 'individualSupplement', 'localEducationSupplement']),
    // Not day work (the 'day' preset: day schedule, no shift hours), or overtime.
    hours:
      s.schedule !== 'day' ||
      Object.values(s.shifts).some((h) => h > 0) ||
      s.overtimeHoursPerYear > 0 ||
      erring(['schedule', 'shifts', 'overtimeHoursPerYear']),
    more: s.tariffDate !== null || s.age !== null || s.annualGrowth !== 0 || erring(['tariffDate', 'age', 'annualGrowth']),
  };
}
