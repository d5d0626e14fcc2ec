import { describe, expect, it } from 'vitest';
import { compare, ladder } from './helpers.js';
import {
  COMPARISON_COLUMNS,
  comparisonCsv,
  csvText,
  ESTIMATE_COLUMNS,
  LADDER_COLUMNS,
  ladderCsv,
  type CsvLabels,
} from '../../src/state/index.js';

const NB: CsvLabels = {
  years: 'År',
  tariffMinimum: 'Garantilønn',
  grossAnnual: 'Brutto per år',
  grossMonthly: 'Brutto per måned',
  hourly: 'Timelønn',
  shiftPay: 'Tillegg for ubekvem arbeidstid',
  overtimePay: 'Overtid',
  holidayPay: 'Feriepenger',
  pensionContribution: 'Pensjonstrekk',
  tax: 'Skatt',
  netAnnualEstimate: 'Netto per år (anslag)',
  studyCost: 'Studiekostnad',
  value: 'Brutto',
  difference: 'Forskjell',
  cumulativeDifference: 'Samlet forskjell',
  estimateLow: 'Anslag lavt',
  estimateHigh: 'Anslag høyt',
};

/** Rows without the BOM and the final line end, split into cells (no quoted separators here). */
const rowsOf = (csv: string, sep = ';'): string[][] =>
  csv
    .slice(1)
    .split('\r\n')
    .slice(0, -1)
    .map((r) => r.split(sep));

