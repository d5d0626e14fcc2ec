/**
 * <pay-ladder> in real Chromium: defaults, every input (typed with real key events where it
 * matters), the nested chart, the table, languages (own lang, ancestors, <html lang> at run time),
 * axe-core, a keyboard-only walkthrough, bad attributes and property values, events, and two
 * instances plus remove/re-add without leaked Chart.js instances.
 *
 * Expected figures are the published tables in data/ (KS 1.5.2024, helsesekretær =
 * fagarbeider: 0–4 yrs 437 300, 6: 441 500, 8: 452 900, 10: 496 700, 16: 513 100; Spekter
 * 1.7.2024 gruppe 3: 0: 436 000 … 10: 515 000) and plain arithmetic on the rules in data/
 * (KS: 1950 h divisor at 37.5 h, 47 working weeks, evening 56 kr/h, night/weekend 25 %/22 %
 * min 70 kr/h, holiday 133.33 %, overtime (1 + 50 %) / 1850, holiday pay 12 %, +2.3 % from 60).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { Chart } from 'chart.js';
import '../../src/define.js';
import type { ScenarioError } from '../../src/model/index.js';
import type { PayLadder, PayLadderChangeDetail, PayLadderErrorDetail } from '../../src/ui/calculator/pay-ladder.js';
import type { PayLadderChart } from '../../src/ui/chart/pay-ladder-chart.js';
import {
  $,
  $$,
  chartOf,
  checkEachTest,
  choose,
  collect,
  deepActive,
  expectFieldError,
  must,
  plain,
  root,
  sendKeys,
  settle,
  typeInto,
} from './helpers.js';

// ---- helpers ------------------------------------------------------------------------------------

const figure = (el: PayLadder) => plain(must(el, '.figure').textContent);
const sentence = (el: PayLadder) => plain(must(el, '.sentence').textContent);
const freshnessLine = (el: PayLadder) => plain(must(el, '.freshness').textContent);
/** The value after a <dt> label in the key figures or the breakdown. */
const keyFigure = (el: PayLadder, label: string | RegExp) => {
  const matches = (text: string | null) => (typeof label === 'string' ? plain(text) === label : label.test(plain(text)));
  const dt = $$(el, 'dt')
    .filter((d) => !d.closest('.terms'))
    .find((d) => matches(d.textContent));
  if (dt) return plain(dt.nextElementSibling!.textContent);
  const li = $$(el, '.breakdown .parts > li').find((x) => matches(x.querySelector('span')!.textContent));
  if (!li) throw new Error(`no key figure ${String(label)}`);
  return plain(li.querySelector('.amount')!.textContent);
};
/** The breakdown's parts: name → amount. */
const breakdown = (el: PayLadder) =>
  Object.fromEntries(
    $$(el, '.breakdown .parts > li').map((li) => [
      plain(li.querySelector('span')!.textContent),
      plain(li.querySelector('.amount')!.textContent),
    ]),
  );
const kr = (n: number) => `${new Intl.NumberFormat('nb-NO').format(Math.round(n)).replace(/[\s\u00a0\u202f]/g, ' ')} kr`;

/** The text input of a scenario field (`yearsExperience`, `shifts-night`, `responsibilitySupplement-v` …). */
const input = (el: PayLadder, field: string) => must<HTMLInputElement>(el, `input[id$="-${field}"]`);
const select = (el: PayLadder, suffix: string) => must<HTMLSelectElement>(el, `select[id$="-${suffix}"]`);
const groups = (el: PayLadder) => $$<HTMLDetailsElement>(el, 'details.group');

async function openAll(el: PayLadder): Promise<void> {
  for (const d of $$<HTMLDetailsElement>(el, 'details')) d.open = true;
  await settle(el);
}

async function make(): Promise<PayLadder> {
  const el = await fixture<PayLadder>(html`<pay-ladder></pay-ladder>`);
  await settle(el);
  return el;
}

/** Mounts markup through the HTML parser, so attributes arrive exactly as a CMS page gives them. */
async function mount(markup: string): Promise<PayLadder> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.innerHTML = markup;
  const el = host.querySelector('pay-ladder')!;
  await settle(el);
  return el;
}

/** Chart.js internals, on purpose: how many Chart.js instances are alive (the leak test below). */
const chartCount = () => Object.keys(Chart.instances).length;

checkEachTest();

// ---- 1. defaults ---------------------------------------------------------------------------------

describe('<pay-ladder> defaults', () => {
  it('shows 437 300 kr a year (KS 1.5.2024, fagarbeider, 0 years, 100 %), the sentence and the freshness line', async () => {
    const el = await make();
    expect(figure(el)).to.equal('437 300 kr');
    expect(keyFigure(el, 'Fast lønn i måneden')).to.equal(kr(437300 / 12));
    expect(keyFigure(el, 'Timelønn')).to.equal('224,26 kr'); // 437 300 / 1950
    expect(sentence(el)).to.equal('Nå: 437 300 kr i året. Ved 10 års erfaring: 496 700 kr.');
    expect(freshnessLine(el)).to.match(/^Satser per 1\.5\.2024( – nyere satser kan finnes)?$/);
    expect(plain($(el, '.next')?.textContent)).to.equal('Neste trinn: om 6 år (ved 6 års ansiennitet) øker minstelønnen med 4 200 kr.');
    // Form state matches the defaults.
    // The place picker (issue #22) shows the place of the agreement: KS is the health centre's.
    expect(must<HTMLSelectElement>(el, 'select[name="workplace"]').value).to.equal('helsestasjon');
    expect(select(el, 'education').value).to.equal('helsesekretaer');
    expect(input(el, 'yearsExperience').value).to.equal('0');
    expect(input(el, 'positionPercent').value).to.equal('100');
    expect(el.scenario.agreement).to.equal('ks');
    expect(el.result.current.grossAnnual).to.equal(437300);
    // Breakdown: the tariff minimum with its source, and holiday pay 12 %.
    expect(breakdown(el)).to.deep.include({ 'Minstelønn etter tariff': '437 300 kr', 'Brutto årslønn': '437 300 kr' });
    expect(keyFigure(el, /^Feriepenger/)).to.equal(kr(437300 * 0.12));
  });

  it('has no inline style attributes (works under a CSP without unsafe-inline)', async () => {
    const el = await make();
    await chartOf(el);
    expect($$(el, '[style]')).to.have.length(0);
  });
});

// ---- 2. every input changes the results -------------------------------------------------------------

