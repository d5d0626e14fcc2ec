/** Overtime (src/model/rules/overtime.ts): hours × annual pay × (1 + % / 100) / divisor. */
import { describe, expect, it } from 'vitest';
import { defaultDataset, type AgreementId } from '../../../src/model/index.js';
import { overtimePay, overtimeRule } from '../../../src/model/rules/overtime.js';

describe('overtime', () => {
  // Divisor 1850 (uio-tillegg); 50 % in the public agreements, the law's 40 % elsewhere
  // (regelhjelp-overtid, arbeidsmiljøloven § 10-6 (11)); pay-data.md §3.
  it.each<[AgreementId, number, number, number, string]>([
    ['ks', 60, 437_300, 21_274.054_054, '60 × 437 300 × 1.5 / 1850'],
    ['spekter', 60, 437_300, 21_274.054_054, 'the same rule'],
    ['legekontor', 60, 437_300, 19_855.783_784, '60 × 437 300 × 1.4 / 1850'],
    ['private', 10, 400_000, 3_027.027_027, '10 × 400 000 × 1.4 / 1850'],
    ['ks', 0, 437_300, 0, 'no overtime'],
  ])('%s: %i h on %i kr → %f (%s)', (agreement, hours, pay, expected) => {
    const rule = overtimeRule(defaultDataset.agreements[agreement]!, '2024-05-01');
    expect(overtimePay(hours, pay, rule.factor)).toBeCloseTo(expected, 5);
    expect(rule.provenance.inputs?.map((p) => p.source?.url)).toHaveLength(2);
  });
});
