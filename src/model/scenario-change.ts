/**
 * applyChange: one change to a scenario, as a form or an attribute makes it. The rule the
 * elements share:
 * - the input's fields are merged into the current scenario and the result is normalized;
 * - a field with an error keeps its last valid value (the rest of the input still applies), and
 *   its error is returned for the form to show;
 * - a new agreement starts from its own newest tables: `tariffDate` goes back to `null` unless the
 *   input sets it too (an agreement that is refused keeps the date as well);
 * - a new place sets its usual agreement unless the input sets one too; an agreement set alone
 *   that the current place does not name leaves the place (`workplace` back to `null`);
 * - a new occupation keeps the education path only when it has it, else starts from its own
 *   qualification (`helsesekretaer`), and drops further education it does not have.
 * Never throws.
 */
import type { AgreementId, Dataset } from './dataset-types.js';
import { educationPaths, placeIn } from './occupations.js';
import { DEFAULT_SCENARIO, normalizeScenario, type Scenario, type ScenarioError } from './scenario.js';

export interface ScenarioChange {
  /** The scenario after the change; `current` itself when nothing could be applied. */
  scenario: Scenario;
  /** What was wrong with the input (paths as `normalizeScenario` gives them); empty when all applied. */
  errors: ScenarioError[];
  /** The top-level fields whose value differs from `current`, in the order of {@link Scenario}. */
  changedFields: Array<keyof Scenario>;
}

/** The top-level field of an error path: `shifts.night` → `shifts`, `events[1].year` → `events`. */
export function topField(path: string): string {
  return path.split(/[.[]/)[0];
}

/** The input's own fields, or `null` when it is not a plain object (or cannot be read). */
export function fieldsOf(input: unknown): Record<string, unknown> | null {
  try {
    if (input === undefined || input === null) return {};
    if (typeof input !== 'object' || Array.isArray(input)) return null;
    return { ...input };
  } catch {
    return null; // a getter or proxy that throws
  }
}

/** The rules of a place and an occupation on the merged input (see the module's comment). */
function placeAndOccupation(current: Scenario, patch: Record<string, unknown>, merged: Record<string, unknown>, dataset: Dataset): void {
  if ('workplace' in patch && patch.workplace !== current.workplace && !('agreement' in patch)) {
    const place = placeIn(dataset, typeof patch.workplace === 'string' ? patch.workplace : null);
    if (place) merged.agreement = place.agreements[0];
  }
  if ('agreement' in patch && !('workplace' in patch) && current.workplace !== null) {
    const place = placeIn(dataset, current.workplace);
    if (!place?.agreements.includes(patch.agreement as AgreementId)) merged.workplace = null;
  }
  if ('occupation' in patch && patch.occupation !== current.occupation && typeof patch.occupation === 'string') {
    const paths = educationPaths(dataset, patch.occupation);
    if (!('education' in patch) && !paths.includes(current.education)) merged.education = 'helsesekretaer';
    if (!('events' in patch)) merged.events = current.events.filter((e) => e.type !== 'education' || paths.includes(e.education));
  }
}

/**
 * Merges `input` (any subset of a scenario) into `current`. `undefined`/`null` change nothing;
 * anything that is not a plain object is refused with an `invalidType` error on the whole input.
 */
export function applyChange(current: Scenario, input: unknown, dataset: Dataset): ScenarioChange {
  const patch = fieldsOf(input);
  if (!patch) return { scenario: current, errors: [{ field: '', code: 'invalidType' }], changedFields: [] };
  const merged: Record<string, unknown> = { ...current, ...patch };
  placeAndOccupation(current, patch, merged, dataset);
  const resetDate = merged.agreement !== current.agreement && !('tariffDate' in patch);
  if (resetDate) merged.tariffDate = null;

  const first = normalizeScenario(merged, dataset);
  let scenario = first.scenario;
  if (first.errors.length) {
    const bad = new Set(first.errors.map((e) => topField(e.field)));
    for (const f of bad) if (f in current) merged[f] = current[f as keyof Scenario];
    if (resetDate && bad.has('agreement')) merged.tariffDate = current.tariffDate;
    const again = normalizeScenario(merged, dataset);
    scenario = again.errors.length ? current : again.scenario;
  }
  return { scenario, errors: first.errors, changedFields: changedFields(current, scenario) };
}

function changedFields(a: Scenario, b: Scenario): Array<keyof Scenario> {
  if (a === b) return [];
  // Scenarios are plain data from `normalizeScenario`, their keys always in the same order: JSON compares them.
  return (Object.keys(DEFAULT_SCENARIO) as Array<keyof Scenario>).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}
