/**
 * What a schema cannot check, on the plain copy that the structural checks return (a value that
 * was wrong is BAD there, already reported, and skipped here):
 * - every `source` names an entry in the same file's `sources`;
 * - dates and values that must be strictly ascending are (a dated parameter's `from` too);
 * - a published range has its minimum at or below its maximum; the innsatssonen rate is not above
 *   the year's ordinary rate; pay statistics have their quartiles in order;
 * - tables, pay rounds and placements name pay groups the agreement has;
 * - a derived step points to an earlier table with an amount for the same group and step, and
 *   adds up; a pay round comes after the first table;
 * - `tablesFrom` names an agreement in the data with its own tables; placements (of every
 *   occupation) are for those agreements only, each of them has one, for exactly the occupation's
 *   education paths; an occupation's places exist;
 * - places have unique ids and name agreements that are in the data.
 */
import { at, report, type Ctx } from './checks.js';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const entries = (v: unknown): Array<[string, unknown]> => Object.entries(obj(v) ?? {});
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Strictly ascending (values that are not valid skipped): `key` of each item of the list at `path`. */
function ascending(ctx: Ctx, items: unknown, path: string, key: string, code: 'unsortedDates' | 'unsortedValues' = 'unsortedDates'): void {
  let last: string | number | undefined;
  list(items).forEach((item, i) => {
    const value = obj(item)?.[key];
    if (typeof value !== 'string' && typeof value !== 'number') return;
    if (last !== undefined && !(value > last))
      report(ctx, at(at(path, i), key), code, `above ${JSON.stringify(last)} (strictly ascending)`);
    last = value;
  });
}

/** Every `source` in a file (outside its `sources`) names one of its `sources`. */
function sourcesResolve(ctx: Ctx, file: Obj, path: string): void {
  const sources = obj(file.sources);
  if (!sources) return; // missing or wrong: already reported
  const keys: Array<string | number> = []; // where the walk is (the path is written only for an error)
  const walk = (v: unknown): void => {
    const children: Array<[string | number, unknown]> = Array.isArray(v) ? [...v.entries()] : entries(v);
    for (const [key, x] of children) {
      if (v === file && key === 'sources') continue;
      keys.push(key);
      if (key === 'source' && typeof x === 'string' && !Object.hasOwn(sources, x))
        report(
          ctx,
          keys.reduce<string>((p, k) => at(p, k), path),
          'unknownSource',
          'an id in this file\'s "sources"',
        );
      else if (typeof x === 'object' && x !== null) walk(x);
      keys.pop();
    }
  };
  walk(file);
}

/** A published range: the minimum in kroner at or below the maximum. */
function range(ctx: Ctx, v: unknown, path: string): void {
  const { minNok, maxNok } = obj(v) ?? {};
  if (typeof minNok === 'number' && typeof maxNok === 'number' && minNok > maxNok)
    report(ctx, path, 'minAboveMax', `"minNok" (${minNok}) at most "maxNok" (${maxNok})`);
}

/** SSB's figures: lower quartile ≤ median ≤ upper quartile, where given. */
function quartiles(ctx: Ctx, v: unknown, path: string): void {
  const { p25, median, p75 } = obj(v) ?? {};
  const ordered = (a: unknown, b: unknown) => !(typeof a === 'number' && typeof b === 'number' && a > b);
  if (!ordered(p25, median) || !ordered(median, p75) || !ordered(p25, p75)) report(ctx, path, 'quartilesOutOfOrder', 'p25 ≤ median ≤ p75');
}

/** A step's amount: the number, `null` (not known), `absent`, or `invalid` (reported already). */
function stepAmount(steps: unknown, step: string): number | null | 'absent' | 'invalid' {
  const s = obj(steps);
  if (!s || !Object.hasOwn(s, step)) return 'absent';
  return s[step] === null ? null : typeof s[step] === 'number' ? s[step] : 'invalid';
}

function derivedSteps(ctx: Ctx, tables: unknown[], tablesPath: string, index: number, groupId: string, group: Obj): void {
  const path = at(at(at(tablesPath, index), 'groups'), groupId);
  const effectiveFrom = obj(tables[index])?.effectiveFrom;
  for (const [step, rule] of entries(group.derived)) {
    const rulePath = at(at(path, 'derived'), step);
    const amount = stepAmount(group.steps, step);
    if (amount === 'invalid') continue; // reported where it is; not its consequences again
    if (obj(group.steps) && typeof amount !== 'number')
      report(ctx, rulePath, 'derivedStepMissing', `an amount for step ${JSON.stringify(step)} in "steps"`);
    const { from, add } = obj(rule) ?? {};
    if (typeof from !== 'string') continue;
    const fromIndex = tables.findIndex((t) => obj(t)?.effectiveFrom === from);
    const fromAmount = stepAmount(obj(obj(obj(tables[fromIndex])?.groups)?.[groupId])?.steps, step);
    const earlier = fromIndex >= 0 && fromIndex < index && typeof effectiveFrom === 'string' && from < effectiveFrom;
    if (earlier && fromAmount === 'invalid') continue;
    if (!earlier || typeof fromAmount !== 'number') {
      const expected = `the date of an earlier table in ${tablesPath} with an amount for ${JSON.stringify(groupId)} step ${JSON.stringify(step)}`;
      report(ctx, at(rulePath, 'from'), 'unknownDerivedFrom', expected);
    } else if (typeof amount === 'number' && typeof add === 'number' && fromAmount + add !== amount)
      report(ctx, rulePath, 'derivedMismatch', `${fromAmount} + ${add} = ${fromAmount + add}, not ${amount}`);
  }
}

