/**
 * The scenario cards of `<pay-ladder-compare>` as plain data, and every change to them as a pure
 * function (no DOM, no Lit, no words): the element keeps the cards in its state, calls these and
 * sends the events. Each function returns new cards and leaves the ones it was given as they were.
 */
import { QUICK_COMPARISONS, type QuickComparisonId } from '../../model/compare.js';
import type { Dataset } from '../../model/dataset-types.js';
import { normalizeScenario, type Scenario, type ScenarioError, type ScenarioInput } from '../../model/scenario.js';
import { MAX_NAME_LENGTH, MAX_SCENARIOS } from '../../state/share-encode.js';
import { applyInput, formOf, typeNumber, type FormChange, type FormState } from '../form/form-state.js';
import { parseNumber } from '../form/parsers.js';

export interface CompareEntry {
  name: string;
  scenario: Scenario;
}

/**
 * One scenario card: its name and its form (the scenario, and what its fields show while they hold
 * something the model refused: the same `FormState` as the calculator's).
 */
export interface Card extends CompareEntry, FormState {
  /** Stable for the card's life (Lit's ids and keys); new cards get new keys. */
  key: number;
  /** Message id of a quick comparison's name, used while the user has not named it. */
  quick?: string;
}

export const MIN_SCENARIOS = 2;
export const QUICK_IDS = Object.keys(QUICK_COMPARISONS) as QuickComparisonId[];

let cardKey = 0;

export function newCard(name: string, scenario: Scenario): Card {
  return { key: ++cardKey, name, ...formOf(scenario) };
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
 * A change the user made on a card (a select, a checkbox, the further education), through the
 * form model every element uses (ui/form/form-state.ts): valid fields replace the scenario, a
 * field the model refuses keeps its last valid value and shows the error at its path.
 */
export function editCard(card: Card, input: ScenarioInput, data: Dataset): { card: Card; errors: ScenarioError[] } {
  return cardAfter(card, 'agreement' in input || 'workplace' in input, applyInput(card, input, data, false));
}

/** Text typed into the card's number field at `path` (`yearsExperience`, `events[0].year` …), as in the calculator. */
export function typeInCard(card: Card, path: string, text: string, data: Dataset): { card: Card; errors: ScenarioError[] } {
  return cardAfter(card, false, typeNumber(card, path, text, data));
}

function cardAfter(card: Card, agreement: boolean, next: FormChange): { card: Card; errors: ScenarioError[] } {
  const { scenario, errors, drafts, newErrors } = next;
  // A card named after its workplace loses that name when the workplace changes.
  const quick = agreement && card.quick?.startsWith('agreement.') ? undefined : card.quick;
  return { card: { ...card, quick, scenario, errors, drafts }, errors: newErrors };
}

/**
 * One growth assumption for every card. `value` is what the growth field gives the model (see
 * `parseNumber`); when the model refuses it, `cards` is null and `errors` says why.
 */
export function withGrowth(cards: readonly Card[], value: unknown, data: Dataset): { cards: Card[] | null; errors: ScenarioError[] } {
  const input = { annualGrowth: value } as ScenarioInput;
  const { errors } = normalizeScenario(input, data);
  if (errors.length) return { cards: null, errors };
  return { cards: cards.map((c) => ({ ...c, scenario: applyInput(c, input, data, false).scenario })), errors };
}

/** The scenarios again with other data: a value that data does not have falls back to its default. */
export function withDataset(cards: readonly Card[], data: Dataset): Card[] {
  return cards.map((c) => ({ ...c, scenario: normalizeScenario(c.scenario, data).scenario }));
}

/**
 * The comparison's cards and what belongs to them, for the element to keep: the cards, the quick
 * comparison shown (until a scenario is edited) and the growth field's text and error (one growth
 * for every card). Each method changes these with the functions above and returns the model's
 * errors for the element to report; the element re-renders and tells the page.
 */
export class CardsModel {
  cards: Card[] = [];
  activeQuick: QuickComparisonId | null = null;
  growthDraft: string | null = null;
  growthError: ScenarioError | null = null;

  get entries(): CompareEntry[] {
    return entriesOf(this.cards);
  }

  loadQuick(id: QuickComparisonId, data: Dataset): void {
    this.replace(quickCards(id, data), id);
  }

  /** Entries set as a property or read from a link; `cards` stay as they were when `ok` is false. */
  setEntries(list: unknown, data: Dataset): { ok: boolean; errors: ScenarioError[] } {
    const { cards, errors } = cardsFromEntries(list, data);
    if (cards) this.replace(cards, null);
    return { ok: !!cards, errors };
  }

  /** One more card; false when there are MAX_SCENARIOS already. */
  add(input: ScenarioInput, name: string, data: Dataset): boolean {
    const cards = addCard(this.cards, input, name, data);
    if (cards) this.edited(cards);
    return !!cards;
  }

  remove(index: number): void {
    this.edited(removeCard(this.cards, index));
  }

  rename(index: number, name: string): void {
    this.cards = renameCard(this.cards, index, name);
  }

  /** Applies a change to card `index` (editCard, typeInCard). */
  edit(index: number, change: (card: Card) => { card: Card; errors: ScenarioError[] }): ScenarioError[] {
    const { card, errors } = change(this.cards[index]);
    const cards = [...this.cards];
    cards[index] = card;
    this.edited(cards);
    return errors;
  }

  /** Text typed into the growth field; `changed`: the cards took it. */
  growth(text: string, data: Dataset): { changed: boolean; errors: ScenarioError[] } {
    this.growthDraft = text;
    const { cards, errors } = withGrowth(this.cards, parseNumber(text), data);
    this.growthError = errors[0] ?? null;
    if (cards) this.cards = cards;
    return { changed: !!cards, errors };
  }

  withData(data: Dataset): void {
    this.cards = withDataset(this.cards, data);
  }

  private edited(cards: Card[]): void {
    this.cards = cards;
    this.activeQuick = null;
  }

  /** New scenarios bring their own growth: the growth field shows theirs, not old text. */
  private replace(cards: Card[], quick: QuickComparisonId | null): void {
    this.cards = cards;
    this.activeQuick = quick;
    this.growthDraft = null;
    this.growthError = null;
  }
}
