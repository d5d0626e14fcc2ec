/**
 * "Arbeidsvilkår" and "Slik blir året ditt" in <pay-ladder> (src/ui/calculator/deferred/year.ts):
 * closed at first, loaded when opened; the terms of the chosen workplace and the year month by
 * month, checked against the model (conditionsFor, paySchedule) on the bundled data; in nb, nn and
 * en; axe-core; keyboard; 320 px.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { conditionsFor, defaultDataset, paySchedule, scheduleYears, todayIso } from '../../src/model/index.js';
import type { PayLadder } from '../../src/ui/calculator/pay-ladder.js';
import { formatNok } from '../../src/i18n/format.js';
import { $, $$, checkEachTest, deepActive, must, plain, sendKeys, settle } from './helpers.js';

checkEachTest();

async function mount(markup: string, width?: number): Promise<PayLadder> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  if (width) host.style.width = `${width}px`;
  host.innerHTML = markup;
  const el = host.querySelector('pay-ladder')!;
  await settle(el);
  await waitUntil(() => $(el, 'details[data-group="year"]'), 'the sections are there (with the blocks under the results)', {
    timeout: 5000,
  });
  return el;
}

const section = (el: PayLadder, name: 'conditions' | 'year') => must<HTMLDetailsElement>(el, `details[data-group="${name}"]`);

async function open(el: PayLadder, name: 'conditions' | 'year'): Promise<HTMLDetailsElement> {
  const d = section(el, name);
  d.open = true;
  const ready = name === 'conditions' ? '.terms' : 'table.months-table';
  await waitUntil(() => d.querySelector(ready), `${name} has loaded`, { timeout: 5000 });
  await settle(el);
  return d;
}

/** The year the section starts with: this year, or the next in December (the model's scheduleYears). */
const { years, preferred: year } = scheduleYears(todayIso());
const other = years[0] === year ? years[1] : years[0];
const kr = (n: number) => `${new Intl.NumberFormat('nb-NO').format(Math.round(n)).replace(/[\s\u00a0\u202f]/g, ' ')} kr`;

describe('<pay-ladder> Arbeidsvilkår', () => {
  it('closed at first; opened, it lists every term of the workplace (the model’s), each with a "Hvorfor?"', async () => {
    const el = await mount('<pay-ladder agreement="ks"></pay-ladder>');
    expect(section(el, 'conditions').open).to.equal(false);
    expect(plain(section(el, 'conditions').querySelector('summary')?.textContent)).to.equal('Arbeidsvilkår');
    const d = await open(el, 'conditions');
    const r = conditionsFor({ agreement: 'ks' }, defaultDataset);
    if (!r.ok) throw new Error('model');
    const shown = r.terms.filter((t) => t.id !== 'writtenContract');
    expect(d.querySelectorAll('.term').length).to.equal(shown.length);
    expect(d.querySelectorAll('.term details.why').length).to.equal(shown.length);
    // Holiday pay: the agreement's 12 %, from the data.
    const holiday = [...d.querySelectorAll('.term')].find((t) => plain(t.querySelector('dt')?.textContent) === 'Feriepenger');
    expect(plain(holiday?.querySelector('dd .value, dd .unknown')?.textContent)).to.equal('12 %');
    // A municipality has an agreement: no contract checklist.
    expect(d.querySelector('.contract')).to.equal(null);
  });

  it('a private employer without an agreement: the law’s minimum, and "Sjekk kontrakten din" with § 14-6', async () => {
    const el = await mount('<pay-ladder agreement="private"></pay-ladder>');
    const d = await open(el, 'conditions');
    const holiday = [...d.querySelectorAll('.term')].find((t) => plain(t.querySelector('dt')?.textContent) === 'Feriepenger');
    expect(plain(holiday?.querySelector('dd .value')?.textContent)).to.equal('10,2 %');
    // The law's 25 working days, in weeks as ferieloven counts them (six working days a week).
    const vacation = [...d.querySelectorAll('.term')].find((t) => plain(t.querySelector('dt')?.textContent) === 'Ferie');
    expect(plain(vacation?.querySelector('dd .value')?.textContent)).to.equal('25 virkedager (4 uker og 1 dag)');
    expect(plain(d.querySelector('.contract h4')?.textContent)).to.equal('Sjekk kontrakten din');
    expect(d.querySelectorAll('.contract li').length).to.be.greaterThan(8);
  });

  it('a "Hvorfor?" shows the term’s source once opened', async () => {
    const el = await mount('<pay-ladder agreement="private"></pay-ladder>');
    const d = await open(el, 'conditions');
    const why = d.querySelector<HTMLDetailsElement>('.term details.why')!;
    why.open = true;
    await waitUntil(() => why.querySelector('.provenance a[href^="https://"]'), 'the source link', { timeout: 5000 });
  });
});