/** Every dated parameter, wherever it is (a list of `{ from: date, value … }`, common.schema.json `datedValue`): its dates strictly ascending. */
function datedLists(ctx: Ctx, v: unknown, path: string): void {
  if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof obj(x)?.from === 'string')) return ascending(ctx, v, path, 'from');
  const children: Array<[string | number, unknown]> = Array.isArray(v) ? [...v.entries()] : entries(v);
  for (const [key, x] of children) if (typeof x === 'object' && x !== null) datedLists(ctx, x, at(path, key));
}

function agreement(ctx: Ctx, a: Obj, path: string): void {
  const payGroups = obj(a.payGroups);
  const isGroup = (id: string) => !payGroups || Object.hasOwn(payGroups, id);
  for (const [shift, rates] of entries(a.supplements)) ascending(ctx, rates, at(at(path, 'supplements'), shift), 'effectiveFrom');
  const tables = list(a.tables);
  const tablesPath = at(path, 'tables');
  ascending(ctx, tables, tablesPath, 'effectiveFrom');
  tables.forEach((t, i) => {
    for (const [groupId, group] of entries(obj(t)?.groups)) {
      if (!isGroup(groupId)) report(ctx, at(at(at(tablesPath, i), 'groups'), groupId), 'unknownPayGroup', 'a key of "payGroups"');
      if (obj(group)) derivedSteps(ctx, tables, tablesPath, i, groupId, obj(group)!);
    }
  });
  const roundsPath = at(path, 'payRounds');
  ascending(ctx, a.payRounds, roundsPath, 'effectiveFrom');
  const first = str(obj(tables[0])?.effectiveFrom);
  list(a.payRounds).forEach((r, i) => {
    const round = obj(r) ?? {};
    const p = at(roundsPath, i);
    const date = str(round.effectiveFrom);
    if (first !== undefined && date !== undefined && date <= first)
      report(ctx, at(p, 'effectiveFrom'), 'roundBeforeTables', `a date after the first table (${first})`);
    range(ctx, round.rise, at(p, 'rise'));
    for (const [groupId, groupRange] of entries(round.groups)) {
      const groupPath = at(at(p, 'groups'), groupId);
      if (!isGroup(groupId)) report(ctx, groupPath, 'unknownPayGroup', 'a key of "payGroups"');
      range(ctx, groupRange, groupPath);
    }
  });
}

function taxRules(ctx: Ctx, tax: Obj, path: string): void {
  const yearsPath = at(path, 'years');
  ascending(ctx, tax.years, yearsPath, 'year', 'unsortedValues');
  list(tax.years).forEach((y, i) => {
    const year = obj(y) ?? {};
    ascending(ctx, year.trinnskatt, at(at(yearsPath, i), 'trinnskatt'), 'from', 'unsortedValues');
    const rate = year.ordinaryRate;
    const zoneRate = obj(year.innsatssonen)?.ordinaryRate;
    if (typeof rate === 'number' && typeof zoneRate === 'number' && zoneRate > rate)
      report(ctx, at(at(at(yearsPath, i), 'innsatssonen'), 'ordinaryRate'), 'outOfRange', `at most the year's ordinaryRate (${rate})`);
  });
}

/** tablesFrom against the agreements in the data. */
function tablesFrom(ctx: Ctx, agreements: Obj): void {
  const coverage = (id: string) => str(obj(agreements[id])?.coverage);
  for (const [id, a] of entries(agreements)) {
    const target = str(obj(a)?.tablesFrom);
    // Absent (an agreement a file for an older version leaves out), or without tables of its own.
    if (target !== undefined && (!Object.hasOwn(agreements, target) || (coverage(target) ?? 'tariff') !== 'tariff'))
      report(ctx, at(at('agreements', id), 'tablesFrom'), 'unknownAgreement', 'an agreement with its own tables (coverage "tariff")');
  }
}

/**
 * An occupation's placements against the agreements in the data: only agreements with tables of
 * their own, each of them, with exactly the occupation's education paths and pay groups the
 * agreement has (a group that is not known, `null`, names none); its places exist.
 */
