/** applyChange (src/model/scenario-change.ts): the form rule the elements share. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChange, defaultDataset, normalizeScenario, topField, type Scenario } from '../../src/model/index.js';

const scenario = (input: object): Scenario => {
  const { scenario: s, errors } = normalizeScenario(input, defaultDataset);
  expect(errors).toEqual([]);
  return s;
};
const base = scenario({ agreement: 'ks', tariffDate: '2023-05-01', yearsExperience: 10, positionPercent: 100 });

describe('applyChange: merging', () => {
  it('applies a valid field and names it as changed', () => {
    const r = applyChange(base, { positionPercent: 80 }, defaultDataset);
    expect(r.errors).toEqual([]);
    expect(r.scenario).toEqual({ ...base, positionPercent: 80 });
    expect(r.changedFields).toEqual(['positionPercent']);
  });

  it('a field with an error keeps its last valid value; the rest of the input applies', () => {
    const r = applyChange(base, { positionPercent: 300, yearsExperience: 4 }, defaultDataset);
    expect(r.errors).toEqual([{ field: 'positionPercent', code: 'outOfRange', params: { min: 1, max: 100 } }]);
    expect(r.scenario.positionPercent).toBe(100);
    expect(r.scenario.yearsExperience).toBe(4);
    expect(r.changedFields).toEqual(['yearsExperience']);
  });

  it('an error inside a field (shifts.night) keeps the whole field', () => {
    const r = applyChange(base, { shifts: { evening: 5, night: 'x', weekend: 0, holiday: 0 } }, defaultDataset);
    expect(r.errors).toEqual([{ field: 'shifts.night', code: 'notANumber' }]);
    expect(r.scenario.shifts).toEqual(base.shifts);
    expect(r.changedFields).toEqual([]);
    expect(topField('shifts.night')).toBe('shifts');
    expect(topField('events[1].year')).toBe('events');
  });

  it('an input that only fails with another field leaves the scenario as it was', () => {
    // horizon 5 is below the current 10 years of experience: yearsExperience is refused, and
    // keeping its value still does not fit.
    const r = applyChange(base, { horizon: 5 }, defaultDataset);
    expect(r.errors).toEqual([{ field: 'yearsExperience', code: 'outOfRange', params: { min: 0, max: 5 } }]);
    expect(r.scenario).toBe(base);
    expect(r.changedFields).toEqual([]);
  });

  it('unknown properties are ignored; undefined and null change nothing', () => {
    for (const input of [{ colour: 'red' }, undefined, null, {}]) {
      const r = applyChange(base, input, defaultDataset);
      expect(r).toEqual({ scenario: base, errors: [], changedFields: [] });
    }
  });

  it('anything but a plain object is refused as a whole, without throwing', () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const inputs: unknown[] = [
      5,
      'positionPercent',
      [{ positionPercent: 80 }],
      () => 1,
      revoked.proxy,
      {
        get positionPercent(): number {
          throw new Error('no');
        },
      },
    ];
    for (const input of inputs) {
      const r = applyChange(base, input, defaultDataset);
      expect(r).toEqual({ scenario: base, errors: [{ field: '', code: 'invalidType' }], changedFields: [] });
    }
  });
});

describe('applyChange: a new agreement starts from its own newest tables', () => {
  it('changing the agreement resets tariffDate', () => {
    const r = applyChange(base, { agreement: 'spekter' }, defaultDataset);
    expect(r.scenario.agreement).toBe('spekter');
    expect(r.scenario.tariffDate).toBeNull();
    expect(r.changedFields).toEqual(['agreement', 'tariffDate']);
  });

  it('unless the input sets the date too', () => {
    const r = applyChange(base, { agreement: 'spekter', tariffDate: '2023-10-01' }, defaultDataset);
    expect(r.errors).toEqual([]);
    expect(r.scenario.tariffDate).toBe('2023-10-01');
  });

  it('the same agreement again keeps the date', () => {
    expect(applyChange(base, { agreement: 'ks', positionPercent: 50 }, defaultDataset).scenario.tariffDate).toBe('2023-05-01');
  });

  it('a refused agreement keeps both the agreement and the date', () => {
    const r = applyChange(base, { agreement: 'nowhere' }, defaultDataset);
    expect(r.errors.map((e) => [e.field, e.code])).toEqual([['agreement', 'unknownValue']]);
    expect(r.scenario).toEqual(base);
    expect(r.changedFields).toEqual([]);
  });

  it('a date before the new agreement’s data is refused; the agreement still changes', () => {
    // Spekter's first table is from 2021-07-01; the date keeps its last valid value.
    const r = applyChange(base, { agreement: 'spekter', tariffDate: '2019-01-01' }, defaultDataset);
    expect(r.errors).toEqual([{ field: 'tariffDate', code: 'dateBeforeData', params: { earliest: '2021-07-01' } }]);
    expect(r.scenario.agreement).toBe('spekter');
    expect(r.scenario.tariffDate).toBe('2023-05-01');
  });
});

describe('applyChange: properties', () => {
  it('never throws, always gives a valid scenario, and changedFields are exactly the fields that differ', () => {
    const field = fc.constantFrom(
      'agreement',
      'education',
      'yearsExperience',
      'tariffDate',
      'positionPercent',
      'shifts',
      'age',
      'horizon',
      'events',
      'taxArea',
      'annualGrowth',
    );
    const val = fc.oneof(
      fc.anything(),
      fc.constantFrom('spekter', 'fagskole', '2022-05-01', 'innsatssonen'),
      fc.integer({ min: -5, max: 120 }),
    );
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.dictionary(field, val)), (input) => {
        const r = applyChange(base, input, defaultDataset);
        expect(normalizeScenario(r.scenario, defaultDataset).errors).toEqual([]);
        for (const k of Object.keys(base) as Array<keyof Scenario>) {
          expect(r.changedFields.includes(k)).toBe(JSON.stringify(base[k]) !== JSON.stringify(r.scenario[k]));
        }
        if (r.errors.length === 0 && r.changedFields.length === 0) expect(r.scenario).toEqual(base);
      }),
      { numRuns: 500 },
    );
  });
});
