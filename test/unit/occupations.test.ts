/**
 * Occupations and places as data (issue #22): the scenario's `occupation` and `workplace`, a place
 * setting its agreement, the pay group of each occupation in each agreement (golden values from
 * the published tables in data/), a group that is not known, and the ready comparisons per
 * occupation.
 */
import { describe, expect, it } from 'vitest';
import {
  applyChange,
  computeLadder,
  defaultDataset,
  DEFAULT_SCENARIO,
  educationPaths,
  normalizeScenario,
  occupationIds,
  placeGroups,
  placeOf,
  quickComparisonFor,
  type Dataset,
  type LadderResult,
  type ScenarioInput,
} from '../../src/model/index.js';

function ok(input: ScenarioInput): LadderResult {
  const r = computeLadder(input);
  if (!r.ok) throw new Error(`expected a ladder, got ${JSON.stringify(r.errors)}`);
  return r;
}

const at = (r: LadderResult, years: number) => r.rows[years];

describe('places and occupations in the data', () => {
  it('the occupations: helsesekretær first, then the others', () => {
    expect(occupationIds(defaultDataset)).toEqual(['helsesekretaer', 'tannhelsesekretaer', 'helsefagarbeider']);
    expect(educationPaths(defaultDataset, 'tannhelsesekretaer')).toEqual(['helsesekretaer', 'none']);
    expect(educationPaths(defaultDataset, 'helsefagarbeider')).toEqual(['helsesekretaer', 'fagskole', 'none']);
  });

  it('the places, grouped public / private / non-profit in the order of the data', () => {
    expect(placeGroups(defaultDataset).map(([g, list]) => [g, list.map((p) => p.id)])).toEqual([
      ['public', ['sykehus', 'helsestasjon', 'hjemmetjenester', 'tannlege-offentlig']],
      ['private', ['legekontor', 'legesenter-virke', 'privat-klinikk', 'tannlege-privat']],
      ['non-profit', ['ideell']],
    ]);
  });

  it('a scenario without a place shows the place of its agreement', () => {
    expect(placeOf(defaultDataset, { agreement: 'ks' })?.id).toBe('helsestasjon');
    expect(placeOf(defaultDataset, { agreement: 'spekter' })?.id).toBe('sykehus');
    expect(placeOf(defaultDataset, { agreement: 'tannhelse' })?.id).toBe('tannlege-privat');
    expect(placeOf(defaultDataset, { agreement: 'private' })?.id).toBe('privat-klinikk');
    expect(placeOf(defaultDataset, { agreement: 'ks', occupation: 'tannhelsesekretaer' })?.id).toBe('tannlege-offentlig');
    expect(placeOf(defaultDataset, { agreement: 'ks', workplace: 'hjemmetjenester' })?.id).toBe('hjemmetjenester');
  });
});

