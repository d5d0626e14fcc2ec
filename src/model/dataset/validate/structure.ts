/**
 * The data format, read shape by shape: the same objects, keys, types and ranges as the JSON
 * Schemas in `data/schema/` (`test/unit/dataset-differential.test.ts` proves that both accept and
 * refuse the same documents). Along the way it collects what `references.ts` checks: source ids,
 * tables, pay rounds and placements.
 */
import { AGREEMENT_IDS, EDUCATION_IDS, REQUIRED_AGREEMENT_IDS, SHIFT_TYPES } from '../../dataset-types.js';
import {
  at,
  bool,
  describeOneOf,
  figureKind,
  idKey,
  isFiniteNumber,
  isoDate,
  list,
  map,
  oneOf,
  opt,
  percent,
  positive,
  positivePercent,
  record,
  report,
  req,
  stepKey,
  text,
  type Check,
  type Ctx,
  type Field,
} from './read.js';
import {
  checkAscending,
  checkRange,
  checkRounds,
  checkTables,
  checkZoneRate,
  crossCheck,
  resolveSources,
  sourceRef,
  type AgreementInfo,
  type GroupInfo,
  type PlacementRef,
  type RoundInfo,
  type SourceScope,
  type TableInfo,
} from './references.js';

import { sourcedValue, sourcesField } from './sourced.js';
import { agreementConditions, conditionRules } from './conditions.js';

// ---------------------------------------------------------------------------------------------
// Agreements

function groupTable(scope: SourceScope): Check<GroupInfo> {
  return (ctx, v, path) => {
    const info: GroupInfo = { path, steps: null, derived: [] };
    const r = record(ctx, v, path, {
      steps: req((c, s, p) =>
        map(
          c,
          s,
          p,
          stepKey,
          (c2, amount, p2) => {
            if (amount !== null) positive(c2, amount, p2);
            return amount;
          },
          true,
        ),
      ),
      source: req(sourceRef(scope)),
      derived: opt((c, d, p) =>
        map(c, d, p, stepKey, (c2, rule, p2) => {
          const rr = record(c2, rule, p2, {
            from: req(isoDate),
            add: req(positive),
            source: req(sourceRef(scope)),
          });
          const from = (rr?.results.get('from') as string | null | undefined) ?? null;
          const add = (rr?.results.get('add') as number | null | undefined) ?? null;
          return { from, add };
        }),
      ),
      note: opt(text),
    });
    if (!r) return info;
    const steps = r.results.get('steps');
    if (steps instanceof Map) info.steps = steps as Map<string, unknown>;
    const derived = r.results.get('derived');
    if (derived instanceof Map) {
      for (const [step, rule] of derived as Map<string, { from: string | null; add: number | null }>) {
        info.derived.push({ step, path: at(at(path, 'derived'), step), from: rule.from, add: rule.add });
      }
    }
    return info;
  };
}

function payTable(scope: SourceScope): Check<TableInfo> {
  return (ctx, v, path) => {
    const r = record(ctx, v, path, {
      effectiveFrom: req(isoDate),
      groups: req((c, g, p) => map(c, g, p, idKey, groupTable(scope), true)),
    });
    const groups = r?.results.get('groups');
    return {
      path,
      effectiveFrom: (r?.results.get('effectiveFrom') as string | null | undefined) ?? null,
      groups: groups instanceof Map ? (groups as Map<string, GroupInfo>) : null,
    };
  };
}

function supplementRate(scope: SourceScope): Check<string | null> {
  return (ctx, v, path) => {
    const r = record(ctx, v, path, {
      effectiveFrom: req(isoDate),
      nokPerHour: opt(positive),
      percent: opt(positive),
      minNokPerHour: opt(positive),
      source: req(sourceRef(scope)),
      kind: req(figureKind),
      verified: req(bool),
      note: opt(text),
    });
    if (!r) return null;
    const hasNok = r.present.has('nokPerHour');
    const hasPercent = r.present.has('percent');
    if (hasNok === hasPercent || (hasNok && r.present.has('minNokPerHour'))) {
      report(ctx, path, 'expectedRate', '"nokPerHour", or "percent" with an optional "minNokPerHour"');
    }
    return (r.results.get('effectiveFrom') as string | null | undefined) ?? null;
  };
}

