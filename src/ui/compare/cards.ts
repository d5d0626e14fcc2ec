/**
 * The scenario cards of `<pay-ladder-compare>` as plain data, and every change to them as a pure
 * function (no DOM, no Lit, no words): the element keeps the cards in its state, calls these and
 * sends the events. Each function returns new cards and leaves the ones it was given as they were.
 */
import { computeNormalized } from '../../model/ladder.js';
import { QUICK_COMPARISONS, type QuickComparisonId } from '../../model/compare.js';
import type { Dataset } from '../../model/dataset-types.js';
import { normalizeScenario, type Scenario, type ScenarioError, type ScenarioInput } from '../../model/scenario.js';
import { MAX_NAME_LENGTH, MAX_SCENARIOS } from '../../state/share-encode.js';

export interface CompareEntry {
  name: string;
  scenario: Scenario;
}

/** One scenario card: its entry, and what its fields show while they hold something the model refused. */
export interface Card extends CompareEntry {
  /** Stable for the card's life (Lit's ids and keys); new cards get new keys. */
  key: number;
  /** Message id of a quick comparison's name, used while the user has not named it. */
  quick?: string;
  /** Field → the model's error for what was typed there (the scenario keeps its last valid value). */
  errors: Map<string, ScenarioError>;
  /** Field → the text typed there, shown instead of the value. */
  drafts: Map<string, string>;
}

export const MIN_SCENARIOS = 2;
export const QUICK_IDS = Object.keys(QUICK_COMPARISONS) as QuickComparisonId[];

let cardKey = 0;

export function newCard(name: string, scenario: Scenario): Card {
  return { key: ++cardKey, name, scenario, errors: new Map(), drafts: new Map() };
}

/** The scenarios compared, with their names (the element's `entries`). */
export function entriesOf(cards: readonly Card[]): CompareEntry[] {
  return cards.map(({ name, scenario }) => ({ name, scenario }));
}

/**
 * Cards for entries set as a property or read from a link: each scenario normalized (its errors
 * named `entries[i].field`), names cut to MAX_NAME_LENGTH, at most MAX_SCENARIOS (`tooMany`
 * otherwise) and at least MIN_SCENARIOS (copies of the first). `cards` is null when `list` is
 * not a non-empty array: nothing changes then.
 */
export function cardsFromEntries(list: unknown, data: Dataset): { cards: Card[] | null; errors: ScenarioError[] } {
  if (!Array.isArray(list) || list.length === 0) return { cards: null, errors: [{ field: 'entries', code: 'invalidType' }] };
  const errors: ScenarioError[] = [];
  const cards = (list as Array<{ name?: unknown; scenario?: ScenarioInput } | null | undefined>).slice(0, MAX_SCENARIOS).map((e, i) => {
    const { scenario, errors: errs } = normalizeScenario(e?.scenario ?? {}, data);
    errs.forEach((x) => errors.push({ ...x, field: `entries[${i}].${x.field}` }));
    return newCard(typeof e?.name === 'string' ? e.name.slice(0, MAX_NAME_LENGTH) : '', scenario);
  });
  if (list.length > MAX_SCENARIOS) errors.push({ field: 'entries', code: 'tooMany', params: { max: MAX_SCENARIOS } });
  while (cards.length < MIN_SCENARIOS) cards.push(newCard('', cards[0]?.scenario ?? normalizeScenario({}, data).scenario));
  return { cards, errors };
}

/** The cards of a quick comparison, unnamed: they are called by the quick comparison's words. */
export function quickCards(id: QuickComparisonId, data: Dataset): Card[] {
  return QUICK_COMPARISONS[id].map((q) => ({ ...newCard('', normalizeScenario(q.scenario, data).scenario), quick: q.label }));
}

/** One more card at the end; null when there are MAX_SCENARIOS already. */
export function addCard(cards: readonly Card[], input: ScenarioInput, name: string, data: Dataset): Card[] | null {
  if (cards.length >= MAX_SCENARIOS) return null;
  return [...cards, newCard(name.slice(0, MAX_NAME_LENGTH), normalizeScenario(input, data).scenario)];
}

export function removeCard(cards: readonly Card[], index: number): Card[] {
  return cards.filter((_, k) => k !== index);
}

export function renameCard(cards: readonly Card[], index: number, name: string): Card[] {
  const next = [...cards];
  next[index] = { ...next[index], name: name.slice(0, MAX_NAME_LENGTH) };
  return next;
}

/**
 * Applies `input` (what the user changed in `field`; `raw` = the text typed, for a number field)
 * to a card. A valid change replaces the scenario and clears the field's error; an invalid one
 * keeps the last valid scenario and records the model's first error at the field. The typed text
 * stays as the field's draft either way.
 *
 * The model has no function for merging an edit yet (the code review's `model/scenario/change.ts`);
 * the calculator merges the same way in `PayLadder.apply`, but also resets `tariffDate` when the
 * agreement changes and drops a draft once it is valid. Here the agreement select sends
 * `tariffDate: null` itself (see `cardTemplate`).
 */
export function editCard(
  card: Card,
  input: ScenarioInput,
  field: string,
  raw: string | undefined,
  data: Dataset,
): { card: Card; errors: ScenarioError[] } {
  const c: Card = { ...card, errors: new Map(card.errors), drafts: new Map(card.drafts) };
  const { scenario, errors } = normalizeScenario({ ...c.scenario, ...input }, data);
  // A place whose pay group for the occupation is not known is refused like an invalid value.
  const ladder = errors.length ? null : computeNormalized(scenario, data);
  if (ladder && !ladder.ok && ladder.errors[0]?.code === 'groupNotKnown') errors.push({ ...ladder.errors[0], field });
  c.errors.delete(field);
  // A card named after its workplace loses that name when the workplace changes.
  if (('agreement' in input || 'workplace' in input) && c.quick?.startsWith('agreement.')) c.quick = undefined;
  if (field === 'events') {
    // The further education was replaced or removed: its fields start again from the model.
    for (const map of [c.errors, c.drafts]) for (const key of [...map.keys()]) if (key.startsWith('events.')) map.delete(key);
  }
  if (raw !== undefined) c.drafts.set(field, raw);
  if (errors.length) c.errors.set(field, errors[0]);
  else c.scenario = scenario;
  return { card: c, errors };
}

/**
 * One growth assumption for every card. `value` is what the growth field gives the model (see
 * `typedNumber`); when the model refuses it, `cards` is null and `errors` says why.
 */
export function withGrowth(cards: readonly Card[], value: unknown, data: Dataset): { cards: Card[] | null; errors: ScenarioError[] } {
  const { errors } = normalizeScenario({ annualGrowth: value }, data);
  if (errors.length) return { cards: null, errors };
  return { cards: cards.map((c) => ({ ...c, scenario: { ...c.scenario, annualGrowth: value as number } })), errors };
}

/** The scenarios again with other data: a value that data does not have falls back to its default. */
export function withDataset(cards: readonly Card[], data: Dataset): Card[] {
  return cards.map((c) => ({ ...c, scenario: normalizeScenario(c.scenario, data).scenario }));
}