describe('normalizeScenario: occupation and workplace', () => {
  it('defaults: helsesekretær, no place', () => {
    expect(DEFAULT_SCENARIO).toMatchObject({ occupation: 'helsesekretaer', workplace: null });
    expect(normalizeScenario({}).scenario).toMatchObject({ occupation: 'helsesekretaer', workplace: null, agreement: 'ks' });
  });

  it('a place sets its usual agreement; another agreement it names is kept', () => {
    expect(normalizeScenario({ workplace: 'sykehus' })).toEqual({
      scenario: expect.objectContaining({ agreement: 'spekter' }),
      errors: [],
    });
    expect(normalizeScenario({ workplace: 'tannlege-privat' }).scenario.agreement).toBe('tannhelse');
    expect(normalizeScenario({ workplace: 'tannlege-privat', agreement: 'private' }).scenario.agreement).toBe('private');
  });

  it('an agreement the place does not name is refused like an unknown agreement', () => {
    const r = normalizeScenario({ workplace: 'sykehus', agreement: 'ks' });
    expect(r.errors).toEqual([{ field: 'agreement', code: 'unknownValue', params: { allowed: 'spekter' } }]);
    expect(r.scenario.agreement).toBe('spekter');
  });

  it('the agreement still works on its own', () => {
    expect(normalizeScenario({ agreement: 'nho481' })).toEqual({
      scenario: expect.objectContaining({ agreement: 'nho481', workplace: null }),
      errors: [],
    });
  });

  it('an unknown place or occupation: the typed error of an unknown agreement, and the default', () => {
    const place = normalizeScenario({ workplace: 'romskip' });
    expect(place.errors).toEqual([{ field: 'workplace', code: 'unknownValue', params: { allowed: expect.stringContaining('sykehus') } }]);
    expect(place.scenario).toMatchObject({ workplace: null, agreement: 'ks' });
    const occupation = normalizeScenario({ occupation: 'astronaut' });
    expect(occupation.errors).toEqual([
      { field: 'occupation', code: 'unknownValue', params: { allowed: 'helsesekretaer, tannhelsesekretaer, helsefagarbeider' } },
    ]);
    expect(occupation.scenario.occupation).toBe('helsesekretaer');
    for (const bad of [3, {}, ['sykehus']]) expect(normalizeScenario({ workplace: bad }).errors[0]).toMatchObject({ field: 'workplace' });
  });

  it('an education path the occupation does not have is refused', () => {
    const r = normalizeScenario({ occupation: 'tannhelsesekretaer', education: 'fagskole' });
    expect(r.errors).toEqual([{ field: 'education', code: 'unknownValue', params: { allowed: 'helsesekretaer, none' } }]);
  });

  it('a dataset without places or occupations (an older file): only helsesekretær, and a place is unknown', () => {
    const old = structuredClone<Dataset>(defaultDataset);
    delete old.workplaces;
    delete old.occupations;
    expect(normalizeScenario({ workplace: 'sykehus' }, old).errors).toEqual([
      { field: 'workplace', code: 'unknownValue', params: { allowed: '' } },
    ]);
    expect(normalizeScenario({ occupation: 'helsefagarbeider' }, old).errors[0]).toMatchObject({
      field: 'occupation',
      code: 'unknownValue',
    });
  });
});

describe('applyChange: a place, an agreement and an occupation', () => {
  const start = normalizeScenario({ workplace: 'sykehus', tariffDate: '2023-05-01' }).scenario;

  it('choosing a place sets its agreement and the newest tables', () => {
    const c = applyChange(start, { workplace: 'tannlege-privat' }, defaultDataset);
    expect(c.errors).toEqual([]);
    expect(c.scenario).toMatchObject({ workplace: 'tannlege-privat', agreement: 'tannhelse', tariffDate: null });
  });

  it('an agreement set alone that the place does not name leaves the place', () => {
    const c = applyChange(start, { agreement: 'ks' }, defaultDataset);
    expect(c.scenario).toMatchObject({ workplace: null, agreement: 'ks' });
    const within = applyChange(normalizeScenario({ workplace: 'privat-klinikk' }).scenario, { agreement: 'private' }, defaultDataset);
    expect(within.scenario).toMatchObject({ workplace: 'privat-klinikk', agreement: 'private' });
  });

  it('a new occupation keeps an education path it has, else starts from its own qualification', () => {
    const fagskole = normalizeScenario({ education: 'fagskole' }).scenario;
    expect(applyChange(fagskole, { occupation: 'helsefagarbeider' }, defaultDataset).scenario.education).toBe('fagskole');
    expect(applyChange(fagskole, { occupation: 'tannhelsesekretaer' }, defaultDataset).scenario.education).toBe('helsesekretaer');
  });
});

