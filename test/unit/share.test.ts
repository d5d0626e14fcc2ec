import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AGREEMENT_IDS,
  DEFAULT_SCENARIO,
  EDUCATION_IDS,
  defaultDataset,
  LIMITS,
  educationPaths,
  normalizeScenario,
  occupationIds,
  placeIn,
  placesIn,
  type Amount,
  type Scenario,
  type ScenarioEvent,
} from '../../src/model/index.js';
import {
  decodeShare,
  encodeShare,
  isDefaultShare,
  MAX_SHARE_LENGTH,
  readShareFromUrl,
  writeShareToUrl,
  type ShareDecodeResult,
  type ShareState,
} from '../../src/state/index.js';
import { hasShareParam } from '../../src/state/share-param.js';
import { isShareParam, splitUrl } from '../../src/state/share-encode.js';

const single = (scenario: Partial<Scenario> = {}, name = ''): ShareState => ({
  scenarios: [{ name, scenario: { ...DEFAULT_SCENARIO, ...scenario } }],
});

function decoded(text: unknown): Extract<ShareDecodeResult, { ok: true }> {
  const r = decodeShare(text, defaultDataset);
  if (!r.ok) throw new Error(`expected ok, got ${r.code}`);
  return r;
}

// ---------------------------------------------------------------------------------------------
// Arbitraries: valid scenarios within LIMITS, events included.

/** Doubles without -0 (which is written as 0, and 0 and -0 are not deep-equal). */
const dbl = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((v) => (v === 0 ? 0 : v));
/** Mostly "nice" numbers as people type them, sometimes any double in range. */
const number = (min: number, max: number) =>
  fc.oneof(
    fc.integer({ min: Math.ceil(min), max: Math.floor(max) }),
    fc.integer({ min: min * 10, max: max * 10 }).map((v) => (v === 0 ? 0 : v / 10)),
    dbl(min, max),
  );

const amountArb: fc.Arbitrary<Amount> = fc.oneof(
  fc.record({ unit: fc.constant('nok' as const), value: number(LIMITS.supplementNok.min, LIMITS.supplementNok.max) }),
  fc.record({ unit: fc.constant('percent' as const), value: number(LIMITS.supplementPercent.min, LIMITS.supplementPercent.max) }),
);

const eventArb: fc.Arbitrary<ScenarioEvent> = fc.oneof(
  fc.record({
    type: fc.constant('education' as const),
    year: fc.integer({ min: 1, max: 50 }),
    education: fc.constantFrom(...EDUCATION_IDS),
    studyCost: fc.oneof(fc.constant(0), number(LIMITS.studyCost.min, LIMITS.studyCost.max)),
    monthsWithoutPay: fc.oneof(fc.constant(0), number(LIMITS.monthsWithoutPay.min, LIMITS.monthsWithoutPay.max)),
  }),
  fc.record({
    type: fc.constant('education' as const),
    year: fc.constant(0),
    education: fc.constantFrom(...EDUCATION_IDS),
    studyCost: fc.constant(0),
    monthsWithoutPay: fc.constant(0),
  }),
  fc.record({ type: fc.constant('responsibility' as const), year: fc.integer({ min: 0, max: 50 }), supplement: amountArb }),
);

const DATES = {
  ks: '2023-05-01',
  spekter: '2023-05-01',
  legekontor: '2022-05-01',
  private: '2024-05-01',
  nho481: '2023-04-21',
  'virke-legesentre': '2020-09-01',
  'virke-huk': '2023-05-01',
  tannhelse: '2024-05-01',
} as const;

