/**
 * Example working patterns for the shift inputs. These are examples a user starts from, not
 * tariff figures: hours a week of each kind, averaged over the working weeks of a rota.
 */
import type { ScenarioInput, Schedule, ShiftPattern } from './scenario.js';

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

function presetScenario(id: ShiftPresetId): ScenarioInput {
  const p = SHIFT_PRESETS.find((x) => x.id === id)!;
  return { schedule: p.schedule, shifts: { ...p.shifts } };
}

export type QuickComparisonId = 'workplace' | 'fagskole' | 'partTime' | 'shifts';

/**
 * The common questions a counsellor gets, as ready comparisons. `label` is a message id the UI
 * translates; scenarios differ from the defaults only in what the question is about.
 */
export const QUICK_COMPARISONS: Readonly<Record<QuickComparisonId, ReadonlyArray<{ label: string; scenario: ScenarioInput }>>> = {
  workplace: [
    { label: 'agreement.ks', scenario: { agreement: 'ks' } },
    { label: 'agreement.spekter', scenario: { agreement: 'spekter' } },
    { label: 'agreement.legekontor', scenario: { agreement: 'legekontor' } },
  ],
  // A full-time fagskole year after one year of work: ten months without pay, no tuition
  // (public fagskoler charge none); the user can change both.
  fagskole: [
    { label: 'compare.name.withoutFagskole', scenario: {} },
    {
      label: 'compare.name.withFagskole',
      scenario: { events: [{ type: 'education', year: 2, education: 'fagskole', studyCost: 0, monthsWithoutPay: 10 }] },
    },
  ],
  partTime: [
    { label: 'compare.name.fullTime', scenario: { positionPercent: 100 } },
    { label: 'compare.name.partTime80', scenario: { positionPercent: 80 } },
  ],
  shifts: [
    { label: 'preset.day', scenario: { schedule: 'day' } },
    { label: 'compare.name.threeShift', scenario: presetScenario('threeShift') },
  ],
};
