/**
 * Places and occupations as data (issue #22) in <pay-ladder> and <pay-ladder-compare>: the place
 * picker grouped public / private / non-profit from the data, a private dental practice with the
 * model agreement said plainly, a site's `data-src` that adds a place and an occupation, an unknown
 * place or occupation in an attribute, a place whose pay group is not known, the occupation picker;
 * nb, nn and en with axe-core.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { defaultDataset, type Dataset } from '../../src/model/index.js';
import type { PayLadder } from '../../src/ui/calculator/pay-ladder.js';
import type { PayLadderCompare } from '../../src/ui/compare/pay-ladder-compare.js';
import { $, $$, checkEachTest, choose, expectFieldError, must, plain, settle } from './helpers.js';

checkEachTest();

const urls: string[] = [];
afterEach(() => {
  for (const u of urls.splice(0)) URL.revokeObjectURL(u);
});

/** A dataset served from a Blob URL, as a site serves its file. */
function served(d: Dataset): string {
  const url = URL.createObjectURL(new Blob([JSON.stringify(d)], { type: 'application/json' }));
  urls.push(url);
  return url;
}

async function mount(markup: string): Promise<PayLadder> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.innerHTML = markup;
  const el = host.querySelector('pay-ladder')!;
  await settle(el);
  return el;
}

const figure = (el: PayLadder) => Number(plain(must(el, '.figure').textContent).replace(/\D/g, ''));
const placeSelect = (el: Element) => must<HTMLSelectElement>(el, 'select[name="workplace"]');

const WORDS = {
  nb: {
    label: 'Hvor jobber du?',
    groups: ['Offentlig', 'Privat', 'Ideell'],
    dental: 'Privat tannlegekontor',
    hint: 'Mønsteravtalen for tannhelsesekretærer: gjelder bare på et kontor som har tatt den i bruk',
    model: 'den gjelder bare på et tannlegekontor som har tatt den i bruk, og uten den har kontoret ingen tariffavtale',
    unknown: 'Ukjent verdi. Velg et av alternativene.',
  },
  nn: {
    label: 'Kvar jobbar du?',
    groups: ['Offentleg', 'Privat', 'Ideell'],
    dental: 'Privat tannlegekontor',
    hint: 'Mønsteravtalen for tannhelsesekretærar: gjeld berre på eit kontor som har teke han i bruk',
    model: 'han gjeld berre på eit tannlegekontor som har teke han i bruk, og utan han har kontoret ingen tariffavtale',
    unknown: 'Ukjend verdi. Vel eitt av alternativa.',
  },
  en: {
    label: 'Where do you work?',
    groups: ['Public', 'Private', 'Non-profit'],
    dental: 'Private dental practice',
    hint: 'The model agreement for dental secretaries: binds only a practice that has adopted it',
    model: 'it binds only a dental practice that has adopted it, and without it the practice has no collective agreement',
    unknown: 'Unknown value. Choose one of the options.',
  },
} as const;

