import { describe, expect, it } from 'vitest';
import { defaultDataset } from '../../src/model/default-dataset.js';
import type { GroupTable, PayTable } from '../../src/model/dataset-types.js';
import { golden } from './golden-tables.js';

type TableAgreement = 'ks' | 'spekter';
const TABLE_AGREEMENTS: TableAgreement[] = ['ks', 'spekter'];

function tablesOf(agreement: TableAgreement): PayTable[] {
  const tables = defaultDataset.agreements[agreement].tables;
  if (!tables) throw new Error(`${agreement} has no tables`);
  return tables;
}

function groupTable(agreement: TableAgreement, effectiveFrom: string, group: string): GroupTable | undefined {
  return tablesOf(agreement).find((t) => t.effectiveFrom === effectiveFrom)?.groups[group];
}

const key = (c: { agreement: string; group: string; effectiveFrom: string; years: number }) =>
  `${c.agreement} ${c.group} ${c.effectiveFrom} ${c.years}`;

describe('golden tables (typed by hand from pay-data.md) against data/', () => {
  it.each(golden.map((g) => [key(g), g] as const))('%s', (_, g) => {
    const table = groupTable(g.agreement, g.effectiveFrom, g.group);
    expect(table, 'group table exists').toBeDefined();
    const stepKey = String(g.years);
    expect(Object.prototype.hasOwnProperty.call(table!.steps, stepKey), 'step exists').toBe(true);
    expect(table!.steps[stepKey]).toBe(g.amount);
    const isDerived = Object.prototype.hasOwnProperty.call(table!.derived ?? {}, stepKey);
    expect(isDerived ? 'derived' : 'published').toBe(g.kind);
  });

  it('has no duplicate golden entries', () => {
    expect(new Set(golden.map(key)).size).toBe(golden.length);
  });

  it('lists every cell of the JSON tables (no untested figure)', () => {
    const goldenKeys = new Set(golden.map(key));
    const jsonKeys: string[] = [];
    for (const agreement of TABLE_AGREEMENTS) {
      for (const table of tablesOf(agreement)) {
        for (const [group, gt] of Object.entries(table.groups)) {
          for (const step of Object.keys(gt.steps)) {
            jsonKeys.push(key({ agreement, group, effectiveFrom: table.effectiveFrom, years: Number(step) }));
          }
        }
      }
    }
    expect(jsonKeys.filter((k) => !goldenKeys.has(k))).toEqual([]);
    expect(jsonKeys.length).toBe(golden.length);
  });

  it('every derived cell is its `from` table cell plus `add`', () => {
    let count = 0;
    for (const agreement of TABLE_AGREEMENTS) {
      for (const table of tablesOf(agreement)) {
        for (const [group, gt] of Object.entries(table.groups)) {
          for (const [step, rule] of Object.entries(gt.derived ?? {})) {
            const from = groupTable(agreement, rule.from, group);
            const base = from?.steps[step];
            expect(typeof base, `${agreement} ${group} ${rule.from} step ${step}`).toBe('number');
            expect(rule.from < table.effectiveFrom).toBe(true);
            expect(gt.steps[step]).toBe((base as number) + rule.add);
            expect(agreement === 'ks' ? defaultDataset.agreements.ks.sources : defaultDataset.agreements.spekter.sources).toHaveProperty([rule.source]);
            count++;
          }
        }
      }
    }
    // KS: fagarbeider 2024 (4), fagskole 2023 (7) and 2024 (4), høyskole 2023 (7), ufaglært 2023 (7).
    expect(count).toBe(29);
  });

  it('unknown cells stay unknown: only KS 2024 høyskole and ufaglært steps 2–16 are null', () => {
    const nulls = golden.filter((g) => g.amount === null).map(key);
    expect(nulls).toEqual(
      ['hoyskole', 'ufaglaert'].flatMap((group) => [2, 4, 6, 8, 10, 16].map((years) => `ks ${group} 2024-05-01 ${years}`)),
    );
  });
});