describe('csv: ladder', () => {
  it('starts with a BOM, uses CRLF and ends with a line end', () => {
    const csv = ladderCsv(ladder({ horizon: 2 }), NB);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('has a header row from the labels, in the order of LADDER_COLUMNS, then the estimate columns', () => {
    const [header] = rowsOf(ladderCsv(ladder({ horizon: 2 }), NB));
    expect(header).toEqual([...LADDER_COLUMNS, ...ESTIMATE_COLUMNS].map((id) => NB[id]));
    expect(header[0]).toBe('År');
  });

  it('falls back to the column id for a missing label', () => {
    const [header] = rowsOf(ladderCsv(ladder({ horizon: 1 }), {}));
    expect(header).toEqual([...LADDER_COLUMNS, ...ESTIMATE_COLUMNS]);
  });

  it('writes exact, unformatted rows for the KS default', () => {
    const rows = rowsOf(ladderCsv(ladder({ horizon: 2 }), NB));
    expect(rows).toHaveLength(4);
    // The estimate: 437 300 + 14 500, and (437 300 + 21 200) × 1.044 (the KS rounds of 2025 and 2026).
    expect(rows[1]).toEqual([
      '0',
      '437300',
      '437300',
      '36442',
      '224.26',
      '0',
      '0',
      '52476',
      '8746',
      '87591',
      '340963',
      '0',
      '451800',
      '478674',
    ]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['0', '1', '2']);
  });

  it('scales the tariff minimum by the position size and rounds to whole kroner', () => {
    const r = ladder({ horizon: 1, positionPercent: 62.5 });
    const row = rowsOf(ladderCsv(r, NB))[1];
    expect(row[1]).toBe('273313'); // 437300 × 0.625 = 273312.5
    expect(row[2]).toBe(String(Math.round(r.rows[0].grossAnnual)));
    expect(row[4]).toBe(r.rows[0].hourly.toFixed(2));
  });

  it('leaves the pension contribution empty when it is not known', () => {
    const r = ladder({ agreement: 'legekontor', horizon: 1 });
    expect(r.rows[0].pensionContribution).toBeNull();
    expect(rowsOf(ladderCsv(r, NB))[1][8]).toBe('');
  });

  it('has no estimate columns for the tables of a given date, and leaves the high bound empty where none is published', () => {
    const dated = rowsOf(ladderCsv(ladder({ horizon: 1, tariffDate: '2024-06-01' }), NB));
    expect(dated[0]).toEqual(LADDER_COLUMNS.map((id) => NB[id]));
    const r = ladder({ horizon: 1 });
    const open = { ...r, rows: r.rows.map((row) => ({ ...row, estimate: row.estimate && { ...row.estimate, high: null } })) };
    expect(rowsOf(ladderCsv(open, NB))[1].slice(-2)).toEqual(['451800', '']);
  });

  it('writes study costs in the year before the education', () => {
    const r = ladder({
      horizon: 4,
      events: [{ type: 'education', year: 3, education: 'fagskole', studyCost: 30000, monthsWithoutPay: 0 }],
    });
    expect(rowsOf(ladderCsv(r, NB)).map((row) => row[11])).toEqual(['Studiekostnad', '0', '0', '30000', '0', '0']);
  });

  it('separator `,` and decimal comma on request', () => {
    const csv = ladderCsv(ladder({ horizon: 1 }), NB, { separator: ',', decimal: ',' });
    expect(csv.split('\r\n')[1]).toBe('0,437300,437300,36442,"224,26",0,0,52476,8746,87591,340963,0,451800,478674');
    expect(ladderCsv(ladder({ horizon: 1 }), NB, { decimal: ',' }).split('\r\n')[1]).toContain(';224,26;');
  });
});

describe('csv: quoting and injection', () => {
  it('quotes fields with separators, quotes and line breaks (RFC 4180)', () => {
    expect(csvText('plain')).toBe('plain');
    expect(csvText('a;b')).toBe('"a;b"');
    expect(csvText('a,b')).toBe('"a,b"');
    expect(csvText('say "hi"')).toBe('"say ""hi"""');
    expect(csvText('two\nlines')).toBe('"two\nlines"');
    expect(csvText('cr\rlf')).toBe('"cr\rlf"');
    expect(csvText('æøå ÆØÅ')).toBe('æøå ÆØÅ');
  });

  it('puts a quote mark before text that a spreadsheet would run as a formula', () => {
    expect(csvText('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvText('+1')).toBe("'+1");
    expect(csvText('-1')).toBe("'-1");
    expect(csvText('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvText('\t=1')).toBe("'\t=1");
    expect(csvText('a=1')).toBe('a=1');
  });

  it('guards labels too, since they come from outside', () => {
    const [header] = rowsOf(ladderCsv(ladder({ horizon: 1 }), { ...NB, years: '=1+1' }));
    expect(header[0]).toBe("'=1+1");
  });
});

describe('csv: comparison', () => {
  const result = compare({ horizon: 3 }, { education: 'fagskole', horizon: 2 }, { agreement: 'spekter', horizon: 5 });

  it('has years, then value, difference and cumulative difference per scenario, and its estimate where it has one', () => {
    expect([...COMPARISON_COLUMNS]).toEqual(['years', 'value', 'difference', 'cumulativeDifference']);
    const [header] = rowsOf(comparisonCsv(result, ['Kommune', 'Fagskole', 'Sykehus'], NB));
    expect(header).toEqual([
      'År',
      'Kommune: Brutto',
      'Kommune: Forskjell',
      'Kommune: Samlet forskjell',
      'Kommune: Anslag lavt',
      'Kommune: Anslag høyt',
      'Fagskole: Brutto',
      'Fagskole: Forskjell',
      'Fagskole: Samlet forskjell',
      'Fagskole: Anslag lavt',
      'Fagskole: Anslag høyt',
      // No pay round after the newest Spekter table is recorded: no estimate.
      'Sykehus: Brutto',
      'Sykehus: Forskjell',
      'Sykehus: Samlet forskjell',
    ]);
  });

  it('writes one row per compared year, rounded, negatives as numbers', () => {
    const rows = rowsOf(comparisonCsv(result, ['Kommune', 'Fagskole', 'Sykehus'], NB)).slice(1);
    expect(rows).toHaveLength(result.years.length);
    expect(rows.map((r) => r[0])).toEqual(['0', '1', '2']);
    const est = (i: number, years: number) => {
      const e = result.ladders[i].rows[years].estimate!;
      return [e.low, e.high!].map((v) => String(Math.round(v)));
    };
    result.years.forEach((y, k) => {
      expect(rows[k]).toEqual([
        String(y.years),
        ...[0, 1].flatMap((i) => [
          ...[y.values[i], y.diffs[i], y.cumulative[i]].map((v) => String(Math.round(v) || 0)),
          ...est(i, y.years),
        ]),
        ...[y.values[2], y.diffs[2], y.cumulative[2]].map((v) => String(Math.round(v) || 0)),
      ]);
    });
    expect(rows[0].slice(1, 6)).toEqual(['437300', '0', '0', '451800', '478674']);
    expect(rows[0][7]).toBe('22000');
    expect(rows[1][8]).toBe('44000');
    // Spekter's tariff minimum is lower: a negative difference, written as a plain number.
    expect(rows[0][12]).toBe('-1300');
  });

  it('guards and quotes names, numbers missing names, and lets the UI word the headers', () => {
    const plain = compare(
      { horizon: 3, tariffDate: '2024-06-01' },
      { education: 'fagskole', horizon: 2, tariffDate: '2024-06-01' },
      { agreement: 'spekter', horizon: 5 },
    );
    const header = comparisonCsv(plain, ['=cmd', 'Fag "skole"'], NB).split('\r\n')[0];
    expect(header).toBe(
      '\uFEFFÅr;' +
        "'=cmd: Brutto;'=cmd: Forskjell;'=cmd: Samlet forskjell;" +
        '"Fag ""skole"": Brutto";"Fag ""skole"": Forskjell";"Fag ""skole"": Samlet forskjell";' +
        '3: Brutto;3: Forskjell;3: Samlet forskjell',
    );
    const custom = comparisonCsv(plain, ['A', 'B', 'C'], NB, { separator: ',', scenarioHeader: (s, c) => `${c} (${s})` });
    expect(custom.split('\r\n')[0]).toBe(
      '\uFEFFÅr,Brutto (A),Forskjell (A),Samlet forskjell (A),Brutto (B),Forskjell (B),Samlet forskjell (B),Brutto (C),Forskjell (C),Samlet forskjell (C)',
    );
  });
});