describe('<pay-ladder> place picker', () => {
  for (const lang of ['nb', 'nn', 'en'] as const) {
    it(`lang="${lang}": places grouped from the data; a private dental practice says the model agreement binds only where adopted; axe finds nothing`, async function (this: MochaLite.Context) {
      this.timeout(30_000);
      const w = WORDS[lang];
      const el = await mount(`<pay-ladder lang="${lang}" occupation="tannhelsesekretaer" years="10"></pay-ladder>`);
      const select = placeSelect(el);
      expect(plain(must(el, `label[for="${select.id}"]`).textContent)).to.equal(w.label);
      expect([...select.querySelectorAll('optgroup')].map((g) => g.label)).to.deep.equal(w.groups);
      expect([...select.options].map((o) => o.value)).to.deep.equal(defaultDataset.workplaces!.places.map((p) => p.id).sort(byGroup));
      // The occupation's first place: the public dental service (KS).
      expect(select.value).to.equal('tannlege-offentlig');
      expect(figure(el)).to.equal(496_700);

      await choose(el, select, 'tannlege-privat');
      expect(el.scenario).to.include({ workplace: 'tannlege-privat', agreement: 'tannhelse' });
      // The model agreement said plainly at once; the place's sourced sentence comes with the full data.
      expect(plain(must(el, '.place-agreements .hint').textContent)).to.equal(w.hint);
      await waitUntil(() => $(el, `#${select.id}-why`), 'the place sentence');
      expect(plain(select.selectedOptions[0].textContent)).to.equal(w.dental);
      expect(figure(el)).to.equal(502_200);
      expect(plain(must(el, `#${select.id}-why`).textContent)).to.contain(w.model);
      // The model agreement or none: a choice between the two.
      const radios = $$<HTMLInputElement>(el, `input[name="${select.id}-agreement"]`);
      expect(radios.map((r) => r.value)).to.deep.equal(['tannhelse', 'private']);
      await expect(el).to.be.accessible();

      radios[1].click();
      await settle(el);
      expect(el.scenario).to.include({ workplace: 'tannlege-privat', agreement: 'private' });
    });
  }

  it('a place whose pay group is not known for the occupation is refused at the field, and the figures stay', async () => {
    const el = await mount('<pay-ladder></pay-ladder>');
    const before = figure(el);
    await choose(el, placeSelect(el), 'tannlege-privat');
    expect(el.scenario.agreement).to.equal('ks');
    expect(figure(el)).to.equal(before);
    await waitUntil(() => placeSelect(el).getAttribute('aria-invalid') === 'true', 'the error at the place');
    expectFieldError(
      el,
      placeSelect(el),
      'Lønnsgruppen for dette yrket og denne utdanningen i avtalen er ikke kjent, så lønnen regnes ikke ut. Velg en annen arbeidsplass.',
    );
  });

  for (const lang of ['nb', 'nn', 'en'] as const) {
    it(`lang="${lang}": an unknown place or occupation in an attribute: the message of an unknown agreement, and a working widget`, async () => {
      const el = await mount(`<pay-ladder lang="${lang}" workplace="romskip" occupation="astronaut"></pay-ladder>`);
      expect(el.scenario).to.include({ workplace: null, occupation: 'helsesekretaer', agreement: 'ks' });
      expect(figure(el)).to.equal(437_300);
      expectFieldError(el, placeSelect(el), WORDS[lang].unknown);
      const general = plain(must(el, '.alert').textContent);
      expect(general).to.contain('occupation');
      expect(general).to.contain(WORDS[lang].unknown);
      await choose(el, placeSelect(el), 'sykehus');
      expect(el.scenario.agreement).to.equal('spekter');
      expect($(el, `#${placeSelect(el).id}-err`)).to.equal(null);
    });
  }
});

describe('<pay-ladder> place and agreement attributes', () => {
  for (const markup of [
    '<pay-ladder workplace="privat-klinikk" agreement="private"></pay-ladder>',
    '<pay-ladder agreement="private" workplace="privat-klinikk"></pay-ladder>',
  ])
    it(`${markup}: the place with the agreement it names, in either order`, async () => {
      const el = await mount(markup);
      expect(el.scenario).to.include({ workplace: 'privat-klinikk', agreement: 'private' });
    });

  it('agreement="nho481" alone still works, and shows its place', async () => {
    const el = await mount('<pay-ladder agreement="nho481"></pay-ladder>');
    expect(el.scenario).to.include({ workplace: null, agreement: 'nho481' });
    expect(placeSelect(el).value).to.equal('privat-klinikk');
    expect(figure(el)).to.equal(384_625);
  });
});

