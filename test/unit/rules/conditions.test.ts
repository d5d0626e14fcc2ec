/** Working conditions (src/model/rules/conditions.ts), term by term: the agreement's figure, else the law's. */
import { describe, expect, it } from 'vitest';
import { conditionsFor, defaultDataset, type AgreementId, type TermId } from '../../../src/model/index.js';

// Sources: the data's source ids (pay-data.md §3 and data/rules/conditions.json).
describe('conditionsFor', () => {
  it.each<[AgreementId, Record<string, unknown>, TermId, number | string | null, 'agreement' | 'law', string | null]>([
    ['ks', {}, 'weeklyHours', 37.5, 'agreement', 'lovdata-sph-arbeidstid'],
    ['ks', { schedule: 'rotating' }, 'weeklyHours', 35.5, 'agreement', 'lovdata-sph-arbeidstid'],
    ['ks', {}, 'vacation', 5, 'agreement', 'nho-feriepenger'],
    ['private', {}, 'vacation', 25, 'law', 'finansnorge-ferie'],
    ['ks', { age: 35 }, 'holidayPayPercent', 12, 'agreement', 'nho-feriepenger'],
    ['ks', { age: 60 }, 'holidayPayPercent', 14.3, 'agreement', 'nho-feriepenger'],
    ['private', {}, 'holidayPayPercent', 10.2, 'law', 'nho-feriepenger'],
    ['ks', {}, 'overtimePercent', 50, 'agreement', 'regelhjelp-overtid'],
    ['legekontor', {}, 'overtimePercent', 40, 'law', 'regelhjelp-overtid'],
    ['ks', {}, 'pensionEmployeePercent', 2, 'agreement', 'klp-medlemskap'],
    ['legekontor', {}, 'pensionEmployeePercent', null, 'agreement', null],
    ['private', {}, 'sickPay', 'capped6G', 'law', 'arbeidslivet-sykelonn'],
    ['private', {}, 'noticePeriod', 1, 'law', 'aml-15-3'],
    ['ks', {}, 'supplement.evening', 56, 'agreement', 'nsf-troms-finnmark-2023'],
    ['private', {}, 'supplement.evening', 'none', 'law', null],
  ])('%s %o: %s → %s (%s)', (agreement, scenario, id, value, basis, source) => {
    const r = conditionsFor({ agreement, tariffDate: '2024-07-01', ...scenario }, defaultDataset);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const term = r.terms.find((t) => t.id === id)!;
    if (typeof value === 'number') expect(term.value).toBeCloseTo(value, 9);
    else expect(term.value).toBe(value);
    expect(term.basis).toBe(basis);
    const sources = {
      ...defaultDataset.rules.conditions?.sources,
      ...defaultDataset.rules.holidayPay.sources,
      ...defaultDataset.agreements[agreement]!.sources,
    };
    expect(term.provenance.source?.url).toBe(source === null ? undefined : sources[source].url);
  });
});
