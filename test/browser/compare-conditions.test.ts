/**
 * <pay-ladder-compare>'s working conditions side by side and its year month by month
 * (src/ui/compare/conditions.templates.ts): checked against the model (compareConditions,
 * paySchedule) on the bundled data; the rows that differ marked in words; nb, nn and en with
 * axe-core; keyboard; 320 px; print (the second page, each section kept whole).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { loadCompare } from '../../src/ui/base/autoload.js';
import { compareConditions, defaultDataset, paySchedule, scheduleYears, todayIso } from '../../src/model/index.js';
import type { PayLadderCompare } from '../../src/ui/compare/pay-ladder-compare.js';
import { $, $$, checkEachTest, deepActive, emulatePrint, must, plain, sendKeys, settle } from './helpers.js';

before(() => loadCompare());
checkEachTest({ setUp: () => localStorage.clear() });

const kr = (n: number) => `${plain(new Intl.NumberFormat('nb-NO').format(Math.round(n) || 0))} kr`;
/** The year the months start with: this year, or the next in December (the model's scheduleYears). */
const { years, preferred: year } = scheduleYears(todayIso());
const KS_PRIVATE_SPEKTER = [{ agreement: 'ks' }, { agreement: 'private' }, { agreement: 'spekter' }] as const;

async function make(lang = 'nb', width?: number): Promise<PayLadderCompare> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  if (width) host.style.width = `${width}px`;
  host.innerHTML = `<pay-ladder-compare lang="${lang}"></pay-ladder-compare>`;
  const el = host.querySelector('pay-ladder-compare')!;
  await settle(el);
  el.entries = [
    { name: 'Kommune', scenario: { agreement: 'ks' } },
    { name: 'Privat', scenario: { agreement: 'private' } },
    { name: 'Sykehus', scenario: { agreement: 'spekter' } },
  ];
  await settle(el);
  // The full built-in data (the conditions are not in the first download's figures) arrives once:
  // until then the terms are "not known"; KS's holiday (the second row) is 5 weeks in the data.
  await waitUntil(() => $(el, '.terms-table tbody tr:nth-child(2) td:not(.unknown)'), 'the conditions with the full data', {
    timeout: 5000,
  });
  return el;
}

const termRows = (el: PayLadderCompare) => $$<HTMLTableRowElement>(el, '.terms-table tbody tr');
const monthsButton = (el: PayLadderCompare) => must<HTMLButtonElement>(el, '.months-compare button');

describe('<pay-ladder-compare> Arbeidsvilkår side by side', () => {
  it('one row per term and a column per scenario, the values of compareConditions; the rows that differ say "ulikt"', async () => {
    const el = await make();
    const r = compareConditions([...KS_PRIVATE_SPEKTER], defaultDataset);
    if (!r.ok) throw new Error('model');
    expect($$(el, '.terms-table thead th').map((th) => plain(th.textContent))).to.deep.equal(['Vilkår', 'Kommune', 'Privat', 'Sykehus']);
    const rows = termRows(el);
    expect(rows).to.have.length(r.rows.length);
    rows.forEach((row, i) => {
      expect(row.classList.contains('differs'), r.rows[i].id).to.equal(r.rows[i].differs);
      expect(!!row.querySelector('th .tag'), r.rows[i].id).to.equal(r.rows[i].differs);
    });
    const byName = (name: string) => rows.find((row) => plain(row.cells[0].textContent).replace(/ ulikt$/, '') === name)!;
    const ferie = byName('Ferie');
    expect(plain(ferie.cells[0].textContent)).to.equal('Ferie ulikt');
    expect([1, 2, 3].map((i) => plain(ferie.cells[i].textContent))).to.deep.equal([
      '5 uker',
      '25 virkedager (4 uker og 1 dag) Lovens minstekrav',
      '5 uker',
    ]);
    expect(plain(byName('Feriepenger').cells[2].textContent)).to.equal('10,2 % Lovens minstekrav');
    expect(plain(byName('Overtidstillegg').cells[1].textContent)).to.equal('50 %');
    expect(plain(byName('Oppsigelsestid').cells[2].textContent)).to.equal('1 måned Lovens minstekrav');
    // The sentence names each differing term.
    const differing = r.rows.filter((x) => x.differs).length;
    expect(plain($(el, '.conditions-compare p')?.textContent)).to.match(
      new RegExp(`^Ulikt på ${differing} av ${r.rows.length} punkter: Ferie, Feriepenger, `),
    );
  });

  it('the same workplace in every scenario: nothing marked, and the sentence says so', async () => {
    const el = await make();
    el.entries = [
      { name: 'A', scenario: { agreement: 'ks' } },
      { name: 'B', scenario: { agreement: 'ks', yearsExperience: 10 } },
    ];
    await settle(el);
    expect($$(el, '.terms-table tr.differs')).to.have.length(0);
    expect(plain($(el, '.conditions-compare p')?.textContent)).to.match(/^Vilkårene er like i alle scenarioene\./);
  });
});

