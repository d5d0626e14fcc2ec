/**
 * CSV exports of a ladder and of a comparison, for spreadsheets.
 *
 * - UTF-8 with a byte order mark (`\uFEFF` first): without it Excel reads the file as the
 *   system's legacy code page and garbles æøå.
 * - CRLF line ends and RFC 4180 quoting: a field with the separator, `,`, `;`, a quote, CR or LF
 *   is quoted, and quotes inside it are doubled.
 * - The separator is `;` by default. Excel takes the list separator from the system locale; in
 *   Norwegian (and most continental) locales the decimal separator is `,`, so the list separator
 *   is `;`, and a comma-separated file opens with every row in one column. `,` is an option.
 * - Numbers are unformatted: whole kroner (`437300`), hourly pay with 2 decimals and `.` as the
 *   decimal point (`224.26`). `decimal: ','` writes `224,26` for spreadsheets in a Norwegian
 *   locale, which may read `224.26` as text.
 * - Headers come from the caller (`labels`, translated by the UI); a missing label falls back to
 *   the column id. `LADDER_COLUMNS`, `COMPARISON_COLUMNS` and `ESTIMATE_COLUMNS` list the ids to label.
 * - Where a scenario has an estimate of today's pay past the newest table, its two columns follow
 *   (`ESTIMATE_COLUMNS`), so the published figures keep their places.
 * - CSV injection: a text cell starting with `=`, `+`, `-`, `@`, tab or CR would be run as a
 *   formula by spreadsheets; it gets a leading `'`. Only text is guarded (names, labels); numbers
 *   are written as numbers, so a negative difference stays `-1200`.
 */
import type { ComparisonResult, LadderResult, LadderRow } from '../model/index.js';

/** Columns of `ladderCsv`, in order. */
export const LADDER_COLUMNS = [
  'years',
  /** The tariff minimum for the position size (the `tariffMinimum` part). */
  'tariffMinimum',
  'grossAnnual',
  'grossMonthly',
  'hourly',
  'shiftPay',
  'overtimePay',
  'holidayPay',
  /** Empty when not known for the employer. */
  'pensionContribution',
  'tax',
  'netAnnualEstimate',
  'studyCost',
] as const;

/**
 * Columns added to both exports where a ladder has an estimate past the newest table (see
 * `RowEstimate`): the gross pay a year with the low and the high estimated tariff minimum. Empty
 * where there is no estimate or no upper bound; the labels must say it is not a tariff figure.
 */
export const ESTIMATE_COLUMNS = ['estimateLow', 'estimateHigh'] as const;

/**
 * Columns of `comparisonCsv`: `years`, then for each scenario its `value` (the compared metric
 * minus study costs), its `difference` from the first scenario and the `cumulativeDifference`.
 */
export const COMPARISON_COLUMNS = ['years', 'value', 'difference', 'cumulativeDifference'] as const;

export type LadderColumnId = (typeof LADDER_COLUMNS)[number];
export type ComparisonColumnId = (typeof COMPARISON_COLUMNS)[number];
export type EstimateColumnId = (typeof ESTIMATE_COLUMNS)[number];
export type CsvColumnId = LadderColumnId | ComparisonColumnId | EstimateColumnId;

/** Header text per column id. */
export type CsvLabels = Partial<Record<CsvColumnId, string>>;

export interface CsvOptions {
  /** Default `;` (see the file header). */
  separator?: ';' | ',';
  /** Decimal point of hourly pay. Default `.`. */
  decimal?: '.' | ',';
  /** Header of one scenario's comparison column. Default `${scenario}: ${column}`. */
  scenarioHeader?: (scenario: string, column: string) => string;
  /**
   * Lines after the table, after an empty line: a label and its value (e.g. which tax rules the
   * net figures use, and what people in the occupation earn), for a reader of the spreadsheet.
   */
  footer?: ReadonlyArray<readonly [string, string | number]>;
}

export const CSV_BOM = '\uFEFF';
const EOL = '\r\n';

type Cell = { text: string } | number | null;

function kroner(n: number): number {
  return Math.round(n);
}

function formatNumber(n: number, decimals: number, decimal: '.' | ','): string {
  if (!Number.isFinite(n)) return '';
  const text = decimals === 0 ? String(Math.round(n) || 0) : n.toFixed(decimals);
  const clean = /^-0(\.0+)?$/.test(text) ? text.slice(1) : text;
  return decimal === ',' ? clean.replace('.', ',') : clean;
}

