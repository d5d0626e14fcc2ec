/**
 * What a schema cannot check: the references between figures and the order of dated lists.
 * `structure.ts` collects, while it reads the shapes, the facts these checks need (source ids
 * used, tables, pay rounds, placements); these functions then check them:
 * - every source id names an entry in the same file's `sources`;
 * - dates and values that must be strictly ascending are;
 * - a published range has its minimum at or below its maximum; the innsatssonen rate is not above
 *   the year's ordinary rate;
 * - tables, pay rounds and placements name pay groups the agreement has;
 * - a derived step points to an earlier table with an amount for the same group and step, and
 *   adds up; a pay round comes after the first table;
 * - `tablesFrom` names an agreement in the data with its own tables; placements are for those
 *   agreements only, and each of them has one.
 */
import { AGREEMENT_IDS } from '../../dataset-types.js';
import { at, isFiniteNumber, report, text, type Check, type Ctx } from './read.js';

/** Strictly ascending values (skipping nulls); reports each item that is not above the last. */
export function checkAscending(
  ctx: Ctx,
  items: Array<{ value: string | number | null; path: string }>,
  code: 'unsortedDates' | 'unsortedValues',
): void {
  let last: string | number | null = null;
  for (const item of items) {
    if (item.value === null) continue;
    if (last !== null && !(item.value > last)) report(ctx, item.path, code, `above ${JSON.stringify(last)} (strictly ascending)`);
    last = item.value;
  }
}

/** A published range: the minimum in kroner at or below the maximum (where both are valid numbers). */
export function checkRange(ctx: Ctx, path: string, min: unknown, max: unknown): void {
  if (typeof min === 'number' && typeof max === 'number' && min > max) {
    report(ctx, path, 'minAboveMax', `"minNok" (${min}) at most "maxNok" (${max})`);
  }
}

/** The innsatssonen rate on ordinary income is a reduction: never above the year's ordinary rate. */
export function checkZoneRate(ctx: Ctx, path: string, rate: unknown, zoneRate: unknown): void {
  if (typeof rate === 'number' && typeof zoneRate === 'number' && zoneRate > rate) {
    report(ctx, path, 'outOfRange', `at most the year's ordinaryRate (${rate})`);
  }
}

// ---------------------------------------------------------------------------------------------
// Sources (per file)

/** Source ids referenced in one file, resolved against its `sources` once that has been read. */
export interface SourceScope {
  refs: Array<{ id: string; path: string }>;
}

/** A source id: a non-empty string, noted in `scope` for {@link resolveSources}. */
export function sourceRef(scope: SourceScope): Check {
  return (ctx, v, path) => {
    const id = text(ctx, v, path);
    if (id !== null) scope.refs.push({ id, path });
  };
}

/** Checks every source id collected in `scope` against the file's checked `sources` map. */
export function resolveSources(ctx: Ctx, sourcesResult: unknown, scope: SourceScope): void {
  if (!(sourcesResult instanceof Map)) return; // sources missing or not an object: already reported
  for (const ref of scope.refs) {
    if (!sourcesResult.has(ref.id)) report(ctx, ref.path, 'unknownSource', 'an id in this file\'s "sources"');
  }
}

// ---------------------------------------------------------------------------------------------
// What the structure pass collects

export interface GroupInfo {
  path: string;
  steps: Map<string, unknown> | null;
  derived: Array<{ step: string; path: string; from: string | null; add: number | null }>;
}

export interface TableInfo {
  path: string;
  effectiveFrom: string | null;
  groups: Map<string, GroupInfo> | null;
}

export interface AgreementInfo {
  coverage: string | null;
  payGroups: Set<string> | null;
  tablesFrom: { target: string; path: string } | null;
}

export interface RoundInfo {
  path: string;
  effectiveFrom: string | null;
  groups: Array<{ group: string; path: string }>;
}

export interface PlacementRef {
  agreement: string;
  path: string;
  groups: Array<{ group: string; path: string }>;
}

// ---------------------------------------------------------------------------------------------
// Agreements: tables, derived steps and pay rounds

/** Rounds in date order, after the first table, naming the agreement's pay groups. */
export function checkRounds(ctx: Ctx, rounds: RoundInfo[], tables: TableInfo[] | null, payGroups: Set<string> | null): void {
  checkAscending(
    ctx,
    rounds.map((round) => ({ value: round.effectiveFrom, path: at(round.path, 'effectiveFrom') })),
    'unsortedDates',
  );
  const first = tables?.[0]?.effectiveFrom ?? null;
  for (const round of rounds) {
    if (first !== null && round.effectiveFrom !== null && round.effectiveFrom <= first) {
      report(ctx, at(round.path, 'effectiveFrom'), 'roundBeforeTables', `a date after the first table (${first})`);
    }
    if (!payGroups) continue;
    for (const g of round.groups) if (!payGroups.has(g.group)) report(ctx, g.path, 'unknownPayGroup', 'a key of "payGroups"');
  }
}