/** A published rise: at least one field, and a minimum in kroner at or below the maximum. */
const riseRange: Check = (ctx, v, path) => {
  const r = record(ctx, v, path, { minNok: opt(positive), maxNok: opt(positive), minPercent: opt(positivePercent) });
  if (!r) return;
  if (r.present.size === 0) report(ctx, path, 'expectedNonEmpty', 'at least one of "minNok", "maxNok" or "minPercent"');
  checkRange(ctx, path, r.results.get('minNok'), r.results.get('maxNok'));
};

function payRound(scope: SourceScope): Check<RoundInfo> {
  return (ctx, v, path) => {
    const info: RoundInfo = { path, effectiveFrom: null, groups: [] };
    const r = record(ctx, v, path, {
      effectiveFrom: req(isoDate),
      rise: opt(riseRange),
      groups: opt((c, g, p) =>
        map(
          c,
          g,
          p,
          idKey,
          (c2, range, p2) => {
            riseRange(c2, range, p2);
            return p2;
          },
          true,
        ),
      ),
      framePercent: opt(positivePercent),
      source: req(sourceRef(scope)),
      quote: req(text),
      note: opt(text),
      otherSources: opt((c, list_, p) =>
        list(c, list_, p, (c2, entry, p2) => record(c2, entry, p2, { source: req(sourceRef(scope)), quote: req(text) })),
      ),
    });
    if (!r) return info;
    if (!['rise', 'groups', 'framePercent'].some((key) => r.present.has(key))) {
      report(ctx, path, 'noFigures', 'at least one of "rise", "groups" or "framePercent"');
    }
    info.effectiveFrom = (r.results.get('effectiveFrom') as string | null | undefined) ?? null;
    const groups = r.results.get('groups');
    if (groups instanceof Map) for (const [group, p] of groups as Map<string, string>) info.groups.push({ group, path: p });
    return info;
  };
}

function agreement(expectedId: string): Check<AgreementInfo> {
  return (ctx, v, path) => {
    const info: AgreementInfo = { coverage: null, payGroups: null, tablesFrom: null };
    const scope: SourceScope = { refs: [] };
    const positiveValue = sourcedValue(scope, positive);
    const percentValue = sourcedValue(scope, percent);
    const r = record(ctx, v, path, {
      $schema: opt(text),
      id: req((c, id, p) => {
        if (id !== expectedId) report(c, p, 'idMismatch', JSON.stringify(expectedId));
      }),
      name: req(text),
      coverage: req(oneOf(['tariff', 'follows', 'none'] as const)),
      tablesFrom: opt(oneOf(AGREEMENT_IDS)),
      payGroups: opt((c, g, p) => map(c, g, p, idKey, text, true)),
      tables: opt((c, t, p) => list(c, t, p, payTable(scope), true)),
      supplements: req((c, s, p) => {
        const fields: Record<string, Field> = {};
        for (const shift of SHIFT_TYPES) {
          fields[shift] = req((c2, rates, p2) => {
            const dates = list(c2, rates, p2, supplementRate(scope));
            if (dates) {
              checkAscending(
                c2,
                dates.map((d, i) => ({ value: d, path: at(at(p2, i), 'effectiveFrom') })),
                'unsortedDates',
              );
            }
          });
        }
        record(c, s, p, fields);
      }),
      hours: req((c, h, p) => record(c, h, p, { day: req(positiveValue), rotating: req(positiveValue) })),
      hourlyDivisor: req(positiveValue),
      overtimeDivisor: req(positiveValue),
      overtimePercent: req(percentValue),
      workingWeeks: req(
        sourcedValue(scope, (c, w, p) => {
          const weeks = positive(c, w, p);
          if (weeks !== null && weeks > 52) report(c, p, 'outOfRange', 'at most 52');
        }),
      ),
      holidayPay: req(oneOf(['tariff', 'law'] as const)),
      pensionEmployeePercent: req((c, pension, p) => {
        if (pension !== null) percentValue(c, pension, p);
      }),
      notes: opt((c, n, p) => list(c, n, p, text)),
      payRounds: opt((c, rounds, p) => list(c, rounds, p, payRound(scope))),
      conditions: opt(agreementConditions(scope)),
      sources: req(sourcesField),
    });
    if (!r) return info;

    const coverage = r.results.get('coverage');
    info.coverage = typeof coverage === 'string' ? coverage : null;
    const payGroups = r.results.get('payGroups');
    if (payGroups instanceof Map) info.payGroups = new Set(payGroups.keys());
    const tablesFrom = r.results.get('tablesFrom');
    if (typeof tablesFrom === 'string') info.tablesFrom = { target: tablesFrom, path: at(path, 'tablesFrom') };
    if (info.coverage === 'tariff') {
      for (const key of ['payGroups', 'tables']) if (!r.present.has(key)) report(ctx, at(path, key), 'missing');
      if (r.present.has('tablesFrom'))
        report(ctx, at(path, 'tablesFrom'), 'notAllowedForCoverage', 'no "tablesFrom" when coverage is "tariff"');
    } else if (info.coverage !== null) {
      if (!r.present.has('tablesFrom')) report(ctx, at(path, 'tablesFrom'), 'missing');
      for (const key of ['tables', 'payGroups', 'payRounds']) {
        if (r.present.has(key)) report(ctx, at(path, key), 'notAllowedForCoverage', `no "${key}" unless coverage is "tariff"`);
      }
    }
    const tables = r.results.get('tables');
    if (Array.isArray(tables)) checkTables(ctx, tables as TableInfo[], info.payGroups, at(path, 'tables'));
    const rounds = r.results.get('payRounds');
    if (Array.isArray(rounds))
      checkRounds(ctx, rounds as RoundInfo[], Array.isArray(tables) ? (tables as TableInfo[]) : null, info.payGroups);
    resolveSources(ctx, r.results.get('sources'), scope);
    return info;
  };
}

