/**
 * Scenario attributes of <pay-ladder>: attribute name → scenario field, and reading their text.
 * A value that is not a number is passed on as text so the model reports it at its field.
 */
import type { Scenario } from '../model/index.js';
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
