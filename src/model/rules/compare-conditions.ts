/**
 * The working conditions of several scenarios side by side (the comparison's "Arbeidsvilkår"),
 * each scenario's terms from `conditionsFor`.
 */
import type { Dataset } from '../dataset-types.js';
import type { ScenarioError } from '../scenario.js';
import { conditionsFor, type Term, type TermId } from './conditions.js';

/** One term across compared scenarios: each scenario's term, and whether they differ in what they give. */
export interface ConditionsRow {
  id: TermId;
  /** Per scenario, in their order. */
  terms: Term[];
  /** The terms differ in value, unit or what qualifies them (the 60+ extras, the minimums, the law's steps). */
  differs: boolean;
}

export type ConditionsComparison =
  { ok: true; rows: ConditionsRow[] } | { ok: false; errors: Array<{ index: number; errors: ScenarioError[] }> };

/**
 * The working conditions of several scenarios side by side, term by term (in `TERM_IDS` order),
 * marking where they differ: "5 uker" against "25 virkedager" differ; the same figure from the
 * agreement and from the law does not (where it comes from is in each term's provenance).
 * Invalid input gives the failing scenarios' errors, like `compareScenarios`; never throws.
 */
export function compareConditions(scenarios: readonly unknown[], dataset: Dataset): ConditionsComparison {
  if (!Array.isArray(scenarios) || scenarios.length === 0)
    return { ok: false, errors: [{ index: 0, errors: [{ field: '', code: 'invalidType' }] }] };
  const results = scenarios.map((s) => conditionsFor(s, dataset));
  const errors = results.flatMap((r, index) => (r.ok ? [] : [{ index, errors: r.errors }]));
  if (errors.length) return { ok: false, errors };
  const lists = results.map((r) => (r.ok ? r.terms : []));
  const meaning = (t: Term) => JSON.stringify([t.value, t.unit ?? null, t.params ?? null, t.steps ?? null, t.items ?? null]);
  return {
    ok: true,
    rows: lists[0].map((first) => {
      const terms = lists.map((list) => list.find((t) => t.id === first.id)!);
      return { id: first.id, terms, differs: terms.some((t) => meaning(t) !== meaning(first)) };
    }),
  };
}
