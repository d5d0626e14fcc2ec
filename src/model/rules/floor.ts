/**
 * The floor of an estimate: a minimum pay does not fall as ansiennitet grows. A step keeps at
 * least the low bound of a lower step of its group estimated to the same date (which may come from
 * a newer table, with rises the older step's own bound cannot count).
 */
import type { IsoDate } from '../dataset-types.js';
import type { StepEstimate } from './estimate.js';

/** The highest low bound of today's estimate so far in a pay group, and the step it belongs to. */
export interface Floor {
  step: number;
  low: number;
  asOf: IsoDate;
}

/**
 * Raises `e.low` to the group's floor where that is higher (never above `e.high`) and returns the
 * lower step's years then; else records this step as the floor where it is the new highest.
 * `floors` is per ladder, filled in order of years.
 */
export function applyFloor(floors: Map<string, Floor>, group: string, years: number, e: StepEstimate): number | undefined {
  const asOf = e.rounds[e.rounds.length - 1].effectiveFrom;
  const floor = floors.get(group);
  if (floor && floor.asOf === asOf && floor.low > e.low && (e.high === null || floor.low <= e.high)) {
    e.low = floor.low;
    return floor.step;
  }
  if (!floor || floor.asOf !== asOf || e.low > floor.low) floors.set(group, { step: years, low: e.low, asOf });
  return undefined;
}
