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
  Occupation,
  PayTable,
  PlacementEntry,
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
  /** `proposed`: a figure from a proposal not yet adopted (the tax rules of a coming year). */
  status?: 'proposed';
  /** `secondary`: read from a public copy of the source, not from the publisher's own page. */
  verification?: 'secondary';
}

export interface ResolvedStep {
  years: number;
  amount: number;
  /** The table this step's amount is printed in (or derived for): the newest one that has it. */
  effectiveFrom: IsoDate;
  provenance: Provenance;
}

/** A pay group's ladder in force on a date, each step from the newest table that has it. */
export interface ResolvedGroup {
  agreement: AgreementId;
  group: string;
  groupName: string;
  /** The newest table that holds the group on the date. */
  effectiveFrom: IsoDate;
  /** Ascending by years. */
  steps: ResolvedStep[];
  /**
   * Set when that table leaves some steps out (`null`): the table's date. Those steps come from
   * `olderFrom`, the newest earlier table that has them, and carry its date.
   */
  fallbackFrom?: IsoDate;
  /** The dates of the earlier tables that steps come from, newest first (with `fallbackFrom`). */
  olderFrom?: IsoDate[];
  /**
   * Steps of that table that no table of the group publishes: left out of `steps`, so the step
   * below applies from them on (a minimum pay does not fall with years), and the ladder says so.
   */
  unknownSteps?: number[];
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

/** The occupation with this id: the dataset's `occupation` (helsesekretær) or one of its `occupations`. */
export function occupationIn(dataset: Dataset, id: string): Occupation | undefined {
  if (id === dataset.occupation.id) return dataset.occupation;
  return dataset.occupations && Object.hasOwn(dataset.occupations, id) ? dataset.occupations[id] : undefined;
}

/** Where an education path of the occupation is placed under the agreement (or the one it follows): a group, or not known (`group: null`). */
export function placementEntryFor(
  dataset: Dataset,
  agreement: AgreementId,
  education: EducationId,
  occupation = 'helsesekretaer',
): PlacementEntry | undefined {
  const owner = tableAgreement(dataset, agreement);
  return occupationIn(dataset, occupation)?.placement[owner.id]?.[education];
}

/** The pay group placement of an education path, or `undefined` when there is none or it is not known. */
export function placementFor(
  dataset: Dataset,
  agreement: AgreementId,
  education: EducationId,
  occupation = 'helsesekretaer',
): EducationPlacement | undefined {
  const entry = placementEntryFor(dataset, agreement, education, occupation);
  return entry && entry.group !== null ? entry : undefined;
}

/** Newest table date of an agreement (or the one it follows): the default "as of" date. */
export function newestTableDate(dataset: Dataset, agreement: AgreementId): IsoDate | null {
  const tables = tableAgreement(dataset, agreement).tables ?? [];
  return tables.length ? tables[tables.length - 1].effectiveFrom : null;
}

/**
 * The group's ladder in force on `date`. The newest table with `effectiveFrom ≤ date` that holds
 * the group gives the steps; a step that table leaves out (`null`) comes from the newest earlier
 * table that has it, with that table's date (never a silent fall-back of the whole ladder: the
 * ladder notes it, and the estimate adds the pay rounds since). A step in none of the tables is
 * left out (`unknownSteps`). `null` when no table holds the group on the date, or its first step
 * is in none of them.
 */
export function resolveGroup(dataset: Dataset, agreement: AgreementId, group: string, date: IsoDate): ResolvedGroup | null {
  const owner = tableAgreement(dataset, agreement);
  const holding = (owner.tables ?? []).filter((t) => t.effectiveFrom <= date && t.groups[group]).reverse();
  const newest = holding[0];
  if (!newest) return null;
  const steps: ResolvedStep[] = [];
  const older = new Set<IsoDate>();
  const unknownSteps: number[] = [];
  const keys = Object.keys(newest.groups[group].steps).sort((a, b) => Number(a) - Number(b));
  for (const years of keys) {
    const table = holding.find((t) => typeof t.groups[group].steps[years] === 'number');
    if (!table) {
      unknownSteps.push(Number(years));
      continue;
    }
    if (table !== newest) older.add(table.effectiveFrom);
    steps.push(stepOf(owner, table, group, years));
  }
  if (!steps.length || steps[0].years !== Number(keys[0])) return null;
  return {
    agreement: owner.id,
    group,
    groupName: owner.payGroups?.[group] ?? group,
    effectiveFrom: newest.effectiveFrom,
    steps,
    ...(older.size ? { fallbackFrom: newest.effectiveFrom, olderFrom: [...older].sort().reverse() } : {}),
    ...(unknownSteps.length ? { unknownSteps } : {}),
  };
}

function stepOf(owner: Agreement, table: PayTable, group: string, years: string): ResolvedStep {
  const g = table.groups[group];
  const rule = g.derived?.[years];
  const provenance: Provenance = {
    kind: rule ? 'derived' : 'published',
    agreement: owner.id,
    source: owner.sources[g.source],
    effectiveFrom: table.effectiveFrom,
    group,
    step: Number(years),
    verified: true,
  };
  if (rule) provenance.rule = { ...rule, ruleSource: owner.sources[rule.source] };
  if (g.note) provenance.note = g.note;
  return { years: Number(years), amount: g.steps[years] as number, effectiveFrom: table.effectiveFrom, provenance };
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

/** Where a figure of an agreement comes from: its kind, source, check and note, and the date of a rate or dated value in force from one. */
export function sourcedIn(
  agreement: Agreement,
  v: Pick<SourcedValue, 'kind' | 'source' | 'verified' | 'note'> & { effectiveFrom?: IsoDate; from?: IsoDate },
): Provenance {
  const effectiveFrom = v.effectiveFrom ?? v.from;
  return {
    kind: v.kind,
    agreement: agreement.id,
    source: agreement.sources[v.source],
    ...(effectiveFrom ? { effectiveFrom } : {}),
    verified: v.verified,
    ...(v.note ? { note: v.note } : {}),
  };
}
