/**
 * What the comparison shows (src/ui/compare/view-model.ts), for comparisons of the bundled data:
 * every figure is checked against the model's own result (compareScenarios), not against numbers
 * typed in here.
 */
import { describe, expect, it } from 'vitest';
import { compareScenarios, defaultDataset, type CompareOptions, type ComparisonResult } from '../../src/model/index.js';
import { formatDate, formatNok, formatNumber } from '../../src/i18n/format.js';
import { loadLocale, withLocale } from '../../src/i18n/localize.js';
import { educationName } from '../../src/i18n/labels/index.js';
import { newCard, quickCards, withGrowth, type Card } from '../../src/ui/compare/cards.js';
import { compareView, displayName, displayNames, findings, hasGrowth, sources, tableDates } from '../../src/ui/compare/view-model.js';
import { TODAY } from './helpers.js';

function run(cards: readonly Card[], options: CompareOptions = {}): ComparisonResult {
  const r = compareScenarios(
    cards.map((c) => c.scenario),
    defaultDataset,
    { today: TODAY, ...options },
  );
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r;
}

describe('compareView', () => {
  const cards = quickCards('fagskole', defaultDataset);
  const r = run(cards);
  const v = compareView(r, cards, false, 'nb');

  it('names the cards by their quick comparison', () => {
    expect(v.names).toEqual(['Uten fagskole', 'Med fagskole']);
    expect(displayNames(cards)).toEqual(v.names);
  });

  it('draws every year of the first ladder: the metric minus study costs, the same values the model compares', () => {
    expect(v.years).toEqual(r.ladders[0].rows.map((row) => row.years));
    expect(v.series.map((s) => [s.id, s.label, s.kind])).toEqual([
      ['s0', 'Uten fagskole', 'total'],
      ['s1', 'Med fagskole', 'total'],
    ]);
    r.ladders.forEach((l, i) => expect(v.series[i].values).toEqual(l.rows.map((row) => row.grossAnnual - row.studyCost)));
    // Where the model compares, the chart shows its figures.
    for (const y of r.years) expect(v.series.map((s) => s.values[y.years])).toEqual(y.values);
    // The year before the fagskole is done costs ten months without pay.
    const year1 = r.ladders[1].rows[1];
    expect(v.series[1].values[1]).toBe(year1.grossAnnual - year1.studyCost);
    expect(v.series[1].values[1]).toBeLessThan(v.series[0].values[1]!);
  });

  it('marks the further education on its year, with the scenario’s name', () => {
    const edu = r.ladders[1].scenario.events[0];
    expect(edu).toMatchObject({ type: 'education', education: 'fagskole' });
    expect(v.markers).toEqual([{ years: edu.year, label: `Med fagskole: ${educationName('fagskole')}` }]);
    expect(v.current).toBe(r.years[0].years);
  });

  it('one finding per scenario after the first: the lifetime difference, and when the education pays off', () => {
    const diff = r.lifetime[1];
    const last = formatNumber(r.years.at(-1)!.years, 'nb');
    const be = r.breakEven[1];
    expect(diff).toBeGreaterThan(0);
    expect(be.status).toBe('paysOff');
    const paysOff = be.status === 'paysOff' ? ` Med fagskole lønner seg etter ${be.afterYears} år.` : '';
    expect(v.findings).toEqual([
      `Med fagskole gir ${formatNok(diff, 'nb')} mer enn Uten fagskole samlet fram til ${last} års erfaring.${paysOff}`,
    ]);
  });

  it('in English when the element is', async () => {
    await loadLocale('en');
    const en = withLocale('en', () => findings(r, ['Without', 'With'], 'en'));
    expect(en).toHaveLength(1);
    expect(en[0]).toContain(formatNok(r.lifetime[1], 'en'));
    expect(en[0]).not.toContain('samlet');
  });

  it('the same scenario twice: "the same", and no break-even', () => {
    const same = [newCard('A', cards[0].scenario), newCard('B', cards[0].scenario)];
    const rs = run(same);
    expect(rs.breakEven[1]).toEqual({ status: 'same' });
    expect(compareView(rs, same, false, 'nb').findings).toEqual([
      `B gir det samme som A fram til ${formatNumber(rs.years.at(-1)!.years, 'nb')} års erfaring.`,
    ]);
  });

  it('after tax, and in today’s kroner with growth: the values the model computes for that metric and kroner', () => {
    const grown = withGrowth(cards, 3, defaultDataset).cards!;
    expect(hasGrowth(cards)).toBe(false);
    expect(hasGrowth(grown)).toBe(true);
    const rn = run(grown, { metric: 'netAnnualEstimate', kroner: 'today' });
    const vn = compareView(rn, grown, true, 'nb');
    rn.ladders.forEach((l, i) =>
      expect(vn.series[i].values).toEqual(l.rows.map((row) => (row.netAnnualEstimate - row.studyCost) / row.growthFactor)),
    );
    for (const y of rn.years) vn.series.forEach((s, i) => expect(s.values[y.years]).toBeCloseTo(y.values[i], 6));
    expect(rn.ladders[0].rows[10].growthFactor).toBeGreaterThan(1);
    // Nominal kroner with the same growth are larger.
    const nominal = compareView(run(grown), grown, false, 'nb');
    expect(nominal.series[0].values[10]).toBeGreaterThan(
      compareView(run(grown, { kroner: 'today' }), grown, true, 'nb').series[0].values[10]!,
    );
  });

  it('estimates, table dates and sources for the printed summary come from the ladders', () => {
    const work = quickCards('workplace', defaultDataset);
    const rw = run(work);
    const vw = compareView(rw, work, false, 'nb');
    expect(vw.estimates).toEqual(
      rw.ladders.flatMap((l, i) => (l.current.estimate ? [{ name: vw.names[i], estimate: l.current.estimate }] : [])),
    );
    expect(vw.names).toEqual(['Kommune', 'Sykehus', 'Legekontor']);
    const dates = tableDates(rw, 'nb');
    expect(dates).toHaveLength(new Set(rw.ladders.map((l) => `${l.agreement} ${l.current.tableDate}`)).size);
    expect(dates[0]).toBe(`Kommune: ${formatDate(rw.ladders[0].current.tableDate, 'nb')}`);
    const src = sources(rw);
    expect(src.length).toBeGreaterThan(0);
    expect(new Set(src.map(([url]) => url)).size).toBe(src.length);
    for (const l of rw.ladders) {
      const s = l.current.parts[0].provenance.source;
      if (s) expect(src).toContainEqual([s.url, `${s.title} (${s.publisher})`]);
    }
  });
});

describe('displayName', () => {
  it('the user’s name, else the quick comparison’s, else a letter by place', () => {
    const [ks] = quickCards('workplace', defaultDataset);
    expect(displayName(ks, 0)).toBe('Kommune');
    expect(displayName({ ...ks, name: 'Min jobb' }, 0)).toBe('Min jobb');
    expect(displayName(newCard('', ks.scenario), 2)).toBe('Scenario C');
  });
});