describe('<pay-ladder> inputs', () => {
  it('the place picker: Spekter 436 000, legekontor follows KS, private shows KS as reference with 10.2 % holiday pay', async () => {
    const el = await make();
    const place = () => must<HTMLSelectElement>(el, 'select[name="workplace"]');
    await choose(el, place(), 'sykehus');
    expect(figure(el)).to.equal('436 000 kr');
    expect(freshnessLine(el)).to.match(/^Satser per 1\.7\.2024/);
    expect(sentence(el)).to.equal('Nå: 436 000 kr i året. Ved 10 års erfaring: 515 000 kr.');

    await choose(el, place(), 'legekontor');
    expect(figure(el)).to.equal('437 300 kr');
    expect(plain($(el, '.notes')?.textContent)).to.contain('Legekontor har ingen felles tariffavtale.');

    // A private clinic: NHO 481 or no agreement.
    await choose(el, place(), 'privat-klinikk');
    must<HTMLInputElement>(el, `input[name="${place().id}-agreement"][value="private"]`).click();
    await settle(el);
    expect(el.scenario.agreement).to.equal('private');
    expect(figure(el)).to.equal('437 300 kr');
    expect(keyFigure(el, /^Feriepenger/)).to.equal(kr(437300 * 0.102));
    expect(plain($(el, '.notes')?.textContent)).to.contain('Uten tariffavtale gjelder bare loven');

    await choose(el, place(), 'helsestasjon');
    expect(keyFigure(el, /^Feriepenger/)).to.equal(kr(437300 * 0.12));
  });

  it('education select: fagskole 459 300 (KS 2024); bachelor and none: 0 years from 2024, the rest from 2023, with a note', async () => {
    const el = await make();
    await choose(el, select(el, 'education'), 'fagskole');
    expect(figure(el)).to.equal('459 300 kr');
    expect(freshnessLine(el)).to.match(/^Satser per 1\.5\.2024/);
    // KS 2024 prints only the 0-year step for these groups: that step from 2024, the others from 2023.
    await choose(el, select(el, 'education'), 'hoyskole');
    expect(figure(el)).to.equal('507 400 kr');
    expect(freshnessLine(el)).to.match(/^Satser per 1\.5\.2024/);
    expect(plain($(el, '.notes')?.textContent)).to.contain(
      'Tabellen fra 1.5.2024 for «Stillinger med krav om 3-årig universitets-/høgskoleutdanning» har ikke alle trinnene. Trinnene for 2, 4, 6, 8, 10, 16 år er fra tabellen fra 1.5.2023',
    );
    await typeInto(el, input(el, 'yearsExperience'), '10');
    expect(figure(el)).to.equal('556 600 kr');
    expect(freshnessLine(el)).to.match(/^Satser per 1\.5\.2023/);
    await typeInto(el, input(el, 'yearsExperience'), '0');
    await choose(el, select(el, 'education'), 'none');
    expect(figure(el)).to.equal('382 500 kr');
    await choose(el, select(el, 'education'), 'helsesekretaer');
    expect(figure(el)).to.equal('437 300 kr');
  });

  it('years, typed: 6 → 441 500, 8 → 452 900, 10 → 496 700, 16 → 513 100', async () => {
    const el = await make();
    const years = input(el, 'yearsExperience');
    for (const [typed, expected] of [
      ['6', '441 500 kr'],
      ['8', '452 900 kr'],
      ['10', '496 700 kr'],
      ['16', '513 100 kr'],
      ['4', '437 300 kr'],
    ] as const) {
      await typeInto(el, years, typed);
      expect(figure(el), `after typing ${typed}`).to.equal(expected);
      expect(years.value).to.equal(typed);
      expect(years.getAttribute('aria-invalid')).to.equal('false');
    }
    expect(sentence(el)).to.equal('Nå: 437 300 kr i året. Ved 14 års erfaring: 496 700 kr.');
  });

  it('position %, typed: 50 → 218 650, 80,5 → 352 027', async () => {
    const el = await make();
    await typeInto(el, input(el, 'positionPercent'), '50');
    expect(figure(el)).to.equal('218 650 kr');
    await typeInto(el, input(el, 'positionPercent'), '80,5');
    expect(figure(el)).to.equal(kr(437300 * 0.805));
    expect(el.scenario.positionPercent).to.equal(80.5);
  });

  it('responsibility and individual supplements, in kr and in % of the minimum', async () => {
    const el = await make();
    const [supplements] = groups(el);
    expect(supplements.open).to.equal(false);
    supplements.open = true;
    await settle(el);

    await typeInto(el, input(el, 'responsibilitySupplement-v'), '5000');
    expect(figure(el)).to.equal('442 300 kr');
    // 5 000 is no percentage: the unit is kept and the amount starts again at 0.
    await choose(el, select(el, 'responsibilitySupplement-u'), 'percent');
    expect(el.scenario.responsibilitySupplement).to.deep.equal({ unit: 'percent', value: 0 });
    expect(select(el, 'responsibilitySupplement-u').value).to.equal('percent');
    expect(input(el, 'responsibilitySupplement-v').value).to.equal('0');
    expect(figure(el)).to.equal('437 300 kr');
    await typeInto(el, input(el, 'responsibilitySupplement-v'), '10');
    expect(figure(el)).to.equal(kr(437300 * 1.1));
    await typeInto(el, input(el, 'responsibilitySupplement-v'), '0');
    expect(figure(el)).to.equal('437 300 kr');

    await typeInto(el, input(el, 'individualSupplement-v'), '12 000');
    expect(figure(el)).to.equal('449 300 kr');
    expect(breakdown(el)).to.deep.include({ 'Personlig tillegg': '12 000 kr' });
    await choose(el, select(el, 'individualSupplement-u'), 'percent');
    await typeInto(el, input(el, 'individualSupplement-v'), '5');
    expect(figure(el)).to.equal(kr(437300 * 1.05));
    // A small amount fits both units and is kept when switching back.
    await choose(el, select(el, 'individualSupplement-u'), 'nok');
    expect(el.scenario.individualSupplement).to.deep.equal({ unit: 'nok', value: 5 });
    expect(figure(el)).to.equal('437 305 kr');
  });

  it('keeps a group open (and focus in it) when a value typed in it goes back to zero', async () => {
    const el = await make();
    const [supplements] = groups(el);
    supplements.open = true;
    await settle(el);
    const field = input(el, 'responsibilitySupplement-v');
    await typeInto(el, field, '5000');
    await typeInto(el, field, '0');
    expect(figure(el)).to.equal('437 300 kr');
    expect(groups(el)[0].open, 'the group the person is typing in').to.equal(true);
    expect(root(el).activeElement).to.equal(field);
  });

  it('shift preset select: two-shift 474 806, three-shift 489 282, back to day 437 300', async () => {
    const el = await make();
    const hours = groups(el)[1];
    hours.open = true;
    await settle(el);
    // two-shift: rotating (35.5 h), evening 8 h × 47 × 56 kr, weekend 5 h × 47 × max(22 % of 236.89, 70)
    await choose(el, select(el, 'preset'), 'twoShift');
    expect(figure(el)).to.equal(kr(437300 + 8 * 47 * 56 + 5 * 47 * 70));
    expect(input(el, 'shifts-evening').value).to.equal('8');
    expect(input(el, 'shifts-weekend').value).to.equal('5');
    expect(root(el).querySelector<HTMLInputElement>('input[name="schedule"]:checked')).to.equal(
      $$<HTMLInputElement>(el, 'input[name="schedule"]')[1],
    );
    await choose(el, select(el, 'preset'), 'threeShift');
    expect(figure(el)).to.equal(kr(437300 + 6 * 47 * 56 + 6 * 47 * 70 + 5 * 47 * 70));
    await choose(el, select(el, 'preset'), 'day');
    expect(figure(el)).to.equal('437 300 kr');
    expect(input(el, 'shifts-evening').value).to.equal('0');
  });

  it('each shift-hours input, typed, adds its supplement and switches the preset to "custom"', async () => {
    const el = await make();
    groups(el)[1].open = true;
    await settle(el);
    const hourly = 437300 / 1950;
    const cases: Array<[string, string, number]> = [
      ['evening', '10', 10 * 47 * 56],
      ['night', '5', 5 * 47 * Math.max(hourly * 0.25, 70)],
      ['weekend', '4', 4 * 47 * Math.max(hourly * 0.22, 70)],
      ['holiday', '2', 2 * 47 * hourly * 1.3333],
    ];
    for (const [type, typed, add] of cases) {
      await typeInto(el, input(el, `shifts-${type}`), typed);
      expect(figure(el), `${type} ${typed} h/week`).to.equal(kr(437300 + add));
      expect(select(el, 'preset').value).to.equal('custom');
      await typeInto(el, input(el, `shifts-${type}`), '0');
      expect(figure(el)).to.equal('437 300 kr');
    }
  });

  it('schedule radios: rotating (35.5 h) raises the hourly pay to 236,89 kr', async () => {
    const el = await make();
    groups(el)[1].open = true;
    await settle(el);
    const [day, rotating] = $$<HTMLInputElement>(el, 'input[name="schedule"]');
    expect(day.checked).to.equal(true);
    rotating.click();
    await settle(el);
    expect(el.scenario.schedule).to.equal('rotating');
    expect(keyFigure(el, 'Timelønn')).to.equal('236,89 kr'); // 437 300 / (1950 × 35.5 / 37.5)
    day.click();
    await settle(el);
    expect(keyFigure(el, 'Timelønn')).to.equal('224,26 kr');
  });

  it('overtime, typed: 100 h → + 100 × 437 300 × 1.5 / 1850', async () => {
    const el = await make();
    groups(el)[1].open = true;
    await settle(el);
    await typeInto(el, input(el, 'overtimeHoursPerYear'), '100');
    expect(figure(el)).to.equal(kr(437300 + (100 * 437300 * 1.5) / 1850));
    expect(breakdown(el)).to.deep.include({ Overtid: kr((100 * 437300 * 1.5) / 1850) });
  });

  it('age 60+ raises holiday pay from 12 % to 14.3 %', async () => {
    const el = await make();
    groups(el)[2].open = true;
    await settle(el);
    expect(keyFigure(el, /^Feriepenger/)).to.equal(kr(52476));
    await typeInto(el, input(el, 'age'), '59');
    expect(keyFigure(el, /^Feriepenger/)).to.equal(kr(437300 * 0.12));
    await typeInto(el, input(el, 'age'), '60');
    expect(keyFigure(el, /^Feriepenger/)).to.equal(kr(437300 * 0.143));
    await typeInto(el, input(el, 'age'), '');
    expect(el.scenario.age).to.equal(null);
    expect(keyFigure(el, /^Feriepenger/)).to.equal(kr(437300 * 0.12));
  });

  it('tariff-date select: the 1.5.2023 table gives 415 300 and "Satser per 1.5.2023"', async () => {
    const el = await make();
    groups(el)[2].open = true;
    await settle(el);
    const dates = select(el, 'date');
    expect([...dates.options].map((o) => o.value)).to.deep.equal(['', '2023-05-01', '2022-05-01', '2021-05-01', '2020-09-01']);
    await choose(el, dates, '2023-05-01');
    expect(figure(el)).to.equal('415 300 kr');
    expect(freshnessLine(el)).to.match(/^Satser per 1\.5\.2023/);
    await choose(el, dates, '2020-09-01');
    expect(figure(el)).to.equal('352 200 kr');
    await choose(el, dates, '');
    expect(figure(el)).to.equal('437 300 kr');
  });

  it("growth, typed: 3 % a year raises the figure at 10 years to 496 700 × 1.03¹⁰, not today's", async () => {
    const el = await make();
    groups(el)[2].open = true;
    await settle(el);
    await typeInto(el, input(el, 'annualGrowth'), '3');
    expect(figure(el)).to.equal('437 300 kr');
    expect(sentence(el)).to.equal(`Nå: 437 300 kr i året. Ved 10 års erfaring: ${kr(496700 * 1.03 ** 10)}.`);
  });

  it('fires pay-ladder-change after rendering, so a listener added right after setting a property gets it', async () => {
    const el = await make();
    el.scenario = { yearsExperience: 10 };
    const changes = collect<PayLadderChangeDetail>('pay-ladder-change');
    await el.updateComplete;
    await settle(el);
    expect(changes.map((e) => e.detail.result.current.grossAnnual)).to.deep.equal([496700]);
    expect(figure(el)).to.equal('496 700 kr');
  });

  it('fires pay-ladder-change with { scenario, result } on input, and announces the result politely', async () => {
    const el = await make();
    const changes = collect<PayLadderChangeDetail>('pay-ladder-change');
    await typeInto(el, input(el, 'positionPercent'), '50');
    // One per keystroke: "5" and "50" are both valid positions.
    expect(changes.length).to.equal(2);
    const last = changes[changes.length - 1];
    expect(last.target).to.equal(el);
    expect(last.detail.scenario.positionPercent).to.equal(50);
    expect(last.detail.result.current.grossAnnual).to.equal(218650);
    expect(last.detail.result).to.equal(el.result);
    expect(last.detail.scenario).to.deep.equal(el.scenario);
    // No change event for an invalid value (the scenario stays as it was).
    const before = changes.length;
    await typeInto(el, input(el, 'positionPercent'), 'x');
    await sendKeys({ type: 'y' });
    await settle(el);
    expect(input(el, 'positionPercent').value).to.equal('xy');
    expect(changes.length).to.equal(before);
    // The calculator's own live region (the share panel has its own).
    const live = $$(el, '[role="status"][aria-live="polite"]').find((n) => !n.closest('details'))!;
    expect(live).to.exist;
    await waitUntil(() => plain(live.textContent) !== '', 'the live region announces the result', { timeout: 3000 });
    expect(plain(live.textContent)).to.equal('Nå: 218 650 kr i året. Ved 10 års erfaring: 248 350 kr.');
  });
});

