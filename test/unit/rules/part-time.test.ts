/** Part time (src/model/rules/part-time.ts): fixed pay in proportion to the position. */
import { describe, expect, it } from 'vitest';
import { partTime } from '../../../src/model/rules/part-time.js';

describe('partTime', () => {
  // 437 300 kr: KS fagarbeider from 1.5.2024 (delta-helsesekretaer-privat-2024).
  it.each([
    [437_300, 100, 437_300],
    [437_300, 80, 349_840],
    [437_300, 50, 218_650],
    [437_300, 1, 4_373],
  ])('%i kr at %i %% → %i kr', (fullTime, percent, expected) => {
    expect(partTime(fullTime, percent)).toBeCloseTo(expected, 6);
  });
});
