/**
 * With a site's own data (`data-src`, or the `data` property), a link (`?pl=`) and saved scenarios
 * are read against the site's data, not the bundled one (issue #20). The site's file
 * (test/site-dataset.ts) leaves out NHO 481, adds a tax year the bundled data does not have and
 * raises KS' helsesekretær steps, so a link valid with one is invalid with the other, and the same
 * scenario computes differently. An invalid one gives a localized notice, a working widget and no
 * lost data.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { DEFAULT_SCENARIO, computeLadder, defaultDataset, type Dataset, type Scenario } from '../../src/model/index.js';
import { SHARE_PARAM } from '../../src/state/share-encode.js';
import { DEFAULT_STORE_KEY } from '../../src/state/storage.js';
import { loadCompare } from '../../src/ui/base/autoload.js';
import { defaultFigures } from '../../src/ui/base/default-data.js';
import type { PayLadder } from '../../src/ui/calculator/pay-ladder.js';
import type { PayLadderCompare } from '../../src/ui/compare/pay-ladder-compare.js';
import { SITE_RAISE, SITE_TAX_YEAR, siteDataset } from '../site-dataset.js';
import { $$, checkEachTest, forgetUrlState, must, plain, settle, typeInto } from './helpers.js';

const site = siteDataset();
const TODAY = new Date().toISOString().slice(0, 10);

const urls: string[] = [];
/** A dataset served from a Blob URL, as a site serves its file. */
function served(d: Dataset): string {
  const url = URL.createObjectURL(new Blob([JSON.stringify(d)], { type: 'application/json' }));
  urls.push(url);
  return url;
}

const bundled = (d: unknown) => d === defaultDataset || d === defaultFigures;
const figureDigits = (el: PayLadder) => Number(plain(must(el, '.figure').textContent).replace(/\D/g, ''));
/** The annual figure the element should show for its scenario with `data`. */
function expectedFigure(scenario: Scenario, data: Dataset): number {
  const r = computeLadder(scenario, data, { today: TODAY });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return Math.round(r.current.grossAnnual);
}
const input = (el: Element, field: string) => must<HTMLInputElement>(el, `input[id$="-${field}"]`);
const alerts = (el: Element) => $$(el, '[role="alert"]').map((n) => plain(n.textContent));

const LINK_WARNING = 'Noen verdier i lenken var ugyldige og er satt til standard.';

function setPl(raw: string): void {
  forgetUrlState();
  const { pathname, search, hash } = location;
  history.replaceState(history.state, '', `${pathname}${search}${search ? '&' : '?'}${SHARE_PARAM}=${raw}${hash}`);
}

/** Mounts markup through the HTML parser (as a page has it); returns the first element. */
async function mount<T extends Element = PayLadder>(markup: string): Promise<T> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.innerHTML = markup;
  const el = host.firstElementChild as T;
  await settle(el);
  return el;
}

before(() => loadCompare());
checkEachTest({
  setUp: () => localStorage.clear(),
  tearDown: () => {
    forgetUrlState();
    localStorage.clear();
    urls.splice(0).forEach((u) => URL.revokeObjectURL(u));
  },
});