function occupationRefs(ctx: Ctx, agreements: Obj, occupation: Obj | undefined, path: string, places: Set<string> | null): void {
  const coverage = (id: string) => str(obj(agreements[id])?.coverage);
  const paths = obj(occupation?.education);
  list(occupation?.workplaces).forEach((id, i) => {
    if (places && typeof id === 'string' && !places.has(id))
      report(ctx, at(at(path, 'workplaces'), i), 'unknownPlace', 'an id in workplaces.places');
  });
  const placement = obj(occupation?.placement);
  if (!placement) return;
  for (const [id, byEducation] of entries(placement)) {
    const p = at(at(path, 'placement'), id);
    if (coverage(id) === undefined) continue;
    if (coverage(id) !== 'tariff') {
      report(ctx, p, 'notAllowedForCoverage', 'placements only for agreements with their own tables');
      continue;
    }
    const payGroups = obj(obj(agreements[id])?.payGroups);
    for (const [education, place] of entries(byEducation)) {
      if (paths && !Object.hasOwn(paths, education)) report(ctx, at(p, education), 'unknownProperty', `a key of ${path}.education`);
      const group = str(obj(place)?.group);
      if (payGroups && group !== undefined && !Object.hasOwn(payGroups, group))
        report(ctx, at(at(p, education), 'group'), 'unknownPayGroup', `a key of agreements.${id}.payGroups`);
    }
    if (obj(byEducation))
      for (const education of Object.keys(paths ?? {}))
        if (!Object.hasOwn(obj(byEducation)!, education)) report(ctx, at(p, education), 'missing');
  }
  for (const id of Object.keys(agreements))
    if (coverage(id) === 'tariff' && !Object.hasOwn(placement, id)) report(ctx, at(at(path, 'placement'), id), 'missing');
}

/** Places: unique ids, and each agreement they name is in the data. Returns the ids (`null` without places). */
function placeRefs(ctx: Ctx, agreements: Obj, workplaces: Obj | undefined): Set<string> | null {
  if (!workplaces) return null;
  const ids = new Set<string>();
  list(workplaces.places).forEach((place, i) => {
    const p = at('workplaces.places', i);
    const id = str(obj(place)?.id);
    if (id !== undefined && ids.has(id)) report(ctx, at(p, 'id'), 'duplicateId', 'an id no other place has');
    if (id !== undefined) ids.add(id);
    list(obj(place)?.agreements).forEach((agreement, j) => {
      if (typeof agreement === 'string' && !Object.hasOwn(agreements, agreement))
        report(ctx, at(at(p, 'agreements'), j), 'unknownAgreement', 'an agreement in this file\'s "agreements"');
    });
  });
  return ids;
}

/** The checks above, on the copy of a whole dataset. */
export function checkReferences(ctx: Ctx, copy: unknown): void {
  const dataset = obj(copy);
  if (!dataset) return;
  const agreements = obj(dataset.agreements) ?? {};
  for (const [id, a] of entries(agreements)) if (obj(a)) agreement(ctx, obj(a)!, at('agreements', id));
  const rules = obj(dataset.rules);
  ascending(ctx, obj(rules?.g)?.values, 'rules.g.values', 'effectiveFrom');
  datedLists(ctx, dataset, '');
  taxRules(ctx, obj(rules?.tax) ?? {}, 'rules.tax');
  const files = [
    ...entries(agreements).map(([id, a]) => [at('agreements', id), a] as const),
    ['occupation', dataset.occupation] as const,
    ...entries(dataset.occupations).map(([id, o]) => [at('occupations', id), o] as const),
    ['workplaces', dataset.workplaces] as const,
    ...entries(rules).map(([id, file]) => [at('rules', id), file] as const),
    ['market', dataset.market] as const,
  ];
  for (const [path, file] of files) if (obj(file)) sourcesResolve(ctx, obj(file)!, path);
  for (const [id, pay] of entries(obj(dataset.market)?.occupations)) {
    const path = at('market.occupations', id);
    quartiles(ctx, obj(pay)?.all, at(path, 'all'));
    for (const [sector, figures] of entries(obj(pay)?.sectors)) quartiles(ctx, figures, at(at(path, 'sectors'), sector));
  }
  tablesFrom(ctx, agreements);
  const places = placeRefs(ctx, agreements, obj(dataset.workplaces));
  occupationRefs(ctx, agreements, obj(dataset.occupation), 'occupation', places);
  for (const [id, o] of entries(dataset.occupations)) {
    const path = at('occupations', id);
    const own = obj(o)?.id;
    if (typeof own === 'string' && own !== id) report(ctx, at(path, 'id'), 'idMismatch', JSON.stringify(id));
    occupationRefs(ctx, agreements, obj(o), path, places);
  }
}
