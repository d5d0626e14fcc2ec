/**
 * Estimate past the newest table: what a tariff minimum has probably become after the pay rounds
 * that took effect after the table, as a range built only from what is published about those
 * rounds (`Agreement.payRounds`).
 *
 * The rule, per round, in order of date, starting from the table's amount A:
 * - low bound: + the published minimum rise for the pay group, else for all groups, in kroner,
 *   or the published minimum in % of the pay where that is larger. No published minimum: + 0
 *   (a garantilønn is not lowered in a pay round).
 * - high bound: + the published maximum rise for the group, else for all groups; where no maximum
 *   in kroner is published, + the round's frame (ramme) in % of the running high bound. A frame is
 *   the total cost of a round and not a cap for one group: a bound built on it is a rough guide,
 *   and the UI says so. Neither published: no high bound (`null`).
 *
 * A round counts once it has taken effect by `today` and only while no table of that date or later
 * is in the data: an estimate ends by itself when the round's table is added.
 */
import type { Agreement, IsoDate, PayRound, RiseRange } from '../dataset-types.js';
import type { Provenance, ResolvedGroup, ResolvedStep } from '../tables.js';

/** How one bound of one round was found. */
export type RiseBasis =
  /** The published rise for this pay group. */
  | 'group'
  /** The published rise for all groups. */
  | 'general'
  /** A published rise in % of the pay (larger than the kroner minimum here). */
  | 'percent'
  /** The round's frame in %: a rough guide. */
  | 'frame'
  /** Nothing published for this bound: + 0 kr on the low side. */
  | 'none';

export interface EstimateRound {
  effectiveFrom: IsoDate;
  /** Kroner added to the low bound by this round (full time, at the step). */
  lowAdd: number;
  lowBasis: RiseBasis;
  /** Kroner added to the high bound by this round; `null`: no published maximum or frame. */
  highAdd: number | null;
  highBasis: RiseBasis | null;
  /** The published figures the bounds were made from (for the rule in words). */
  rise: RiseRange | null;
  framePercent: number | null;
  /** Where the round's figures come from: its source with the quoted line, and any further sources as `inputs`. */
  provenance: Provenance;
}

export interface StepEstimate {
  /** The tariff minimum of the table (full time). */
  from: number;
  /** The estimated tariff minimum, low and high bounds (full time). */
  low: number;
  high: number | null;
  rounds: EstimateRound[];
}

/** The rounds after `tableDate` that have taken effect by `today`, oldest first. */
export function roundsAfter(agreement: Agreement, tableDate: IsoDate, today: IsoDate): PayRound[] {
  return (agreement.payRounds ?? [])
    .filter((r) => r.effectiveFrom > tableDate && r.effectiveFrom <= today)
    .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1));
}

/**
 * The estimated range for one step amount of `group` after `rounds`. `null` when there are no
 * rounds. `agreement` is the one whose tables (and so rounds) apply.
 */
export function estimateStep(agreement: Agreement, group: string, amount: number, rounds: readonly PayRound[]): StepEstimate | null {
  if (!rounds.length) return null;
  let low = amount;
  let high: number | null = amount;
  const out: EstimateRound[] = [];
  for (const round of rounds) {
    const groupRise = round.groups?.[group];
    const rise = groupRise ?? round.rise ?? null;
    const scope: RiseBasis = groupRise ? 'group' : 'general';

    let lowAdd = 0;
    let lowBasis: RiseBasis = 'none';
    if (rise?.minNok !== undefined) {
      lowAdd = rise.minNok;
      lowBasis = scope;
    }
    if (rise?.minPercent !== undefined && (low * rise.minPercent) / 100 > lowAdd) {
      lowAdd = (low * rise.minPercent) / 100;
      lowBasis = 'percent';
    }

    let highAdd: number | null = null;
    let highBasis: RiseBasis | null = null;
    if (high !== null) {
      if (rise?.maxNok !== undefined) {
        highAdd = rise.maxNok;
        highBasis = scope;
      } else if (round.framePercent !== undefined) {
        highAdd = (high * round.framePercent) / 100;
        highBasis = 'frame';
      }
    }

    low += lowAdd;
    high = high === null || highAdd === null ? null : high + highAdd;
    // A published range is never narrower than its own minimum: keep high ≥ low.
    if (high !== null && high < low) {
      highAdd = (highAdd ?? 0) + (low - high);
      high = low;
    }
    const cited = (source: string, quote: string): Provenance => ({
      kind: 'published',
      agreement: agreement.id,
      effectiveFrom: round.effectiveFrom,
      verified: true,
      ...(agreement.sources[source] ? { source: agreement.sources[source] } : {}),
      ...(quote ? { quote } : {}),
    });
    const provenance = cited(round.source, round.quote);
    if (round.note) provenance.note = round.note;
    if (round.otherSources?.length) provenance.inputs = round.otherSources.map((o) => cited(o.source, o.quote));
    out.push({
      effectiveFrom: round.effectiveFrom,
      lowAdd,
      lowBasis,
      highAdd,
      highBasis,
      rise,
      framePercent: round.framePercent ?? null,
      provenance,
    });
  }
  return { from: amount, low, high, rounds: out };
}

/**
 * The pay rounds that take a step from its table to today: those after the step's table that have
 * taken effect. A step from an older table needs a round for every newer table of its group up to
 * the newest (the rises in between); where one is not recorded, `{ missing: date }` names that table.
 */
export function roundsSince(owner: Agreement, group: ResolvedGroup, step: ResolvedStep, today: IsoDate): PayRound[] | { missing: IsoDate } {
  const rounds = roundsAfter(owner, step.effectiveFrom, today);
  let after = step.effectiveFrom;
  for (const table of owner.tables ?? []) {
    if (table.effectiveFrom <= step.effectiveFrom || table.effectiveFrom > group.effectiveFrom || !table.groups[group.group]) continue;
    if (!rounds.some((r) => r.effectiveFrom > after && r.effectiveFrom <= table.effectiveFrom)) return { missing: table.effectiveFrom };
    after = table.effectiveFrom;
  }
  return rounds;
}
