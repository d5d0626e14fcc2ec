/**
 * What helsesekretærer earn (SSB), beside the tariff figure in <pay-ladder>: the line and the
 * quartiles in the summary, its "Hvorfor dette tallet?" (source, read from a copy), the band and the
 * line in the chart (through the chart element's public `reference` and its legend), the table
 * twin's last row, and the switch that takes them out of the chart; nb, nn and en with axe-core; a
 * dataset without market data shows none of it.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { defaultDataset, marketPay } from '../../src/model/index.js';
import type { PayLadder } from '../../src/ui/calculator/pay-ladder.js';
import type { PayLadderChart } from '../../src/ui/chart/pay-ladder-chart.js';
import { formatNok } from '../../src/i18n/format.js';
import { $, $$, chartOf, checkEachTest, must, plain, settle } from './helpers.js';

checkEachTest();

const m = marketPay(defaultDataset)!;

async function mount(markup: string): Promise<PayLadder> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.innerHTML = markup;
  const el = host.querySelector('pay-ladder')!;
  await settle(el);
  return el;
}

const WORDS = {
  nb: {
    line: `Hva helsesekretærer tjener, SSB 2025: median ${formatNok(548_520, 'nb')} i året`,
    median: 'Median for helsesekretærer (SSB 2025)',
    band: 'Midterste halvdel av helsesekretærene (SSB 2025)',
    toggle: 'Vis hva helsesekretærer tjener (SSB) i diagrammet',
    what: 'SSB teller månedslønn',
    copy: 'offentlig kopi',
  },
  nn: {
    line: `Kva helsesekretærar tener, SSB 2025: median ${formatNok(548_520, 'nn')} i året`,
    median: 'Median for helsesekretærar (SSB 2025)',
    band: 'Midtarste halvdelen av helsesekretærane (SSB 2025)',
    toggle: 'Vis kva helsesekretærar tener (SSB) i diagrammet',
    what: 'SSB tel månadsløn',
    copy: 'offentleg kopi',
  },
  en: {
    line: `What medical secretaries earn, SSB 2025: median ${formatNok(548_520, 'en')} a year`,
    median: 'Median for medical secretaries (SSB 2025)',
    band: 'Middle half of medical secretaries (SSB 2025)',
    toggle: 'Show what medical secretaries earn (SSB) in the chart',
    what: 'SSB counts monthly earnings',
    copy: 'public copy',
  },
} as const;

describe('<pay-ladder> what helsesekretærer earn (SSB)', () => {
  for (const lang of ['nb', 'nn', 'en'] as const) {
    it(`lang="${lang}": beside the tariff figure, in the chart and the table twin, switchable; its why says it was read from a copy; axe finds nothing`, async function (this: MochaLite.Context) {
      this.timeout(30_000);
      const w = WORDS[lang];
      const el = await mount(`<pay-ladder lang="${lang}" years="10"></pay-ladder>`);
      // Beside the tariff figure, not in it: the headline stays the ladder's.
      expect(plain($(el, '.summary .figure')?.textContent)).to.equal(plain(formatNok(el.result.current.grossAnnual, lang)));
      expect(plain($(el, '.market-line')?.textContent)).to.equal(plain(w.line));
      expect(plain($(el, '.market .hint')?.textContent)).to.include(plain(formatNok(m.annual.p25, lang)));
      expect(plain($(el, '.market .hint')?.textContent)).to.include(w.what);
      // Its "Hvorfor dette tallet?": SSB's table as the source, and that the figures were read from a copy.
      const why = must<HTMLDetailsElement>(el, '.market details.why');
      why.open = true;
      await waitUntil(() => why.querySelector('a[href="https://www.ssb.no/statbank/table/11418"]'), 'the SSB source', { timeout: 5000 });
      expect(plain(why.textContent)).to.include(w.copy);

      // The chart: a band (the quartiles a year) and a line (the median), named in its legend.
      const { chartEl } = await chartOf(el);
      expect(chartEl.reference).to.deep.equal({ label: w.band, low: 521_880, high: 570_960, lineLabel: w.median, line: 548_520 });
      const legend = () => [...chartEl.shadowRoot!.querySelectorAll('.reference-entry')].map((li) => plain(li.textContent));
      expect(legend()).to.deep.equal([w.band, w.median]);
      expect(chartEl.shadowRoot!.querySelector('canvas')?.getAttribute('aria-label')).to.include(w.median);
      // The table twin's last row.
      must<HTMLButtonElement>(el, '.table-block button').click();
      await waitUntil(() => $(el, 'table[part="table"] tfoot'), 'the table with its SSB row', { timeout: 5000 });
      expect(plain($(el, 'table[part="table"] tfoot')?.textContent)).to.include(plain(formatNok(548_520, lang)));
      await expect(el).to.be.accessible();

      // Switched off: out of the chart and the table, the summary keeps it.
      const toggle = must<HTMLInputElement>(el, '.market-toggle input');
      expect(plain(toggle.labels?.[0]?.textContent)).to.equal(w.toggle);
      expect(toggle.checked).to.equal(true);
      toggle.click();
      await settle(el);
      expect(chartEl.reference).to.equal(null);
      expect(legend()).to.deep.equal([]);
      expect($(el, 'table[part="table"] tfoot')).to.equal(null);
      expect($(el, '.market-line')).to.not.equal(null);
    });
  }

  it('a dataset without market data: no line, no band, no switch, and nothing said about SSB', async () => {
    const el = await mount('<pay-ladder></pay-ladder>');
    const { market: _market, ...without } = structuredClone(defaultDataset);
    el.data = without;
    await el.updateComplete;
    await settle(el);
    expect(el.data.market).to.equal(undefined);
    expect($(el, '.market')).to.equal(null);
    expect($(el, '.market-toggle')).to.equal(null);
    const chartEl = must<PayLadderChart>(el, 'pay-ladder-chart');
    await chartEl.updateComplete;
    expect(chartEl.reference).to.equal(null);
    expect(
      $$(el, '.summary')
        .map((s) => plain(s.textContent))
        .join(' '),
    ).to.not.include('SSB');
  });
});
