/** Pension (src/model/rules/pension.ts): the employee's % of fixed and shift pay, for the months paid. */
import { describe, expect, it } from 'vitest';
import { defaultDataset, type AgreementId } from '../../../src/model/index.js';
import { NoteList } from '../../../src/model/notes.js';
import { pensionContribution, pensionRule } from '../../../src/model/rules/pension.js';

describe('pension', () => {
  // 2 %: KLP member contribution (klp-medlemskap, pay-data.md §3); private: OTP, the employee pays 0 (skatteetaten-otp);
  // legekontor: not known (varies).
  it.each<[AgreementId, number | null, string | undefined]>([
    ['ks', 2, 'klp-medlemskap'],
    ['spekter', 2, 'klp-medlemskap'],
    ['private', 0, 'skatteetaten-otp'],
    ['legekontor', null, undefined],
  ])('%s: %s %%', (agreement, percent, source) => {
    const a = defaultDataset.agreements[agreement]!;
    const notes = new NoteList();
    const rule = pensionRule(a, '2024-05-01', notes);
    expect(rule.percent).toBe(percent);
    expect(rule.provenance.source?.url).toBe(source ? a.sources[source].url : undefined);
    expect(notes.list).toEqual(percent === null ? [{ id: 'pensionUnknown', params: { agreement } }] : []);
  });

  it.each([
    ['2 % of 349 840 + 10 528 kr', 349_840 + 10_528, 0, 2, 7_207.36],
    ['half a year unpaid', 349_840 + 10_528, 6, 2, 3_603.68],
    ['0 % (OTP)', 437_300, 0, 0, 0],
  ])('pensionContribution: %s', (_, pay, months, percent, expected) => {
    expect(pensionContribution(pay, months, percent)).toBeCloseTo(expected, 6);
  });

  it('is null when the % is not known', () => {
    expect(pensionContribution(437_300, 0, null)).toBeNull();
  });
});
