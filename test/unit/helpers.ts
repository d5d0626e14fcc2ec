/** Shared by the model tests: the model run on the bundled dataset at a fixed date. */
import {
  compareScenarios,
  computeLadder,
  defaultDataset,
  type ComparisonResult,
  type LadderResult,
  type ScenarioInput,
} from '../../src/model/index.js';

/** The date the tests run "on", so the current tariff tables do not change under them. */
export const TODAY = '2026-11-26';

/** computeLadder on the bundled dataset at TODAY; throws on input errors. */
export function ladder(input: ScenarioInput): LadderResult {
  const r = computeLadder(input, defaultDataset, { today: TODAY });
  if (!r.ok) throw new Error(`unexpected errors: ${JSON.stringify(r.errors)}`);
  return r;
}

/** compareScenarios on the bundled dataset at TODAY; throws on input errors. */
export function compare(...scenarios: unknown[]): ComparisonResult {
  const r = compareScenarios(scenarios, defaultDataset, { today: TODAY });
  if (!r.ok) throw new Error(`unexpected errors: ${JSON.stringify(r.errors)}`);
  return r;
}