describe("a link is read with the site's data (data-src)", () => {
  it("a link valid only with the site's data: used as it is, computed with the site's figures, no notice", async () => {
    setPl(`1~y=2;t=${SITE_TAX_YEAR}`);
    const el = await mount(`<pay-ladder data-src="${served(site)}"></pay-ladder>`);
    expect(bundled(el.data), "the site's data is in use").to.equal(false);
    expect(el.scenario).to.include({ yearsExperience: 2, taxYear: SITE_TAX_YEAR });
    expect(alerts(el)).to.deep.equal([]);
    const shown = figureDigits(el);
    expect(shown).to.equal(expectedFigure(el.scenario, el.data));
    expect(shown - expectedFigure({ ...el.scenario, taxYear: null }, defaultDataset), "the site's raise").to.equal(SITE_RAISE);
  });

  it("a link the site's data refuses (an agreement it leaves out): the localized notice, the rest applied, a working widget", async () => {
    setPl('1~a=nho481;y=2');
    const el = await mount(`<pay-ladder data-src="${served(site)}"></pay-ladder>`);
    expect(bundled(el.data)).to.equal(false);
    expect(alerts(el)).to.deep.equal([LINK_WARNING]);
    expect(el.scenario).to.include({ agreement: 'ks', yearsExperience: 2 });
    expect(figureDigits(el)).to.equal(expectedFigure(el.scenario, el.data));
    // The widget works on: typing changes the figure.
    await typeInto(el, input(el, 'yearsExperience'), '10');
    expect(el.scenario.yearsExperience).to.equal(10);
    expect(figureDigits(el)).to.equal(expectedFigure(el.scenario, el.data));
  });

  it('the notice is in the element\'s language (lang="en")', async () => {
    setPl('1~a=nho481');
    const el = await mount(`<pay-ladder lang="en" data-src="${served(site)}"></pay-ladder>`);
    expect(alerts(el)).to.deep.equal(['Some values in the link were invalid and have been reset to the defaults.']);
  });

  it('a data-src that cannot be used: the link is read with the bundled data, both problems said', async () => {
    setPl(`1~y=2;t=${SITE_TAX_YEAR}`);
    const el = await mount(`<pay-ladder data-src="/test/fixtures/invalid-json.json"></pay-ladder>`);
    await waitUntil(() => alerts(el).length === 2, `two alerts, got ${JSON.stringify(alerts(el))}`, { timeout: 3000 });
    expect(bundled(el.data)).to.equal(true);
    expect(alerts(el)).to.include(LINK_WARNING);
    expect(el.scenario).to.include({ yearsExperience: 2, taxYear: null });
    expect(figureDigits(el)).to.equal(expectedFigure(el.scenario, defaultDataset));
  });

  it('the data property set before the element connects: the link waits for its check and is read with it', async () => {
    setPl(`1~t=${SITE_TAX_YEAR}`);
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('pay-ladder');
    el.data = site;
    host.append(el);
    await settle(el);
    expect(el.data).to.equal(site);
    expect(el.scenario.taxYear).to.equal(SITE_TAX_YEAR);
    expect(alerts(el)).to.deep.equal([]);
  });

  it("a standalone <pay-ladder-compare data-src> reads its link with the site's data too", async () => {
    setPl(`1~t=${SITE_TAX_YEAR}~a=nho481`);
    const el = await mount<PayLadderCompare>(`<pay-ladder-compare data-src="${served(site)}"></pay-ladder-compare>`);
    expect(bundled(el.data)).to.equal(false);
    expect(el.entries.map((e) => [e.scenario.agreement, e.scenario.taxYear])).to.deep.equal([
      ['ks', SITE_TAX_YEAR],
      ['ks', null],
    ]);
    expect(alerts(el)).to.deep.equal([LINK_WARNING]);
  });
});