describe('<pay-ladder> Slik blir året ditt', () => {
  it('12 months and a total, equal to the model’s schedule; June and December marked; the summary line', async () => {
    const el = await mount('<pay-ladder agreement="ks" years="5"></pay-ladder>');
    const d = await open(el, 'year');
    const r = paySchedule({ agreement: 'ks', yearsExperience: 5 }, defaultDataset, { year });
    if (!r.ok) throw new Error('model');
    const rows = [...d.querySelectorAll('tbody tr')];
    expect(rows.length).to.equal(12);
    rows.forEach((row, i) => {
      const cells = [...row.querySelectorAll('td')].map((c) => plain(c.textContent));
      expect(cells.slice(0, 3), `month ${i + 1}`).to.deep.equal([kr(r.months[i].gross), kr(r.months[i].taxWithheld), kr(r.months[i].net)]);
    });
    expect(rows[5].classList.contains('marked')).to.equal(true);
    expect(plain(rows[5].querySelector('th')?.textContent)).to.match(/^juni \(feriepenger\)$/);
    expect(plain(rows[11].querySelector('th')?.textContent)).to.match(/^desember \(halv skatt\)$/);
    expect(r.months[5].gross, 'June above a normal month').to.be.greaterThan(r.months[2].gross);
    expect(plain(d.querySelector('.sentence')?.textContent)).to.equal(
      `I ${year} får du ca. ${kr(r.summary.net)} utbetalt etter skatt. I juni: ${kr(r.months[5].net)}, i desember: ${kr(r.months[11].net)}.`,
    );
  });

  it('a start this January: no holiday pay in June, and the note says why', async () => {
    const el = await mount('<pay-ladder agreement="ks"></pay-ladder>');
    const d = await open(el, 'year');
    // The start month: this January (a start in the year laid out, when that is this year).
    const radio = [...d.querySelectorAll<HTMLInputElement>('.year-choice input[type="radio"]')][0];
    radio.click();
    await settle(el);
    const start = d.querySelector<HTMLSelectElement>('select')!;
    start.value = `${years[0]}-01`;
    start.dispatchEvent(new Event('change'));
    await settle(el);
    await waitUntil(() => /opptjente ikke feriepenger/.test(plain(d.textContent)), 'the note', { timeout: 3000 });
    expect(d.querySelector('tbody tr.marked .mark')?.textContent ?? '').to.not.match(/feriepenger/);
  });
});

