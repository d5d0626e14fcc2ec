/**
 * The comparison's cards (src/ui/compare/cards.ts): every change to the scenario cards as a pure
 * function, on the bundled dataset, in Node.
 */
import { describe, expect, it } from 'vitest';
import { QUICK_COMPARISONS, defaultDataset, normalizeScenario, type ScenarioInput } from '../../src/model/index.js';
import { MAX_NAME_LENGTH, MAX_SCENARIOS } from '../../src/state/share-encode.js';
import {
  MIN_SCENARIOS,
  QUICK_IDS,
  addCard,
  cardsFromEntries,
  editCard,
  typeInCard,
  entriesOf,
  newCard,
  quickCards,
  removeCard,
  renameCard,
  withDataset,
  withGrowth,
  type Card,
} from '../../src/ui/compare/cards.js';

const data = defaultDataset;
const scenario = (input: ScenarioInput = {}) => normalizeScenario(input, data).scenario;

describe('quick comparisons', () => {
  it('every quick comparison gives one unnamed card per scenario, named by its label, with new keys', () => {
    expect(QUICK_IDS).toEqual(Object.keys(QUICK_COMPARISONS));
    for (const id of QUICK_IDS) {
      const cards = quickCards(id, data);
      expect(cards.map((c) => c.quick)).toEqual(QUICK_COMPARISONS[id].map((q) => q.label));
      expect(cards.map((c) => c.scenario)).toEqual(QUICK_COMPARISONS[id].map((q) => scenario(q.scenario)));
      expect(cards.every((c) => c.name === '' && c.errors.size === 0 && c.drafts.size === 0)).toBe(true);
      expect(new Set(cards.map((c) => c.key)).size).toBe(cards.length);
    }
    const again = quickCards('workplace', data);
    expect(again.map((c) => c.key)).not.toEqual(quickCards('workplace', data).map((c) => c.key));
  });
});

describe('editCard', () => {
  const [card] = quickCards('partTime', data);

  it('a valid value replaces the scenario; the typed text stays as the draft; the card given is untouched', () => {
    const { card: next, errors } = typeInCard(card, 'yearsExperience', '7', data);
    expect(errors).toEqual([]);
    expect(next.scenario).toEqual(scenario({ ...card.scenario, yearsExperience: 7 }));
    expect(next.errors.size).toBe(0);
    expect([...next.drafts]).toEqual([['yearsExperience', '7']]);
    expect(next.key).toBe(card.key);
    expect(card.scenario.yearsExperience).toBe(0);
    expect(card.drafts.size).toBe(0);
  });

  it('an invalid value keeps the last valid scenario and records the error and the draft at the field', () => {
    const valid = typeInCard(card, 'positionPercent', '60', data).card;
    const { card: next, errors } = typeInCard(valid, 'positionPercent', 'sixty', data);
    // The model's own verdict on the same input.
    const expected = normalizeScenario({ ...valid.scenario, positionPercent: 'sixty' }, data).errors;
    expect(expected.length).toBeGreaterThan(0);
    expect(errors).toEqual(expected);
    expect(next.scenario).toEqual(valid.scenario);
    expect(next.scenario.positionPercent).toBe(60);
    expect(next.errors.get('positionPercent')).toEqual(expected[0]);
    expect(next.drafts.get('positionPercent')).toBe('sixty');

    // Out of range is refused the same way; a valid value then clears the error.
    const tooMuch = typeInCard(next, 'positionPercent', '500', data).card;
    expect(tooMuch.scenario.positionPercent).toBe(60);
    expect(tooMuch.errors.get('positionPercent')?.code).toBe('outOfRange');
    const fixed = typeInCard(tooMuch, 'positionPercent', '50', data).card;
    expect(fixed.scenario.positionPercent).toBe(50);
    expect(fixed.errors.has('positionPercent')).toBe(false);
    expect(fixed.drafts.get('positionPercent')).toBe('50');
  });

  it('an error in one field leaves the other fields alone', () => {
    const bad = typeInCard(card, 'yearsExperience', '99', data).card;
    const other = typeInCard(bad, 'positionPercent', '80', data).card;
    expect(other.errors.get('yearsExperience')?.code).toBe('outOfRange');
    expect(other.scenario.positionPercent).toBe(80);
  });

  it('a card named after its workplace loses that name when the workplace changes; other quick names stay', () => {
    const [ks] = quickCards('workplace', data);
    expect(ks.quick).toBe('agreement.ks');
    const moved = editCard(ks, { agreement: 'spekter', tariffDate: null }, data).card;
    expect(moved.quick).toBeUndefined();
    expect(moved.scenario.agreement).toBe('spekter');
    expect(moved.drafts.size).toBe(0);
    const [fullTime] = quickCards('partTime', data);
    expect(editCard(fullTime, { agreement: 'spekter' }, data).card.quick).toBe('compare.name.fullTime');
  });

  it('replacing the further education drops the errors and drafts of its fields', () => {
    const [, fagskole] = quickCards('fagskole', data);
    const edu = fagskole.scenario.events[0];
    const bad = typeInCard(fagskole, 'events[0].year', '999', data).card;
    expect(bad.errors.has('events[0].year')).toBe(true);
    expect(bad.drafts.get('events[0].year')).toBe('999');
    expect(bad.scenario.events[0]).toEqual(edu);
    const none = editCard(bad, { events: [] }, data).card;
    expect(none.errors.size).toBe(0);
    expect(none.drafts.size).toBe(0);
    expect(none.scenario.events).toEqual([]);
  });
});

