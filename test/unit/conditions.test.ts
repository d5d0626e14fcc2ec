/** rules/conditions.ts: golden terms per workplace against their sources, the law for private employers, typed errors. */
import { describe, expect, it } from 'vitest';
import { compareConditions, conditionsFor, defaultDataset, TERM_IDS, type Term } from '../../src/model/index.js';
import { datasetFigures } from '../../src/model/dataset-figures.js';

function terms(input: object): Record<string, Term> {
  const r = conditionsFor(input);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  expect(r.terms.map((t) => t.id)).toEqual(TERM_IDS);
  return Object.fromEntries(r.terms.map((t) => [t.id, t]));
}

describe('conditionsFor', () => {
  it('KS (golden, against the sources in data/): 37.5 h, 5 weeks, 12 %, overtime 50 %, KLP 2 %, 3 months notice, KS supplements', () => {
    const t = terms({ agreement: 'ks' });
    expect(t.weeklyHours).toMatchObject({ value: 37.5, unit: 'hoursPerWeek', basis: 'agreement', params: { lawMaxHours: 40 } });
    expect(t.vacation).toMatchObject({ value: 5, unit: 'weeks', basis: 'agreement' });
    expect(t.holidayPayPercent).toMatchObject({ value: 12, unit: 'percent', basis: 'agreement' });
    expect(t.overtimePercent).toMatchObject({ value: 50, basis: 'agreement' });
    expect(t.overtimeHighPercent).toMatchObject({ value: null, provenance: { kind: 'missing' } });
    expect(t.pensionScheme).toMatchObject({ value: 'public', basis: 'agreement' });
    expect(t.pensionEmployeePercent).toMatchObject({ value: 2, unit: 'percent' });
    // Public AFP in KS' area (Hovedtariffavtalen), as a municipal pension fund states it.
    expect(t.afp).toMatchObject({
      value: 'yes',
      basis: 'agreement',
      provenance: { kind: 'published', source: { url: 'https://lkp.no/vedtekter-avtalefestet-pensjon-afp' } },
    });
    expect(t.afp.provenance.quote).toContain('Hovedtariffavtalen');
    // The agreement's sick-pay top-up is not in the sources: the law's 6 G cap is what is known.
    expect(t.sickPay).toMatchObject({ value: 'capped6G', basis: 'law', params: { capG: 6, employerDays: 16 } });
    expect(t.noticePeriod).toMatchObject({ value: 3, unit: 'months', basis: 'agreement' });
    expect(t.noticePeriod.provenance.quote).toContain('tre måneder');
    expect(t.probation).toMatchObject({ value: 6, unit: 'months', basis: 'law', params: { noticeDays: 14 } });
    expect(t['supplement.evening']).toMatchObject({ value: 56, unit: 'nokPerHour' });
    expect(t['supplement.night']).toMatchObject({ value: 25, unit: 'percentOfHourlyPay', params: { minNokPerHour: 70 } });
    expect(t['supplement.weekend']).toMatchObject({ value: 22, params: { minNokPerHour: 70 } });
    expect(t['supplement.holiday']).toMatchObject({ value: 133.33 });
  });

  it('Spekter: 5 weeks, 12 %, KLP, Spekter supplements; notice not known so the law applies', () => {
    const t = terms({ agreement: 'spekter', schedule: 'rotating' });
    expect(t.weeklyHours).toMatchObject({ value: 35.5, params: { lawMaxHours: 38 } });
    expect(t.vacation).toMatchObject({ value: 5, unit: 'weeks' });
    expect(t.pensionScheme.value).toBe('public');
    expect(t.noticePeriod).toMatchObject({ value: 1, basis: 'law' });
    expect(t['supplement.evening']).toMatchObject({ value: 28, params: { minNokPerHour: 70 } });
    expect(t['supplement.weekend']).toMatchObject({ value: 26, params: { minNokPerHour: 75 } });
  });

  it('private employer without agreement: the law (AML, ferieloven, folketrygdloven, OTP)', () => {
    const t = terms({ agreement: 'private' });
    // 25 working days = 4 weeks and 1 day (ferieloven: six working days a week).
    expect(t.vacation).toMatchObject({ value: 25, unit: 'workingDays', basis: 'law', params: { weeks: 4, days: 1 } });
    expect(t.holidayPayPercent).toMatchObject({ value: 10.2, basis: 'law' });
    expect(t.overtimePercent).toMatchObject({ value: 40, basis: 'law' });
    expect(t.pensionScheme).toMatchObject({ value: 'otp', basis: 'agreement' });
    expect(t.noticePeriod.value).toBe(1);
    expect(t.noticePeriod.steps).toEqual([
      { minYears: 0, minAge: 0, months: 1 },
      { minYears: 5, minAge: 0, months: 2 },
      { minYears: 10, minAge: 0, months: 3 },
      { minYears: 10, minAge: 50, months: 4 },
      { minYears: 10, minAge: 55, months: 5 },
      { minYears: 10, minAge: 60, months: 6 },
    ]);
    expect(t.writtenContract).toMatchObject({ value: 'required', basis: 'law' });
    // No agreement, no AFP (Fellesordningen for AFP); overtime at any hour: the law's 40 %.
    expect(t.afp).toMatchObject({ value: 'no', provenance: { quote: 'Uten tariffavtale, ingen AFP.' } });
    expect(t.overtimeHighPercent).toMatchObject({ value: 40, unit: 'percent', provenance: { kind: 'published' } });
    expect(t.writtenContract.items).toHaveLength(13);
    for (const type of ['evening', 'night', 'weekend', 'holiday'])
      expect(t[`supplement.${type}`]).toMatchObject({ value: 'none', basis: 'law' });
  });

  it('legekontor and the agreements whose pension scheme is not known: at least OTP by law (2 % up to 12 G)', () => {
    for (const agreement of ['nho481', 'virke-legesentre', 'virke-huk']) {
      expect(terms({ agreement }).pensionScheme).toMatchObject({ value: 'otp', basis: 'law', params: { minPercent: 2, maxG: 12 } });
    }
    expect(terms({ agreement: 'legekontor' }).vacation).toMatchObject({ value: 25, basis: 'law' });
  });

  it('60+: one more holiday week by law and 2.3 more points of holiday pay (capped at 6 G)', () => {
    expect(terms({ agreement: 'ks', age: 60 }).vacation.params).toEqual({ extraDays: 6 });
    expect(terms({ agreement: 'ks', age: 60 }).holidayPayPercent).toMatchObject({ value: 14.3, params: { over60CapG: 6 } });
    expect(terms({ agreement: 'private', age: 61 }).holidayPayPercent.value).toBeCloseTo(12.5, 10);
    expect(terms({ agreement: 'ks', age: 59 }).vacation.params).toBeUndefined();
  });

  it('every known term names its source; every unknown one says missing', () => {
    for (const agreement of ['ks', 'spekter', 'legekontor', 'private', 'nho481', 'virke-legesentre', 'virke-huk']) {
      for (const t of Object.values(terms({ agreement }))) {
        if (t.value === null) expect(t.provenance.kind, `${agreement} ${t.id}`).toBe('missing');
        else if (t.value !== 'none') expect(t.provenance.source?.url, `${agreement} ${t.id}`).toMatch(/^https?:\/\//);
      }
    }
  });

  it('bad input gives the typed errors of computeLadder', () => {
    expect(conditionsFor({ agreement: 'nowhere', age: 200 })).toEqual({
      ok: false,
      errors: [
        {
          field: 'agreement',
          code: 'unknownValue',
          params: { allowed: 'ks, spekter, legekontor, private, nho481, virke-legesentre, virke-huk, tannhelse' },
        },
        { field: 'age', code: 'outOfRange', params: { min: 15, max: 80 } },
      ],
    });
    expect(conditionsFor('x')).toEqual({ ok: false, errors: [{ field: '', code: 'invalidType' }] });
  });

  it('a dataset without conditions (a file made before they were added): the law terms are not known', () => {
    const r = conditionsFor({ agreement: 'ks' }, datasetFigures(defaultDataset));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const t = Object.fromEntries(r.terms.map((x) => [x.id, x]));
    expect(t.vacation.value).toBeNull();
    expect(t.writtenContract.value).toBeNull();
    expect(t.holidayPayPercent.value).toBe(12);
  });
});

describe('compareConditions', () => {
  const rows = (list: object[]) => {
    const r = compareConditions(list);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    return Object.fromEntries(r.rows.map((row) => [row.id, row]));
  };

  it('KS against a private employer without agreement: differs where the law gives less (5 weeks / 25 working days, 12 / 10.2 %, 50 / 40 %)', () => {
    const r = rows([{ agreement: 'ks' }, { agreement: 'private' }]);
    expect(Object.keys(r)).toEqual(TERM_IDS);
    expect(r.vacation.differs).toBe(true);
    expect(r.vacation.terms.map((t) => [t.value, t.unit])).toEqual([
      [5, 'weeks'],
      [25, 'workingDays'],
    ]);
    expect(r.holidayPayPercent.terms.map((t) => t.value)).toEqual([12, 10.2]);
    expect(r.holidayPayPercent.differs).toBe(true);
    expect(r.overtimePercent.terms.map((t) => t.value)).toEqual([50, 40]);
    expect(r.pensionScheme.terms.map((t) => t.value)).toEqual(['public', 'otp']);
    // Both the law's: 6 months' probation with 14 days' notice, and the same written-contract duty.
    expect(r.probation.differs).toBe(false);
    expect(r.writtenContract.differs).toBe(false);
    expect(r.sickPay.differs).toBe(false);
  });

  it('the same workplace twice differs nowhere; age 60 adds the sixth week and 2.3 points of holiday pay, and only those rows differ', () => {
    expect(Object.values(rows([{ agreement: 'ks' }, { agreement: 'ks', yearsExperience: 10 }])).filter((r) => r.differs)).toEqual([]);
    const r = rows([{ agreement: 'ks' }, { agreement: 'ks', age: 60 }]);
    expect(
      Object.values(r)
        .filter((x) => x.differs)
        .map((x) => x.id),
    ).toEqual(['vacation', 'holidayPayPercent']);
    expect(r.vacation.terms[1].params).toMatchObject({ extraDays: expect.any(Number) });
  });

  it('a row per term in the order of TERM_IDS, one term per scenario in their order (four scenarios)', () => {
    const list = [{ agreement: 'ks' }, { agreement: 'spekter' }, { agreement: 'legekontor' }, { agreement: 'nho481' }];
    const r = compareConditions(list);
    if (!r.ok) throw new Error('failed');
    expect(r.rows.map((x) => x.id)).toEqual(TERM_IDS);
    for (const row of r.rows) {
      expect(row.terms).toHaveLength(4);
      list.forEach((s, i) => expect(row.terms[i]).toEqual(terms(s)[row.id]));
    }
  });

  it('typed errors, like compareScenarios: the failing scenarios with their index; none or not a list', () => {
    expect(compareConditions([{ agreement: 'ks' }, { agreement: 'nope' }, { positionPercent: 'x' }])).toEqual({
      ok: false,
      errors: [
        { index: 1, errors: [{ field: 'agreement', code: 'unknownValue', params: expect.anything() }] },
        { index: 2, errors: [expect.objectContaining({ field: 'positionPercent' })] },
      ],
    });
    expect(compareConditions([])).toEqual({ ok: false, errors: [{ index: 0, errors: [{ field: '', code: 'invalidType' }] }] });
    expect(compareConditions('ks' as never)).toMatchObject({ ok: false });
  });
});