// ---- 3. chart ------------------------------------------------------------------------------------------

describe('<pay-ladder> chart', () => {
  it('draws the total and the minimum for years 0–45 and updates them on input', async () => {
    const el = await make();
    // Through the chart element's public properties (what the calculator hands it) and its canvas's
    // accessible name; that the chart draws its series is pay-ladder-chart.test.ts's concern.
    const { chart, chartEl, canvas } = await chartOf(el);
    expect(chartEl.years).to.deep.equal(Array.from({ length: 46 }, (_, i) => i));
    expect(chartEl.series.map((s) => s.label)).to.deep.equal(['Din brutto årslønn', 'Minstelønn etter tariff']);
    const [total, minimum] = chartEl.series;
    expect(total.values[0]).to.equal(437300);
    expect(total.values[6]).to.equal(441500);
    expect(total.values[10]).to.equal(496700);
    expect(total.values[16]).to.equal(513100);
    expect(minimum.values[8]).to.equal(452900);
    expect(plain(canvas.getAttribute('aria-label'))).to.equal(
      'Lønnsstige: 437 300 kr i året uten erfaring, 513 100 kr etter 45 år. Median for helsesekretærer (SSB 2025): 548 520 kr.',
    );

    await typeInto(el, input(el, 'positionPercent'), '50');
    await chartEl.updateComplete;
    // Chart.js internals, on purpose: the chart is updated in place, not made again.
    expect(Chart.getChart(canvas)).to.equal(chart);
    expect(chartEl.series[0].values[0]).to.equal(218650);
    expect(chartEl.series[0].values[10]).to.equal(248350);
    // The minimum scales with the position too (it is the tariff part of the pay).
    expect(chartEl.series[1].values[10]).to.equal(248350);
    expect(chartEl.current).to.equal(0);

    await typeInto(el, input(el, 'yearsExperience'), '8');
    expect(chartEl.current).to.equal(8);
  });

  it('fits a 320 px wide container without horizontal scrolling', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="width: 320px"><pay-ladder></pay-ladder></div>`);
    const el = host.querySelector('pay-ladder')!;
    await settle(el);
    await openAll(el);
    await chartOf(el);
    const wide = $$(el, '*').filter((n) => n.getBoundingClientRect().right > el.getBoundingClientRect().right + 1 && n.checkVisibility());
    expect(
      wide.map(
        (n) => `${n.tagName.toLowerCase()}#${n.id.replace(/^pl\d+-/, '')}.${n.className} ${Math.round(n.getBoundingClientRect().width)}px`,
      ),
    ).to.deep.equal([]);
    expect(el.scrollWidth).to.be.at.most(320);
  });

  it("reserves the chart's exact height before the chart's code (with Chart.js) has loaded", async () => {
    const el = await make();
    const chart = must<PayLadderChart>(el, 'pay-ladder-chart');
    await chart.ready;
    // An element that is never defined stands in for the chart before its chunk has arrived.
    const standIn = document.createElement('pay-ladder-chart-standin');
    standIn.setAttribute('part', 'chart');
    chart.after(standIn);
    expect(standIn.matches(':defined')).to.equal(false);
    expect(standIn.getBoundingClientRect().height).to.be.above(200);
    expect(standIn.getBoundingClientRect().height).to.equal(chart.getBoundingClientRect().height);
    standIn.remove();
  });

  it('hide-chart leaves the chart out', async () => {
    const el = await mount('<pay-ladder hide-chart></pay-ladder>');
    expect($(el, 'pay-ladder-chart')).to.equal(null);
    expect(figure(el)).to.equal('437 300 kr');
  });
});

