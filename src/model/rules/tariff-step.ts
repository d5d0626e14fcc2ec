/**
 * Tariff minimum (garantilønn / minstelønn): the pay group each education path is placed in by the
 * agreement whose tables apply, that group's ladder in force on the tariff date (tables.ts), and
 * the step at a number of years of ansiennitet (the highest step at or below them). The notes say
 * where a table leaves steps out or an older table fills them.
 */
import type { AgreementId, Dataset, EducationId, IsoDate } from '../dataset-types.js';
import type { NoteList } from '../notes.js';
import type { Scenario, ScenarioError } from '../scenario.js';
import { groupError } from '../occupation-errors.js';
import { placementFor, resolveGroup, stepAt, type ResolvedGroup, type ResolvedStep } from '../tables.js';

/** The education paths a scenario passes through: the first, then each education event's. */
export function educationPaths(s: Pick<Scenario, 'education' | 'events'>): EducationId[] {
  return [...new Set([s.education, ...s.events.flatMap((e) => (e.type === 'education' ? [e.education] : []))])];
}

/**
 * The pay group of one education path on `asOf`, with the notes about its table; an error when the
 * agreement places the path in no group with a table on that date, or the occupation's group is not known.
 */
export function tariffGroup(
  dataset: Dataset,
  agreement: AgreementId,
  education: EducationId,
  asOf: IsoDate,
  notes: NoteList,
  occupation = 'helsesekretaer',
): ResolvedGroup | ScenarioError {
  const placement = placementFor(dataset, agreement, education, occupation);
  const group = placement && resolveGroup(dataset, agreement, placement.group, asOf);
  if (!group) return groupError(dataset, { agreement, occupation }, education);
  if (group.unknownSteps) {
    const below = stepAt(group, group.unknownSteps[0]).years;
    const { groupName, effectiveFrom, unknownSteps } = group;
    notes.add({
      id: 'stepsNotPublished',
      params: { group: groupName, date: effectiveFrom, steps: unknownSteps.join(', '), from: unknownSteps[0], below },
    });
  }
  for (const used of group.olderFrom ?? []) {
    const steps = group.steps.filter((step) => step.effectiveFrom === used).map((step) => step.years);
    notes.add({ id: 'tableFallback', params: { group: group.groupName, requested: group.effectiveFrom, used, steps: steps.join(', ') } });
  }
  if (placement.localSupplement) notes.add({ id: 'localEducationSupplement', params: { agreement } });
  return group;
}

/** The pay groups of every education path of the scenario, resolved once; the first error if one has none. */
export function tariffGroups(
  s: Scenario,
  dataset: Dataset,
  asOf: IsoDate,
  notes: NoteList,
): Map<EducationId, ResolvedGroup> | ScenarioError {
  const groups = new Map<EducationId, ResolvedGroup>();
  for (const education of educationPaths(s)) {
    const group = tariffGroup(dataset, s.agreement, education, asOf, notes, s.occupation);
    if ('code' in group) return group;
    groups.set(education, group);
  }
  return groups;
}

/** The tariff minimum at `years` of ansiennitet: the group's highest step at or below them. */
export function tariffStep(group: ResolvedGroup, years: number): ResolvedStep {
  return stepAt(group, years);
}