/** Text cells: injection guard, then quoting. */
export function csvText(value: string): string {
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  // `;` and `,` are both quoted whatever the separator, so the cell is right with either.
  return /[;,"\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

interface Formatted {
  separator: ';' | ',';
  decimal: '.' | ',';
}

function cellText(cell: Cell, f: Formatted, decimals = 0): string {
  if (cell === null) return '';
  if (typeof cell === 'number') {
    const text = formatNumber(cell, decimals, f.decimal);
    // A decimal comma in a comma-separated file needs quotes.
    return text.includes(f.separator) ? `"${text}"` : text;
  }
  return csvText(cell.text);
}

function csv(rows: string[][], f: Formatted, footer: CsvOptions['footer'] = []): string {
  const after = footer.length
    ? [[], ...footer.map(([k, v]) => [csvText(k), typeof v === 'number' ? cellText(kroner(v), f) : csvText(v)])]
    : [];
  return CSV_BOM + [...rows, ...after].map((r) => r.join(f.separator)).join(EOL) + EOL;
}

function label(labels: CsvLabels, id: CsvColumnId): string {
  const l = labels?.[id];
  return typeof l === 'string' ? l : id;
}

function estimateCells(row: LadderRow | undefined): Cell[] {
  const e = row?.estimate;
  return [e ? kroner(e.low) : null, e && e.high !== null ? kroner(e.high) : null];
}

function tariffPart(row: LadderRow): number {
  return row.parts.find((p) => p.id === 'tariffMinimum')?.amount ?? row.tariffMinimum;
}

/** The ladder, one row per year of experience. */
export function ladderCsv(result: LadderResult, labels: CsvLabels, options: CsvOptions = {}): string {
  const f: Formatted = { separator: options.separator ?? ';', decimal: options.decimal ?? '.' };
  const estimates = result.rows.some((row) => row.estimate);
  const header = [...LADDER_COLUMNS, ...(estimates ? ESTIMATE_COLUMNS : [])].map((id) => csvText(label(labels, id)));
  const body = result.rows.map((row) => {
    const cells: Record<LadderColumnId, Cell> = {
      years: row.years,
      tariffMinimum: kroner(tariffPart(row)),
      grossAnnual: kroner(row.grossAnnual),
      grossMonthly: kroner(row.grossMonthly),
      hourly: row.hourly,
      shiftPay: kroner(row.shiftPay),
      overtimePay: kroner(row.overtimePay),
      holidayPay: kroner(row.holidayPay),
      pensionContribution: row.pensionContribution === null ? null : kroner(row.pensionContribution),
      tax: kroner(row.tax.total),
      netAnnualEstimate: kroner(row.netAnnualEstimate),
      studyCost: kroner(row.studyCost),
    };
    const line = LADDER_COLUMNS.map((id) => cellText(cells[id], f, id === 'hourly' ? 2 : 0));
    return estimates ? [...line, ...estimateCells(row).map((c) => cellText(c, f))] : line;
  });
  return csv([header, ...body], f, options.footer);
}

/**
 * The comparison, one row per compared year. `names[i]` names scenario i (the first is the
 * baseline); a missing name becomes its number.
 */
export function comparisonCsv(result: ComparisonResult, names: string[], labels: CsvLabels, options: CsvOptions = {}): string {
  const f: Formatted = { separator: options.separator ?? ';', decimal: options.decimal ?? '.' };
  const join = options.scenarioHeader ?? ((scenario: string, column: string) => `${scenario}: ${column}`);
  const count = result.ladders.length;
  const nameOf = (i: number): string => (typeof names?.[i] === 'string' && names[i].trim() ? names[i] : String(i + 1));
  const estimates = result.ladders.map((l) => l.rows.some((row) => row.estimate));
  const perScenario = ['value', 'difference', 'cumulativeDifference'] as const;
  const header = [csvText(label(labels, 'years'))];
  for (let i = 0; i < count; i++) {
    for (const id of [...perScenario, ...(estimates[i] ? ESTIMATE_COLUMNS : [])]) header.push(csvText(join(nameOf(i), label(labels, id))));
  }
  const body = result.years.map((y) => {
    const cells = [cellText(y.years, f)];
    for (let i = 0; i < count; i++) {
      cells.push(cellText(kroner(y.values[i]), f), cellText(kroner(y.diffs[i]), f), cellText(kroner(y.cumulative[i]), f));
      if (estimates[i]) cells.push(...estimateCells(result.ladders[i].rows[y.years]).map((c) => cellText(c, f)));
    }
    return cells;
  });
  return csv([header, ...body], f, options.footer);
}
