/**
 * Every public event of the elements, in one place: its name, the type of its `detail` and when it
 * fires. Each is a `CustomEvent` that bubbles out of the shadow root (`composed`), sent only through
 * `emit` (base/emit.ts), which takes its name and detail from `HTMLElementEventMap` below, so a wrong
 * name or detail is a compile error. The elements' JSDoc (`@fires`) names the same events for the
 * custom-elements manifest and the README's API tables (`npm run docs:api`).
 */
import type { ComparisonResult } from '../model/compare.js';
import type { LadderResult } from '../model/ladder.js';
import type { Scenario, ScenarioError } from '../model/scenario.js';
import type { DatasetError } from '../model/validate-dataset.js';
import type { ShareState } from '../state/share-encode.js';
import type { CompareEntry } from './compare/cards.js';

/** `pay-ladder-change` (`<pay-ladder>`): the valid scenario or its result changed; once per task, after it has rendered. */
export interface PayLadderChangeDetail {
  scenario: Scenario;
  result: LadderResult;
}

/**
 * `pay-ladder-error` (both elements): something could not be used. `input`: typed into a field;
 * `attribute`, `property`: set by the page; `data`: a dataset (`data-src` or `data`) that failed
 * validation (`message` says why).
 */
export interface PayLadderErrorDetail {
  source: 'input' | 'attribute' | 'property' | 'data';
  errors: ReadonlyArray<ScenarioError | DatasetError>;
  message?: string;
}

/** `pay-ladder-state-change` (both elements): the whole state (the scenario, or every scenario of a comparison) on every change. */
export interface PayLadderStateChangeDetail {
  state: ShareState;
}

/** `pay-ladder-compare-change` (`<pay-ladder-compare>`): a scenario, a name or the metric changed. */
export interface CompareChangeDetail {
  entries: CompareEntry[];
  result: ComparisonResult;
}

declare global {
  interface HTMLElementEventMap {
    'pay-ladder-change': CustomEvent<PayLadderChangeDetail>;
    'pay-ladder-error': CustomEvent<PayLadderErrorDetail>;
    'pay-ladder-state-change': CustomEvent<PayLadderStateChangeDetail>;
    'pay-ladder-compare-change': CustomEvent<CompareChangeDetail>;
  }
}