// ---- 4. table ------------------------------------------------------------------------------------------

describe('<pay-ladder> table', () => {
  it('the toggle shows a table of years 0–45 (46 rows) and reports aria-expanded', async () => {
    const el = await make();
    const button = must<HTMLButtonElement>(el, '.table-block button');
    const region = must(el, `#${button.getAttribute('aria-controls')}`);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(region.hidden).to.equal(true);
    expect(plain(button.textContent)).to.equal('Vis lønnsstigen som tabell');

    button.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(region.hidden).to.equal(false);
    expect(plain(button.textContent)).to.equal('Skjul tabellen');
    const rows = $$<HTMLTableRowElement>(el, 'table[part="table"] tbody tr');
    expect(rows).to.have.length(46);
    expect(rows.map((r) => plain(r.cells[0].textContent))).to.deep.equal(Array.from({ length: 46 }, (_, i) => String(i)));
    expect(plain(rows[0].cells[2].textContent)).to.equal('437 300 kr');
    expect(plain(rows[6].cells[1].textContent)).to.equal('441 500 kr');
    expect(plain(rows[10].cells[2].textContent)).to.equal('496 700 kr');
    expect(plain(rows[16].cells[2].textContent)).to.equal('513 100 kr');
    expect(plain(rows[45].cells[2].textContent)).to.equal('513 100 kr');
    expect(plain(rows[0].cells[3].textContent)).to.equal(kr(437300 / 12));
    expect(rows[0].classList.contains('now')).to.equal(true);
    expect(plain($(el, 'table[part="table"] caption')?.textContent)).to.equal('Lønnsstigen år for år');

    await typeInto(el, input(el, 'yearsExperience'), '10');
    expect($$<HTMLTableRowElement>(el, 'table[part="table"] tbody tr.now').map((r) => plain(r.cells[0].textContent))).to.deep.equal(['10']);

    button.click();
    await settle(el);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(region.hidden).to.equal(true);
  });
});

// ---- 5. languages --------------------------------------------------------------------------------------

type Unit = { source: string; target: string | null; targetParts: string[] };
const xliff = new Map<string, Map<string, Unit>>();

