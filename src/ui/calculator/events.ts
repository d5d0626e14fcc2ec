/** The details of the calculator's events (declared in `HTMLElementEventMap` by pay-ladder.ts). */
import type { LadderResult } from '../../model/ladder.js';
import type { Scenario, ScenarioError } from '../../model/scenario.js';
import type { DatasetError } from '../../model/validate-dataset.js';

export interface PayLadderChangeDetail {
  scenario: Scenario;
  result: LadderResult;
}

export interface PayLadderErrorDetail {
  source: 'input' | 'attribute' | 'property' | 'data';
  errors: ReadonlyArray<ScenarioError | DatasetError>;
  message?: string;
}
