/**
 * Part time (stillingsprosent): fixed pay and its parts are paid in proportion to the size of the
 * position, 1–100 %. Shift and overtime pay follow the hours actually worked instead (shift.ts,
 * overtime.ts), so they are not scaled.
 */

/** The share of a full-time amount that a position of `positionPercent` % is paid. */
export function partTime(fullTime: number, positionPercent: number): number {
  return fullTime * (positionPercent / 100);
}