/** Reads xliff/<lang>.xlf: id → source, target (placeholders as U+0000) and the target's literal parts. */
async function targets(lang: 'nn' | 'en'): Promise<Map<string, Unit>> {
  if (xliff.has(lang)) return xliff.get(lang)!;
  const res = await fetch(`/xliff/${lang}.xlf`);
  expect(res.ok, `/xliff/${lang}.xlf`).to.equal(true);
  const doc = new DOMParser().parseFromString(await res.text(), 'application/xml');
  const text = (node: Element | null) =>
    node === null ? null : [...node.childNodes].map((n) => (n.nodeType === Node.ELEMENT_NODE ? '\u0000' : n.textContent)).join('');
  const units = new Map<string, Unit>();
  for (const u of doc.querySelectorAll('trans-unit')) {
    const target = text(u.querySelector('target'));
    units.set(u.getAttribute('id')!, {
      source: text(u.querySelector('source'))!,
      target,
      targetParts: (target ?? '')
        .split('\u0000')
        .map((p) => plain(p))
        .filter(Boolean),
    });
  }
  xliff.set(lang, units);
  return units;
}

/** Where each plain message shows in the default state. */
const PLACES: Record<string, (el: PayLadder) => Element | null | undefined> = {
  'field.agreement': (el) => $(el, 'label[for$="-workplace"]'),
  'field.education': (el) => $(el, 'label[for$="-education"]'),
  'education.helsesekretaer': (el) => select(el, 'education').selectedOptions[0],
  'field.years': (el) => $(el, 'label[for$="-yearsExperience"]'),
  'field.position': (el) => $(el, 'label[for$="-positionPercent"]'),
  'group.supplements': (el) => groups(el)[0]?.querySelector('summary'),
  'group.hours': (el) => groups(el)[1]?.querySelector('summary'),
  'group.more': (el) => groups(el)[2]?.querySelector('summary'),
  'summary.annual': (el) => $(el, '.figure-label'),
  'summary.monthly': (el) => $$(el, '.key-figures dt')[0],
  'summary.hourly': (el) => $$(el, '.key-figures dt')[1],
  'table.show': (el) => $(el, '.table-block button'),
  'breakdown.heading': (el) => $(el, '.breakdown h3'),
  'notes.heading': (el) => $(el, '.notes h3'),
};
/** Messages whose translation cannot equal the bokmål text. */
const MUST_DIFFER: Record<'nn' | 'en', string[]> = {
  nn: ['field.agreement', 'summary.annual', 'summary.monthly', 'table.show', 'breakdown.heading'],
  en: Object.keys(PLACES),
};

async function expectLanguage(el: PayLadder, lang: 'nn' | 'en'): Promise<void> {
  const units = await targets(lang);
  const missing = Object.keys(PLACES).filter((id) => !units.get(id)?.target);
  expect(missing, `messages without a <target> in xliff/${lang}.xlf`).to.deep.equal([]);
  for (const id of MUST_DIFFER[lang]) expect(units.get(id)!.target, `${lang} target of ${id}`).not.to.equal(units.get(id)!.source);
  for (const [id, place] of Object.entries(PLACES)) {
    const node = place(el);
    expect(node, `element for ${id}`).to.exist;
    // The "why" summaries carry a visually hidden suffix; the others are the message alone.
    expect(plain(node!.textContent), `${lang}: ${id}`).to.equal(plain(units.get(id)!.target));
  }
  // Messages with placeholders: every literal part of the target is there.
  for (const [id, sel] of [
    ['summary.sentence', '.sentence'],
    ['summary.asOf', '.freshness'],
  ] as const) {
    const unit = units.get(id);
    expect(unit?.target, `${lang} target of ${id}`).to.be.a('string');
    for (const part of unit!.targetParts) expect(plain(must(el, sel).textContent), `${lang}: ${id}`).to.contain(part);
  }
  // The nested chart gets the language and translated labels.
  const { chartEl } = await chartOf(el);
  expect(chartEl.locale).to.equal(lang);
  expect(chartEl.series[0].label).to.equal(units.get('chart.total')?.target);
}

