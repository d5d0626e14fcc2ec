/** Tariff minimum (src/model/rules/tariff-step.ts): the step at a number of years in the table in force on a date. */
import { describe, expect, it } from 'vitest';
import { defaultDataset, type AgreementId, type Dataset, type EducationId } from '../../../src/model/index.js';
import { NoteList } from '../../../src/model/notes.js';
import { tariffGroup, tariffGroups, tariffStep } from '../../../src/model/rules/tariff-step.js';

// Golden values: the published tables as /work/shared/research/pay-data.md and pay-data-2026.md §2 quote them.
describe('tariffStep', () => {
  it.each<[AgreementId, EducationId, string, number, number, string]>([
    ['ks', 'helsesekretaer', '2020-09-01', 9, 377_700, 'utdanningsforbundet-ks-2020: fagarbeider, 8 years (the step at or below 9)'],
    ['ks', 'helsesekretaer', '2022-05-01', 16, 460_300, 'ks-lonner-utdanning-seg: fagarbeider, 16 years'],
    ['ks', 'helsesekretaer', '2024-05-01', 0, 437_300, 'delta-helsesekretaer-privat-2024: fagarbeider, 0 years'],
    ['ks', 'helsesekretaer', '2024-05-01', 3, 437_300, 'same: 0–4 years give the same garantilønn from 2022'],
    ['ks', 'helsesekretaer', '2024-09-01', 0, 437_300, 'a date after the table: the table in force (2024-05-01)'],
    ['spekter', 'helsesekretaer', '2024-07-01', 5, 441_000, 'delta-omrade-10-2024: stillingsgruppe 3, 4 years'],
    ['spekter', 'none', '2024-07-01', 16, 485_000, 'delta-omrade-10-2024: stillingsgruppe 1, 16 years'],
  ])('%s %s on %s at %i years → %i (%s)', (agreement, education, date, years, amount) => {
    const group = tariffGroup(defaultDataset, agreement, education, date, new NoteList());
    if ('code' in group) throw new Error(JSON.stringify(group));
    expect(tariffStep(group, years).amount).toBe(amount);
  });

  it('an education path the agreement places in no group is an error, not a guess', () => {
    const d = structuredClone<Dataset>(defaultDataset);
    const { fagskole: _, ...others } = d.occupation.placement.ks!;
    d.occupation.placement.ks = others;
    const groups = tariffGroups(
      {
        agreement: 'ks',
        education: 'helsesekretaer',
        events: [{ type: 'education', year: 2, education: 'fagskole', monthsWithoutPay: 0, studyCost: 0 }],
      } as never,
      d,
      '2024-05-01',
      new NoteList(),
    );
    expect(groups).toEqual({ field: 'education', code: 'unknownValue', params: { education: 'fagskole' } });
  });
});