const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    agreement: fc.constantFrom(...AGREEMENT_IDS),
    education: fc.constantFrom(...EDUCATION_IDS),
    yearsExperience: fc.integer({ min: 0, max: 50 }),
    withDate: fc.boolean(),
    positionPercent: number(LIMITS.positionPercent.min, LIMITS.positionPercent.max),
    responsibilitySupplement: amountArb,
    individualSupplement: amountArb,
    localEducationSupplement: number(0, LIMITS.localEducationSupplement.max),
    schedule: fc.constantFrom('day' as const, 'rotating' as const),
    shifts: fc.record({ evening: number(0, 60), night: number(0, 60), weekend: number(0, 60), holiday: number(0, 60) }),
    overtimeHoursPerYear: number(0, LIMITS.overtimeHoursPerYear.max),
    age: fc.option(fc.integer({ min: LIMITS.age.min, max: LIMITS.age.max }), { nil: null }),
    events: fc.array(eventArb, { maxLength: LIMITS.events.max }),
    annualGrowth: number(LIMITS.annualGrowth.min, LIMITS.annualGrowth.max),
    horizon: fc.integer({ min: 1, max: 50 }),
    taxYear: fc.constantFrom(null, 2025, 2026),
    taxArea: fc.constantFrom('standard' as const, 'innsatssonen' as const),
    occupation: fc.constantFrom(...occupationIds(defaultDataset)),
    workplace: fc.constantFrom(null, ...placesIn(defaultDataset).map((p) => p.id)),
  })
  .map(({ withDate, ...s }) => {
    // A place names its agreements; an occupation has its own education paths.
    const place = placeIn(defaultDataset, s.workplace);
    const agreement = place && !place.agreements.includes(s.agreement) ? place.agreements[0] : s.agreement;
    const paths = educationPaths(defaultDataset, s.occupation);
    const events = s.events
      .filter((e) => e.year <= s.horizon && (e.type !== 'education' || paths.includes(e.education)))
      .sort((a, b) => a.year - b.year);
    return {
      ...s,
      agreement,
      education: paths.includes(s.education) ? s.education : 'helsesekretaer',
      yearsExperience: Math.min(s.yearsExperience, s.horizon),
      tariffDate: withDate ? DATES[agreement] : null,
      events,
    };
  });

/** Some scenarios left at or near the default, so that "only changed fields" is exercised. */
const sparseScenarioArb: fc.Arbitrary<Scenario> = fc
  .tuple(scenarioArb, fc.subarray(Object.keys(DEFAULT_SCENARIO) as (keyof Scenario)[]))
  .map(([s, keys]) => {
    const out = { ...DEFAULT_SCENARIO, events: [] } as Scenario;
    for (const k of keys) (out as unknown as Record<string, unknown>)[k] = s[k];
    if (!keys.includes('horizon')) out.events = out.events.filter((e) => e.year <= out.horizon);
    out.yearsExperience = Math.min(out.yearsExperience, out.horizon);
    // The place and the occupation come with what they decide: the agreement and the education.
    if (out.workplace !== null) out.agreement = s.agreement;
    if (out.occupation !== DEFAULT_SCENARIO.occupation) {
      out.education = s.education;
      out.events = out.events.filter((e) => e.type !== 'education' || educationPaths(defaultDataset, out.occupation).includes(e.education));
    }
    if (out.tariffDate !== null) out.tariffDate = DATES[out.agreement];
    return out;
  });

const nameArb = fc
  .oneof(
    fc.constant(''),
    fc.constantFrom('Kommune', 'Sykehus Øst', 'Fagskole før 30', 'æøå ÆØÅ', '🏥 natt', 'a~b;c=d&e#f%g', "it's (ok)! *", '=SUM(A1)'),
    fc.string({
      maxLength: 40,
      unit: fc.constantFrom('a', 'æ', 'ø', 'å', ' ', '🧑‍⚕️', '~', ';', '=', '&', '#', '%', '+', '?', '/', "'", '(', ')'),
    }),
    fc.string({ maxLength: 40, unit: 'binary' }),
  )
  .filter((n) => Array.from(n).length <= 40);

const stateArb: fc.Arbitrary<ShareState> = fc.record({
  scenarios: fc.array(fc.record({ name: nameArb, scenario: fc.oneof(scenarioArb, sparseScenarioArb) }), { minLength: 1, maxLength: 4 }),
});

/** Checks that a decode result is either a failure or a state of valid scenarios. */
function expectValid(r: ShareDecodeResult): void {
  if (!r.ok) {
    expect(['empty', 'unknownVersion', 'malformed', 'tooLong']).toContain(r.code);
    return;
  }
  expect(r.state.scenarios.length).toBeGreaterThanOrEqual(1);
  expect(r.state.scenarios.length).toBeLessThanOrEqual(4);
  for (const { name, scenario } of r.state.scenarios) {
    expect(typeof name).toBe('string');
    expect(Array.from(name).length).toBeLessThanOrEqual(40);
    expect(normalizeScenario(scenario).errors).toEqual([]);
  }
}

