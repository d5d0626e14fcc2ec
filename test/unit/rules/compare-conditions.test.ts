/** Working conditions side by side (src/model/rules/compare-conditions.ts): each scenario's term, and whether they differ. */
import { describe, expect, it } from 'vitest';
import { compareConditions, defaultDataset, type AgreementId, type TermId } from '../../../src/model/index.js';

// Golden values from the sources in data/ (pay-data.md §3, data/rules/conditions.json): KS 5 weeks
// (nho-feriepenger), the law 25 working days (finansnorge-ferie); KS 12 %, the law 10.2 % holiday pay
// (nho-feriepenger); KS overtime 50 %, the law 40 % (regelhjelp-overtid); KS and Spekter 37.5 h.
describe('compareConditions', () => {
  it.each<[AgreementId, AgreementId, TermId, unknown, unknown, boolean]>([
    ['ks', 'private', 'vacation', 5, 25, true],
    ['ks', 'private', 'holidayPayPercent', 12, 10.2, true],
    ['ks', 'private', 'overtimePercent', 50, 40, true],
    ['ks', 'spekter', 'weeklyHours', 37.5, 37.5, false],
    ['ks', 'ks', 'noticePeriod', 3, 3, false],
  ])('%s beside %s: %s %s / %s, differs %s', (a, b, id, first, second, differs) => {
    const r = compareConditions(
      [
        { agreement: a, tariffDate: '2024-07-01' },
        { agreement: b, tariffDate: '2024-07-01' },
      ],
      defaultDataset,
    );
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const row = r.rows.find((x) => x.id === id)!;
    expect(row.terms.map((t) => t.value)).toEqual([first, second]);
    expect(row.differs).toBe(differs);
  });

  it.each<[string, unknown]>([
    ['an empty list', []],
    ['not a list', 'ks'],
  ])('%s: a typed error, never a throw', (_, input) => {
    expect(compareConditions(input as never, defaultDataset)).toEqual({
      ok: false,
      errors: [{ index: 0, errors: [{ field: '', code: 'invalidType' }] }],
    });
  });
});
