/**
 * The calculator's state as a controller (in the style of Shoelace's controllers): it keeps the
 * view model (view-model.ts), hands it every change, and tells the page what happened: a
 * `pay-ladder-error` at once, one `pay-ladder-change` after the change has rendered, the state to
 * the share controller, and a summary for screen readers once typing pauses.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Dataset } from '../../model/dataset-types.js';
import type { LadderResult } from '../../model/ladder.js';
import type { ScenarioError, ScenarioInput } from '../../model/scenario.js';
import { defaultFigures } from '../base/default-data.js';
import { emit } from '../base/emit.js';
import type { FormState } from '../form/form-state.js';
import { CalculatorViewModel, type ChangeOutcome, type ChangeSource } from './view-model.js';

export interface CalculatorStateHost extends ReactiveControllerHost, HTMLElement {
  /** The dataset in use. */
  readonly data: Dataset;
}

export interface CalculatorStateHooks {
  /** The result's summary in the element's language, for screen readers. */
  summary: (result: LadderResult) => string;
  /** The state changed (the share controller writes the link and tells the page). */
  changed: () => void;
  /** The form changed (e.g. a closed group must open). */
  formChanged: (form: FormState) => void;
}

export class CalculatorState implements ReactiveController {
  private readonly model = new CalculatorViewModel(defaultFigures);
  /** The sentence the live region says (the summary, or the answer to a press). */
  announcement = '';
  private changePending = false;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: CalculatorStateHost,
    private readonly hooks: CalculatorStateHooks,
  ) {
    host.addController(this);
  }

  get form(): FormState {
    return this.model.form;
  }

  get result(): LadderResult {
    return this.model.result;
  }

  hostDisconnected(): void {
    clearTimeout(this.announceTimer);
  }

  /** Applies a change; `notify`: tell the page when the result changes. */
  apply(input: ScenarioInput, source: ChangeSource, notify: boolean, raw?: string): void {
    this.took(this.model.apply(input, source, this.host.data, raw), source, notify);
  }

  /** Text typed into the number field at `path`. */
  type(path: string, text: string): void {
    this.took(this.model.type(path, text, this.host.data), 'input', true);
  }

  /** A scenario set as a property that is not one. */
  refuse(error: ScenarioError): void {
    this.took(this.model.refuse(error), 'property', false);
  }

  /** Says `text` now (it answers a press: a summary still waiting must not replace it). */
  announce(text: string): void {
    clearTimeout(this.announceTimer);
    this.announcement = text;
    this.host.requestUpdate();
  }

  private took(outcome: ChangeOutcome, source: ChangeSource, notify: boolean): void {
    this.host.requestUpdate();
    if (outcome.errors.length) emit(this.host, 'pay-ladder-error', { source, errors: outcome.errors });
    if (outcome.recomputed && notify) this.notify();
    this.hooks.formChanged(this.model.form);
  }

  /**
   * Tells the page after the change has rendered (one event for the changes of one task), so a
   * framework that sets a property before it adds its listener still gets the event.
   */
  private notify(): void {
    this.hooks.changed();
    if (!this.changePending) {
      this.changePending = true;
      void this.host.updateComplete.then(() => {
        this.changePending = false;
        emit(this.host, 'pay-ladder-change', { scenario: this.model.form.scenario, result: this.model.result });
      });
    }
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => this.announce(this.hooks.summary(this.model.result)), 600);
  }
}
