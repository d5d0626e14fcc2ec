/**
 * The calculator's view model (src/ui/calculator/view-model.ts): a change goes in; the form, the
 * ladder and what the page must be told come out. In Node, on the bundled dataset.
 */
import { describe, expect, it } from 'vitest';
import { computeLadder, defaultDataset } from '../../src/model/index.js';
import { CalculatorViewModel } from '../../src/ui/calculator/view-model.js';

const data = defaultDataset;

describe('CalculatorViewModel', () => {
  it('starts with the default scenario and its ladder', () => {
    const vm = new CalculatorViewModel(data);
    const expected = computeLadder({}, data);
    expect(expected.ok).toBe(true);
    if (expected.ok) expect(vm.result.current.grossAnnual).toBe(expected.current.grossAnnual);
    expect(vm.form.errors.size).toBe(0);
  });

  it('a valid input recomputes; an invalid one reports its error and keeps the ladder', () => {
    const vm = new CalculatorViewModel(data);
    expect(vm.apply({ yearsExperience: 10 }, 'input', data)).toEqual({ errors: [], recomputed: true });
    const at10 = vm.result.current.grossAnnual;
    const bad = vm.type('yearsExperience', '99', data);
    expect(bad.recomputed).toBe(false);
    expect(bad.errors.map((e) => e.code)).toEqual(['outOfRange']);
    expect(vm.result.current.grossAnnual).toBe(at10);
    expect(vm.form.drafts.get('yearsExperience')).toBe('99');
  });

  it('a property or other data recomputes even when the scenario is the same; the same data does not', () => {
    const vm = new CalculatorViewModel(data);
    expect(vm.apply({}, 'input', data).recomputed).toBe(false);
    expect(vm.apply({}, 'property', data).recomputed).toBe(true);
    expect(vm.apply({}, 'data', data).recomputed).toBe(false);
    const other = structuredClone(data);
    expect(vm.apply({}, 'data', other).recomputed).toBe(true);
    expect(vm.apply({}, 'data', other).recomputed).toBe(false);
    // Typed text is read against the data in use: new data with it recomputes once.
    expect(vm.type('yearsExperience', '5', data).recomputed).toBe(true);
    expect(vm.result.current.years).toBe(5);
  });

  it('a scenario that is not an object is shown as the whole form’s error; a property set after clears it', () => {
    const vm = new CalculatorViewModel(data);
    expect(vm.refuse({ field: '', code: 'invalidType' }).errors).toHaveLength(1);
    expect(vm.form.errors.has('scenario')).toBe(true);
    vm.apply({ positionPercent: 80 }, 'property', data);
    expect(vm.form.errors.has('scenario')).toBe(false);
  });
});