describe('share: round trip', () => {
  it('the generated scenarios are valid', () => {
    fc.assert(
      fc.property(fc.oneof(scenarioArb, sparseScenarioArb), (s) => {
        expect(normalizeScenario(s).errors).toEqual([]);
        expect(normalizeScenario(s).scenario).toEqual(s);
      }),
    );
  });

  it('decodeShare(encodeShare(s), defaultDataset) equals s, without warnings', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const text = encodeShare(state);
        const r = decoded(text);
        expect(r.warnings).toEqual([]);
        expect(r.state).toEqual(state);
      }),
      { numRuns: 500 },
    );
  });

  it('the encoding needs no percent-encoding in a URL query', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const text = encodeShare(state);
        expect(text).toMatch(/^[A-Za-z0-9~;=_,.%-]+$/);
        const href = writeShareToUrl('https://example.no/lonn?x=1#top', state);
        // The URL parser leaves the value as it is.
        expect(new URL(href).href).toBe(href);
        const back = readShareFromUrl(new URL(href), defaultDataset);
        if (isDefaultShare(state)) expect(back).toBeNull();
        else expect(back).toEqual({ ok: true, state, warnings: [] });
      }),
      { numRuns: 200 },
    );
  });
});

describe('share: format', () => {
  it('writes only what differs from the default, readably', () => {
    expect(encodeShare(single({ agreement: 'spekter' }))).toBe('1~a=spekter');
    expect(encodeShare(single({ agreement: 'spekter' })).length).toBeLessThanOrEqual(20);
    expect(encodeShare(single())).toBe('1~');
  });

  it('matches the documented example', () => {
    const state: ShareState = {
      scenarios: [
        { name: 'Kommune', scenario: { ...DEFAULT_SCENARIO, education: 'fagskole', yearsExperience: 4, positionPercent: 80 } },
        { name: 'Sykehus', scenario: { ...DEFAULT_SCENARIO, agreement: 'spekter' } },
      ],
    };
    expect(encodeShare(state)).toBe('1~n=Kommune;e=fagskole;y=4;p=80~n=Sykehus;a=spekter');
    expect(decoded('1~n=Kommune;a=ks;e=fagskole;y=4;p=80~n=Sykehus;a=spekter').state).toEqual(state);
  });

  it('writes amounts, shifts, events and numbers compactly', () => {
    const text = encodeShare(
      single({
        responsibilitySupplement: { unit: 'nok', value: 20000 },
        individualSupplement: { unit: 'percent', value: 10 },
        shifts: { evening: 8, night: 0, weekend: 5.5, holiday: 0 },
        annualGrowth: -1.5,
        positionPercent: 62.5,
        events: [
          { type: 'education', year: 5, education: 'fagskole', studyCost: 30000, monthsWithoutPay: 6 },
          { type: 'education', year: 7, education: 'hoyskole', studyCost: 0, monthsWithoutPay: 0 },
          { type: 'responsibility', year: 10, supplement: { unit: 'percent', value: 10 } },
        ],
      }),
    );
    expect(text).toBe('1~p=62.5;rs=20000;is=10p;sh=8_0_5.5_0;ev=e5_fagskole_30000_6,e7_hoyskole,r10_10p;g=-1.5');
  });

  it('percent-encodes names, including the separators', () => {
    const text = encodeShare(single({}, 'Sykehus Øst ~;=&#%'));
    expect(text).toBe('1~n=Sykehus%20%C3%98st%20%7E%3B%3D%26%23%25');
    expect(decoded(text).state.scenarios[0].name).toBe('Sykehus Øst ~;=&#%');
  });

  it('shortens names longer than 40 characters, counting emoji as one', () => {
    const long = '🏥'.repeat(50);
    const r = decoded(`1~n=${encodeURIComponent(long)}`);
    expect(r.state.scenarios[0].name).toBe('🏥'.repeat(40));
    expect(r.warnings).toEqual([{ scenario: 0, field: 'name', code: 'nameTooLong', params: { max: 40 } }]);
    expect(decoded(encodeShare(single({}, long))).state.scenarios[0].name).toBe('🏥'.repeat(40));
  });

  it('does not throw on names with lone surrogates', () => {
    const text = encodeShare(single({}, 'a\uD800b'));
    expect(decoded(text).state.scenarios[0].name).toBe('a\uFFFDb');
  });
});