// ---------------------------------------------------------------------------------------------
// Occupation

function occupation(ctx: Ctx, v: unknown, path: string): PlacementRef[] {
  const scope: SourceScope = { refs: [] };
  const placements: PlacementRef[] = [];
  const educationFields = (check: Check): Record<string, Field> => Object.fromEntries(EDUCATION_IDS.map((id) => [id, req(check)]));
  const r = record(ctx, v, path, {
    $schema: opt(text),
    id: req(oneOf(['helsesekretaer'] as const)),
    title: req(text),
    synonyms: req((c, s, p) => list(c, s, p, text)),
    education: req((c, e, p) =>
      record(
        c,
        e,
        p,
        educationFields((c2, path2, p2) => record(c2, path2, p2, { name: req(text), description: req(text) })),
      ),
    ),
    placement: req((c, pl, p) =>
      map(
        c,
        pl,
        p,
        (key) =>
          (AGREEMENT_IDS as readonly string[]).includes(key) ? null : { code: 'expectedOneOf', expected: describeOneOf(AGREEMENT_IDS) },
        (c2, byEducation, p2) => {
          const ref: PlacementRef = { agreement: '', path: p2, groups: [] };
          placements.push(ref);
          record(
            c2,
            byEducation,
            p2,
            educationFields((c3, placement, p3) =>
              record(c3, placement, p3, {
                group: req((c4, g, p4) => {
                  const id = text(c4, g, p4);
                  if (id !== null) ref.groups.push({ group: id, path: p4 });
                }),
                localSupplement: opt((c4, s, p4) => record(c4, s, p4, { source: req(sourceRef(scope)), note: req(text) })),
                note: opt(text),
              }),
            ),
          );
          return ref;
        },
      ),
    ),
    sources: req(sourcesField),
  });
  if (!r) return [];
  const placementMap = r.results.get('placement');
  if (placementMap instanceof Map) for (const [agreementId, ref] of placementMap as Map<string, PlacementRef>) ref.agreement = agreementId;
  resolveSources(ctx, r.results.get('sources'), scope);
  return placements;
}

// ---------------------------------------------------------------------------------------------
// Rules

const TAX_FIELDS = [
  'ordinaryRate',
  'personfradrag',
  'minstefradragPercent',
  'minstefradragMax',
  'trinnskatt',
  'trygdeavgiftPercent',
  'trygdeavgiftLowerLimit',
  'trygdeavgiftPhaseInPercent',
] as const;