describe('golden values: occupation × place → agreement, group, figure (published tables)', () => {
  it('tannhelsesekretær at a private dental practice: the Mønsteravtale 1.5.2024 table', () => {
    const r = ok({ occupation: 'tannhelsesekretaer', workplace: 'tannlege-privat', yearsExperience: 10 });
    expect(at(r, 0).tariffMinimum).toBe(440_300);
    expect(at(r, 6).tariffMinimum).toBe(447_000);
    expect(at(r, 8).tariffMinimum).toBe(458_000);
    expect(at(r, 10).tariffMinimum).toBe(502_200);
    expect(at(r, 16).tariffMinimum).toBe(520_600);
    expect(at(r, 0).tableDate).toBe('2024-05-01');
    // The 2025 round (16 500–17 200 kr) gives the estimate, never the tariff figure.
    expect(at(r, 0).estimate).toMatchObject({ low: 456_800, high: 457_500 });
  });

  it('assistent (without the training) at a private dental practice', () => {
    const r = ok({ occupation: 'tannhelsesekretaer', workplace: 'tannlege-privat', education: 'none' });
    expect([at(r, 0).tariffMinimum, at(r, 10).tariffMinimum, at(r, 16).tariffMinimum]).toEqual([386_000, 443_400, 483_200]);
  });

  it('tannhelsesekretær in the public dental service: KS fagarbeider', () => {
    const r = ok({ occupation: 'tannhelsesekretaer', workplace: 'tannlege-offentlig' });
    expect(r.scenario.agreement).toBe('ks');
    expect([at(r, 0).tariffMinimum, at(r, 10).tariffMinimum]).toEqual([437_300, 496_700]);
  });

  it('helsefagarbeider: KS fagarbeider, Spekter gruppe 3 (= 2), NHO 481 fagbrev, Virke HUK B2', () => {
    const ks = ok({ occupation: 'helsefagarbeider', workplace: 'hjemmetjenester' });
    expect([at(ks, 0).tariffMinimum, at(ks, 10).tariffMinimum]).toEqual([437_300, 496_700]);
    const spekter = ok({ occupation: 'helsefagarbeider', workplace: 'sykehus' });
    expect([at(spekter, 0).tariffMinimum, at(spekter, 10).tariffMinimum]).toEqual([436_000, 515_000]);
    expect(at(ok({ occupation: 'helsefagarbeider', workplace: 'privat-klinikk' }), 0).tariffMinimum).toBe(384_625);
    expect(at(ok({ occupation: 'helsefagarbeider', workplace: 'ideell' }), 0).tariffMinimum).toBe(
      at(ok({ workplace: 'ideell' }), 0).tariffMinimum,
    );
  });

  it('a pay group that is not known: a typed error with the data note, never a guess', () => {
    const r = computeLadder({ occupation: 'tannhelsesekretaer', workplace: 'sykehus' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      {
        field: 'occupation',
        code: 'groupNotKnown',
        params: {
          occupation: 'tannhelsesekretaer',
          agreement: 'spekter',
          education: 'helsesekretaer',
          note: expect.stringContaining('ikke funnet'),
        },
      },
    ]);
    expect(computeLadder({ workplace: 'tannlege-privat' })).toMatchObject({ ok: false, errors: [{ code: 'groupNotKnown' }] });
    expect(computeLadder({ occupation: 'helsefagarbeider', workplace: 'sykehus', education: 'fagskole' })).toMatchObject({
      ok: false,
      errors: [{ code: 'groupNotKnown' }],
    });
  });

  it('helsesekretær is unchanged: KS 437 300 at 0 years', () => {
    expect(at(ok({}), 0).tariffMinimum).toBe(437_300);
    expect(at(ok({ workplace: 'helsestasjon' }), 0).tariffMinimum).toBe(437_300);
  });
});

describe('quick comparisons per occupation', () => {
  it('"workplace" compares the occupation\'s own places', () => {
    expect(quickComparisonFor('workplace', defaultDataset, 'tannhelsesekretaer').map((e) => e.scenario)).toEqual([
      { occupation: 'tannhelsesekretaer', workplace: 'tannlege-offentlig', agreement: 'ks' },
      { occupation: 'tannhelsesekretaer', workplace: 'tannlege-privat', agreement: 'tannhelse' },
    ]);
    expect(quickComparisonFor('workplace', defaultDataset).map((e) => e.scenario.workplace)).toEqual([
      'helsestasjon',
      'sykehus',
      'legekontor',
    ]);
  });

  it("fagskole only where the occupation has it; the others at the occupation's first place", () => {
    expect(quickComparisonFor('fagskole', defaultDataset, 'tannhelsesekretaer')).toEqual([]);
    expect(quickComparisonFor('partTime', defaultDataset, 'helsefagarbeider')[1].scenario).toEqual({
      occupation: 'helsefagarbeider',
      workplace: 'hjemmetjenester',
      agreement: 'ks',
      positionPercent: 80,
    });
    for (const id of ['workplace', 'partTime', 'shifts', 'fagskole'] as const)
      for (const occupation of occupationIds(defaultDataset))
        for (const e of quickComparisonFor(id, defaultDataset, occupation)) expect(computeLadder(e.scenario).ok).toBe(true);
  });
});