describe('share: invalid input', () => {
  it('resets a tampered number and warns', () => {
    const r = decoded('1~a=spekter;y=999');
    expect(r.state.scenarios[0].scenario).toEqual({ ...DEFAULT_SCENARIO, agreement: 'spekter' });
    expect(r.warnings).toEqual([{ scenario: 0, field: 'yearsExperience', code: 'outOfRange', params: { min: 0, max: 50 } }]);
  });

  it('warns about each invalid field with its path, per scenario', () => {
    const r = decoded('1~p=abc;a=unio~sh=1_2;ev=e0_fagskole_1000,x3_y;rs=5q');
    expect(r.state.scenarios.map((s) => s.scenario)).toEqual([DEFAULT_SCENARIO, DEFAULT_SCENARIO]);
    expect(r.warnings.map((w) => `${w.scenario}:${w.field}:${w.code}`)).toEqual([
      '0:agreement:unknownValue',
      '0:positionPercent:notANumber',
      '1:shifts:invalidType',
      '1:responsibilitySupplement.value:notANumber',
      '1:events[0].year:outOfRange',
      '1:events[1].type:unknownValue',
    ]);
  });

  it('ignores unknown keys, malformed parts and extra scenarios with warnings', () => {
    const r = decoded('1~a=spekter;zz=1;oops;;y=2;y=3~~~~');
    expect(r.state.scenarios).toHaveLength(4);
    expect(r.state.scenarios[0].scenario).toEqual({ ...DEFAULT_SCENARIO, agreement: 'spekter', yearsExperience: 3 });
    expect(r.warnings).toEqual([
      { scenario: 4, field: '', code: 'tooManyScenarios', params: { max: 4, given: 5 } },
      { scenario: 0, field: 'zz', code: 'unknownKey' },
      { scenario: 0, field: 'oops', code: 'malformedPart' },
      { scenario: 0, field: 'yearsExperience', code: 'duplicateKey' },
    ]);
  });

  it('keeps a name that is not valid percent-encoding out, with a warning', () => {
    const r = decoded('1~n=%E0%A4%A;a=spekter');
    expect(r.state.scenarios[0]).toEqual({ name: '', scenario: { ...DEFAULT_SCENARIO, agreement: 'spekter' } });
    expect(r.warnings).toEqual([{ scenario: 0, field: 'name', code: 'invalidName' }]);
  });

  it('refuses an unknown version, empty input, huge input and non-strings', () => {
    expect(decodeShare('9~a=ks', defaultDataset)).toEqual({ ok: false, code: 'unknownVersion' });
    expect(decodeShare('2~', defaultDataset)).toEqual({ ok: false, code: 'unknownVersion' });
    expect(decodeShare('', defaultDataset)).toEqual({ ok: false, code: 'empty' });
    expect(decodeShare('   ', defaultDataset)).toEqual({ ok: false, code: 'empty' });
    expect(decodeShare(null, defaultDataset)).toEqual({ ok: false, code: 'empty' });
    expect(decodeShare(undefined, defaultDataset)).toEqual({ ok: false, code: 'empty' });
    expect(decodeShare('1~' + 'a=ks;'.repeat(1000), defaultDataset)).toEqual({ ok: false, code: 'tooLong' });
    expect(decodeShare('x'.repeat(10_000_000), defaultDataset)).toEqual({ ok: false, code: 'tooLong' });
    expect(decodeShare('hello', defaultDataset)).toEqual({ ok: false, code: 'malformed' });
    expect(decodeShare('1', defaultDataset)).toEqual({ ok: false, code: 'malformed' });
    expect(decodeShare(42, defaultDataset)).toEqual({ ok: false, code: 'malformed' });
    expect(decodeShare({ toString: () => '1~' }, defaultDataset)).toEqual({ ok: false, code: 'malformed' });
  });

  it('accepts input up to the length limit', () => {
    const text = `1~${'y=3;'.repeat(Math.floor((MAX_SHARE_LENGTH - 2) / 4))}`;
    expect(text.length).toBeLessThanOrEqual(MAX_SHARE_LENGTH);
    expect(decodeShare(text, defaultDataset).ok).toBe(true);
  });
});

