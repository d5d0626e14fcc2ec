/**
 * What the chart says (src/ui/chart/view-model.ts): its accessible name, the sentence for a year
 * and where the keyboard goes, for the calculator's chart of a ladder of the bundled data.
 */
import { describe, expect, it } from 'vitest';
import { formatNok } from '../../src/i18n/format.js';
import { chartView } from '../../src/ui/calculator/deferred/chart-view.js';
import type { ChartView } from '../../src/ui/chart/looks.js';
import { accessibleName, describeYear, keyTarget, startIndex } from '../../src/ui/chart/view-model.js';
import { ladder } from './helpers.js';
import { defaultDataset, marketPay } from '../../src/model/index.js';

/** The calculator's chart of a ladder, with the defaults a `<pay-ladder-chart>` has for what it leaves out. */
function view(...args: Parameters<typeof chartView>): ChartView & { summary: string } {
  return {
    band: null,
    reference: null,
    currentLabel: '',
    markers: [],
    summary: '',
    xLabel: '',
    yLabel: '',
    yearLabel: 'År',
    ...chartView(...args),
  } as ChartView & {
    summary: string;
  };
}

describe('describeYear', () => {
  it('the year, each line’s amount and the year’s markers, from the model’s ladder', () => {
    const r = ladder({
      yearsExperience: 3,
      events: [{ type: 'education', year: 6, education: 'fagskole', studyCost: 0, monthsWithoutPay: 0 }],
    });
    const v = view(r, 'nb', null);
    const row = r.rows[6];
    const minimum = row.parts.find((p) => p.id === 'tariffMinimum')!.amount;
    const e = row.estimate;
    const band = e
      ? `, Anslag i dag (ikke tariffbeløp) ${e.high === null ? `≥ ${formatNok(e.low, 'nb')}` : `${formatNok(e.low, 'nb')}–${formatNok(e.high, 'nb')}`}`
      : '';
    expect(v.markers).toHaveLength(1);
    expect(describeYear(v, 6)).toBe(
      `År 6: Din brutto årslønn ${formatNok(row.grossAnnual, 'nb')}, Minstelønn etter tariff ${formatNok(minimum, 'nb')}${band}. ${v.markers[0].label}`,
    );
  });

  it('leaves out a missing value, names the current year, and is English with an English view', () => {
    const r = ladder({ yearsExperience: 2 });
    const v = { ...view(r, 'en', null), band: null, currentLabel: 'You are here', yearLabel: 'Year' };
    v.series = [v.series[0], { ...v.series[1], values: v.series[1].values.map(() => null) }];
    expect(describeYear(v, 2)).toBe(`Year 2: ${v.series[0].label} ${formatNok(r.rows[2].grossAnnual, 'en')}. You are here`);
    expect(formatNok(r.rows[2].grossAnnual, 'en')).toMatch(/^NOK\s/);
  });
});

describe('the market reference (SSB)', () => {
  it('a band of the quartiles and a line at the median a year, named in the summary, each year and the tooltip', () => {
    const m = marketPay(defaultDataset)!;
    const v = view(ladder({}), 'nb', m);
    // 43 490 × 12 = 521 880; 47 580 × 12 = 570 960; 45 710 × 12 = 548 520.
    expect(v.reference).toMatchObject({ low: 521_880, high: 570_960, line: 548_520 });
    expect(v.reference!.lineLabel).toBe('Median for helsesekretærer (SSB 2025)');
    expect(v.summary).toContain(`Median for helsesekretærer (SSB 2025): ${formatNok(548_520, 'nb')}`);
    expect(describeYear(v, 0)).toContain(`Median for helsesekretærer (SSB 2025) ${formatNok(548_520, 'nb')}`);
    expect(describeYear(v, 0)).toContain(
      `Midterste halvdel av helsesekretærene (SSB 2025) ${formatNok(521_880, 'nb')}–${formatNok(570_960, 'nb')}`,
    );
  });

  it('switched off (null): no reference and the summary does not mention it', () => {
    const v = view(ladder({}), 'nb', null);
    expect(v.reference).toBeNull();
    expect(v.summary).not.toContain('SSB');
  });
});

describe('accessibleName', () => {
  it('the summary, else the y axis title and the lines', () => {
    const v = view(ladder({}), 'nb', null);
    expect(accessibleName(v)).toBe(v.summary);
    expect(v.summary).toContain(formatNok(ladder({}).rows[0].grossAnnual, 'nb'));
    expect(accessibleName({ ...v, summary: '' })).toBe(['Kroner i året', ...v.series.map((s) => s.label)].join(', '));
    expect(accessibleName({ ...v, summary: '', yLabel: '', series: [] })).toBe('');
  });
});

describe('keyTarget', () => {
  const v = { ...view(ladder({ yearsExperience: 4 }), 'nb', null) };
  const last = v.years.length - 1;

  it('the first ←/→ shows the current year; then one year, five with PageUp/PageDown, the ends with Home/End', () => {
    expect(startIndex(v)).toBe(v.years.indexOf(4));
    expect(keyTarget('ArrowRight', null, v)).toBe(4);
    expect(keyTarget('ArrowLeft', null, v)).toBe(4);
    expect(keyTarget('ArrowRight', 4, v)).toBe(5);
    expect(keyTarget('ArrowLeft', 4, v)).toBe(3);
    expect(keyTarget('PageUp', null, v)).toBe(9);
    expect(keyTarget('PageDown', 9, v)).toBe(4);
    expect(keyTarget('Home', 7, v)).toBe(0);
    expect(keyTarget('End', null, v)).toBe(last);
  });

  it('never past the ends; Escape clears only a year shown; other keys and an empty chart are left alone', () => {
    expect(keyTarget('ArrowLeft', 0, v)).toBe(0);
    expect(keyTarget('PageDown', 2, v)).toBe(0);
    expect(keyTarget('ArrowRight', last, v)).toBe(last);
    expect(keyTarget('PageUp', last - 1, v)).toBe(last);
    expect(keyTarget('Escape', 3, v)).toBe('clear');
    expect(keyTarget('Escape', null, v)).toBeNull();
    expect(keyTarget('a', 3, v)).toBeNull();
    expect(keyTarget('Tab', null, v)).toBeNull();
    expect(keyTarget('End', null, { ...v, years: [] })).toBeNull();
  });

  it('with no current year (or one not drawn), the first key starts at the first year', () => {
    expect(startIndex({ ...v, current: null })).toBe(0);
    expect(keyTarget('ArrowRight', null, { ...v, current: 99 })).toBe(0);
  });
});