describe('<pay-ladder> occupations', () => {
  it('occupations="…" offers a picker; choosing one moves to its first place and its education paths', async () => {
    const el = await mount('<pay-ladder occupations="helsesekretaer,tannhelsesekretaer,helsefagarbeider"></pay-ladder>');
    const select = must<HTMLSelectElement>(el, 'select[name="occupation"]');
    expect([...select.options].map((o) => plain(o.textContent))).to.deep.equal(['Helsesekretær', 'Tannhelsesekretær', 'Helsefagarbeider']);
    await choose(el, select, 'helsefagarbeider');
    expect(el.scenario).to.include({ occupation: 'helsefagarbeider', workplace: 'hjemmetjenester', agreement: 'ks' });
    const education = must<HTMLSelectElement>(el, 'select[id$="-education"]');
    expect([...education.options].map((o) => plain(o.textContent))).to.deep.equal([
      'Helsefagarbeider (fagbrev)',
      'Helsefagarbeider med 1-årig fagskole',
      'Uten fagbrev',
    ]);
    // No SSB figures for helsefagarbeidere in the data: no market line with another occupation's figures.
    expect($(el, '.market-line')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('without occupations="…" there is no picker (a site fixes one with occupation="…")', async () => {
    const el = await mount('<pay-ladder occupation="helsefagarbeider"></pay-ladder>');
    expect($(el, 'select[name="occupation"]')).to.equal(null);
    expect(el.scenario.occupation).to.equal('helsefagarbeider');
  });
});

describe('a site adds a place and an occupation with data-src, without code', () => {
  it('the new place is in the picker with its group, and the new occupation computes with its pay group', async function (this: MochaLite.Context) {
    this.timeout(30_000);
    const site = structuredClone<Dataset>(defaultDataset);
    site.workplaces!.places.push({
      id: 'bedriftshelse',
      names: { nb: 'Bedriftshelsetjeneste', nn: 'Bedriftshelseteneste', en: 'Occupational health service' },
      group: 'private',
      agreements: ['nho481', 'private'],
      why: { nb: 'Eksempel fra nettstedet.', nn: 'Døme frå nettstaden.', en: 'An example from the site.' },
      source: 'nsf-ks',
    });
    const helse = structuredClone(defaultDataset.occupations!.helsefagarbeider);
    site.occupations!.omsorgsarbeider = {
      ...helse,
      id: 'omsorgsarbeider',
      title: 'Omsorgsarbeider',
      names: { nb: 'Omsorgsarbeider', nn: 'Omsorgsarbeidar', en: 'Care worker' },
      plural: { nb: 'omsorgsarbeidere', nn: 'omsorgsarbeidarar', en: 'care workers' },
      workplaces: ['bedriftshelse', 'hjemmetjenester'],
    };
    const el = await mount(`<pay-ladder data-src="${served(site)}" occupations="helsesekretaer,omsorgsarbeider"></pay-ladder>`);
    await waitUntil(() => $(el, 'select[name="occupation"]'), 'the site data is in use');
    expect($$(el, '[role="alert"]').map((a) => plain(a.textContent))).to.deep.equal([]);
    const occupation = must<HTMLSelectElement>(el, 'select[name="occupation"]');
    await choose(el, occupation, 'omsorgsarbeider');
    expect(el.scenario).to.include({ occupation: 'omsorgsarbeider', workplace: 'bedriftshelse', agreement: 'nho481' });
    const select = placeSelect(el);
    const privat = [...select.querySelectorAll('optgroup')].find((g) => g.label === 'Privat')!;
    expect([...privat.querySelectorAll('option')].map((o) => o.value)).to.include('bedriftshelse');
    expect(figure(el)).to.equal(384_625);
    expect(plain(must(el, `#${select.id}-why`).textContent)).to.equal('Eksempel fra nettstedet.');
  });
});

describe('<pay-ladder-compare> cards', () => {
  it('each card picks a place from the same grouped list', async () => {
    const host = await fixture<HTMLDivElement>(html`<div><pay-ladder-compare></pay-ladder-compare></div>`);
    const el = host.querySelector<PayLadderCompare>('pay-ladder-compare')!;
    await settle(el);
    const selects = $$<HTMLSelectElement>(el, 'select[name="workplace"]');
    expect(selects.length).to.be.greaterThan(1);
    expect([...selects[0].querySelectorAll('optgroup')].map((g) => g.label)).to.deep.equal(['Offentlig', 'Privat', 'Ideell']);
    await choose(el, selects[1], 'ideell');
    expect(el.entries[1].scenario).to.include({ workplace: 'ideell', agreement: 'virke-huk' });
    await expect(el).to.be.accessible();
  });
});

/** The picker's order: public, private, non-profit, each in the order of the data. */
function byGroup(a: string, b: string): number {
  const places = defaultDataset.workplaces!.places;
  const rank = (id: string) => {
    const i = places.findIndex((p) => p.id === id);
    return ['public', 'private', 'non-profit'].indexOf(places[i].group) * 100 + i;
  };
  return rank(a) - rank(b);
}
