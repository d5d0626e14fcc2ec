/**
 * The calculator's view model, as the comparison has one (compare/view-model.ts): the form (the
 * one form model, ui/form) and the ladder computed from its scenario. A change goes in; the form,
 * the result and what the page must be told come out. Pure (no DOM, no Lit), tested in Node; the
 * element's controller (calculator-state.ts) sends the events.
 */
import type { Dataset } from '../../model/dataset-types.js';
import { computeNormalized, type LadderResult } from '../../model/ladder.js';
import { normalizeScenario, type Scenario, type ScenarioError, type ScenarioInput } from '../../model/scenario.js';
import { defaultFigures } from '../base/default-data.js';
import { applyInput, formOf, typeNumber, type FormChange, type FormState } from '../form/form-state.js';

/** Where a change came from (the `source` of `pay-ladder-error`). */
export type ChangeSource = 'input' | 'attribute' | 'property' | 'data';

/** What a change did: the errors to report, and whether the result was computed again. */
export interface ChangeOutcome {
  errors: ScenarioError[];
  recomputed: boolean;
}

/** The ladder of a valid scenario; a normalized scenario only fails with a broken dataset: then the bundled one's. */
export function ladderOf(s: Scenario, data: Dataset): LadderResult {
  const r = computeNormalized(s, data);
  return r.ok ? r : (computeNormalized(normalizeScenario({}, defaultFigures).scenario, defaultFigures) as LadderResult);
}

export class CalculatorViewModel {
  /** The scenario in use, the errors shown at the fields and the texts as typed. */
  form: FormState;
  /** The ladder of `form.scenario`. */
  result: LadderResult;
  /** The dataset `result` was computed with. */
  private computedWith: Dataset;

  constructor(data: Dataset) {
    this.form = formOf(normalizeScenario({}, data).scenario);
    this.result = ladderOf(this.form.scenario, data);
    this.computedWith = data;
  }

  /**
   * Merges `input` into the scenario in use. Fields with errors keep their last valid value and
   * show the error; the rest apply. `raw` is the text to show in the field for an invalid value.
   */
  apply(input: ScenarioInput, source: ChangeSource, data: Dataset, raw?: string): ChangeOutcome {
    return this.take(applyInput(this.form, input, data, source === 'property', raw), source, data);
  }

  /** Text typed into the number field at `path`. */
  type(path: string, text: string, data: Dataset): ChangeOutcome {
    return this.take(typeNumber(this.form, path, text, data), 'input', data);
  }

  /** A whole scenario that could not be read (not an object): shown as the form's general error. */
  refuse(error: ScenarioError): ChangeOutcome {
    this.form = { ...this.form, errors: new Map(this.form.errors).set('scenario', error) };
    return { errors: [error], recomputed: false };
  }

  private take(next: FormChange, source: ChangeSource, data: Dataset): ChangeOutcome {
    this.form = next;
    // Other data changes the result even for the same scenario (the same data does not: the
    // element's first update hands it the data it started with); an invalid input changes nothing.
    const recomputed = source === 'property' || data !== this.computedWith || next.changed;
    if (recomputed) {
      this.result = ladderOf(next.scenario, data);
      this.computedWith = data;
    }
    return { errors: next.newErrors, recomputed };
  }
}