describe('share: occupation and workplace (o, w)', () => {
  it('writes them only when set, and reads them back', () => {
    const state = single({ occupation: 'tannhelsesekretaer', workplace: 'tannlege-privat', agreement: 'tannhelse' });
    expect(encodeShare(state)).toBe('1~a=tannhelse;o=tannhelsesekretaer;w=tannlege-privat');
    expect(decoded('1~a=tannhelse;o=tannhelsesekretaer;w=tannlege-privat')).toEqual({ ok: true, state, warnings: [] });
    expect(encodeShare(single())).toBe('1~');
  });

  it('a place alone sets its usual agreement', () => {
    expect(decoded('1~w=sykehus').state.scenarios[0].scenario).toMatchObject({ workplace: 'sykehus', agreement: 'spekter' });
  });

  it('links written before o and w are read as before: helsesekretær, the agreement alone', () => {
    const r = decoded('1~a=spekter;e=fagskole;y=4');
    expect(r.warnings).toEqual([]);
    expect(r.state.scenarios[0].scenario).toMatchObject({ agreement: 'spekter', occupation: 'helsesekretaer', workplace: null });
  });

  it('an unknown place or occupation is reset with the warning of an unknown agreement', () => {
    const r = decoded('1~w=romskip;o=astronaut;y=3');
    expect(r.warnings).toEqual([
      {
        scenario: 0,
        field: 'occupation',
        code: 'unknownValue',
        params: { allowed: 'helsesekretaer, tannhelsesekretaer, helsefagarbeider' },
      },
      { scenario: 0, field: 'workplace', code: 'unknownValue', params: { allowed: expect.stringContaining('tannlege-privat') } },
    ]);
    expect(r.state.scenarios[0].scenario).toMatchObject({
      occupation: 'helsesekretaer',
      workplace: null,
      agreement: 'ks',
      yearsExperience: 3,
    });
    expect(decoded('1~a=agreement-x').warnings[0]).toMatchObject({ field: 'agreement', code: 'unknownValue' });
  });

  it('an agreement the place does not name, and an education path the occupation does not have, are reset with warnings', () => {
    const r = decoded('1~w=sykehus;a=ks;o=tannhelsesekretaer;e=hoyskole');
    expect(r.warnings.map((w) => [w.field, w.code])).toEqual([
      ['agreement', 'unknownValue'],
      ['education', 'unknownValue'],
    ]);
    expect(r.state.scenarios[0].scenario).toMatchObject({ agreement: 'spekter', education: 'helsesekretaer' });
  });
});

