import { describe, expect, it } from 'vitest';
import { defaultDataset } from '../../src/model/default-dataset.js';
import type { GroupTable, PayTable } from '../../src/model/dataset-types.js';
import { golden, type GoldenCell } from './golden-tables.js';

type TableAgreement = GoldenCell['agreement'];
const TABLE_AGREEMENTS: TableAgreement[] = ['ks', 'spekter', 'nho481', 'virke-legesentre', 'virke-huk'];

function agreementOf(agreement: TableAgreement) {
  const a = defaultDataset.agreements[agreement];
  if (!a) throw new Error(`${agreement} is not in the dataset`);
  return a;
}

function tablesOf(agreement: TableAgreement): PayTable[] {
  const tables = agreementOf(agreement).tables;
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
            expect(agreementOf(agreement).sources).toHaveProperty([rule.source]);
            count++;
          }
        }
      }
    }
    // KS: fagarbeider 2024 (4), fagskole 2023 (7) and 2024 (4), høyskole 2023 (2: the 2 and 4 year
    // steps NSF does not print), ufaglært 2023 (7). Virke legesentre 2020: 4 groups × the 0-year step.
    expect(count).toBe(28);
  });

  it('unknown cells stay unknown: KS 2024 høyskole and ufaglært steps 2–16, Virke HUK 2024 kategori A 6–16', () => {
    const nulls = golden.filter((g) => g.amount === null).map(key);
    expect(nulls).toEqual([
      ...['hoyskole', 'ufaglaert'].flatMap((group) => [2, 4, 6, 8, 10, 16].map((years) => `ks ${group} 2024-05-01 ${years}`)),
      ...[6, 8, 10, 16].map((years) => `virke-huk kategori-a 2024-07-01 ${years}`),
    ]);
  });

  it('Spekter 2023: groups 1–4 from 1.5.2023 (three union sources), the 16-year step from 1.10.2023', () => {
    const spekter = agreementOf('spekter');
    const dates = tablesOf('spekter').map((t) => t.effectiveFrom);
    expect(dates).toEqual(['2021-07-01', '2021-08-01', '2022-08-01', '2023-05-01', '2023-10-01', '2024-07-01']);
    const t2023 = tablesOf('spekter').find((t) => t.effectiveFrom === '2023-05-01')!;
    expect(Object.keys(t2023.groups)).toEqual(['gruppe-1', 'gruppe-3', 'gruppe-4']);
    for (const id of ['delta-omrade-10-2023', 'abcnyheter-spekter-2023', 'fo-spekter-2023']) expect(spekter.sources).toHaveProperty([id]);
    expect(t2023.groups['gruppe-3'].note).toMatch(/1\.5\.2023/);
    expect(spekter.payRounds).toBeUndefined();
  });
});

describe('pay rounds and Finnmark tax (typed by hand from the research notes)', () => {
  it('KS: 2024 rises 22 000–37 000 kr, frame 5.2 %; 2025 rises 14 500–21 200 kr (3-year group 15 200–21 200), frame 4.4 %; 2026 only a frame of 4.4 %', () => {
    const all = agreementOf('ks').payRounds ?? [];
    // 2024: its table is in the data; the round serves only the steps that table leaves out.
    expect(all[0]).toMatchObject({ effectiveFrom: '2024-05-01', rise: { minNok: 22_000, maxNok: 37_000 }, framePercent: 5.2 });
    expect(all[0].quote).toContain('mellom 22 000 og 37 000 kroner');
    expect(all[0].otherSources?.[0].quote).toContain('ramme for årslønnsveksten på 5,2 prosent');
    expect(all[0].otherSources?.[0].quote).toContain('mellom 22.000 og 37.000 kroner');
    const rounds = all.slice(1);
    expect(rounds.map(({ effectiveFrom, rise, groups, framePercent }) => ({ effectiveFrom, rise, groups, framePercent }))).toEqual([
      {
        effectiveFrom: '2025-05-01',
        rise: { minNok: 14_500, maxNok: 21_200 },
        groups: { hoyskole: { minNok: 15_200, maxNok: 21_200 } },
        framePercent: 4.4,
      },
      { effectiveFrom: '2026-05-01', rise: undefined, groups: undefined, framePercent: 4.4 },
    ]);
    // Every figure in a round is in its quoted lines, as printed.
    expect(rounds[0].quote).toContain('14.500 kroner og 21.200 kroner');
    expect(rounds[0].quote).toContain('ramme på 4,4 prosent');
    expect(rounds[0].otherSources?.[0].quote).toContain('mellom 15 200 og 21 200 kroner');
    expect(rounds[1].quote).toContain('4,4 %');
    expect(rounds[1].note).toMatch(/ikke funnet/);
  });

  it('only KS has pay rounds: none were found with figures for the other agreements', () => {
    for (const id of ['spekter', 'nho481', 'virke-legesentre', 'virke-huk'] as const) expect(agreementOf(id).payRounds).toBeUndefined();
  });

  it('innsatssonen: 18.5 % on ordinary income; finnmarksfradrag 30 000 kr (2025) and 45 000 kr (2026, 2027)', () => {
    const years = defaultDataset.rules.tax.years.map((y) => ({
      year: y.year,
      rate: y.innsatssonen?.ordinaryRate,
      fradrag: y.innsatssonen?.finnmarksfradrag,
    }));
    expect(years).toEqual([
      { year: 2025, rate: 18.5, fradrag: 30_000 },
      { year: 2026, rate: 18.5, fradrag: 45_000 },
      { year: 2027, rate: 18.5, fradrag: 45_000 },
    ]);
    // The zone is called innsatssonen; the old name is mentioned once in the years' notes.
    const notes = defaultDataset.rules.tax.years.map((y) => y.note ?? '');
    for (const note of notes) expect(note).toContain('innsatssonen');
    expect(notes.join(' ').match(/tiltakssonen/g)).toHaveLength(1);
    expect(defaultDataset.rules.tax.sources).toHaveProperty(['regjeringen-innsatssonen-2026']);
  });
});

describe('placements in the private agreements', () => {
  it('every education path is placed, and an assumed placement says so', () => {
    for (const id of ['nho481', 'virke-legesentre', 'virke-huk'] as const) {
      const placement = defaultDataset.occupation.placement[id]!;
      expect(Object.keys(placement).sort()).toEqual(['fagskole', 'helsesekretaer', 'hoyskole', 'none']);
      for (const p of Object.values(placement)) expect(p.note).toBeTruthy();
    }
    const assumed = (id: 'nho481' | 'virke-huk') =>
      Object.entries(defaultDataset.occupation.placement[id]!)
        .filter(([, p]) => p.note?.startsWith('Antakelse'))
        .map(([education]) => education)
        .sort();
    expect(assumed('nho481')).toEqual(['fagskole', 'helsesekretaer', 'hoyskole']);
    expect(assumed('virke-huk')).toEqual(['fagskole']);
  });
});