describe('<pay-ladder-compare> Slik blir året ditt', () => {
  it('data without the payroll rules (an older data file): the section says the year cannot be computed, the rest works', async () => {
    const el = await make();
    const { conditions: _, ...rules } = defaultDataset.rules;
    el.data = { ...defaultDataset, rules };
    await settle(el);
    await waitUntil(() => $(el, '.months-compare .alert'), 'the message', { timeout: 5000 });
    expect(plain($(el, '.months-compare .alert')?.textContent)).to.equal('Året kan ikke regnes ut med disse dataene.');
    expect($(el, '.months-compare button')).to.equal(null);
    expect(plain($(el, '.findings')?.textContent)).to.not.equal('');
  });

  it('closed at first; the button opens twelve months and the year for each scenario, the model’s net figures, June and December marked', async () => {
    const el = await make();
    const button = monthsButton(el);
    const region = must(el, `#${button.getAttribute('aria-controls')}`);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(region.checkVisibility()).to.equal(false);
    button.click();
    await settle(el);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(region.checkVisibility()).to.equal(true);
    const schedules = KS_PRIVATE_SPEKTER.map((s) => paySchedule(s, defaultDataset, { year }));
    const rows = [...region.querySelectorAll<HTMLTableRowElement>('tbody tr')];
    expect(rows).to.have.length(12);
    rows.forEach((row, i) =>
      expect(
        [1, 2, 3].map((c) => plain(row.cells[c].textContent)),
        `month ${i + 1}`,
      ).to.deep.equal(schedules.map((s) => (s.ok ? kr(s.months[i].net) : 'x'))),
    );
    expect(plain(rows[5].cells[0].textContent)).to.equal('juni (feriepenger)');
    expect(plain(rows[11].cells[0].textContent)).to.equal('desember (halv skatt)');
    const total = [...region.querySelectorAll('tfoot td')].map((c) => plain(c.textContent));
    expect(total).to.deep.equal(schedules.map((s) => (s.ok ? kr(s.summary.net) : 'x')));
  });

  it('the choice of year: the other year gives that year’s figures, the caption names it, and a proposed year says so', async () => {
    const el = await make();
    monthsButton(el).click();
    await settle(el);
    const other = years[0] === year ? years[1] : years[0];
    const radios = [...$$(el, '.months-compare .year-choice input[type="radio"]')] as HTMLInputElement[];
    expect(radios.map((r) => r.checked)).to.deep.equal([year === years[0], year === years[1]]);
    radios[years.indexOf(other)].click();
    await settle(el);
    const region = must(el, `#${monthsButton(el).getAttribute('aria-controls')}`);
    expect(plain(region.querySelector('caption')?.textContent)).to.equal(`Utbetalt etter skatt måned for måned i ${other} (anslag)`);
    const schedules = KS_PRIVATE_SPEKTER.map((s) => paySchedule(s, defaultDataset, { year: other }));
    const first = [...region.querySelectorAll<HTMLTableRowElement>('tbody tr')][0];
    expect([1, 2, 3].map((c) => plain(first.cells[c].textContent))).to.deep.equal(schedules.map((s) => (s.ok ? kr(s.months[0].net) : 'x')));
    const proposed = schedules.some((s) => s.ok && s.summary.taxStatus === 'proposed');
    expect(plain(must(el, '.months-compare').textContent).includes('regjeringens forslag til statsbudsjett')).to.equal(proposed);
  });

  it('keyboard only: Tab reaches the button, Enter opens the table and its region takes focus next', async () => {
    const el = await make();
    const button = monthsButton(el);
    button.focus();
    expect(deepActive()).to.equal(button);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Tab' });
    expect((deepActive() as HTMLElement | null)?.id).to.equal(button.getAttribute('aria-controls'));
  });
});

describe('<pay-ladder-compare> conditions and months: languages, axe, 320 px, print', () => {
  for (const [lang, words] of [
    ['nb', { caption: 'Arbeidsvilkår side om side', term: 'Vilkår', differs: 'ulikt', show: `Vis utbetalt måned for måned i ${year}` }],
    ['nn', { caption: 'Arbeidsvilkår side om side', term: 'Vilkår', differs: 'ulikt', show: `Vis utbetalt månad for månad i ${year}` }],
    [
      'en',
      {
        caption: 'Working conditions side by side',
        term: 'Term',
        differs: 'differs',
        show: `Show pay after tax month by month in ${year}`,
      },
    ],
  ] as const) {
    it(`lang="${lang}": the words in the language, both tables open, and axe finds nothing`, async function (this: MochaLite.Context) {
      this.timeout(30_000);
      const el = await make(lang);
      expect(plain($(el, '.terms-table caption')?.textContent)).to.equal(words.caption);
      expect(plain($(el, '.terms-table thead th')?.textContent)).to.equal(words.term);
      expect(plain($(el, '.terms-table tr.differs .tag')?.textContent)).to.equal(words.differs);
      expect(plain(monthsButton(el).textContent)).to.equal(words.show);
      monthsButton(el).click();
      await settle(el);
      await expect(el).to.be.accessible();
    });
  }

  it('320 px: both tables scroll inside their own regions, the widget does not', async () => {
    const el = await make('nb', 320);
    monthsButton(el).click();
    await settle(el);
    for (const sel of ['.conditions-compare .table-scroll', '.months-compare .table-scroll']) {
      const region = must(el, sel);
      expect(region.getAttribute('role'), sel).to.equal('region');
      expect(region.getBoundingClientRect().right, sel).to.be.at.most(el.getBoundingClientRect().right + 1);
    }
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    expect(el.scrollWidth).to.be.at.most(322);
  });

  it('print: the conditions and the months start a new page, each kept whole; the months print even when closed; the sources are listed', async () => {
    const el = await make();
    await emulatePrint(true);
    try {
      const second = must(el, '.paper-second');
      expect(getComputedStyle(second).breakBefore).to.equal('page');
      for (const sel of ['.conditions-compare', '.months-compare'])
        expect(getComputedStyle(must(el, sel)).breakInside, sel).to.equal('avoid');
      expect(must(el, '.months-compare .table-scroll').checkVisibility()).to.equal(true);
      expect(must(el, '.months-compare button').checkVisibility()).to.equal(false);
      const sources = must(el, '.paper-second .print-only.sources');
      expect(sources.checkVisibility()).to.equal(true);
      expect(plain(sources.textContent)).to.match(/^Kilder: .*https:\/\//);
    } finally {
      await emulatePrint(false);
    }
  });
});
