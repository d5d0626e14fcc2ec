/**
 * The form model of the calculator and the comparison's cards (src/ui/form/form-state.ts): the scenario in use, the errors
 * at the fields and the texts as typed, changed as a person changes the form; on the bundled
 * dataset, in Node.
 */
import { describe, expect, it } from 'vitest';
import { defaultDataset, normalizeScenario, type ScenarioInput } from '../../src/model/index.js';
import { applyInput, typeNumber, type FormState } from '../../src/ui/form/form-state.js';
import { valueAt } from '../../src/ui/form/fields.js';
import { groupsWanted } from '../../src/ui/calculator/form-groups.js';

const data = defaultDataset;
const form = (input: ScenarioInput = {}): FormState => ({
  scenario: normalizeScenario(input, data).scenario,
  errors: new Map(),
  drafts: new Map(),
});

describe('applyInput', () => {
  it('a valid change applies, says it changed, and leaves no error or draft', () => {
    const f = form({ yearsExperience: 4 });
    const next = applyInput(f, { positionPercent: 80 }, data, false);
    expect(next.scenario).toEqual({ ...f.scenario, positionPercent: 80 });
    expect(next.changed).toBe(true);
    expect(next.newErrors).toEqual([]);
    expect([...next.errors]).toEqual([]);
    expect(f.scenario.positionPercent, 'the form given is untouched').toBe(100);
  });

  it('an invalid value keeps the last valid one and records the error at its field, with the text as typed', () => {
    const f = form({ yearsExperience: 4 });
    const next = applyInput(f, { yearsExperience: 99 }, data, false, '99');
    expect(next.scenario.yearsExperience).toBe(4);
    expect(next.changed).toBe(false);
    expect(next.newErrors.map((e) => [e.field, e.code])).toEqual([['yearsExperience', 'outOfRange']]);
    expect(next.errors.get('yearsExperience')?.code).toBe('outOfRange');
    expect(next.drafts.get('yearsExperience')).toBe('99');
  });

  it('a later valid value at the field clears its error and its draft; other fields keep theirs', () => {
    let f = applyInput(form(), { yearsExperience: 99 }, data, false, '99');
    f = applyInput(f, { positionPercent: 0 }, data, false, '0');
    expect([...f.errors.keys()].sort()).toEqual(['positionPercent', 'yearsExperience']);
    f = applyInput(f, { yearsExperience: 7 }, data, false);
    expect(f.scenario.yearsExperience).toBe(7);
    expect([...f.errors.keys()]).toEqual(['positionPercent']);
    expect(f.drafts.has('yearsExperience')).toBe(false);
    expect(f.drafts.get('positionPercent')).toBe('0');
  });

  it('a new workplace starts from its own newest tables (tariffDate reset), unless the input sets one', () => {
    const f = form({ agreement: 'ks', tariffDate: '2023-05-01' });
    expect(applyInput(f, { agreement: 'spekter' }, data, false).scenario.tariffDate).toBeNull();
    expect(applyInput(f, { agreement: 'spekter', tariffDate: '2024-05-01' }, data, false).scenario.tariffDate).toBe('2024-05-01');
  });

  it('a whole-scenario error goes when a script sets the scenario again (property), not on an input', () => {
    const bad = { ...form(), errors: new Map([['scenario', { field: '', code: 'invalidType' as const }]]) };
    expect(applyInput(bad, { years: 1 } as ScenarioInput, data, false).errors.has('scenario')).toBe(true);
    expect(applyInput(bad, { yearsExperience: 1 }, data, true).errors.has('scenario')).toBe(false);
  });

  it('an input that cannot be read changes nothing and never throws', () => {
    const f = form();
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no');
        },
      },
    );
    const next = applyInput(f, hostile, data, false);
    expect(next.scenario).toEqual(f.scenario);
    expect(next.changed).toBe(false);
  });
});

describe('typeNumber', () => {
  it('keeps the text as typed, valid or not, and reads Norwegian number text', () => {
    const f = form();
    const valid = typeNumber(f, 'positionPercent', '80,5', data);
    expect(valid.scenario.positionPercent).toBe(80.5);
    expect(valid.drafts.get('positionPercent')).toBe('80,5');
    const invalid = typeNumber(valid, 'positionPercent', '80,5x', data);
    expect(invalid.scenario.positionPercent).toBe(80.5);
    expect(invalid.errors.get('positionPercent')?.code).toBeDefined();
    expect(invalid.drafts.get('positionPercent')).toBe('80,5x');
  });

  it('a cleared field is an error ("Skriv et tall"), except the optional age, which clears the value', () => {
    const f = form({ age: 40 });
    expect(typeNumber(f, 'yearsExperience', '', data).errors.get('yearsExperience')?.code).toBe('notANumber');
    const age = typeNumber(f, 'age', '', data);
    expect(age.scenario.age).toBeNull();
    expect(age.errors.size).toBe(0);
  });

  it('a nested field (shifts.night) changes only that part of its object', () => {
    const f = form({ schedule: 'rotating', shifts: { evening: 4, night: 0, weekend: 2, holiday: 0 } });
    const next = typeNumber(f, 'shifts.night', '6', data);
    expect(next.scenario.shifts).toEqual({ ...f.scenario.shifts, night: 6 });
    expect(valueAt(next.scenario, 'shifts.night')).toBe(6);
    expect(valueAt(next.scenario, 'positionPercent')).toBe(100);
  });
});

describe('groupsWanted', () => {
  it('the defaults open no group; values other than the defaults, or errors, open theirs', () => {
    expect(groupsWanted(form())).toEqual({ supplements: false, hours: false, more: false });
    expect(groupsWanted(form({ overtimeHoursPerYear: 20 }))).toEqual({ supplements: false, hours: true, more: false });
    expect(groupsWanted(form({ age: 61 }))).toEqual({ supplements: false, hours: false, more: true });
    expect(groupsWanted(form({ localEducationSupplement: 5000 }))).toEqual({ supplements: true, hours: false, more: false });
    const erring = applyInput(form(), { annualGrowth: 99 }, data, false, '99');
    expect(groupsWanted(erring).more).toBe(true);
  });
});