describe('share: never throws', () => {
  it('for any string', () => {
    fc.assert(
      fc.property(fc.string(), (s) => expectValid(decodeShare(s, defaultDataset))),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => expectValid(decodeShare(s, defaultDataset))),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }), (s) =>
        expectValid(decodeShare(s, defaultDataset)),
      ),
    );
  });

  it('for strings made of the format’s own characters', () => {
    const unit = fc.constantFrom(
      '1',
      '~',
      ';',
      '=',
      '_',
      ',',
      '.',
      '-',
      'p',
      'e',
      'r',
      'n',
      'a',
      'y',
      'sh',
      'ev',
      'rs',
      'ag',
      'd',
      't',
      'h',
      '%',
      '9',
      '0',
      'fagskole',
    );
    fc.assert(
      fc.property(fc.string({ unit }), (s) => expectValid(decodeShare(`1~${s}`, defaultDataset))),
      { numRuns: 2000 },
    );
  });

  it('for any value', () => {
    fc.assert(fc.property(fc.anything(), (v) => expectValid(decodeShare(v, defaultDataset))));
  });

  it('for every truncation of a valid encoding', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const text = encodeShare(state);
        for (let i = 0; i <= text.length; i++) expectValid(decodeShare(text.slice(0, i), defaultDataset));
      }),
      { numRuns: 40 },
    );
  });

  it('for valid encodings with characters replaced, inserted or removed', () => {
    const mutation = fc.tuple(
      fc.nat(),
      fc.constantFrom('replace', 'insert', 'delete'),
      fc.string({ minLength: 1, maxLength: 3, unit: 'binary' }),
    );
    fc.assert(
      fc.property(stateArb, fc.array(mutation, { minLength: 1, maxLength: 5 }), (state, mutations) => {
        let text = encodeShare(state);
        for (const [at, kind, chars] of mutations) {
          const i = at % (text.length + 1);
          if (kind === 'replace') text = text.slice(0, i) + chars + text.slice(i + 1);
          else if (kind === 'insert') text = text.slice(0, i) + chars + text.slice(i);
          else text = text.slice(0, i) + text.slice(i + 1);
        }
        expectValid(decodeShare(text, defaultDataset));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('share: the page URL', () => {
  const state: ShareState = {
    scenarios: [
      { name: 'Kommune', scenario: { ...DEFAULT_SCENARIO, yearsExperience: 4 } },
      { name: 'Sykehus Øst', scenario: { ...DEFAULT_SCENARIO, agreement: 'spekter' } },
    ],
  };

  it('writes pl, keeping other parameters and the hash', () => {
    const href = writeShareToUrl('https://example.no/lonn?lang=nn&x=a%20b#tabell', state);
    expect(href).toBe('https://example.no/lonn?lang=nn&x=a%20b&pl=1~n=Kommune;y=4~n=Sykehus%20%C3%98st;a=spekter#tabell');
    expect(readShareFromUrl(href, defaultDataset)).toEqual({ ok: true, state, warnings: [] });
  });

  it('replaces pl in place, removes duplicates, and accepts URL objects and relative URLs', () => {
    const href = writeShareToUrl(new URL('https://example.no/?a=1&pl=1~y=2&b=2&pl=1~y=3'), single({ yearsExperience: 5 }));
    expect(href).toBe('https://example.no/?a=1&pl=1~y=5&b=2');
    expect(writeShareToUrl('/side?pl=1~y=2#x', single({ yearsExperience: 5 }))).toBe('/side?pl=1~y=5#x');
    expect(writeShareToUrl('side', single({ yearsExperience: 5 }))).toBe('side?pl=1~y=5');
  });

  it('removes pl for the default state, and the ? when nothing is left', () => {
    expect(writeShareToUrl('https://example.no/?pl=1~y=2#x', single())).toBe('https://example.no/#x');
    expect(writeShareToUrl('https://example.no/?a=1&pl=1~y=2', single())).toBe('https://example.no/?a=1');
    expect(writeShareToUrl('https://example.no/', single())).toBe('https://example.no/');
    // A name alone is not the default.
    expect(writeShareToUrl('https://example.no/', single({}, 'Meg'))).toBe('https://example.no/?pl=1~n=Meg');
  });

  it('reads null when there is no pl, and a ? inside the hash is not a query', () => {
    expect(readShareFromUrl('https://example.no/?a=1', defaultDataset)).toBeNull();
    expect(readShareFromUrl('https://example.no/', defaultDataset)).toBeNull();
    expect(readShareFromUrl('https://example.no/#x?pl=1~y=2', defaultDataset)).toBeNull();
    expect(readShareFromUrl('https://example.no/?plx=1~y=2', defaultDataset)).toBeNull();
  });

  it('reads a value that was percent-encoded as a whole (by URLSearchParams or a mail program)', () => {
    const u = new URL('https://example.no/');
    u.searchParams.set('pl', encodeShare(state));
    expect(u.search).not.toContain('~');
    expect(readShareFromUrl(u, defaultDataset)).toEqual({ ok: true, state, warnings: [] });
  });

  it('hasShareParam (the first download) says what splitting the query into pairs says: pl present or not', () => {
    const pl = (href: string) => {
      const { query } = splitUrl(href);
      return query !== null && query.split('&').some(isShareParam);
    };
    for (const [href, has] of [
      ['https://example.no/?pl=1~y=2', true],
      ['https://example.no/?a=1&pl=1~y=2#x', true],
      ['https://example.no/?pl', true],
      ['https://example.no/?a&pl&b', true],
      ['https://example.no/?a=1&pl#x', true],
      ['https://example.no/?a=?pl=1', false],
      ['https://example.no/?plx=1', false],
      ['https://example.no/?xpl=1', false],
      ['https://example.no/?a=pl', false],
      ['https://example.no/#?pl=1', false],
      ['https://example.no/?a#&pl=1', false],
      ['https://example.no/pl', false],
    ] as const) {
      expect(hasShareParam(href), href).toBe(has);
      expect(pl(href), href).toBe(has);
    }
    const part = fc.constantFrom('?', '#', '&', '=', 'p', 'l', 'pl', 'x', '/', '~');
    fc.assert(
      fc.property(fc.array(part, { maxLength: 12 }), (parts) => {
        const href = `https://example.no/${parts.join('')}`;
        expect(hasShareParam(href)).toBe(pl(href));
      }),
    );
  });

  it('reports a bad pl instead of throwing', () => {
    expect(readShareFromUrl('https://example.no/?pl=9~a=ks', defaultDataset)).toEqual({ ok: false, code: 'unknownVersion' });
    expect(readShareFromUrl('https://example.no/?pl=', defaultDataset)).toEqual({ ok: false, code: 'empty' });
    expect(readShareFromUrl('https://example.no/?pl=%E0%A4%A', defaultDataset)).toEqual({ ok: false, code: 'malformed' });
  });
});
