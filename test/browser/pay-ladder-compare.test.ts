/**
 * <pay-ladder-compare> in real Chromium, as a counsellor and a student use it: the quick
 * comparisons, adding, removing, renaming and editing scenarios, the chart, the findings
 * (lifetime difference and break-even), gross/net, growth and today's kroner, the year table,
 * bad input, axe-core in three languages and keyboard-only use; and the comparison that the
 * calculator's "Legg til dette valget i sammenligningen" button opens.
 *
 * Every expected figure is worked out by hand below from the published tables in data/:
 * KS 1.5.2024 helsesekretær (fagarbeider) 0–4 yrs 437 300, 6: 441 500, 8: 452 900, 10: 496 700,
 * 16: 513 100; KS 1.5.2024 fagskole 0–4: 459 300, 6: 463 500, 8: 474 900, 10: 516 700,
 * 16: 534 500; Spekter 1.7.2024 gruppe 3: 0: 436 000, 4: 441 000, 6: 447 000, 8: 454 000,
 * 10: 515 000, 16: 527 000. A step holds until the next one (KS 5 yrs = the 4-yr step).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { loadCompare } from '../../src/ui/base/autoload.js';
import { parseUserNumber } from '../../src/i18n/format.js';
import type { ScenarioError } from '../../src/model/index.js';
import type { PayLadder } from '../../src/ui/calculator/pay-ladder.js';
import type { CompareChangeDetail, PayLadderCompare } from '../../src/ui/compare/pay-ladder-compare.js';
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
  sendKeys,
  settle,
  typeInto,
} from './helpers.js';

// ---- helpers ------------------------------------------------------------------------------------

/** Whole kroner as nb-NO shows them, with plain spaces: `437 300 kr`, `−1 300 kr`. */
// Written out, not Intl's currency style, which puts "kr" first with some ICU data (WebKitGTK's).
const kr = (n: number) => `${plain(new Intl.NumberFormat('nb-NO').format(Math.round(n) || 0))} kr`;

const cards = (el: PayLadderCompare) => $$(el, 'section.card');
/** A control of a card by the end of its id: name, workplace, education, yearsExperience, positionPercent, preset, edu, events.year … */
const field = <T extends Element = HTMLInputElement>(card: Element, suffix: string): T => {
  const found = card.querySelector<T>(`[id$="-${suffix}"]`);
  if (!found) throw new Error(`no -${suffix} in the card`);
  return found;
};
const quickButtons = (el: PayLadderCompare) => $$<HTMLButtonElement>(el, '.quick button');
const pressed = (el: PayLadderCompare) => quickButtons(el).map((b) => b.getAttribute('aria-pressed'));
/** The "add scenario" button under the cards (not the share panel's buttons). */
const addButton = (el: PayLadderCompare) => $<HTMLButtonElement>(el, 'div.stack > div.actions > button');
const removeButton = (card: Element) => card.querySelector<HTMLButtonElement>('.card-head button');
const findings = (el: PayLadderCompare) => $$(el, '.findings li').map((li) => plain(li.textContent));
const tableToggle = (el: PayLadderCompare) => must<HTMLButtonElement>(el, 'button[aria-controls$="-table"]');
const growthInput = (el: PayLadderCompare) => must<HTMLInputElement>(el, 'input[id$="-growth"]');
const realKronerBox = (el: PayLadderCompare) => $<HTMLInputElement>(el, '.options input[type="checkbox"]');
const metricRadios = (el: PayLadderCompare) => $$<HTMLInputElement>(el, '.options input[type="radio"]');
const headerCells = (el: PayLadderCompare) => $$(el, 'table[part="table"] thead th').map((th) => plain(th.textContent));
const bodyRows = (el: PayLadderCompare) => $$<HTMLTableRowElement>(el, 'table[part="table"] tbody tr');
const rowCells = (row: HTMLTableRowElement) => [...row.cells].map((c) => plain(c.textContent));
const rowAt = (el: PayLadderCompare, years: number) => {
  const row = bodyRows(el).find((r) => plain(r.cells[0].textContent) === String(years));
  if (!row) throw new Error(`no table row for year ${years}`);
  return rowCells(row);
};

/** Mounts markup through the HTML parser, as a CMS page gives it. */
async function make(markup = '<pay-ladder-compare></pay-ladder-compare>'): Promise<PayLadderCompare> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.innerHTML = markup;
  const el = host.querySelector('pay-ladder-compare')!;
  await settle(el);
  return el;
}

/** Each dataset's label and its values at the given years. */
async function chartValues(el: Element, years: number[]): Promise<Array<{ label: string; values: Array<number | null> }>> {
  const { chartEl } = await chartOf(el);
  return chartEl.series.map((s) => ({ label: s.label, values: years.map((y) => s.values[y]) }));
}

const legend = (chartEl: PayLadderChart) =>
  [...chartEl.shadowRoot!.querySelectorAll('[part="legend"] .series li')].map((li) => plain(li.textContent));

async function click(el: Element, button: HTMLElement | null): Promise<void> {
  expect(button, 'button to click').to.exist;
  button!.click();
  await settle(el);
}

/** `input#name`, `select#workplace`, `button:Fjern Sykehus` … (ids without their unique prefix). */
function describeFocus(a: Element | null): string {
  if (!a) return 'none';
  if (a instanceof HTMLInputElement && a.type === 'radio') return `radio:${plain(a.parentElement?.textContent)}`;
  if (a.id) return `${a.tagName.toLowerCase()}#${a.id.replace(/^plc?\d+-(\d+-)?/, '')}`;
  return `${a.tagName.toLowerCase()}:${plain(a.textContent).slice(0, 40)}`;
}

// The comparison comes from a chunk of its own, loaded when it is needed: load it once up front.
before(() => loadCompare());
checkEachTest({ setUp: () => localStorage.clear() });

// Shift supplements worked out by hand (KS, rotating 35.5 h: hourly divisor 1950 × 35.5 / 37.5 =
// 1846; 47 working weeks; evening 56 kr/h; night 25 % and weekend 22 % of the hourly pay, at least
// 70 kr/h — for these salaries the 70 kr minimum always applies, e.g. 513 100 / 1846 × 25 % = 69,49).
const TWO_SHIFT = 8 * 47 * 56 + 5 * 47 * 70; // 21 056 + 16 450 = 37 506
const THREE_SHIFT = 6 * 47 * 56 + 6 * 47 * 70 + 5 * 47 * 70; // 15 792 + 19 740 + 16 450 = 51 982