const holidayPay: Check = (ctx, v, path) => {
  const scope: SourceScope = { refs: [] };
  const rule: Check = (c, x, p) =>
    record(c, x, p, {
      percent: req(sourcedValue(scope, percent)),
      over60ExtraPercent: req(sourcedValue(scope, percent)),
      over60CapG: req(sourcedValue(scope, positive)),
    });
  const r = record(ctx, v, path, { $schema: opt(text), tariff: req(rule), law: req(rule), sources: req(sourcesField) });
  if (r) resolveSources(ctx, r.results.get('sources'), scope);
};

const gRules: Check = (ctx, v, path) => {
  const scope: SourceScope = { refs: [] };
  const r = record(ctx, v, path, {
    $schema: opt(text),
    values: req((c, values, p) => {
      const dates = list(
        c,
        values,
        p,
        (c2, g, p2) =>
          (record(c2, g, p2, {
            effectiveFrom: req(isoDate),
            value: req(positive),
            source: req(sourceRef(scope)),
            kind: req(figureKind),
            verified: req(bool),
            note: opt(text),
          })?.results.get('effectiveFrom') as string | null | undefined) ?? null,
        true,
      );
      if (dates)
        checkAscending(
          c,
          dates.map((d, i) => ({ value: d, path: at(at(p, i), 'effectiveFrom') })),
          'unsortedDates',
        );
    }),
    sources: req(sourcesField),
  });
  if (r) resolveSources(ctx, r.results.get('sources'), scope);
};

const taxRules: Check = (ctx, v, path) => {
  const scope: SourceScope = { refs: [] };
  const year: Check<number | null> = (c, y, p) => {
    if (isFiniteNumber(y) && Number.isInteger(y) && y >= 2000 && y <= 2100) return y;
    report(c, p, 'expectedInteger', 'a whole year from 2000 to 2100');
    return null;
  };
  const taxYear: Check<number | null> = (c, y, p) => {
    const r = record(c, y, p, {
      year: req(year),
      ordinaryRate: req(percent),
      personfradrag: req(positive),
      minstefradragPercent: req(percent),
      minstefradragMax: req(positive),
      trinnskatt: req((c2, steps, p2) => {
        const froms = list(
          c2,
          steps,
          p2,
          (c3, s, p3) =>
            (record(c3, s, p3, { from: req(positive), percent: req(percent) })?.results.get('from') as number | null | undefined) ?? null,
          true,
        );
        if (froms)
          checkAscending(
            c2,
            froms.map((f, i) => ({ value: f, path: at(at(p2, i), 'from') })),
            'unsortedValues',
          );
      }),
      trygdeavgiftPercent: req(percent),
      trygdeavgiftLowerLimit: req(positive),
      trygdeavgiftPhaseInPercent: req(percent),
      source: req(sourceRef(scope)),
      status: opt(oneOf(TAX_STATUSES)),
      verification: opt(oneOf(VERIFICATIONS)),
      unverified: opt((c2, u, p2) => list(c2, u, p2, oneOf(TAX_FIELDS))),
      note: opt(text),
      innsatssonen: opt((c2, z, p2) =>
        record(c2, z, p2, {
          ordinaryRate: req(percent),
          finnmarksfradrag: req(positive),
          source: req(sourceRef(scope)),
          note: opt(text),
        }),
      ),
    });
    // From 2027 a year says whether it is only proposed (the schema's if/then).
    const yearRead = r?.results.get('year');
    if (typeof yearRead === 'number' && yearRead >= 2027 && !r?.present.has('status')) report(c, at(p, 'status'), 'missing');
    const zone = r?.results.get('innsatssonen') as { results: Map<string, unknown> } | null | undefined;
    checkZoneRate(c, at(at(p, 'innsatssonen'), 'ordinaryRate'), r?.results.get('ordinaryRate'), zone?.results.get('ordinaryRate'));
    return (r?.results.get('year') as number | null | undefined) ?? null;
  };
  const r = record(ctx, v, path, {
    $schema: opt(text),
    years: req((c, years, p) => {
      const ys = list(c, years, p, taxYear, true);
      if (ys)
        checkAscending(
          c,
          ys.map((y, i) => ({ value: y, path: at(at(p, i), 'year') })),
          'unsortedValues',
        );
    }),
    sources: req(sourcesField),
  });
  if (r) resolveSources(ctx, r.results.get('sources'), scope);
};

