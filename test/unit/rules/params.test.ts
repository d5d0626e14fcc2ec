/** paramAt (src/model/params.ts): the value of a parameter in force on a date. */
import { describe, expect, it } from 'vitest';
import { paramAt, type Param } from '../../../src/model/params.js';

type V = { value: number; source: string };
const plain: Param<V> = { value: 37.5, source: 'a' };
const dated: Param<V> = [
  { from: '2020-01-01', value: 37.5, source: 'a' },
  { from: '2024-01-01', value: 35.5, source: 'b' },
];

describe('paramAt', () => {
  it.each<[string, Param<V>, string, number, string]>([
    ['a plain value holds on every date', plain, '1990-01-01', 37.5, 'a'],
    ['a plain value holds on every date', plain, '2030-01-01', 37.5, 'a'],
    ['before the first date: the first entry (nothing earlier is known)', dated, '2019-06-01', 37.5, 'a'],
    ['on the first date', dated, '2020-01-01', 37.5, 'a'],
    ['the day before a change', dated, '2023-12-31', 37.5, 'a'],
    ['on the day of a change', dated, '2024-01-01', 35.5, 'b'],
    ['after the last date', dated, '2030-01-01', 35.5, 'b'],
  ])('%s (%s)', (_, param, date, value, source) => {
    expect(paramAt(param, date)).toMatchObject({ value, source });
  });
});