// ---- 1. quick comparisons ---------------------------------------------------------------------------

describe('<pay-ladder-compare> quick comparisons', () => {
  it('starts with "Kommune, sykehus eller legekontor?": three cards, three lines in the chart', async () => {
    const el = await make();
    expect(quickButtons(el).map((b) => plain(b.textContent))).to.deep.equal([
      'Kommune, sykehus eller legekontor?',
      'Lønner fagskole seg?',
      '100 % eller 80 %?',
      'Dagtid eller turnus?',
    ]);
    expect(pressed(el)).to.deep.equal(['true', 'false', 'false', 'false']);
    expect(cards(el)).to.have.length(3);
    expect(cards(el).map((c) => field(c, 'name').value)).to.deep.equal(['Kommune', 'Sykehus', 'Legekontor']);
    // Each card shows the place of its agreement (issue #22).
    expect(cards(el).map((c) => field<HTMLSelectElement>(c, 'workplace').value)).to.deep.equal(['helsestasjon', 'sykehus', 'legekontor']);
    expect(cards(el).map((c) => plain(c.querySelector('.card-head span')?.textContent))).to.deep.equal([
      'Utgangspunkt',
      'Scenario 2',
      'Scenario 3',
    ]);
    expect(cards(el).map((c) => field(c, 'yearsExperience').value)).to.deep.equal(['0', '0', '0']);
    expect(cards(el).map((c) => field(c, 'positionPercent').value)).to.deep.equal(['100', '100', '100']);
    expect(el.entries.map((e) => e.scenario.agreement)).to.deep.equal(['ks', 'spekter', 'legekontor']);

    expect(await chartValues(el, [0, 4, 6, 8, 10, 16, 45])).to.deep.equal([
      { label: 'Kommune', values: [437300, 437300, 441500, 452900, 496700, 513100, 513100] },
      { label: 'Sykehus', values: [436000, 441000, 447000, 454000, 515000, 527000, 527000] },
      // Legekontor: no agreement of its own, KS tables by contract.
      { label: 'Legekontor', values: [437300, 437300, 441500, 452900, 496700, 513100, 513100] },
    ]);
    const { chartEl } = await chartOf(el);
    expect(legend(chartEl)).to.deep.equal(['Kommune', 'Sykehus', 'Legekontor']);
    expect(chartEl.current).to.equal(0);
    expect(findings(el)).to.have.length(2);
  });

  it('the preset attribute starts from another quick comparison', async () => {
    const el = await make('<pay-ladder-compare preset="partTime"></pay-ladder-compare>');
    expect(pressed(el)).to.deep.equal(['false', 'false', 'true', 'false']);
    expect(cards(el).map((c) => field(c, 'positionPercent').value)).to.deep.equal(['100', '80']);
  });

  it('each quick-comparison button loads its scenarios and is the one pressed', async () => {
    const el = await make();
    const changes = collect<CompareChangeDetail>('pay-ladder-compare-change');
    const [workplace, fagskole, partTime, shifts] = quickButtons(el);

    await click(el, fagskole);
    expect(pressed(el)).to.deep.equal(['false', 'true', 'false', 'false']);
    expect(cards(el).map((c) => field(c, 'name').value)).to.deep.equal(['Uten fagskole', 'Med fagskole']);
    const [without, withFagskole] = cards(el);
    expect(field<HTMLSelectElement>(without, 'edu').value).to.equal('');
    expect(without.querySelector('[id$="-events.year"]')).to.equal(null);
    expect(field<HTMLSelectElement>(withFagskole, 'edu').value).to.equal('fagskole');
    expect(field(withFagskole, 'events.year').value).to.equal('2');
    expect(field(withFagskole, 'events.months').value).to.equal('10');
    expect(field(withFagskole, 'events.cost').value).to.equal('0');
    // Year 1 loses 10 of 12 months' pay: 437 300 × 2/12 = 72 883; from year 2 the fagskole table.
    expect(await chartValues(el, [0, 1, 2, 6, 10, 16])).to.deep.equal([
      { label: 'Uten fagskole', values: [437300, 437300, 437300, 441500, 496700, 513100] },
      { label: 'Med fagskole', values: [437300, 437300 - (437300 * 10) / 12, 459300, 463500, 516700, 534500] },
    ]);
    expect(changes.length, 'a change event per quick comparison').to.equal(1);
    expect(changes[changes.length - 1].detail.entries).to.have.length(2);

    await click(el, partTime);
    expect(pressed(el)).to.deep.equal(['false', 'false', 'true', 'false']);
    expect(cards(el).map((c) => field(c, 'name').value)).to.deep.equal(['Heltid', '80 % stilling']);
    expect(cards(el).map((c) => field(c, 'positionPercent').value)).to.deep.equal(['100', '80']);
    expect(await chartValues(el, [0, 10, 16])).to.deep.equal([
      { label: 'Heltid', values: [437300, 496700, 513100] },
      { label: '80 % stilling', values: [437300 * 0.8, 496700 * 0.8, 513100 * 0.8] },
    ]);

    await click(el, shifts);
    expect(pressed(el)).to.deep.equal(['false', 'false', 'false', 'true']);
    expect(cards(el).map((c) => field(c, 'name').value)).to.deep.equal(['Dagtid', 'Tredelt turnus']);
    expect(cards(el).map((c) => field<HTMLSelectElement>(c, 'preset').value)).to.deep.equal(['day', 'threeShift']);
    expect(await chartValues(el, [0, 10, 16])).to.deep.equal([
      { label: 'Dagtid', values: [437300, 496700, 513100] },
      { label: 'Tredelt turnus', values: [437300 + THREE_SHIFT, 496700 + THREE_SHIFT, 513100 + THREE_SHIFT] },
    ]);

    await click(el, workplace);
    expect(pressed(el)).to.deep.equal(['true', 'false', 'false', 'false']);
    expect(cards(el).map((c) => field(c, 'name').value)).to.deep.equal(['Kommune', 'Sykehus', 'Legekontor']);
    expect((await chartValues(el, [10])).map((d) => d.values[0])).to.deep.equal([496700, 515000, 496700]);
  });
});

// ---- 2. add, remove, rename ---------------------------------------------------------------------------

