/**
 * The form model's parts (src/ui/form/): the parsers, the formatters and the field paths, which the
 * calculator and every comparison card share; and the two giving the same verdict on the same text.
 */
import { describe, expect, it } from 'vitest';
import { defaultDataset, normalizeScenario } from '../../src/model/index.js';
import { parseNumber, parseOptionalNumber } from '../../src/ui/form/parsers.js';
import { editable } from '../../src/ui/form/formatters.js';
import { inputAt, parseField, valueAt } from '../../src/ui/form/fields.js';
import { formOf, typeNumber } from '../../src/ui/form/form-state.js';
import { quickCards, typeInCard } from '../../src/ui/compare/cards.js';

const data = defaultDataset;
const scenario = normalizeScenario(
  { events: [{ type: 'education', year: 2, education: 'fagskole', studyCost: 0, monthsWithoutPay: 10 }] },
  data,
).scenario;

describe('parsers', () => {
  it('reads numbers as typed in nb, nn and en; leaves what is not one as text', () => {
    expect(parseNumber('4')).toBe(4);
    expect(parseNumber('2,5')).toBe(2.5);
    expect(parseNumber('abc')).toBe('abc');
    expect(parseNumber('')).toBe('');
    expect(parseOptionalNumber('')).toBeNull();
    expect(parseOptionalNumber(' 61 ')).toBe(61);
  });
});

describe('formatters', () => {
  it('shows a value to edit without grouping, with the locale’s decimal mark, and reads back the same', () => {
    expect(editable(2.5, 'nb')).toBe('2,5');
    expect(editable(2.5, 'en')).toBe('2.5');
    expect(editable(null, 'nb')).toBe('');
    for (const v of [0, 4, 2.5, 437300]) expect(parseNumber(editable(v, 'nn'))).toBe(v);
  });
});

describe('field paths', () => {
  it('reads and writes a value at a path, nested fields and events included', () => {
    expect(valueAt(scenario, 'yearsExperience')).toBe(0);
    expect(valueAt(scenario, 'shifts.night')).toBe(0);
    expect(valueAt(scenario, 'events[0].monthsWithoutPay')).toBe(10);
    expect(inputAt(scenario, 'shifts.night', 5)).toEqual({ shifts: { ...scenario.shifts, night: 5 } });
    expect(inputAt(scenario, 'events[0].year', 3)).toEqual({ events: [{ ...scenario.events[0], year: 3 }] });
    expect(scenario.events[0].year, 'the scenario given is untouched').toBe(2);
  });

  it('only the optional fields read empty text as no value', () => {
    expect(parseField('age', '')).toBeNull();
    expect(parseField('yearsExperience', '')).toBe('');
  });
});

describe('one form model', () => {
  it('the calculator and a comparison card give the same error and keep the same text for the same input', () => {
    const [card] = quickCards('partTime', data);
    for (const [path, text] of [
      ['yearsExperience', ''],
      ['yearsExperience', '99'],
      ['positionPercent', 'sixty'],
    ] as const) {
      const calc = typeNumber(formOf(card.scenario), path, text, data);
      const inCard = typeInCard(card, path, text, data).card;
      expect(inCard.errors.get(path)).toEqual(calc.errors.get(path));
      expect(inCard.drafts.get(path)).toBe(text);
      expect(inCard.scenario).toEqual(calc.scenario);
    }
  });
});