/** A step's amount: the number, `null`/`absent` when not given, `invalid` when it is not a positive number. */
function stepAmount(steps: Map<string, unknown> | null, step: string): number | null | 'absent' | 'invalid' {
  if (!steps || !steps.has(step)) return 'absent';
  const v = steps.get(step);
  if (v === null) return null;
  return isFiniteNumber(v) && v > 0 ? v : 'invalid';
}

export function checkTables(ctx: Ctx, tables: TableInfo[], payGroups: Set<string> | null, tablesPath: string): void {
  checkAscending(
    ctx,
    tables.map((t) => ({ value: t.effectiveFrom, path: at(t.path, 'effectiveFrom') })),
    'unsortedDates',
  );
  tables.forEach((table, index) => {
    if (!table.groups) return;
    for (const [groupId, group] of table.groups) {
      if (payGroups && !payGroups.has(groupId)) report(ctx, group.path, 'unknownPayGroup', 'a key of "payGroups"');
      for (const rule of group.derived) {
        const amount = stepAmount(group.steps, rule.step);
        // An invalid amount is reported where it is; do not report its consequences again.
        if (amount === 'invalid') continue;
        if (group.steps && typeof amount !== 'number') {
          report(ctx, rule.path, 'derivedStepMissing', `an amount for step ${JSON.stringify(rule.step)} in "steps"`);
        }
        if (rule.from === null) continue;
        const fromIndex = tables.findIndex((t) => t.effectiveFrom === rule.from);
        const fromTable = fromIndex >= 0 ? tables[fromIndex] : undefined;
        const fromAmount = stepAmount(fromTable?.groups?.get(groupId)?.steps ?? null, rule.step);
        const earlier = fromIndex >= 0 && fromIndex < index && table.effectiveFrom !== null && rule.from < table.effectiveFrom;
        if (earlier && fromAmount === 'invalid') continue;
        if (!earlier || typeof fromAmount !== 'number') {
          report(
            ctx,
            at(rule.path, 'from'),
            'unknownDerivedFrom',
            `the date of an earlier table in ${tablesPath} with an amount for ${JSON.stringify(groupId)} step ${JSON.stringify(rule.step)}`,
          );
          continue;
        }
        if (typeof amount === 'number' && rule.add !== null && fromAmount + rule.add !== amount) {
          report(ctx, rule.path, 'derivedMismatch', `${fromAmount} + ${rule.add} = ${fromAmount + rule.add}, not ${amount}`);
        }
      }
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Across files

/** tablesFrom and placements against the agreements that were read. */
export function crossCheck(ctx: Ctx, agreements: Map<string, unknown> | null, placements: PlacementRef[] | null): void {
  if (!agreements) return;
  const infos = agreements;
  const info = (id: string): AgreementInfo | undefined => {
    const a = infos.get(id);
    return a && typeof a === 'object' ? (a as AgreementInfo) : undefined;
  };
  for (const id of AGREEMENT_IDS) {
    const ref = info(id)?.tablesFrom;
    if (!ref) continue;
    const target = info(ref.target);
    // Absent (an agreement a file for an older version leaves out), or without tables of its own.
    if (!target || (target.coverage !== null && target.coverage !== 'tariff')) {
      report(ctx, ref.path, 'unknownAgreement', 'an agreement with its own tables (coverage "tariff")');
    }
  }
  if (!placements) return;
  const placed = new Set<string>();
  for (const ref of placements) {
    if (!ref.agreement) continue;
    placed.add(ref.agreement);
    const a = info(ref.agreement);
    if (!a || a.coverage === null) continue;
    if (a.coverage !== 'tariff') {
      report(ctx, ref.path, 'notAllowedForCoverage', 'placements only for agreements with their own tables');
      continue;
    }
    if (!a.payGroups) continue;
    for (const g of ref.groups) {
      if (!a.payGroups.has(g.group)) report(ctx, g.path, 'unknownPayGroup', `a key of agreements.${ref.agreement}.payGroups`);
    }
  }
  for (const id of AGREEMENT_IDS) {
    if (info(id)?.coverage === 'tariff' && !placed.has(id)) report(ctx, at('occupation.placement', id), 'missing');
  }
}