describe('<pay-ladder-compare> scenarios', () => {
  it('adds up to four scenarios, then shows a hint instead of the add button', async () => {
    const el = await make();
    expect(plain(addButton(el)?.textContent)).to.equal('Legg til scenario');
    await click(el, addButton(el));
    expect(cards(el)).to.have.length(4);
    // The new card starts as a copy of the last one and gets a letter for a name.
    const fourth = cards(el)[3];
    expect(field(fourth, 'name').value).to.equal('Scenario D');
    expect(plain(fourth.querySelector('.card-head span')?.textContent)).to.equal('Scenario 4');
    expect(field<HTMLSelectElement>(fourth, 'workplace').value).to.equal('legekontor');
    expect(pressed(el), 'an edited comparison is no longer the quick one').to.deep.equal(['false', 'false', 'false', 'false']);
    expect(addButton(el)).to.equal(null);
    expect(plain($(el, 'div.stack > div.actions')?.textContent)).to.equal('Du kan sammenligne opptil fire scenarioer.');
    expect((await chartValues(el, [0])).map((d) => d.label)).to.deep.equal(['Kommune', 'Sykehus', 'Legekontor', 'Scenario D']);
    expect(findings(el)).to.have.length(3);
    expect(el.addScenario({ agreement: 'spekter' }), 'addScenario refuses a fifth').to.equal(false);
    await settle(el);
    expect(cards(el)).to.have.length(4);
  });

  it('removes down to two scenarios; with two there is no remove button', async () => {
    const el = await make();
    expect(cards(el).map((c) => plain(removeButton(c)?.textContent))).to.deep.equal(['Fjern Kommune', 'Fjern Sykehus', 'Fjern Legekontor']);
    await click(el, removeButton(cards(el)[1]));
    expect(cards(el).map((c) => field(c, 'name').value)).to.deep.equal(['Kommune', 'Legekontor']);
    expect(cards(el).map((c) => removeButton(c))).to.deep.equal([null, null]);
    expect(el.entries.map((e) => e.scenario.agreement)).to.deep.equal(['ks', 'legekontor']);
    expect((await chartValues(el, [0])).map((d) => d.label)).to.deep.equal(['Kommune', 'Legekontor']);
    // The two left are not the three-way quick comparison any more.
    expect(pressed(el)).to.deep.equal(['false', 'false', 'false', 'false']);
    // Focus goes back into the cards, not lost on <body>.
    expect(describeFocus(deepActive())).to.equal('input#name');
    expect(findings(el)).to.deep.equal(['Legekontor gir det samme som Kommune fram til 45 års erfaring.']);
    expect(addButton(el)).to.exist;
  });

  it('a new name shows in the chart legend, the table header, the findings and the entries', async () => {
    const el = await make();
    await typeInto(el, field(cards(el)[1], 'name'), 'Ullevål');
    const { chartEl } = await chartOf(el);
    expect(chartEl.series.map((s) => s.label)).to.deep.equal(['Kommune', 'Ullevål', 'Legekontor']);
    expect(legend(chartEl)).to.deep.equal(['Kommune', 'Ullevål', 'Legekontor']);
    await click(el, tableToggle(el));
    expect(headerCells(el)).to.deep.equal([
      'År',
      'Kommune',
      'Ullevål',
      'Legekontor',
      'Forskjell: Ullevål',
      'Samlet forskjell: Ullevål',
      'Forskjell: Legekontor',
      'Samlet forskjell: Legekontor',
    ]);
    expect(findings(el)[0]).to.equal(
      'Ullevål gir 542 200 kr mer enn Kommune samlet fram til 45 års erfaring. Ullevål lønner seg etter 5 år.',
    );
    expect(plain(removeButton(cards(el)[1])?.textContent)).to.equal('Fjern Ullevål');
    expect(el.entries.map((e) => e.name)).to.deep.equal(['', 'Ullevål', '']);
    // The baseline's name is the one the others are measured against.
    await typeInto(el, field(cards(el)[0], 'name'), 'Bydel Frogner');
    expect(findings(el)[0]).to.match(/^Ullevål gir 542 200 kr mer enn Bydel Frogner samlet/);
    expect(findings(el)[1]).to.equal('Legekontor gir det samme som Bydel Frogner fram til 45 års erfaring.');
  });
});

// ---- 3. editing a card ----------------------------------------------------------------------------------