const TAX_STATUSES = ['proposed', 'adopted'] as const;
const VERIFICATIONS = ['primary', 'secondary'] as const;

// ---------------------------------------------------------------------------------------------
// Market pay (SSB)

const marketRules: Check = (ctx, v, path) => {
  const scope: SourceScope = { refs: [] };
  const figures =
    (quartiles: boolean): Check =>
    (c, f, p) => {
      const figure: Check<number | null> = (c2, x, p2) => (positive(c2, x, p2) ? (x as number) : null);
      const r = record(c, f, p, {
        median: req(figure),
        p25: quartiles ? req(figure) : opt(figure),
        p75: quartiles ? req(figure) : opt(figure),
        mean: opt(figure),
      });
      if (r) checkQuartiles(c, p, r.results);
    };
  const occupation: Check = (c, o, p) =>
    record(c, o, p, {
      year: req((c2, y, p2) => {
        if (!(isFiniteNumber(y) && Number.isInteger(y) && y >= 2000 && y <= 2100))
          report(c2, p2, 'expectedInteger', 'a whole year from 2000 to 2100');
      }),
      styrk: req((c2, s, p2) => {
        if (typeof s !== 'string' || !/^[0-9]{4}$/.test(s)) report(c2, p2, 'expectedOneOf', 'a STYRK-08 code of four digits');
      }),
      title: req(text),
      measure: req(oneOf(['monthlyEarnings'] as const)),
      all: req(figures(true)),
      sectors: opt((c2, s, p2) =>
        record(c2, s, p2, { private: opt(figures(false)), municipal: opt(figures(false)), state: opt(figures(false)) }),
      ),
      source: req(sourceRef(scope)),
      verification: req(oneOf(VERIFICATIONS)),
      note: opt(text),
    });
  const r = record(ctx, v, path, {
    $schema: opt(text),
    occupations: req((c, o, p) => map(c, o, p, idKey, occupation)),
    sources: req(sourcesField),
  });
  if (r) resolveSources(ctx, r.results.get('sources'), scope);
};

/** Lower quartile ≤ median ≤ upper quartile, where given. */
function checkQuartiles(ctx: Ctx, path: string, figures: Map<string, unknown>): void {
  const [p25, median, p75] = ['p25', 'median', 'p75'].map((k) => figures.get(k));
  const ordered = (a: unknown, b: unknown) => !(isFiniteNumber(a) && isFiniteNumber(b) && a > b);
  if (!ordered(p25, median) || !ordered(median, p75) || !ordered(p25, p75)) {
    report(ctx, path, 'quartilesOutOfOrder', 'p25 ≤ median ≤ p75');
  }
}

// ---------------------------------------------------------------------------------------------
// Dataset

export function checkDataset(ctx: Ctx, input: unknown): void {
  // Agreements added after format 1 was first published may be absent (a file made for an older version).
  const required = new Set<string>(REQUIRED_AGREEMENT_IDS);
  const agreementFields: Record<string, Field> = Object.fromEntries(
    AGREEMENT_IDS.map((id) => [id, required.has(id) ? req(agreement(id)) : opt(agreement(id))]),
  );
  let agreements: Map<string, unknown> | null = null;
  let placements: PlacementRef[] | null = null;
  record(ctx, input, '', {
    $schema: opt(text),
    formatVersion: req((c, v, p) => {
      if (v !== 1) report(c, p, 'unsupportedFormatVersion', '1');
    }),
    updated: req(isoDate),
    agreements: req((c, v, p) => {
      agreements = record(c, v, p, agreementFields)?.results ?? null;
    }),
    occupation: req((c, v, p) => {
      placements = occupation(c, v, p);
    }),
    rules: req((c, v, p) =>
      record(c, v, p, { holidayPay: req(holidayPay), g: req(gRules), tax: req(taxRules), conditions: opt(conditionRules) }),
    ),
    market: opt(marketRules),
  });
  crossCheck(ctx, agreements, placements);
}
