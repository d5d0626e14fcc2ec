/**
 * parseUserNumber (src/state/number-text.ts): number text as a person types it, as the number
 * fields and the scenario attributes read it. Also re-exported by src/i18n/format.ts for the UI.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNok, formatNumber, parseUserNumber as fromFormat } from '../../src/i18n/format.js';
import { attributeValue } from '../../src/state/attributes.js';
import { parseUserNumber } from '../../src/state/number-text.js';

describe('parseUserNumber', () => {
  it.each([
    ['437300', 437300],
    ['  42 ', 42],
    ['0', 0],
    ['-3', -3],
    ['+7', 7],
    // Thousands separators: space, no-break space (U+00A0), narrow no-break space (U+202F).
    ['437 300', 437300],
    ['437\u00a0300', 437300],
    ['1\u202f000\u202f000', 1000000],
    // Decimal mark: comma or point; a leading or trailing mark alone is fine.
    ['2,5', 2.5],
    ['2.5', 2.5],
    ['1 000,50', 1000.5],
    [',5', 0.5],
    ['5.', 5],
    // A unit after the number.
    ['437 300 kr', 437300],
    ['437300kr', 437300],
    ['437 300 KR', 437300],
    ['437 300 NOK', 437300],
    ['80 %', 80],
    ['80%', 80],
    ['2,5 %', 2.5],
  ])('reads %j as %d', (text, value) => {
    expect(parseUserNumber(text)).toBe(value);
  });

  it.each([
    [''],
    ['   '],
    ['\u00a0'],
    ['kr'],
    ['%'],
    ['abc'],
    ['12abc'],
    ['1.2.3'],
    ['1,2,3'],
    ['1,000.5'],
    ['kr 100'],
    ['100 kr kr'],
    ['--1'],
    ['1e3'],
    ['0x10'],
    ['Infinity'],
    ['.'],
    ['-'],
  ])('%j is not a number: NaN', (text) => {
    expect(parseUserNumber(text)).toBeNaN();
  });

  it('reads back what the UI shows in bokmål/nynorsk (nb-NO grouping with no-break spaces, comma decimals)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 9 }), (whole, tenth) => {
        const x = whole + tenth / 10;
        expect(parseUserNumber(formatNumber(x, 'nb'))).toBeCloseTo(x, 9);
        expect(parseUserNumber(formatNumber(x, 'nn'))).toBeCloseTo(x, 9);
        expect(parseUserNumber(formatNok(whole, 'nb'))).toBe(whole);
      }),
    );
  });

  it('is the function src/i18n/format.ts gives the UI', () => {
    expect(fromFormat).toBe(parseUserNumber);
  });

  it('scenario attributes read number text with it, and pass other text on for the model to report', () => {
    expect(attributeValue('years', '12')).toBe(12);
    expect(attributeValue('position', ' 80 % ')).toBe(80);
    expect(attributeValue('overtime', '1\u00a0000')).toBe(1000);
    expect(attributeValue('growth', '2,5')).toBe(2.5);
    expect(attributeValue('age', '')).toBe('');
    expect(attributeValue('years', 'ti')).toBe('ti');
    expect(attributeValue('years', null)).toBeUndefined();
  });
});