describe('<pay-ladder> Slik blir året ditt: the choice of year', () => {
  for (const [lang, words] of [
    [
      'nb',
      {
        legend: 'Hvilket år?',
        now: 'I år',
        next: 'Neste år',
        caption: 'Måned for måned i',
        proposed: 'er regjeringens forslag til statsbudsjett',
      },
    ],
    [
      'nn',
      {
        legend: 'Kva år?',
        now: 'I år',
        next: 'Neste år',
        caption: 'Månad for månad i',
        proposed: 'er forslaget frå regjeringa til statsbudsjett',
      },
    ],
    [
      'en',
      {
        legend: 'Which year?',
        now: 'This year',
        next: 'Next year',
        caption: 'Month by month in',
        proposed: "are the government's budget proposal",
      },
    ],
  ] as const) {
    it(`lang="${lang}": this year or next (in December next first), each the model's schedule; a proposed year says so; axe finds nothing`, async function (this: MochaLite.Context) {
      this.timeout(30_000);
      const el = await mount(`<pay-ladder lang="${lang}" agreement="ks" years="5"></pay-ladder>`);
      const d = await open(el, 'year');
      const choice = d.querySelector('.year-choice')!;
      expect(plain(choice.querySelector('legend')?.textContent)).to.equal(words.legend);
      const radios = [...choice.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
      expect(radios.map((r) => plain(r.closest('label')?.textContent))).to.deep.equal([
        `${words.now} (${years[0]})`,
        `${words.next} (${years[1]})`,
      ]);
      expect(radios.map((r) => r.checked)).to.deep.equal([year === years[0], year === years[1]]);
      for (const y of [year, other]) {
        radios[years.indexOf(y)].click();
        await settle(el);
        await waitUntil(() => plain(d.querySelector('caption')?.textContent).startsWith(`${words.caption} ${y}`), `the table for ${y}`, {
          timeout: 3000,
        });
        const r = paySchedule({ agreement: 'ks', yearsExperience: 5 }, defaultDataset, { year: y });
        if (!r.ok) throw new Error('model');
        const nets = [...d.querySelectorAll('tbody tr')].map((row) => plain(row.querySelectorAll('td')[2]?.textContent));
        expect(nets, `${y}`).to.deep.equal(r.months.map((m) => plain(formatNok(m.net, lang))));
        // The tax rules of a year Stortinget has not adopted (2027 in the data) are said to be a proposal.
        expect(plain(d.textContent).includes(words.proposed), `${y}: proposal said`).to.equal(r.summary.taxStatus === 'proposed');
      }
      await expect(el).to.be.accessible();
    });
  }
});

describe('<pay-ladder> Arbeidsvilkår and Slik blir året ditt: languages, axe, keyboard, 320 px', () => {
  for (const [lang, names] of [
    ['nb', ['Arbeidsvilkår', 'Slik blir året ditt']],
    ['nn', ['Arbeidsvilkår', 'Slik blir året ditt']],
    ['en', ['Working conditions', 'Your year, month by month']],
  ] as const) {
    it(`lang="${lang}": both open, in the language, and axe finds nothing`, async function (this: MochaLite.Context) {
      this.timeout(30_000);
      const el = await mount(`<pay-ladder lang="${lang}" agreement="private"></pay-ladder>`);
      expect(plain(section(el, 'conditions').querySelector('summary')?.textContent)).to.equal(names[0]);
      expect(plain(section(el, 'year').querySelector('summary')?.textContent)).to.equal(names[1]);
      await open(el, 'conditions');
      await open(el, 'year');
      if (lang === 'en')
        expect(plain(section(el, 'year').querySelector('caption')?.textContent)).to.equal(`Month by month in ${year} (estimate)`);
      if (lang === 'nn')
        expect(plain(section(el, 'year').querySelector('caption')?.textContent)).to.equal(`Månad for månad i ${year} (overslag)`);
      await expect(el).to.be.accessible();
    });
  }

  it('keyboard only: Tab reaches the toggle, Enter opens it, and the start month is a labelled select', async () => {
    const el = await mount('<pay-ladder></pay-ladder>');
    const summary = section(el, 'year').querySelector('summary')!;
    summary.focus();
    expect(deepActive()).to.equal(summary);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => section(el, 'year').querySelector('table.months-table'), 'opened by Enter', { timeout: 5000 });
    await sendKeys({ press: 'Tab' });
    // First the year (a radio group: arrow keys move within it), then the start month.
    const radio = deepActive() as HTMLInputElement | null;
    expect([radio?.type, radio?.checked]).to.deep.equal(['radio', true]);
    expect(plain(radio?.closest('label')?.textContent)).to.equal(year === years[0] ? `I år (${year})` : `Neste år (${year})`);
    await sendKeys({ press: year === years[0] ? 'ArrowRight' : 'ArrowLeft' });
    await settle(el);
    await waitUntil(() => plain(section(el, 'year').querySelector('caption')?.textContent).includes(String(other)), 'the other year', {
      timeout: 3000,
    });
    await sendKeys({ press: 'Tab' });
    const active = deepActive() as HTMLSelectElement | null;
    expect(active?.localName).to.equal('select');
    expect(plain(active?.labels?.[0]?.textContent)).to.equal('Når begynte du i jobben?');
  });

  it('320 px: the year table scrolls inside its own region, the page does not', async () => {
    const el = await mount('<pay-ladder></pay-ladder>', 320);
    const d = await open(el, 'year');
    const region = d.querySelector<HTMLElement>('.table-scroll')!;
    expect(region.getAttribute('role')).to.equal('region');
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    expect($$(el, '.root')[0].scrollWidth).to.be.at.most(322);
  });
});
