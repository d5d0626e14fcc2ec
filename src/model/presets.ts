/**
 * Example working patterns for the shift inputs. These are examples a user starts from, not
 * tariff figures: hours a week of each kind, averaged over the working weeks of a rota.
 */
import type { Schedule, ShiftPattern } from './scenario.js';

export type ShiftPresetId = 'day' | 'twoShift' | 'threeShift';

export interface ShiftPreset {
  id: ShiftPresetId;
  schedule: Schedule;
  shifts: ShiftPattern;
}

export const SHIFT_PRESETS: readonly ShiftPreset[] = [
  { id: 'day', schedule: 'day', shifts: { evening: 0, night: 0, weekend: 0, holiday: 0 } },
  // Day and evening shifts, every third weekend: ~8 h evening, ~5 h weekend a week on average.
  { id: 'twoShift', schedule: 'rotating', shifts: { evening: 8, night: 0, weekend: 5, holiday: 0 } },
  // Day, evening and night shifts, every third weekend.
  { id: 'threeShift', schedule: 'rotating', shifts: { evening: 6, night: 6, weekend: 5, holiday: 0 } },
];

/** The preset the pattern matches, or `null` for a custom pattern. */
export function presetOf(schedule: Schedule, shifts: ShiftPattern): ShiftPresetId | null {
  const p = SHIFT_PRESETS.find(
    (p) => p.schedule === schedule && (Object.keys(p.shifts) as Array<keyof ShiftPattern>).every((k) => p.shifts[k] === shifts[k]),
  );
  return p?.id ?? null;
}
