/**
 * The number formats of src/i18n/format.ts, written without Intl, side by side with what
 * Intl.NumberFormat gives for CLDR's nb-NO and en-GB (Node's ICU): the same text for every value.
 */
import { describe, expect, it } from 'vitest';
import { formatDate, formatNok, formatNokPrecise, formatNokRange, formatNumber } from '../../src/i18n/format.js';

const intl = (tag: string, o: Intl.NumberFormatOptions) => new Intl.NumberFormat(tag, o);
const nbWhole = intl('nb-NO', { maximumFractionDigits: 0 });
const nbOre = intl('nb-NO', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const enWhole = intl('en-GB', { style: 'currency', currency: 'NOK', minimumFractionDigits: 0, maximumFractionDigits: 0 });
const enOre = intl('en-GB', { style: 'currency', currency: 'NOK', minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Values where rounding, grouping and the sign can go wrong, and a spread of pay-sized ones. */
const edge = [
  0,
  -0,
  0.004,
  0.005,
  0.5,
  1.005,
  1.5,
  2.5,
  -2.5,
  9.995,
  12.345,
  99.995,
  224.255,
  999,
  999.5,
  1000,
  9999,
  10000,
  99999.5,
  437300,
  1234567.891,
  -1234.5,
  -0.004,
  1e-7,
  123456789012,
  1e21,
  2 ** 53 + 2,
];
let seed = 21;
const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
const spread = Array.from({ length: 3000 }, (_, i) => {
  const magnitude = 10 ** Math.floor(random() * 8);
  const v = random() * magnitude;
  const rounded = i % 3 === 0 ? Math.round(v * 1000) / 1000 : v; // many with exactly three decimals: ties at øre
  return i % 7 === 0 ? -rounded : rounded;
});

function expectAsIntl(v: number): void {
  expect(formatNokPrecise(v, 'nb')).toBe(`${nbOre.format(v)}\u00a0kr`);
  expect(formatNokPrecise(v, 'nn')).toBe(`${nbOre.format(v)}\u00a0kr`);
  expect(formatNokPrecise(v, 'en')).toBe(enOre.format(v));
  const whole = Math.round(v) || 0;
  expect(formatNok(v, 'nb')).toBe(`${nbWhole.format(whole)}\u00a0kr`);
  expect(formatNok(v, 'en')).toBe(enWhole.format(whole));
  for (const digits of [0, 1, 2]) {
    expect(formatNumber(v, 'nb', digits)).toBe(intl('nb-NO', { maximumFractionDigits: digits }).format(v));
    expect(formatNumber(v, 'en', digits)).toBe(intl('en-GB', { maximumFractionDigits: digits }).format(v));
  }
}

describe('number formats without Intl', () => {
  it.each(edge)('%d is written as Intl writes it (nb, nn, en)', expectAsIntl);

  it('3 000 random values, a third with exactly three decimals (ties at øre), are written as Intl writes them', () => {
    for (const v of spread) expectAsIntl(v);
  });

  it('writes the figures the widget shows', () => {
    expect(formatNok(437300, 'nb')).toBe('437\u00a0300\u00a0kr');
    expect(formatNok(437300, 'en')).toBe('NOK\u00a0437,300');
    expect(formatNok(-1234.5, 'nb')).toBe('\u22121\u00a0234\u00a0kr');
    expect(formatNok(-0.2, 'nb')).toBe('0\u00a0kr');
    expect(formatNokPrecise(224.255, 'nb')).toBe('224,26\u00a0kr');
    expect(formatNokRange(451_850, 478_610, 'nb')).toBe('451\u00a0800\u00a0kr–478\u00a0700\u00a0kr');
    expect(formatNumber(37.5, 'nb')).toBe('37,5');
    expect(formatNumber(1234.56, 'en')).toBe('1,234.6');
  });

  it('dates as 1.7.2024 and 1 July 2024; text that is not a date as it is', () => {
    expect(formatDate('2024-07-01', 'nb')).toBe('1.7.2024');
    expect(formatDate('2024-07-01', 'en')).toBe('1 July 2024');
    const en = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    for (let m = 1; m <= 12; m++) expect(formatDate(`2026-${m}-15`, 'en')).toBe(en.format(Date.UTC(2026, m - 1, 15)));
    expect(formatDate('2024-13-01', 'en')).toBe('2024-13-01');
    expect(formatDate('soon', 'nb')).toBe('soon');
  });
});
