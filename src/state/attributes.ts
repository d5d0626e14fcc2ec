/**
 * Scenario attributes of <pay-ladder>: attribute name → scenario field, and reading their text.
 * A value that is not a number is passed on as text so the model reports it at its field.
 */
import type { AgreementId, Dataset } from '../model/dataset-types.js';
import { placeIn } from '../model/occupations.js';
import { normalizeScenario, type Scenario, type ScenarioInput } from '../model/scenario.js';
import { parseUserNumber } from './number-text.js';

type Field = keyof Scenario;

/** Attribute → [scenario field, kind of value]. */
export const SCENARIO_ATTRIBUTES = {
  agreement: ['agreement', 'text'],
  education: ['education', 'text'],
  years: ['yearsExperience', 'number'],
  position: ['positionPercent', 'number'],
  'tariff-date': ['tariffDate', 'text'],
  schedule: ['schedule', 'text'],
  overtime: ['overtimeHoursPerYear', 'number'],
  age: ['age', 'number'],
  growth: ['annualGrowth', 'number'],
  horizon: ['horizon', 'number'],
  'tax-area': ['taxArea', 'text'],
  occupation: ['occupation', 'text'],
  workplace: ['workplace', 'text'],
} as const satisfies Record<string, readonly [Field, 'text' | 'number']>;

export type ScenarioAttribute = keyof typeof SCENARIO_ATTRIBUTES;

export function attributeField(name: string): Field | undefined {
  return (SCENARIO_ATTRIBUTES as Record<string, readonly [Field, string]>)[name]?.[0];
}

/** Reads one attribute's text as a scenario value (`undefined` when the attribute is absent). */
export function attributeValue(name: ScenarioAttribute, text: string | null): unknown {
  if (text === null) return undefined;
  const [, kind] = SCENARIO_ATTRIBUTES[name];
  if (kind === 'text') return text.trim();
  const n = parseUserNumber(text);
  return Number.isNaN(n) ? text : n;
}

/**
 * The scenario input an attribute change makes, or `null` for an attribute that is no scenario
 * field: the attribute's value, or the default when it is removed or empty. A place sets its usual
 * agreement, unless `agreement` (the element's own agreement attribute) names another of its agreements.
 */
export function attributeInput(name: string, text: string | null, data: Dataset, agreement: string | null): ScenarioInput | null {
  const field = attributeField(name);
  if (!field) return null;
  const v = attributeValue(name as ScenarioAttribute, text);
  const input: Record<string, unknown> = { [field]: v === undefined ? normalizeScenario({}, data).scenario[field] : v };
  const own = agreement?.trim();
  if (field === 'workplace' && own && placeIn(data, String(v))?.agreements.includes(own as AgreementId)) input.agreement = own;
  return input;
}