describe('cardsFromEntries', () => {
  it('refuses what is not a non-empty list, and changes nothing', () => {
    for (const list of [undefined, null, {}, [], 'x']) {
      expect(cardsFromEntries(list, data)).toEqual({ cards: null, errors: [{ field: 'entries', code: 'invalidType' }] });
    }
  });

  it('normalizes each scenario, names its errors entries[i].field, cuts names, and keeps at most MAX_SCENARIOS', () => {
    const long = 'x'.repeat(MAX_NAME_LENGTH + 10);
    const list = [
      { name: long, scenario: { agreement: 'spekter' } },
      { name: 7, scenario: { yearsExperience: -1 } },
      { scenario: {} },
      { name: 'D' },
      { name: 'E' },
    ];
    const { cards, errors } = cardsFromEntries(list, data);
    expect(cards).toHaveLength(MAX_SCENARIOS);
    expect(cards!.map((c) => c.name)).toEqual(['x'.repeat(MAX_NAME_LENGTH), '', '', 'D']);
    expect(cards![0].scenario).toEqual(scenario({ agreement: 'spekter' }));
    expect(cards![1].scenario).toEqual(scenario({ yearsExperience: -1 }));
    const own = normalizeScenario({ yearsExperience: -1 }, data).errors;
    expect(errors).toEqual([
      ...own.map((e) => ({ ...e, field: `entries[1].${e.field}` })),
      { field: 'entries', code: 'tooMany', params: { max: MAX_SCENARIOS } },
    ]);
  });

  it('fills up to MIN_SCENARIOS with the first scenario', () => {
    const { cards, errors } = cardsFromEntries([{ name: 'Mine', scenario: { positionPercent: 75 } }], data);
    expect(errors).toEqual([]);
    expect(cards).toHaveLength(MIN_SCENARIOS);
    expect(cards![1].scenario).toEqual(cards![0].scenario);
    expect(cards![1].name).toBe('');
    expect(entriesOf(cards!)).toEqual([
      { name: 'Mine', scenario: scenario({ positionPercent: 75 }) },
      { name: '', scenario: scenario({ positionPercent: 75 }) },
    ]);
  });
});

describe('add, remove, rename', () => {
  it('adds at the end until MAX_SCENARIOS, then refuses', () => {
    let cards: Card[] = quickCards('partTime', data);
    while (cards.length < MAX_SCENARIOS) cards = addCard(cards, { positionPercent: 50 }, 'Halv', data)!;
    expect(cards.at(-1)).toMatchObject({ name: 'Halv', scenario: scenario({ positionPercent: 50 }) });
    expect(addCard(cards, {}, '', data)).toBeNull();
  });

  it('removes by index and renames with the name cut to MAX_NAME_LENGTH', () => {
    const cards = quickCards('workplace', data);
    expect(removeCard(cards, 1).map((c) => c.quick)).toEqual(['agreement.ks', 'agreement.legekontor']);
    const renamed = renameCard(cards, 2, 'y'.repeat(MAX_NAME_LENGTH + 1));
    expect(renamed[2].name).toBe('y'.repeat(MAX_NAME_LENGTH));
    expect(renamed[2].key).toBe(cards[2].key);
    expect(cards[2].name).toBe('');
  });
});

describe('withGrowth and withDataset', () => {
  it('one growth for every card, or nothing and the model’s error', () => {
    const cards = [newCard('A', scenario()), newCard('B', scenario({ agreement: 'spekter' }))];
    const ok = withGrowth(cards, 2.5, data);
    expect(ok.errors).toEqual([]);
    expect(ok.cards!.map((c) => c.scenario.annualGrowth)).toEqual([2.5, 2.5]);
    expect(cards[0].scenario.annualGrowth).toBe(0);
    for (const bad of [99, 'abc']) {
      const r = withGrowth(cards, bad, data);
      expect(r.cards).toBeNull();
      expect(r.errors).toEqual(normalizeScenario({ annualGrowth: bad }, data).errors);
      expect(r.errors[0].field).toBe('annualGrowth');
    }
  });

  it('other data: the scenarios normalized again with it', () => {
    const cards = quickCards('workplace', data);
    expect(withDataset(cards, data).map((c) => c.scenario)).toEqual(cards.map((c) => c.scenario));
    const withoutLegekontor = { ...data, agreements: { ks: data.agreements.ks, spekter: data.agreements.spekter } } as typeof data;
    const again = withDataset(cards, withoutLegekontor);
    expect(again.map((c) => c.scenario)).toEqual(cards.map((c) => normalizeScenario(c.scenario, withoutLegekontor).scenario));
    expect(again[2].scenario.agreement).not.toBe('legekontor');
    expect(again.map((c) => c.key)).toEqual(cards.map((c) => c.key));
  });
});