describe('<pay-ladder-compare> editing a card', () => {
  it('workplace, education, years, position, working hours and further education reach the chart', async () => {
    const el = await make();
    const [kommune, sykehus, third] = cards(el);

    // Workplace: the third card from legekontor to Spekter and back to KS.
    await choose(el, field<HTMLSelectElement>(third, 'workplace'), 'sykehus');
    expect((await chartValues(el, [0, 10]))[2].values).to.deep.equal([436000, 515000]);
    await choose(el, field<HTMLSelectElement>(third, 'workplace'), 'helsestasjon');
    expect((await chartValues(el, [0, 10]))[2].values).to.deep.equal([437300, 496700]);

    // Education: KS fagskole table.
    await choose(el, field<HTMLSelectElement>(third, 'education'), 'fagskole');
    expect((await chartValues(el, [0, 6, 8, 10, 16]))[2].values).to.deep.equal([459300, 463500, 474900, 516700, 534500]);
    await choose(el, field<HTMLSelectElement>(third, 'education'), 'helsesekretaer');

    // Further education: fagskole finished at year 5, 6 months unpaid in year 4, 20 000 kr study cost.
    await choose(el, field<HTMLSelectElement>(third, 'edu'), 'fagskole');
    expect(field(third, 'events.year').value, 'default year').to.equal('2');
    await typeInto(el, field(third, 'events.year'), '5');
    await typeInto(el, field(third, 'events.months'), '6');
    await typeInto(el, field(third, 'events.cost'), '20000');
    expect(el.entries[2].scenario.events).to.deep.equal([
      { type: 'education', year: 5, education: 'fagskole', studyCost: 20000, monthsWithoutPay: 6 },
    ]);

    // Position: Sykehus at 80 %.
    await typeInto(el, field(sykehus, 'positionPercent'), '80');
    // Working hours: Kommune on two-shift rota.
    await choose(el, field<HTMLSelectElement>(kommune, 'preset'), 'twoShift');

    const values = await chartValues(el, [0, 3, 4, 5, 8, 10, 16]);
    // The third card was named after its workplace (Legekontor); now on KS it is no longer that.
    expect(values.map((d) => d.label)).to.deep.equal(['Kommune', 'Sykehus', 'Scenario C']);
    expect(values[0].values).to.deep.equal([
      437300 + TWO_SHIFT,
      437300 + TWO_SHIFT,
      437300 + TWO_SHIFT,
      437300 + TWO_SHIFT,
      452900 + TWO_SHIFT,
      496700 + TWO_SHIFT,
      513100 + TWO_SHIFT,
    ]);
    expect(values[1].values).to.deep.equal([
      436000 * 0.8,
      436000 * 0.8,
      441000 * 0.8,
      441000 * 0.8,
      454000 * 0.8,
      515000 * 0.8,
      527000 * 0.8,
    ]);
    // Year 4 is half paid (437 300 × 6/12) and has the 20 000 kr study cost: the chart shows what
    // the table compares (pay minus study costs).
    expect(values[2].values).to.deep.equal([437300, 437300, 437300 / 2 - 20000, 459300, 474900, 516700, 534500]);
    const { chartEl } = await chartOf(el);
    expect(plain(chartEl.shadowRoot!.querySelector('.markers')?.textContent)).to.contain('År 5: Scenario C: Helsesekretær + fagskole');

    // The table subtracts the study cost in the year before: 218 650 − 20 000 = 198 650.
    await click(el, tableToggle(el));
    expect(rowAt(el, 4)[3]).to.equal(kr(437300 / 2 - 20000));

    // Years of the baseline: the comparison starts there.
    await typeInto(el, field(kommune, 'yearsExperience'), '8');
    expect(chartEl.current).to.equal(8);
    expect(bodyRows(el)).to.have.length(45 - 8 + 1);
    expect(rowAt(el, 8).slice(0, 4)).to.deep.equal(['8', kr(452900 + TWO_SHIFT), kr(454000 * 0.8), kr(474900)]);

    // Back to day work from the preset select.
    await choose(el, field<HTMLSelectElement>(kommune, 'preset'), 'day');
    expect((await chartValues(el, [10]))[0].values).to.deep.equal([496700]);
    expect(pressed(el)).to.deep.equal(['false', 'false', 'false', 'false']);
  });

  it('"Ingen" removes the further education; choosing it again starts from the defaults, not old text', async () => {
    const el = await make('<pay-ladder-compare preset="fagskole"></pay-ladder-compare>');
    const card = cards(el)[1];
    await typeInto(el, field(card, 'events.year'), '5');
    await choose(el, field<HTMLSelectElement>(card, 'edu'), '');
    expect(card.querySelector('[id$="-events.year"]')).to.equal(null);
    expect(el.entries[1].scenario.events).to.deep.equal([]);
    expect(findings(el)).to.deep.equal(['Med fagskole gir det samme som Uten fagskole fram til 45 års erfaring.']);
    await choose(el, field<HTMLSelectElement>(card, 'edu'), 'hoyskole');
    const event = el.entries[1].scenario.events[0];
    expect(event).to.include({ type: 'education', education: 'hoyskole', year: 2 });
    // What the field shows is what is computed.
    expect(field(card, 'events.year').value).to.equal(String(event.year));
    expect(field(card, 'events.months').value).to.equal(String(event.type === 'education' ? event.monthsWithoutPay : ''));
  });

  it('in English, a study cost of 30 000 is shown in a form the field reads back as 30 000', async () => {
    const el = await make('<pay-ladder-compare lang="en" preset="fagskole"></pay-ladder-compare>');
    const card = cards(el)[1];
    await typeInto(el, field(card, 'events.cost'), '30000');
    expect(el.entries[1].scenario.events[0]).to.include({ studyCost: 30000 });
    // Re-rendered from the model (e.g. after a language change or restoring a link).
    // eslint-disable-next-line no-self-assign -- assigning the property re-renders the cards from the model
    el.entries = el.entries;
    await settle(el);
    const shown = field(cards(el)[1], 'events.cost').value;
    expect(parseUserNumber(shown), `"${shown}" read back`).to.equal(30000);
  });
});

// ---- 4. findings -----------------------------------------------------------------------------------------

describe('<pay-ladder-compare> findings', () => {
  it('"Lønner fagskole seg?": Med fagskole lønner seg etter 19 år (worked out by hand)', async () => {
    const el = await make();
    await click(el, quickButtons(el)[1]);
    // The preset: fagskole from year 2, 10 months without pay in year 1, no study cost.
    // Difference "Med fagskole" − "Uten fagskole" year by year, cumulated from year 0:
    //   year 0: 0
    //   year 1: 10 of 12 months unpaid: −437 300 × 10/12 = −364 416,67      cumulative −364 416,67
    //   years 2–9: 459 300 − 437 300 = 463 500 − 441 500 = 474 900 − 452 900 = +22 000 a year
    //                                     8 years: −364 416,67 + 176 000 = −188 416,67 (year 9)
    //   years 10–15: 516 700 − 496 700 = +20 000 a year, 6 years:        −68 416,67 (year 15)
    //   years 16–45: 534 500 − 513 100 = +21 400 a year:
    //     year 16 −47 016,67, year 17 −25 616,67, year 18 −4 216,67, year 19 +17 183,33
    //   → behind up to year 18, ahead from year 19 on for good.
    const N = 19;
    // Lifetime (years 0–45): −364 416,67 + 176 000 + 120 000 + 30 × 21 400 = 573 583,33.
    const lifetime = -437300 * (10 / 12) + 8 * 22000 + 6 * 20000 + 30 * 21400;
    expect(findings(el)).to.deep.equal([
      `Med fagskole gir ${kr(lifetime)} mer enn Uten fagskole samlet fram til 45 års erfaring. Med fagskole lønner seg etter ${N} år.`,
    ]);
    expect(kr(lifetime)).to.equal('573 583 kr');
    await click(el, tableToggle(el));
    const cumulative = (y: number) => rowAt(el, y)[4];
    expect(cumulative(1)).to.equal(kr(-364416.67));
    expect(cumulative(18)).to.equal(kr(-4216.67));
    expect(cumulative(19)).to.equal(kr(17183.33));
    expect(rowAt(el, 1)[2]).to.equal(kr(437300 * (2 / 12)));
  });

  it('with a study cost the pay-off comes later: 100 000 kr more pushes it past year 23', async () => {
    const el = await make('<pay-ladder-compare preset="fagskole"></pay-ladder-compare>');
    await typeInto(el, field(cards(el)[1], 'events.cost'), '100000');
    // Cumulative at year 19 is now 17 183,33 − 100 000 = −82 816,67; + 21 400 a year:
    // year 22 −18 616,67, year 23 +2 783,33.
    expect(findings(el)[0]).to.match(/Med fagskole lønner seg etter 23 år\.$/);
  });

  it('Kommune vs Sykehus: 542 200 kr more in Spekter up to 45 years (worked out by hand), pays off after 5', async () => {
    const el = await make();
    // Spekter − KS, year by year:
    //   years 0–3: 436 000 − 437 300 = −1 300 × 4 =  −5 200
    //   years 4–5: 441 000 − 437 300 = +3 700 × 2 =  +7 400   (cumulative +2 200 from year 5)
    //   years 6–7: 447 000 − 441 500 = +5 500 × 2 = +11 000
    //   years 8–9: 454 000 − 452 900 = +1 100 × 2 =  +2 200
    //   years 10–15: 515 000 − 496 700 = +18 300 × 6 = +109 800
    //   years 16–45: 527 000 − 513 100 = +13 900 × 30 = +417 000
    const lifetime = -5200 + 7400 + 11000 + 2200 + 109800 + 417000;
    expect(lifetime).to.equal(542200);
    expect(findings(el)).to.deep.equal([
      'Sykehus gir 542 200 kr mer enn Kommune samlet fram til 45 års erfaring. Sykehus lønner seg etter 5 år.',
      'Legekontor gir det samme som Kommune fram til 45 års erfaring.',
    ]);
    // Turned round: KS gives as much less.
    el.entries = [
      { name: 'Sykehus', scenario: { agreement: 'spekter' } as never },
      { name: 'Kommune', scenario: { agreement: 'ks' } as never },
    ];
    await settle(el);
    expect(findings(el)).to.deep.equal(['Kommune gir 542 200 kr mindre enn Sykehus samlet fram til 45 års erfaring.']);
  });
});