describe('<pay-ladder> languages', () => {
  let htmlLang: string | null;
  beforeEach(() => {
    htmlLang = document.documentElement.getAttribute('lang');
  });
  afterEach(() => {
    if (htmlLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', htmlLang);
  });

  it('lang="nn": nynorsk texts from xliff/nn.xlf, Norwegian number format', async () => {
    const el = await mount('<pay-ladder lang="nn"></pay-ladder>');
    await expectLanguage(el, 'nn');
    expect(figure(el)).to.equal('437 300 kr');
  });

  it('lang="en": English texts from xliff/en.xlf, English numbers and dates', async () => {
    const el = await mount('<pay-ladder lang="en"></pay-ladder>');
    await expectLanguage(el, 'en');
    expect(figure(el)).to.equal('NOK 437,300');
    expect(freshnessLine(el)).to.contain('1 May 2024');
    expect(input(el, 'positionPercent').value).to.equal('100');
  });

  it("lang on an ancestor (en-GB), overridden by the element's own lang, and followed when it changes", async () => {
    const host = await fixture<HTMLDivElement>(
      html`<div lang="en-GB">
        <section><pay-ladder></pay-ladder></section>
        <pay-ladder lang="nn-NO"></pay-ladder>
      </div>`,
    );
    const [en, nn] = [...host.querySelectorAll('pay-ladder')];
    await settle(en);
    await settle(nn);
    await expectLanguage(en, 'en');
    await expectLanguage(nn, 'nn');
    host.setAttribute('lang', 'nb');
    await waitUntil(() => figure(en) === '437 300 kr', 'follows the ancestor back to bokmål', { timeout: 3000 });
    expect(plain($(en, '.figure-label')?.textContent)).to.equal('Brutto årslønn');
    expect(plain($(nn, '.figure-label')?.textContent)).to.equal((await targets('nn')).get('summary.annual')!.target);
  });

  it('follows <html lang> changed at run time', async () => {
    document.documentElement.setAttribute('lang', 'nb');
    const el = await make();
    expect(plain($(el, '.figure-label')?.textContent)).to.equal('Brutto årslønn');
    document.documentElement.setAttribute('lang', 'en');
    await waitUntil(() => figure(el) === 'NOK 437,300', '<html lang="en"> applies', { timeout: 3000 });
    await settle(el);
    await expectLanguage(el, 'en');
    document.documentElement.setAttribute('lang', 'nn');
    const nnAnnual = (await targets('nn')).get('summary.annual')!.target;
    await waitUntil(() => plain($(el, '.figure-label')?.textContent) === nnAnnual, '<html lang="nn"> applies', { timeout: 3000 });
    await settle(el);
    await expectLanguage(el, 'nn');
  });

  it('changes language when its own lang attribute changes, and keeps the scenario', async () => {
    const el = await make();
    await typeInto(el, input(el, 'yearsExperience'), '10');
    el.setAttribute('lang', 'en');
    await waitUntil(() => figure(el) === 'NOK 496,700', 'lang="en" applies', { timeout: 3000 });
    el.removeAttribute('lang');
    await waitUntil(() => figure(el) === '496 700 kr', 'back to the page language', { timeout: 3000 });
  });

  it('translates field errors', async () => {
    const el = await mount('<pay-ladder lang="en" years="abc"></pay-ladder>');
    const en = await targets('en');
    expectFieldError(el, input(el, 'yearsExperience'), plain(en.get('error.notANumber')!.target));
  });
});

// ---- 6. axe-core ---------------------------------------------------------------------------------------

describe('<pay-ladder> accessibility (axe-core)', () => {
  it('default state', async function (this: MochaLite.Context) {
    this.timeout(30_000);
    const el = await make();
    await chartOf(el);
    await expect(el).to.be.accessible();
  });

  it('all <details> open and the table shown', async function (this: MochaLite.Context) {
    this.timeout(30_000);
    const el = await make();
    await chartOf(el);
    must<HTMLButtonElement>(el, '.table-block button').click();
    await openAll(el);
    expect($$<HTMLDetailsElement>(el, 'details').every((d) => d.open)).to.equal(true);
    expect($$<HTMLDetailsElement>(el, 'details').length).to.be.greaterThan(3);
    await expect(el).to.be.accessible();
  });

  it('error state (fields and a data problem)', async function (this: MochaLite.Context) {
    this.timeout(30_000);
    const el = await mount(
      '<pay-ladder years="abc" position="250" education="phd" agreement="nho" tariff-date="2010-01-01" data-src="/test/fixtures/does-not-exist.json"></pay-ladder>',
    );
    await waitUntil(() => $(el, '.alert[role="alert"]'), 'the data problem is shown', { timeout: 5000 });
    await openAll(el);
    expect($$(el, '[aria-invalid="true"]').length).to.be.greaterThan(2);
    await expect(el).to.be.accessible();
  });

  it('nn and en', async function (this: MochaLite.Context) {
    this.timeout(30_000);
    for (const lang of ['nn', 'en']) {
      const el = await mount(`<pay-ladder lang="${lang}"></pay-ladder>`);
      await chartOf(el);
      await openAll(el);
      await expect(el).to.be.accessible();
    }
  });
});

// ---- 7. keyboard ---------------------------------------------------------------------------------------

/** The focused element, through shadow roots. */
function describeFocus(a: Element | null): string {
  if (!a) return 'none';
  if (a instanceof HTMLInputElement && a.type === 'radio') return `radio:${a.name}:${a.value || (a.checked ? 'checked' : '')}`;
  if (a.id) return `${a.tagName.toLowerCase()}#${a.id.replace(/^pl\d+-/, '')}`;
  return `${a.tagName.toLowerCase()}:${plain(a.textContent).slice(0, 30)}`;
}

describe('<pay-ladder> keyboard only', () => {
  it('Tab reaches every control of the form in reading order, with a visible focus ring', async () => {
    const host = await fixture<HTMLDivElement>(html`<div><button id="before">before</button><pay-ladder></pay-ladder></div>`);
    const el = host.querySelector('pay-ladder')!;
    await settle(el);
    await chartOf(el);
    host.querySelector<HTMLButtonElement>('#before')!.focus();
    const seen: string[] = [];
    for (let i = 0; i < 14; i++) {
      await sendKeys({ press: 'Tab' });
      const a = deepActive();
      seen.push(describeFocus(a));
      expect(getComputedStyle(a!).outlineStyle, `outline of ${describeFocus(a)}`).not.to.equal('none');
      expect(Number.parseFloat(getComputedStyle(a!).outlineWidth), `outline width of ${describeFocus(a)}`).to.be.at.least(2);
    }
    expect(seen).to.deep.equal([
      'select#workplace',
      'select#education',
      'input#yearsExperience',
      'input#positionPercent',
      'summary:Tillegg og ansvar',
      'summary:Arbeidstid, turnus og overtid',
      'summary:Flere valg: alder, tidligere å',
      'summary:Hvorfor dette tallet? – Anslag',
      'input#taxArea',
      'summary:Hvorfor dette tallet? – Hva he',
      'canvas:',
      'input#market-chart',
      'button:Vis lønnsstigen som tabell',
      'summary:Hvorfor dette tallet? – Minste',
    ]);
  });

  it('Tab reaches every control inside the opened groups, in order', async () => {
    const el = await make();
    for (const g of groups(el)) g.open = true;
    await settle(el);
    input(el, 'positionPercent').focus();
    const seen: string[] = [];
    for (let i = 0; i < 24; i++) {
      await sendKeys({ press: 'Tab' });
      seen.push(describeFocus(deepActive()));
    }
    expect(seen).to.deep.equal([
      'summary:Tillegg og ansvar',
      'input#responsibilitySupplement-v',
      'select#responsibilitySupplement-u',
      'input#individualSupplement-v',
      'select#individualSupplement-u',
      'summary:Arbeidstid, turnus og overtid',
      'select#preset',
      'input#shifts-evening',
      'input#shifts-night',
      'input#shifts-weekend',
      'input#shifts-holiday',
      'radio:schedule:on',
      'input#overtimeHoursPerYear',
      'summary:Flere valg: alder, tidligere å',
      'input#age',
      'select#date',
      'input#annualGrowth',
      'summary:Hvorfor dette tallet? – Anslag',
      'input#taxArea',
      'summary:Hvorfor dette tallet? – Hva he',
      'canvas:',
      'input#market-chart',
      'button:Vis lønnsstigen som tabell',
      'summary:Hvorfor dette tallet? – Minste',
    ]);
  });

  it('arrow keys change the place and the results follow', async () => {
    const el = await make();
    const place = must<HTMLSelectElement>(el, 'select[name="workplace"]');
    place.focus();
    // The first option is the hospital (Spekter), just above the health centre (KS).
    await sendKeys({ press: 'ArrowUp' });
    await settle(el);
    expect(describeFocus(deepActive())).to.equal('select#workplace');
    expect(el.scenario).to.include({ workplace: 'sykehus', agreement: 'spekter' });
    expect(figure(el)).to.equal('436 000 kr');
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(el.scenario.agreement).to.equal('ks');
    expect(figure(el)).to.equal('437 300 kr');
  });

  it('arrow keys change the schedule radios', async () => {
    const el = await make();
    groups(el)[1].open = true;
    await settle(el);
    $$<HTMLInputElement>(el, 'input[name="schedule"]')[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(el.scenario.schedule).to.equal('rotating');
    expect(keyFigure(el, 'Timelønn')).to.equal('236,89 kr');
  });

  it('Enter and Space open and close the <details> groups; typing in a group works', async () => {
    const el = await make();
    const [supplements, hours, more] = groups(el);
    supplements.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(supplements.open).to.equal(true);
    await sendKeys({ press: 'Enter' });
    expect(supplements.open).to.equal(false);
    hours.querySelector('summary')!.focus();
    await sendKeys({ press: 'Space' });
    expect(hours.open).to.equal(true);
    more.querySelector('summary')!.focus();
    await sendKeys({ press: 'Space' });
    expect(more.open).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(describeFocus(deepActive())).to.equal('input#age');
    await sendKeys({ type: '61' });
    await settle(el);
    expect(keyFigure(el, /^Feriepenger/)).to.equal(kr(437300 * 0.143));
  });

  it('select with the keyboard: ArrowDown on the education select picks fagskole', async () => {
    const el = await make();
    select(el, 'education').focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(el.scenario.education).to.equal('fagskole');
    expect(figure(el)).to.equal('459 300 kr');
  });
});

// ---- 8. bad attributes and property values ------------------------------------------------------------------

describe('<pay-ladder> bad input', () => {
  const cases: Array<{ attr: string; control: (el: PayLadder) => Element[]; message: string; field: string }> = [
    {
      attr: 'years="-3"',
      control: (el) => [input(el, 'yearsExperience')],
      message: 'Skriv et tall fra 0 til 50.',
      field: 'yearsExperience',
    },
    { attr: 'years="abc"', control: (el) => [input(el, 'yearsExperience')], message: 'Skriv et tall.', field: 'yearsExperience' },
    {
      attr: 'position="250"',
      control: (el) => [input(el, 'positionPercent')],
      message: 'Skriv et tall fra 1 til 100.',
      field: 'positionPercent',
    },
    {
      attr: 'agreement="nho"',
      control: (el) => $$(el, 'select[name="workplace"]'),
      message: 'Ukjent verdi. Velg et av alternativene.',
      field: 'agreement',
    },
    {
      attr: 'tariff-date="2010-01-01"',
      control: (el) => [select(el, 'date')],
      message: 'Vi har ikke tabeller fra før 1.9.2020.',
      field: 'tariffDate',
    },
    {
      attr: 'tariff-date="1.5.2024"',
      control: (el) => [select(el, 'date')],
      message: 'Ugyldig dato. Bruk formatet ÅÅÅÅ-MM-DD.',
      field: 'tariffDate',
    },
    {
      attr: 'education="phd"',
      control: (el) => [select(el, 'education')],
      message: 'Ukjent verdi. Velg et av alternativene.',
      field: 'education',
    },
    {
      attr: 'schedule="night"',
      control: (el) => $$(el, '[role="radiogroup"]'),
      message: 'Ukjent verdi. Velg et av alternativene.',
      field: 'schedule',
    },
  ];
  for (const c of cases) {
    it(`${c.attr}: a message at the field, the default figures, a pay-ladder-error event`, async () => {
      const errors = collect<PayLadderErrorDetail>('pay-ladder-error');
      const el = await mount(`<pay-ladder ${c.attr}></pay-ladder>`);
      const controls = c.control(el);
      expect(controls.length).to.be.greaterThan(0);
      for (const control of controls) {
        expectFieldError(el, control, c.message);
        // Not hidden in a closed group: the group with an error opens.
        expect(control.checkVisibility(), `${control.id || control.tagName} is visible`).to.equal(true);
      }
      expect(figure(el)).to.equal('437 300 kr');
      expect(errors.length).to.equal(1);
      expect(errors[0].detail.source).to.equal('attribute');
      expect(errors[0].detail.errors.map((e) => (e as ScenarioError).field)).to.include(c.field);
    });
  }

  it('a bad attribute set at run time keeps the last valid scenario; a good one clears the error', async () => {
    const el = await mount('<pay-ladder years="8"></pay-ladder>');
    expect(figure(el)).to.equal('452 900 kr');
    const errors = collect<PayLadderErrorDetail>('pay-ladder-error');
    el.setAttribute('years', '-3');
    await settle(el);
    expect(figure(el)).to.equal('452 900 kr');
    expect(input(el, 'yearsExperience').value).to.equal('-3');
    expectFieldError(el, input(el, 'yearsExperience'), 'Skriv et tall fra 0 til 50.');
    expect(errors.map((e) => e.detail.source)).to.deep.equal(['attribute']);

    el.setAttribute('position', '250');
    el.setAttribute('agreement', 'nho');
    await settle(el);
    expect(figure(el)).to.equal('452 900 kr');
    expect(errors).to.have.length(3);

    el.setAttribute('years', '10');
    el.setAttribute('agreement', 'spekter');
    await settle(el);
    expect(figure(el)).to.equal('515 000 kr');
    expect(input(el, 'yearsExperience').getAttribute('aria-invalid')).to.equal('false');
    expect($(el, 'fieldset.choices .error')).to.equal(null);
    // position is still in error: 100 % kept.
    expectFieldError(el, input(el, 'positionPercent'), 'Skriv et tall fra 1 til 100.');
  });

  it('typing an invalid value shows the error at once, keeps the text and the last valid figures', async () => {
    const el = await make();
    const errors = collect<PayLadderErrorDetail>('pay-ladder-error');
    const years = input(el, 'yearsExperience');
    await typeInto(el, years, '6');
    await typeInto(el, years, '6x');
    expect(years.value).to.equal('6x');
    expect(figure(el)).to.equal('441 500 kr');
    expectFieldError(el, years, 'Skriv et tall.');
    expect(errors[errors.length - 1].detail.source).to.equal('input');
    await typeInto(el, years, '7,5');
    expectFieldError(el, years, 'Skriv et helt tall.');
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await settle(el);
    expect(years.value).to.equal('7');
    expect(years.getAttribute('aria-invalid')).to.equal('false');
    expect(figure(el)).to.equal('441 500 kr');
  });

  it('el.scenario = { positionPercent: "x" }: a message at the field, nothing else changes', async () => {
    const el = await make();
    const errors = collect<PayLadderErrorDetail>('pay-ladder-error');
    el.scenario = { positionPercent: 'x' } as never;
    await settle(el);
    expect(figure(el)).to.equal('437 300 kr');
    expect(el.scenario.positionPercent).to.equal(100);
    expectFieldError(el, input(el, 'positionPercent'), 'Skriv et tall.');
    expect(errors.map((e) => e.detail.source)).to.deep.equal(['property']);
    expect(errors[0].detail.errors[0]).to.include({ field: 'positionPercent', code: 'notANumber' });
  });

  it('el.scenario = { yearsExperience: 10, positionPercent: 250 } applies the valid field only', async () => {
    const el = await make();
    el.scenario = { yearsExperience: 10, positionPercent: 250 };
    await settle(el);
    expect(figure(el)).to.equal('496 700 kr');
    expectFieldError(el, input(el, 'positionPercent'), 'Skriv et tall fra 1 til 100.');
  });

  it('errors of fields without an input of their own (horizon, events) are listed above the form', async () => {
    const el = await mount('<pay-ladder horizon="999"></pay-ladder>');
    const alert = () => must(el, 'form .alert[role="alert"]');
    expect(plain(alert().textContent)).to.equal('Noen verdier kunne ikke brukes og er satt tilbake: horizon: Skriv et tall fra 1 til 50.');
    expect(el.result.rows).to.have.length(46);
    el.scenario = { events: [{ type: 'education', year: 'x', education: 'fagskole' }] } as never;
    await settle(el);
    expect(plain(alert().textContent)).to.contain('events[0].year:');
    el.scenario = { horizon: 10, events: [] };
    await settle(el);
    expect($$(el, 'form .alert[role="alert"]')).to.have.length(0);
    expect(el.result.rows).to.have.length(11);
  });

  it('el.scenario = null and non-objects: no exception, figures kept, an error event', async () => {
    const el = await make();
    el.scenario = { yearsExperience: 6 };
    await settle(el);
    const errors = collect<PayLadderErrorDetail>('pay-ladder-error');
    for (const bad of [null, 42, 'years=6', [1, 2]]) {
      el.scenario = bad as never;
      await settle(el);
      expect(figure(el), `after ${JSON.stringify(bad)}`).to.equal('441 500 kr');
    }
    expect(errors.map((e) => e.detail.source)).to.deep.equal(['property', 'property', 'property', 'property']);
    expect(errors.every((e) => e.detail.errors.some((x) => x.code === 'invalidType'))).to.equal(true);
    expect(plain($(el, '.alert')?.textContent)).to.contain('Verdien har feil form.');
    // A valid assignment clears it.
    el.scenario = { yearsExperience: 8 };
    await settle(el);
    expect(figure(el)).to.equal('452 900 kr');
    expect($(el, '.alert')).to.equal(null);
  });

  it('a cyclic object and a throwing getter: no exception, valid fields apply', async () => {
    const el = await make();
    const cyclic: Record<string, unknown> = { yearsExperience: 8 };
    cyclic.self = cyclic;
    cyclic.shifts = cyclic;
    cyclic.individualSupplement = cyclic;
    el.scenario = cyclic;
    await settle(el);
    expect(figure(el)).to.equal('452 900 kr');
    // The state holds no reference to the cyclic object.
    expect(() => JSON.stringify(el.scenario)).not.to.throw();
    expect(el.scenario.shifts).to.deep.equal({ evening: 0, night: 0, weekend: 0, holiday: 0 });

    const hostile = {
      yearsExperience: 10,
      get positionPercent(): number {
        throw new Error('boom');
      },
    };
    el.scenario = hostile;
    await settle(el);
    expect(figure(el)).to.equal('452 900 kr');
  });
});

// ---- 10. two instances, lifecycle -------------------------------------------------------------------------

describe('<pay-ladder> instances and lifecycle', () => {
  it('two instances in different languages are independent', async () => {
    const host = await fixture<HTMLDivElement>(
      html`<div><pay-ladder lang="nn"></pay-ladder><pay-ladder lang="en" years="10"></pay-ladder></div>`,
    );
    const [a, b] = [...host.querySelectorAll('pay-ladder')];
    await settle(a);
    await settle(b);
    const [ca, cb] = [await chartOf(a), await chartOf(b)];
    expect(ca.chartEl).not.to.equal(cb.chartEl);
    expect(figure(a)).to.equal('437 300 kr');
    expect(figure(b)).to.equal('NOK 496,700');
    await typeInto(a, input(a, 'positionPercent'), '50');
    expect(figure(a)).to.equal('218 650 kr');
    expect(figure(b)).to.equal('NOK 496,700');
    expect(cb.chartEl.series[0].values[0]).to.equal(437300);
    expect(ca.chartEl.series[0].values[0]).to.equal(218650);
    // Ids stay unique across the two shadow roots' labels (each label points into its own root).
    expect(must(a, 'label[for$="-positionPercent"]').getAttribute('for')).not.to.equal(
      must(b, 'label[for$="-positionPercent"]').getAttribute('for'),
    );
    // Radio groups are per instance.
    await choose(b, must<HTMLSelectElement>(b, 'select[name="workplace"]'), 'sykehus');
    expect(a.scenario.agreement).to.equal('ks');
    expect(must<HTMLSelectElement>(a, 'select[name="workplace"]').value).to.equal('helsestasjon');
    await expectLanguage(a, 'nn');
    await expectLanguage(b, 'en');
  });

  it('remove and re-add: the chart is destroyed and recreated, no Chart instance leaks', async () => {
    const base = chartCount();
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('pay-ladder');
    host.append(el);
    await settle(el);
    const first = await chartOf(el);
    expect(chartCount()).to.equal(base + 1);
    for (let i = 0; i < 3; i++) {
      el.remove();
      // Chart.js internals, on purpose: no Chart.js instance outlives the element (no leak).
      expect(Chart.getChart(first.canvas)).to.equal(undefined);
      expect(chartCount()).to.equal(base);
      host.append(el);
      await settle(el);
      const again = await chartOf(el);
      // Chart.js internals, on purpose: a new Chart.js instance, not the destroyed one.
      expect(again.chart).not.to.equal(first.chart);
      expect(chartCount()).to.equal(base + 1);
    }
    // Still reacting after re-adding.
    await typeInto(el, input(el, 'yearsExperience'), '10');
    expect(figure(el)).to.equal('496 700 kr');
    const { chartEl } = await chartOf(el);
    expect(chartEl.series[0].values[0]).to.equal(437300);
    expect((el.shadowRoot!.querySelector('pay-ladder-chart') as PayLadderChart).current).to.equal(10);
    el.remove();
    expect(chartCount()).to.equal(base);
  });

  it('removing an element right after adding it (before the chart loads) leaves no chart behind', async () => {
    const base = chartCount();
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('pay-ladder');
    host.append(el);
    el.remove();
    await new Promise((r) => setTimeout(r, 200));
    expect(chartCount()).to.equal(base);
  });
});
