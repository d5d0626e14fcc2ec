/**
 * Looking up pay tables: which table of a pay group is in force on a date, and the garantilønn
 * (minimum pay) at a number of years of ansiennitet (the highest step at or below those years).
 */
import type {
  Agreement,
  AgreementId,
  Dataset,
  DerivedRule,
  EducationId,
  EducationPlacement,
  GroupTable,
  IsoDate,
  Source,
  SourcedValue,
} from './dataset-types.js';

/** Where a figure came from, resolved for display. */
export interface Provenance {
  /**
   * `published`/`derived`: a figure from the data. `user`: entered by the user. `computed`: worked
   * out by the model from `inputs`. `missing`: not known; the amount shown is 0 or absent.
   * `estimate`: a range past the newest table, from the published pay rounds (never a tariff figure).
   */
  kind: 'published' | 'derived' | 'user' | 'computed' | 'missing' | 'estimate';
  agreement?: AgreementId;
  source?: Source;
  effectiveFrom?: IsoDate;
  /** Pay group and step for table figures. */
  group?: string;
  step?: number;
  rule?: DerivedRule & { ruleSource?: Source };
  /** False where the figure was taken from an older edition or is otherwise unchecked. */
  verified?: boolean;
  /** What a computed figure was made of. */
  inputs?: Provenance[];
  /** A note from the data on this figure (Norwegian, as written in data/). */
  note?: string;
  /** The line of the source the figure is taken from, verbatim (pay rounds). */
  quote?: string;
}

export interface ResolvedStep {
  years: number;
  amount: number;
  provenance: Provenance;
}

/** A pay group's complete ladder in force on a date. */
export interface ResolvedGroup {
  agreement: AgreementId;
  group: string;
  groupName: string;
  effectiveFrom: IsoDate;
  /** Ascending by years. */
  steps: ResolvedStep[];
  /** Set when the table in force on the date was incomplete and an earlier one is used. */
  fallbackFrom?: IsoDate;
}

/** The agreement whose tables apply: itself, or the one it follows or refers to. */
export function tableAgreement(dataset: Dataset, agreement: AgreementId): Agreement {
  const a = agreementIn(dataset, agreement);
  return a.coverage === 'tariff' ? a : agreementIn(dataset, a.tablesFrom ?? 'ks');
}

/**
 * The agreement with this id. Agreements added after format 1 was first published may be absent
 * from a data file; `normalizeScenario` refuses those ids, and the validator checks every
 * `tablesFrom`, so past those checks the fallback to KS (always present) is never taken.
 */
export function agreementIn(dataset: Dataset, id: AgreementId): Agreement {
  return dataset.agreements[id] ?? dataset.agreements.ks;
}

export function placementFor(dataset: Dataset, agreement: AgreementId, education: EducationId): EducationPlacement | undefined {
  const owner = tableAgreement(dataset, agreement);
  return dataset.occupation.placement[owner.id]?.[education];
}

/** Newest table date of an agreement (or the one it follows): the default "as of" date. */
export function newestTableDate(dataset: Dataset, agreement: AgreementId): IsoDate | null {
  const tables = tableAgreement(dataset, agreement).tables ?? [];
  return tables.length ? tables[tables.length - 1].effectiveFrom : null;
}

function isComplete(t: GroupTable): boolean {
  return Object.values(t.steps).every((v) => typeof v === 'number');
}

/**
 * The group's ladder in force on `date`: the newest table with `effectiveFrom ≤ date` that holds
 * the group. If that table is incomplete (a step is `null`), the newest complete earlier one is
 * used and `fallbackFrom` says which date was skipped. `null` when no table applies.
 */
export function resolveGroup(dataset: Dataset, agreement: AgreementId, group: string, date: IsoDate): ResolvedGroup | null {
  const owner = tableAgreement(dataset, agreement);
  const tables = owner.tables ?? [];
  let fallbackFrom: IsoDate | undefined;
  for (let i = tables.length - 1; i >= 0; i--) {
    const table = tables[i];
    if (table.effectiveFrom > date) continue;
    const g = table.groups[group];
    if (!g) continue;
    if (!isComplete(g)) {
      fallbackFrom ??= table.effectiveFrom;
      continue;
    }
    const source = owner.sources[g.source];
    const steps: ResolvedStep[] = Object.entries(g.steps)
      .map(([years, amount]) => {
        const rule = g.derived?.[years];
        const provenance: Provenance = {
          kind: rule ? 'derived' : 'published',
          agreement: owner.id,
          source,
          effectiveFrom: table.effectiveFrom,
          group,
          step: Number(years),
          verified: true,
        };
        if (rule) provenance.rule = { ...rule, ruleSource: owner.sources[rule.source] };
        if (g.note) provenance.note = g.note;
        return { years: Number(years), amount: amount as number, provenance };
      })
      .sort((a, b) => a.years - b.years);
    return {
      agreement: owner.id,
      group,
      groupName: owner.payGroups?.[group] ?? group,
      effectiveFrom: table.effectiveFrom,
      steps,
      ...(fallbackFrom ? { fallbackFrom } : {}),
    };
  }
  return null;
}

/** The step that applies at `years`: the highest step at or below it. */
export function stepAt(group: ResolvedGroup, years: number): ResolvedStep {
  let found = group.steps[0];
  for (const s of group.steps) {
    if (s.years <= years) found = s;
    else break;
  }
  return found;
}

/** The newest dated entry at or before `date` from a list sorted by `effectiveFrom`. */
export function inForce<T extends { effectiveFrom: IsoDate }>(list: readonly T[], date: IsoDate): T | undefined {
  let found: T | undefined;
  for (const item of list) {
    if (item.effectiveFrom <= date) found = item;
    else break;
  }
  return found;
}

/** Where a figure of an agreement comes from: its kind, source, check and note, and the date of a rate in force from one. */
export function sourcedIn(
  agreement: Agreement,
  v: Pick<SourcedValue, 'kind' | 'source' | 'verified' | 'note'> & { effectiveFrom?: IsoDate },
): Provenance {
  return {
    kind: v.kind,
    agreement: agreement.id,
    source: agreement.sources[v.source],
    ...(v.effectiveFrom ? { effectiveFrom: v.effectiveFrom } : {}),
    verified: v.verified,
    ...(v.note ? { note: v.note } : {}),
  };
}