describe('<pay-ladder-compare> findings announced', () => {
  for (const lang of ['en', 'nn']) {
    it(`lang="${lang}": the polite announcement after a change is the findings as shown, in the element's language`, async () => {
      const el = await make(`<pay-ladder-compare lang="${lang}"></pay-ladder-compare>`);
      el.entries = [
        { name: 'A', scenario: { agreement: 'ks' } as never },
        { name: 'B', scenario: { agreement: 'spekter' } as never },
      ];
      await settle(el);
      const shown = findings(el).join(' ');
      expect(shown, 'findings are shown').to.not.equal('');
      const live = () =>
        (el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
      await waitUntil(() => live() !== '', 'announces the findings', { timeout: 3000 });
      expect(live()).to.equal(shown);
    });
  }
});

// ---- 5. metric, growth, today's kroner --------------------------------------------------------------------

describe('<pay-ladder-compare> gross/net and growth', () => {
  it('"Netto" compares the estimated pay after tax and pension', async () => {
    const el = await make();
    const [gross, net] = metricRadios(el);
    expect(plain(gross.parentElement?.textContent)).to.equal('Brutto (før skatt)');
    expect(plain(net.parentElement?.textContent)).to.equal('Netto (anslag etter skatt)');
    expect(gross.checked).to.equal(true);
    await click(el, tableToggle(el));
    expect(rowAt(el, 0).slice(1, 4)).to.deep.equal(['437 300 kr', '436 000 kr', '437 300 kr']);

    const changes = collect<CompareChangeDetail>('pay-ladder-compare-change');
    net.click();
    await settle(el);
    expect(el.metric).to.equal('netAnnualEstimate');
    // 2026 tax rules (data/rules/tax.json), 2 % pension premium (KLP), 437 300 kr gross:
    //   pension 8 746; minstefradrag min(46 %, 95 700) = 95 700; personfradrag 114 540
    //   income tax 22 % × (437 300 − 95 700 − 8 746 − 114 540 = 218 314) = 48 029,08
    //   trinnskatt 1,7 % × (318 300 − 226 100) + 4 % × (437 300 − 318 300) = 1 567,40 + 4 760 = 6 327,40
    //   trygdeavgift 7,6 % × 437 300 = 33 234,80
    //   net 437 300 − 48 029,08 − 6 327,40 − 33 234,80 − 8 746 = 340 962,72
    const ksNet = 437300 - 0.22 * (437300 - 95700 - 8746 - 114540) - (0.017 * 92200 + 0.04 * (437300 - 318300)) - 0.076 * 437300 - 8746;
    // Spekter 436 000: pension 8 720, income tax 22 % × 217 040, trinnskatt 1 567,40 + 4 % × 117 700, trygdeavgift 7,6 %.
    const spekterNet =
      436000 - 0.22 * (436000 - 95700 - 8720 - 114540) - (0.017 * 92200 + 0.04 * (436000 - 318300)) - 0.076 * 436000 - 8720;
    // Legekontor: the pension premium is not known (no common scheme), so none is deducted:
    //   income tax 22 % × (437 300 − 95 700 − 114 540 = 227 060) = 49 953,20 → net 347 784,60.
    const legekontorNet = 437300 - 0.22 * (437300 - 95700 - 114540) - (0.017 * 92200 + 0.04 * (437300 - 318300)) - 0.076 * 437300;
    expect(kr(ksNet)).to.equal('340 963 kr');
    expect(kr(legekontorNet)).to.equal('347 785 kr');
    expect(rowAt(el, 0).slice(1, 4)).to.deep.equal([kr(ksNet), kr(spekterNet), kr(legekontorNet)]);
    const { chartEl } = await chartOf(el);
    expect(chartEl.series[0].values[0]!).to.be.closeTo(ksNet, 0.01);
    expect(chartEl.series[1].values[0]!).to.be.closeTo(spekterNet, 0.01);
    expect(findings(el)[0]).not.to.contain('542 200 kr');
    expect(changes.length).to.equal(1);
    expect(changes[changes.length - 1].detail.result.metric).to.equal('netAnnualEstimate');

    gross.click();
    await settle(el);
    expect(rowAt(el, 0).slice(1, 4)).to.deep.equal(['437 300 kr', '436 000 kr', '437 300 kr']);
    expect(chartEl.series[0].values[0]!).to.equal(437300);
  });

  it('growth: 3 % a year raises later years; "Vis i dagens kroner" appears only with growth ≠ 0 and takes it out again', async () => {
    const el = await make();
    expect(growthInput(el).value).to.equal('0');
    expect(realKronerBox(el)).to.equal(null);

    await typeInto(el, growthInput(el), '3');
    expect(el.entries.map((e) => e.scenario.annualGrowth)).to.deep.equal([3, 3, 3]);
    const box = realKronerBox(el);
    expect(box, "the today's-kroner checkbox").to.exist;
    expect(plain(box!.parentElement?.textContent)).to.equal('Vis i dagens kroner');
    expect(box!.checked).to.equal(false);
    const { chartEl } = await chartOf(el);
    expect(chartEl.series[0].values[0]!).to.equal(437300);
    expect(chartEl.series[0].values[10]!).to.be.closeTo(496700 * 1.03 ** 10, 0.01);
    expect(chartEl.series[1].values[16]!).to.be.closeTo(527000 * 1.03 ** 16, 0.01);

    box!.click();
    await settle(el);
    expect(chartEl.series[0].values[10]!).to.be.closeTo(496700, 0.01);
    expect(chartEl.series[1].values[16]!).to.be.closeTo(527000, 0.01);

    await typeInto(el, growthInput(el), '0');
    expect(realKronerBox(el)).to.equal(null);
    expect(chartEl.series[0].values[10]!).to.equal(496700);

    // A new quick comparison starts without growth, and the field says so.
    await typeInto(el, growthInput(el), '2,5');
    expect(el.entries[0].scenario.annualGrowth).to.equal(2.5);
    await click(el, quickButtons(el)[1]);
    expect(el.entries.map((e) => e.scenario.annualGrowth)).to.deep.equal([0, 0]);
    expect(growthInput(el).value).to.equal('0');
    expect(realKronerBox(el)).to.equal(null);
  });

  it('bad growth: an error at the field, the figures unchanged', async () => {
    const el = await make();
    const errors = collect<{ source: string; errors: ScenarioError[] }>('pay-ladder-error');
    await typeInto(el, growthInput(el), '2');
    const { chartEl } = await chartOf(el);
    const at10 = chartEl.series[0].values[10]!;
    // "25" is typed as "2", then "25": out of range, so 2 % stays.
    await typeInto(el, growthInput(el), '25');
    expectFieldError(el, growthInput(el), `Skriv et tall fra ${new Intl.NumberFormat('nb-NO').format(-10)} til 20.`);
    expect(growthInput(el).value).to.equal('25');
    expect(el.entries.map((e) => e.scenario.annualGrowth)).to.deep.equal([2, 2, 2]);
    expect(chartEl.series[0].values[10]!).to.equal(at10);
    expect(errors[errors.length - 1].detail.errors[0]).to.include({ field: 'annualGrowth', code: 'outOfRange' });
  });
});

// ---- 6. the year table ---------------------------------------------------------------------------------

describe('<pay-ladder-compare> year table', () => {
  it('the toggle (aria-expanded) shows one row per year 0–45 with values, differences and running totals', async () => {
    const el = await make();
    const button = tableToggle(el);
    const region = must(el, `#${button.getAttribute('aria-controls')}`);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(plain(button.textContent)).to.equal('Vis sammenligningen som tabell');
    expect(region.checkVisibility()).to.equal(false);
    expect(region.getAttribute('tabindex')).to.equal('-1');

    await click(el, button);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(plain(button.textContent)).to.equal('Skjul tabellen');
    expect(region.checkVisibility()).to.equal(true);
    expect(region.getAttribute('tabindex')).to.equal('0');
    expect(region.getAttribute('aria-label')).to.equal('Sammenligning år for år');
    expect(plain($(el, 'table[part="table"] caption')?.textContent)).to.equal('Sammenligning år for år');
    expect(headerCells(el)).to.deep.equal([
      'År',
      'Kommune',
      'Sykehus',
      'Legekontor',
      'Forskjell: Sykehus',
      'Samlet forskjell: Sykehus',
      'Forskjell: Legekontor',
      'Samlet forskjell: Legekontor',
    ]);
    const rows = bodyRows(el);
    expect(rows).to.have.length(46);
    expect(rows.map((r) => plain(r.cells[0].textContent))).to.deep.equal(Array.from({ length: 46 }, (_, i) => String(i)));
    expect(rows.every((r) => r.cells[0].tagName === 'TH' && r.cells[0].getAttribute('scope') === 'row')).to.equal(true);
    expect(rowCells(rows[0])).to.deep.equal(['0', '437 300 kr', '436 000 kr', '437 300 kr', kr(-1300), kr(-1300), '0 kr', '0 kr']);
    expect(rowCells(rows[4])).to.deep.equal(['4', '437 300 kr', '441 000 kr', '437 300 kr', '3 700 kr', kr(-1500), '0 kr', '0 kr']);
    // Cumulative at 10: −5 200 + 7 400 + 11 000 + 2 200 + 18 300 = 33 700.
    expect(rowCells(rows[10])).to.deep.equal(['10', '496 700 kr', '515 000 kr', '496 700 kr', '18 300 kr', '33 700 kr', '0 kr', '0 kr']);
    expect(rowCells(rows[45])).to.deep.equal(['45', '513 100 kr', '527 000 kr', '513 100 kr', '13 900 kr', '542 200 kr', '0 kr', '0 kr']);
    // Negative differences are marked (not by colour alone: the minus sign is in the text).
    expect(rows[0].cells[4].classList.contains('neg')).to.equal(true);
    expect(rows[10].cells[4].classList.contains('neg')).to.equal(false);

    await click(el, button);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(region.checkVisibility()).to.equal(false);
  });

  it('four scenarios give 1 + 4 + 2 × 3 columns', async () => {
    const el = await make();
    await click(el, addButton(el));
    await click(el, tableToggle(el));
    expect(headerCells(el)).to.have.length(11);
    expect(rowAt(el, 0)).to.have.length(11);
  });
});

// ---- 7. invalid input ------------------------------------------------------------------------------------

describe('<pay-ladder-compare> invalid input', () => {
  it('years "abc": an error at the field, aria-invalid, the figures unchanged, pay-ladder-error fired', async () => {
    const el = await make();
    const errors = collect<{ source: string; errors: ScenarioError[] }>('pay-ladder-error');
    await typeInto(el, field(cards(el)[0], 'yearsExperience'), '10');
    const before = { findings: findings(el), lines: await chartValues(el, [0, 10, 45]) };
    const { chartEl } = await chartOf(el);
    expect(chartEl.current).to.equal(10);

    const years = field(cards(el)[0], 'yearsExperience');
    await typeInto(el, years, 'abc');
    expect(years.value).to.equal('abc');
    expectFieldError(el, years, 'Skriv et tall.');
    expect(findings(el)).to.deep.equal(before.findings);
    expect(await chartValues(el, [0, 10, 45])).to.deep.equal(before.lines);
    expect(chartEl.current).to.equal(10);
    expect(el.entries[0].scenario.yearsExperience).to.equal(10);
    // One per keystroke: "a", "ab", "abc".
    expect(errors.length).to.equal(3);
    const last = errors[errors.length - 1];
    expect(last.detail.source).to.equal('input');
    expect(last.detail.errors[0]).to.include({ field: 'yearsExperience', code: 'notANumber' });
    // The other cards are untouched.
    expect(field(cards(el)[1], 'yearsExperience').getAttribute('aria-invalid')).to.equal('false');

    // Position out of range on another card.
    const position = field(cards(el)[1], 'positionPercent');
    await typeInto(el, position, '0');
    expectFieldError(el, position, 'Skriv et tall fra 1 til 100.');
    expect(el.entries[1].scenario.positionPercent).to.equal(100);

    // Fixing the value clears the error and applies it.
    await typeInto(el, years, '8');
    expect(years.getAttribute('aria-invalid')).to.equal('false');
    expect(years.getAttribute('aria-describedby')).to.equal(null);
    expect(chartEl.current).to.equal(8);
  });

  it('entries = [] is refused with a pay-ladder-error (source property), the cards stay', async () => {
    const el = await make();
    const errors = collect<{ source: string; errors: ScenarioError[] }>('pay-ladder-error');
    el.entries = [];
    await settle(el);
    expect(cards(el)).to.have.length(3);
    expect(errors.map((e) => e.detail.source)).to.deep.equal(['property']);
    // Five entries: four are kept, one error.
    el.entries = Array.from({ length: 5 }, (_, i) => ({ name: `S${i + 1}`, scenario: { yearsExperience: i } as never }));
    await settle(el);
    expect(cards(el).map((c) => field(c, 'name').value)).to.deep.equal(['S1', 'S2', 'S3', 'S4']);
    expect(errors[errors.length - 1].detail.errors.map((e) => e.code)).to.include('tooMany');
  });
});

// ---- 8. accessibility --------------------------------------------------------------------------------------

describe('<pay-ladder-compare> accessibility (axe-core)', () => {
  for (const lang of ['nb', 'nn', 'en']) {
    it(`lang="${lang}", with the table closed and open`, async function (this: MochaLite.Context) {
      this.timeout(40_000);
      const el = await make(`<pay-ladder-compare lang="${lang}"></pay-ladder-compare>`);
      await chartOf(el);
      expect(el.getAttribute('lang')).to.equal(lang);
      await expect(el).to.be.accessible();
      await click(el, tableToggle(el));
      expect(tableToggle(el).getAttribute('aria-expanded')).to.equal('true');
      await expect(el).to.be.accessible();
    });
  }

  it('nn and en texts differ from bokmål', async () => {
    const nb = await make();
    const nn = await make('<pay-ladder-compare lang="nn"></pay-ladder-compare>');
    const en = await make('<pay-ladder-compare lang="en"></pay-ladder-compare>');
    const heading = (el: PayLadderCompare) => plain($(el, '[part="results"] h2')?.textContent);
    expect(heading(nb)).to.equal('Slik blir forskjellen');
    expect(heading(en)).not.to.equal(heading(nb));
    expect(heading(nn)).not.to.equal(heading(nb));
    expect(findings(en)[0]).to.contain('NOK 542,200');
  });

  it('with four scenarios, errors, growth and the share panel open', async function (this: MochaLite.Context) {
    this.timeout(40_000);
    const el = await make();
    await click(el, addButton(el));
    await typeInto(el, field(cards(el)[0], 'yearsExperience'), 'abc');
    await typeInto(el, growthInput(el), '3');
    await choose(el, field<HTMLSelectElement>(cards(el)[1], 'edu'), 'fagskole');
    must<HTMLDetailsElement>(el, 'details.share').open = true;
    await click(el, tableToggle(el));
    await chartOf(el);
    await expect(el).to.be.accessible();
  });
});

// ---- 9. keyboard -------------------------------------------------------------------------------------------

describe('<pay-ladder-compare> keyboard only', () => {
  it('Tab reaches the quick buttons, then every card field and remove button, then the add button', async () => {
    const host = await fixture<HTMLDivElement>(
      html`<div><button id="before">before</button><pay-ladder-compare preset="fagskole"></pay-ladder-compare></div>`,
    );
    const el = host.querySelector('pay-ladder-compare')!;
    await settle(el);
    host.querySelector<HTMLButtonElement>('#before')!.focus();
    const seen: string[] = [];
    for (let i = 0; i < 24; i++) {
      await sendKeys({ press: 'Tab' });
      const a = deepActive();
      seen.push(describeFocus(a));
      expect(getComputedStyle(a!).outlineStyle, `focus ring on ${describeFocus(a)}`).not.to.equal('none');
    }
    expect(seen).to.deep.equal([
      'button:Kommune, sykehus eller legekontor?',
      'button:Lønner fagskole seg?',
      'button:100 % eller 80 %?',
      'button:Dagtid eller turnus?',
      // Card 1 (no remove button with two cards)
      'input#name',
      'select#workplace',
      'select#education',
      'input#yearsExperience',
      'input#positionPercent',
      'select#preset',
      'input#taxArea',
      'select#edu',
      // Card 2, with its further education
      'input#name',
      'select#workplace',
      'select#education',
      'input#yearsExperience',
      'input#positionPercent',
      'select#preset',
      'input#taxArea',
      'select#edu',
      'input#events.year',
      'input#events.months',
      'input#events.cost',
      'button:Legg til scenario',
    ]);
  });

  it('Enter and Space activate the quick buttons, add and remove', async () => {
    const el = await make();
    quickButtons(el)[2].focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(pressed(el)).to.deep.equal(['false', 'false', 'true', 'false']);
    expect(cards(el).map((c) => field(c, 'name').value)).to.deep.equal(['Heltid', '80 % stilling']);

    quickButtons(el)[1].focus();
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(pressed(el)).to.deep.equal(['false', 'true', 'false', 'false']);

    addButton(el)!.focus();
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(cards(el)).to.have.length(3);
    addButton(el)!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(cards(el)).to.have.length(4);
    expect(addButton(el)).to.equal(null);

    // A card's remove button comes just before its name field.
    field(cards(el)[3], 'name').focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(describeFocus(deepActive())).to.equal('button:Fjern Scenario D');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(cards(el)).to.have.length(3);
    removeButton(cards(el)[2])!.focus();
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(cards(el)).to.have.length(2);
    expect(cards(el).map((c) => removeButton(c))).to.deep.equal([null, null]);

    // Typing in a card field and using a select with arrow keys.
    const position = field(cards(el)[1], 'positionPercent');
    position.focus();
    position.select();
    await sendKeys({ type: '50' });
    await settle(el);
    expect(el.entries[1].scenario.positionPercent).to.equal(50);
    // From the health centre (KS) one up: the hospital (Spekter).
    field<HTMLSelectElement>(cards(el)[1], 'workplace').focus();
    await sendKeys({ press: 'ArrowUp' });
    await settle(el);
    expect(el.entries[1].scenario.agreement).to.equal('spekter');
    expect((await chartValues(el, [0]))[1].values).to.deep.equal([436000 * 0.5]);
  });

  it('the metric radios and the table toggle work from the keyboard', async () => {
    const el = await make();
    metricRadios(el)[0].focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(el.metric).to.equal('netAnnualEstimate');
    tableToggle(el).focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(tableToggle(el).getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.getAttribute('role'), 'the scrollable table region takes focus').to.equal('region');
  });
});

// ---- 10. from the calculator --------------------------------------------------------------------------------

describe('<pay-ladder> "Legg til dette valget i sammenligningen"', () => {
  const addCurrent = (el: PayLadder) => must<HTMLButtonElement>(el, '.compare-block .actions button');
  const panel = (el: PayLadder) => $<PayLadderCompare>(el, 'pay-ladder-compare');
  /** The calculator's own live region (the share panel has its own). */
  const live = (el: PayLadder) => {
    const regions = $$(el, '[role="status"][aria-live="polite"]').filter((n) => !n.closest('details.share'));
    expect(regions, 'one live region of the calculator').to.have.length(1);
    return regions[0];
  };

  async function mountCalculator(markup = '<pay-ladder></pay-ladder>'): Promise<PayLadder> {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.innerHTML = markup;
    const el = host.querySelector('pay-ladder')!;
    await settle(el);
    return el;
  }

  async function press(el: PayLadder): Promise<PayLadderCompare> {
    addCurrent(el).click();
    await waitUntil(() => panel(el), 'the comparison opens', { timeout: 3000 });
    await settle(el);
    const p = panel(el)!;
    await settle(p);
    return p;
  }

  it('opens the comparison with "Ditt valg" and the other agreement; again adds a third; at four it says it is full', async () => {
    const el = await mountCalculator('<pay-ladder years="8"></pay-ladder>');
    expect(plain(addCurrent(el).textContent)).to.equal('Legg til dette valget i sammenligningen');
    expect(panel(el)).to.equal(null);

    const p = await press(el);
    await waitUntil(() => cards(p).length === 2 && field(cards(p)[0], 'name').value === 'Ditt valg', 'two scenarios', { timeout: 3000 });
    await settle(p);
    expect(cards(p).map((c) => field(c, 'name').value)).to.deep.equal(['Ditt valg', 'Sykehus']);
    expect(p.entries.map((e) => [e.scenario.agreement, e.scenario.yearsExperience])).to.deep.equal([
      ['ks', 8],
      ['spekter', 8],
    ]);
    expect(p.hasAttribute('no-url-sync')).to.equal(true);
    // From 8 years: Spekter − KS = 1 100 × 2 + 18 300 × 6 + 13 900 × 30 = 529 000.
    expect(findings(p)[0]).to.equal('Sykehus gir 529 000 kr mer enn Ditt valg samlet fram til 45 års erfaring.');
    expect((await chartValues(p, [8, 10])).map((d) => d.values)).to.deep.equal([
      [452900, 496700],
      [454000, 515000],
    ]);
    await waitUntil(() => plain(live(el).textContent) === 'Sammenligningen er åpnet under.', 'announces the panel', { timeout: 3000 });

    // A different choice, added as a third.
    await typeInto(el, must<HTMLInputElement>(el, 'input[id$="-positionPercent"]'), '50');
    await press(el);
    expect(cards(p).map((c) => field(c, 'name').value)).to.deep.equal(['Ditt valg', 'Sykehus', 'Ditt valg']);
    expect(p.entries[2].scenario).to.include({ agreement: 'ks', yearsExperience: 8, positionPercent: 50 });
    await waitUntil(() => plain(live(el).textContent) === 'Lagt til i sammenligningen.', 'announces the addition', { timeout: 3000 });

    await press(el);
    expect(cards(p)).to.have.length(4);
    await press(el);
    expect(cards(p), 'never a fifth').to.have.length(4);
    await waitUntil(
      () => plain(live(el).textContent) === 'Sammenligningen har allerede fire scenarioer. Fjern ett først.',
      'says the comparison is full',
      { timeout: 3000 },
    );
  });

  it('the answer to the press stays in the live region: a summary still pending from typing does not replace it', async () => {
    const el = await mountCalculator();
    // Typing schedules the result's summary for 600 ms later; the press comes before that.
    await typeInto(el, must<HTMLInputElement>(el, 'input[id$="-yearsExperience"]'), '8');
    await press(el);
    await new Promise((r) => setTimeout(r, 800));
    expect(plain(live(el).textContent)).to.equal('Sammenligningen er åpnet under.');
  });

  it('from Spekter the other agreement is Kommune (KS)', async () => {
    const el = await mountCalculator('<pay-ladder agreement="spekter"></pay-ladder>');
    const p = await press(el);
    await waitUntil(() => field(cards(p)[0], 'name').value === 'Ditt valg', 'filled', { timeout: 3000 });
    await settle(p);
    expect(cards(p).map((c) => field(c, 'name').value)).to.deep.equal(['Ditt valg', 'Kommune']);
    expect(findings(p)[0]).to.equal('Kommune gir 542 200 kr mindre enn Ditt valg samlet fram til 45 års erfaring.');
  });

  it('the opened comparison is accessible', async function (this: MochaLite.Context) {
    this.timeout(40_000);
    const el = await mountCalculator();
    const p = await press(el);
    await chartOf(p);
    await expect(el).to.be.accessible();
  });
});
