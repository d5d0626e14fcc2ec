/**
 * One number field everywhere (src/ui/controls/number-field.ts): clearing a number gives the same
 * message in every element and for every kind of field, tied to the field; an optional field
 * (age) may be left empty. Typed with real key events.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { PayLadder } from '../../src/ui/calculator/pay-ladder.js';
import type { PayLadderCompare } from '../../src/ui/compare/pay-ladder-compare.js';
import { $$, checkEachTest, expectFieldError, must, settle, typeInto } from './helpers.js';

checkEachTest();

const CLEARED = 'Skriv et tall.';

async function calculator(): Promise<PayLadder> {
  const el = await fixture<PayLadder>(html`<pay-ladder></pay-ladder>`);
  await settle(el);
  for (const d of $$<HTMLDetailsElement>(el, 'details.group')) d.open = true;
  await settle(el);
  return el;
}

async function comparison(): Promise<PayLadderCompare> {
  const el = await fixture<PayLadderCompare>(html`<pay-ladder-compare preset="fagskole"></pay-ladder-compare>`);
  await settle(el);
  return el;
}

describe('clearing a number', () => {
  const calculatorFields: Array<[string, string]> = [
    ['whole years', 'yearsExperience'],
    ['a percentage with decimals', 'positionPercent'],
    ['an amount beside its unit', 'responsibilitySupplement-v'],
    ['hours a week', 'shifts-evening'],
    ['hours a year', 'overtimeHoursPerYear'],
    ['growth in %', 'annualGrowth'],
  ];
  for (const [kind, suffix] of calculatorFields) {
    it(`in the calculator (${kind}) says "${CLEARED}" at the field, and keeps the last valid value`, async () => {
      const el = await calculator();
      const field = must<HTMLInputElement>(el, `input[id$="-${suffix}"]`);
      const before = el.result.current.grossAnnual;
      await typeInto(el, field, '');
      expectFieldError(el, field, CLEARED);
      expect(field.value).to.equal('');
      expect(el.result.current.grossAnnual).to.equal(before);
    });
  }

  it('in the calculator, the optional age may be left empty', async () => {
    const el = await calculator();
    const age = must<HTMLInputElement>(el, 'input[id$="-age"]');
    await typeInto(el, age, '61');
    expect(el.scenario.age).to.equal(61);
    await typeInto(el, age, '');
    expect(age.getAttribute('aria-invalid')).to.equal('false');
    expect(el.scenario.age).to.equal(null);
  });

  const cardFields: Array<[string, string]> = [
    ['whole years', 'yearsExperience'],
    ['a percentage with decimals', 'positionPercent'],
    ['the year of further education', 'events.year'],
    ['months without pay', 'events.months'],
    ['a study cost', 'events.cost'],
  ];
  for (const [kind, suffix] of cardFields) {
    it(`in a comparison card (${kind}) says the same`, async () => {
      const el = await comparison();
      const field = must<HTMLInputElement>(el, `input[id$="-${suffix}"]`);
      await typeInto(el, field, '');
      expectFieldError(el, field, CLEARED);
    });
  }

  it('in the comparison’s growth field says the same', async () => {
    const el = await comparison();
    const field = must<HTMLInputElement>(el, 'input[id$="-growth"]');
    await typeInto(el, field, '');
    expectFieldError(el, field, CLEARED);
  });
});