describe("saved scenarios are read with the site's data (data-src)", () => {
  /** Two items saved on the site: one with its own tax year, one with an agreement its data leaves out. */
  function storeItems(): string {
    const scenario = (s: Partial<Scenario>) => ({ ...DEFAULT_SCENARIO, ...s });
    const raw = JSON.stringify({
      version: 2,
      items: [
        {
          id: 'tax',
          name: 'Skatt',
          savedAt: '2026-12-01T10:00:00.000Z',
          state: { scenarios: [{ name: '', scenario: scenario({ yearsExperience: 4, taxYear: SITE_TAX_YEAR }) }] },
        },
        {
          id: 'nho',
          name: 'Klinikk',
          savedAt: '2026-12-01T11:00:00.000Z',
          state: { scenarios: [{ name: '', scenario: scenario({ agreement: 'nho481', yearsExperience: 2 }) }] },
        },
      ],
    });
    localStorage.setItem(DEFAULT_STORE_KEY, raw);
    return raw;
  }

  const share = (el: Element) => must<HTMLDetailsElement>(el, 'details.share');
  const itemButton = (el: Element, name: string) => {
    const b = [...share(el).querySelectorAll<HTMLButtonElement>('.saved button')].find((x) => plain(x.textContent) === `Åpne ${name}`);
    if (!b) throw new Error(`no "Åpne ${name}" button`);
    return b;
  };
  async function openPanel(el: PayLadder): Promise<void> {
    await waitUntil(() => !bundled(el.data), "the site's data is in use", { timeout: 3000 });
    share(el).querySelector('summary')!.click();
    await waitUntil(() => share(el).querySelectorAll('.saved li').length === 2, 'the saved list', { timeout: 3000 });
  }
  async function open(el: PayLadder, name: string): Promise<void> {
    itemButton(el, name).click();
    await waitUntil(() => plain(must(el, 'details.share [role="status"]').textContent) === `Åpnet «${name}».`, 'opened', { timeout: 3000 });
    await settle(el);
  }

  it("one saved with the site's tax year opens as saved, with the site's figures and no notice", async () => {
    const raw = storeItems();
    const el = await mount(`<pay-ladder data-src="${served(site)}"></pay-ladder>`);
    await openPanel(el);
    expect(alerts(el), 'the list has nothing unreadable').to.deep.equal([]);
    await open(el, 'Skatt');
    expect(el.scenario).to.include({ yearsExperience: 4, taxYear: SITE_TAX_YEAR });
    expect(figureDigits(el)).to.equal(expectedFigure(el.scenario, site));
    expect(alerts(el)).to.deep.equal([]);
    expect(localStorage.getItem(DEFAULT_STORE_KEY)).to.equal(raw);
  });

  it("one with an agreement the site's data leaves out: the localized notice, the rest applied, a working widget, nothing lost", async () => {
    const raw = storeItems();
    const el = await mount(`<pay-ladder data-src="${served(site)}"></pay-ladder>`);
    await openPanel(el);
    await open(el, 'Klinikk');
    expect(alerts(el)).to.deep.equal([
      'Noen verdier i «Klinikk» passer ikke med lønnstallene som brukes her, og er satt til standard. Det lagrede scenarioet er ikke endret.',
    ]);
    expect(el.scenario).to.include({ agreement: 'ks', yearsExperience: 2 });
    expect(figureDigits(el)).to.equal(expectedFigure(el.scenario, site));
    expect(localStorage.getItem(DEFAULT_STORE_KEY), 'the stored item is as it was').to.equal(raw);
    await typeInto(el, input(el, 'yearsExperience'), '8');
    expect(figureDigits(el)).to.equal(expectedFigure(el.scenario, site));
    // A new save keeps both stored items exactly as they were.
    await typeInto(el, input(el, 'savename'), 'Ny');
    share(el).querySelector<HTMLButtonElement>('form.save button[type="submit"]')!.click();
    await waitUntil(() => share(el).querySelectorAll('.saved li').length === 3, 'the new item is listed', { timeout: 3000 });
    const stored = JSON.parse(localStorage.getItem(DEFAULT_STORE_KEY)!) as { items: unknown[] };
    expect(stored.items.slice(0, 2)).to.deep.equal((JSON.parse(raw) as { items: unknown[] }).items);
  });

  it('the notice is in the element\'s language (lang="nn")', async () => {
    storeItems();
    const el = await mount(`<pay-ladder lang="nn" data-src="${served(site)}"></pay-ladder>`);
    await waitUntil(() => !bundled(el.data), "the site's data is in use", { timeout: 3000 });
    share(el).querySelector('summary')!.click();
    await waitUntil(() => share(el).querySelectorAll('.saved li').length === 2, 'the saved list', { timeout: 3000 });
    [...share(el).querySelectorAll<HTMLButtonElement>('.saved button')].find((b) => plain(b.textContent).endsWith('Klinikk'))!.click();
    await waitUntil(() => alerts(el).length === 1, 'a notice', { timeout: 3000 });
    expect(alerts(el)).to.deep.equal([
      'Nokre verdiar i «Klinikk» passar ikkje med lønstala som blir brukte her, og er sette til standard. Det lagra scenarioet er ikkje endra.',
    ]);
  });
});
