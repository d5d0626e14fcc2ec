/**
 * Share, save and export in real Chromium: the state in the page URL (`?pl=`, one owner per page),
 * copy link, saved scenarios in localStorage (also when it is blocked, full or holds corrupt data),
 * CSV downloads and the comparison's print handout.
 *
 * Figures are the published tables in data/ (KS 1.5.2024 helsesekretær 0–4 yrs 437 300,
 * 6: 441 500, 8: 452 900, 10: 496 700, 16: 513 100; Spekter 1.7.2024 gruppe 3: 0: 436 000,
 * 4: 441 000, 6: 447 000, 8: 454 000, 10: 515 000, 16: 527 000).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { loadCompare } from '../../src/ui/base/autoload.js';
import { SHARE_PARAM, type ShareState } from '../../src/state/share-encode.js';
import { DEFAULT_STORE_KEY } from '../../src/state/storage.js';
import type { PayLadder } from '../../src/ui/calculator/pay-ladder.js';
import type { PayLadderCompare } from '../../src/ui/compare/pay-ladder-compare.js';
import {
  $,
  $$,
  captureDownloads,
  checkEachTest,
  choose,
  collect,
  emulatePrint,
  forgetUrlState,
  must,
  plain,
  root,
  settle,
  typeInto,
} from './helpers.js';

// ---- helpers ------------------------------------------------------------------------------------

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const figure = (el: PayLadder) => plain(must(el, '.figure').textContent);
const input = (el: Element, field: string) => must<HTMLInputElement>(el, `input[id$="-${field}"]`);
const panelOf = (el: PayLadder) => $<PayLadderCompare>(el, 'pay-ladder-compare');
const cardNames = (c: PayLadderCompare) => $$<HTMLInputElement>(c, 'section.card input[id$="-name"]').map((i) => i.value);
const findings = (c: PayLadderCompare) => $$(c, '.findings li').map((li) => plain(li.textContent));

const share = (el: Element) => must<HTMLDetailsElement>(el, 'details.share');
const shareButton = (el: Element, text: string) => {
  const b = [...share(el).querySelectorAll<HTMLButtonElement>('button')].find((x) => plain(x.textContent) === text);
  if (!b) throw new Error(`no "${text}" button in the share panel`);
  return b;
};
const status = (el: Element) => must(el, 'details.share [role="status"]');
const statusText = (el: Element) => plain(status(el).textContent);
/** Alerts (notices) the element shows, by text. */
const alerts = (el: Element) => $$(el, '[role="alert"]').map((n) => plain(n.textContent));
const alertWith = (el: Element, text: string) => $$(el, '[role="alert"]').find((n) => plain(n.textContent) === text) ?? null;
const savedItems = (el: Element) => [...share(el).querySelectorAll('.saved li')];
/** An item's name: its first span without the date in it. */
const itemName = (li: Element) => {
  const span = li.querySelector('span');
  return plain(plain(span?.textContent).replace(plain(span?.querySelector('.hint')?.textContent), ''));
};
const savedNames = (el: Element) => savedItems(el).map(itemName);
const itemButton = (el: Element, name: string, action: 'Åpne' | 'Slett') => {
  const li = savedItems(el).find((x) => itemName(x) === name);
  if (!li) throw new Error(`no saved item "${name}"`);
  return [...li.querySelectorAll<HTMLButtonElement>('button')].find((b) => plain(b.textContent) === `${action} ${name}`)!;
};

/** Seen by a sighted user: rendered, and not shrunk to the 1 px of visually hidden text. */
function shown(node: Element | null | undefined): boolean {
  if (!node || !node.checkVisibility()) return false;
  const r = node.getBoundingClientRect();
  return r.width > 1 && r.height > 1;
}

/** Mounts markup through the HTML parser; returns every pay-ladder element in it. */
async function mountAll<T extends Element = PayLadder>(markup: string, selector = 'pay-ladder, pay-ladder-compare'): Promise<T[]> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.innerHTML = markup;
  const els = [...host.querySelectorAll<T>(selector)];
  for (const el of els) await settle(el);
  return els;
}
async function mount<T extends Element = PayLadder>(markup = '<pay-ladder></pay-ladder>'): Promise<T> {
  return (await mountAll<T>(markup))[0];
}

async function openShare(el: Element): Promise<void> {
  share(el).querySelector('summary')!.click();
  await settle(el);
  expect(share(el).open).to.equal(true);
}

async function save(el: Element, name: string): Promise<void> {
  await typeInto(el, input(el, 'savename'), name);
  const before = statusText(el);
  share(el).querySelector<HTMLButtonElement>('form.save button[type="submit"]')!.click();
  // Saving loads the storage code first.
  await waitUntil(() => statusText(el) !== before, 'a save status', { timeout: 3000 });
  await settle(el);
}

/** The raw `pl` value in the page URL (not decoded), or null. */
function rawPl(): string | null {
  const m = /[?&]pl=([^&#]*)/.exec(location.search);
  return m ? m[1] : null;
}
/** Puts `pl=<raw>` in the page URL as a link would, without encoding it again. */
function setPl(raw: string): void {
  forgetUrlState();
  const { pathname, search, hash } = location;
  history.replaceState(history.state, '', `${pathname}${search}${search ? '&' : '?'}${SHARE_PARAM}=${raw}${hash}`);
  expect(rawPl()).to.equal(raw);
}
/** The page's other query parameters (the test runner's session id), which must survive. */
function otherParams(href = location.href): string[] {
  return [...new URL(href).searchParams.entries()].filter(([k]) => k !== SHARE_PARAM).map(([k, v]) => `${k}=${v}`);
}

/** Stubs undone after each test, whatever happened. */
const restores: Array<() => void> = [];

function stubClipboard(writeText: (text: string) => Promise<void>): void {
  const proto = Clipboard.prototype;
  const original = Object.getOwnPropertyDescriptor(proto, 'writeText')!;
  Object.defineProperty(proto, 'writeText', { configurable: true, writable: true, value: writeText });
  restores.push(() => Object.defineProperty(proto, 'writeText', original));
}

/** The file's bytes and its text with the BOM kept (Response.text() would strip it). */
async function readDownload(href: string): Promise<{ bytes: Uint8Array; text: string }> {
  const res = await fetch(href);
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
}

/** `window.localStorage` throws, as in a sandboxed iframe or with cookies blocked. */
function blockStorage(): void {
  const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  });
  restores.push(() => {
    if (own) Object.defineProperty(window, 'localStorage', own);
    else delete (window as { localStorage?: Storage }).localStorage;
  });
  expect(() => window.localStorage).to.throw();
}

// The comparison comes from a chunk of its own, loaded when it is needed: load it once up front.
before(() => loadCompare());
checkEachTest({
  setUp: () => localStorage.clear(),
  tearDown: () => {
    restores
      .splice(0)
      .reverse()
      .forEach((undo) => undo());
    forgetUrlState();
    localStorage.clear();
  },
});

// ---- 1. the page URL -----------------------------------------------------------------------------

describe('state in the URL (?pl=)', () => {
  it('?pl=1~a=spekter;y=8 in the URL: <pay-ladder> shows Spekter, 8 years, 454 000 kr', async () => {
    setPl('1~a=spekter;y=8');
    const el = await mount();
    expect(figure(el)).to.equal('454 000 kr');
    expect(el.scenario).to.include({ agreement: 'spekter', yearsExperience: 8 });
    expect(must<HTMLSelectElement>(el, 'select[name="workplace"]').value, 'the place of the agreement').to.equal('sykehus');
    expect(input(el, 'yearsExperience').value).to.equal('8');
    expect(alerts(el)).to.deep.equal([]);
    expect(panelOf(el), 'one scenario: no comparison').to.equal(null);
  });

  it('a link with two scenarios opens the embedded comparison with both, names included', async () => {
    setPl('1~n=Kommune~n=Ullev%C3%A5l;a=spekter');
    const el = await mount();
    await waitUntil(
      () => panelOf(el) && cardNames(panelOf(el)!).length === 2 && cardNames(panelOf(el)!)[1] === 'Ullevål',
      'the comparison opens',
      { timeout: 3000 },
    );
    const panel = panelOf(el)!;
    await settle(panel);
    expect(cardNames(panel)).to.deep.equal(['Kommune', 'Ullevål']);
    expect(panel.entries.map((e) => e.scenario.agreement)).to.deep.equal(['ks', 'spekter']);
    expect(findings(panel)).to.deep.equal([
      'Ullevål gir 542 200 kr mer enn Kommune samlet fram til 45 års erfaring. Ullevål lønner seg etter 5 år.',
    ]);
    // The calculator shows the first scenario.
    expect(figure(el)).to.equal('437 300 kr');
    expect(el.state.scenarios.map((s) => s.name)).to.deep.equal(['Kommune', 'Ullevål']);
  });

  it('a tampered link (?pl=1~y=999;p=abc): a visible warning, and the defaults for the bad fields', async () => {
    setPl('1~y=999;p=abc');
    const el = await mount();
    const notice = alertWith(el, 'Noen verdier i lenken var ugyldige og er satt til standard.');
    expect(notice, `alerts: ${JSON.stringify(alerts(el))}`).to.exist;
    expect(shown(notice), 'the warning is on screen, not in a closed panel').to.equal(true);
    expect(figure(el)).to.equal('437 300 kr');
    expect(el.scenario).to.include({ yearsExperience: 0, positionPercent: 100 });
    expect(input(el, 'yearsExperience').value).to.equal('0');
    expect(input(el, 'positionPercent').value).to.equal('100');
    // The valid parts of a link still apply.
    el.remove(); // the next element owns the URL
    setPl('1~a=spekter;y=10;p=abc');
    const again = await mount();
    expect(figure(again)).to.equal('515 000 kr');
    expect(alertWith(again, 'Noen verdier i lenken var ugyldige og er satt til standard.')).to.exist;
  });

  it('an unknown version (?pl=9~x): "could not be read" notice and the defaults', async () => {
    setPl('9~x');
    const el = await mount();
    const notice = alertWith(el, 'Lenken kunne ikke leses, og standardvalgene vises.');
    expect(notice, `alerts: ${JSON.stringify(alerts(el))}`).to.exist;
    expect(shown(notice)).to.equal(true);
    expect(figure(el)).to.equal('437 300 kr');
  });

  it('the notices are in the element\'s language (lang="en", lang="nn")', async () => {
    const target = async (lang: 'en' | 'nn', id: string) => {
      const doc = new DOMParser().parseFromString(await (await fetch(`/xliff/${lang}.xlf`)).text(), 'application/xml');
      const text = plain(doc.querySelector(`trans-unit[id="${id}"] target`)?.textContent);
      expect(text, `${lang} target of ${id}`).not.to.equal('');
      return text;
    };
    setPl('1~y=999');
    const en = await mount('<pay-ladder lang="en"></pay-ladder>');
    expect(alerts(en)).to.deep.equal([await target('en', 'share.warnings')]);
    en.remove();
    setPl('9~x');
    const nn = await mount('<pay-ladder lang="nn"></pay-ladder>');
    expect(alerts(nn)).to.deep.equal([await target('nn', 'share.badLink')]);
    expect(alerts(nn)[0]).not.to.equal('Lenken kunne ikke leses, og standardvalgene vises.');
  });

  it('a change is written to location.search after 250 ms; other parameters are kept; the default state removes pl', async () => {
    const el = await mount();
    const others = otherParams();
    expect(rawPl()).to.equal(null);
    await typeInto(el, input(el, 'yearsExperience'), '8');
    await sleep(400);
    expect(rawPl()).to.equal('1~y=8');
    expect(otherParams()).to.deep.equal(others);
    await choose(el, must<HTMLSelectElement>(el, 'select[name="workplace"]'), 'sykehus');
    await sleep(400);
    expect(rawPl()).to.equal('1~a=spekter;y=8;w=sykehus');
    // The agreement alone (as a site sets it) leaves the place: the untouched calculator again.
    el.scenario = { agreement: 'ks' };
    await typeInto(el, input(el, 'yearsExperience'), '0');
    await sleep(400);
    expect(rawPl(), 'no pl for the untouched calculator').to.equal(null);
    expect(otherParams()).to.deep.equal(others);
  });

  it('the comparison opened in the calculator goes into the link with every scenario', async () => {
    const el = await mount();
    must<HTMLButtonElement>(el, '.compare-block .actions button').click();
    await waitUntil(() => panelOf(el) && cardNames(panelOf(el)!)[0] === 'Ditt valg', 'the comparison opens', { timeout: 3000 });
    await sleep(400);
    expect(rawPl()).to.equal('1~n=Ditt%20valg~n=Sykehus;a=spekter');
  });

  it('a standalone <pay-ladder-compare> reads and writes the link too', async () => {
    setPl('1~n=A~n=B;a=spekter;y=8');
    const el = await mount<PayLadderCompare>('<pay-ladder-compare></pay-ladder-compare>');
    expect(cardNames(el)).to.deep.equal(['A', 'B']);
    expect(el.entries[1].scenario).to.include({ agreement: 'spekter', yearsExperience: 8 });
    await typeInto(el, $$<HTMLInputElement>(el, 'section.card input[id$="-positionPercent"]')[1], '80');
    await sleep(400);
    expect(rawPl()).to.equal('1~n=A~n=B;a=spekter;y=8;p=80');
  });

  it('the second <pay-ladder> on a page neither reads nor writes the URL', async () => {
    setPl('1~y=10');
    const [first, second] = await mountAll('<pay-ladder></pay-ladder><pay-ladder></pay-ladder>');
    expect(figure(first)).to.equal('496 700 kr');
    expect(figure(second)).to.equal('437 300 kr');
    await typeInto(second, input(second, 'positionPercent'), '50');
    expect(figure(second)).to.equal('218 650 kr');
    await sleep(400);
    expect(rawPl()).to.equal('1~y=10');
    await typeInto(first, input(first, 'yearsExperience'), '8');
    await sleep(400);
    expect(rawPl()).to.equal('1~y=8');
  });

  it('no-url-sync: the URL is neither read nor written; the next widget owns it', async () => {
    setPl('1~y=10');
    const [quiet, owner] = await mountAll('<pay-ladder no-url-sync></pay-ladder><pay-ladder></pay-ladder>');
    expect(figure(quiet)).to.equal('437 300 kr');
    expect(figure(owner)).to.equal('496 700 kr');
    await typeInto(quiet, input(quiet, 'positionPercent'), '50');
    await sleep(400);
    expect(rawPl()).to.equal('1~y=10');
  });

  it('pay-ladder-state-change fires with the state on every change', async () => {
    const el = await mount();
    const changes = collect<{ state: ShareState }>('pay-ladder-state-change');
    await typeInto(el, input(el, 'positionPercent'), '50');
    // One per keystroke: "5" and "50".
    expect(changes.length).to.equal(2);
    const last = changes[changes.length - 1];
    expect(last.target).to.equal(el);
    expect(last.detail.state.scenarios).to.have.length(1);
    expect(last.detail.state.scenarios[0].scenario.positionPercent).to.equal(50);
    expect(last.detail.state).to.deep.equal(el.state);

    must<HTMLButtonElement>(el, '.compare-block .actions button').click();
    await waitUntil(() => changes[changes.length - 1].detail.state.scenarios.length === 2, 'the comparison is in the state', {
      timeout: 3000,
    });
    const both = changes[changes.length - 1].detail.state.scenarios;
    expect(both.map((s) => [s.name, s.scenario.agreement, s.scenario.positionPercent])).to.deep.equal([
      ['Ditt valg', 'ks', 50],
      ['Sykehus', 'spekter', 50],
    ]);
  });

  it('the state property round-trips: one scenario, and a comparison into another element', async () => {
    const [a, b] = await mountAll('<pay-ladder no-url-sync></pay-ladder><pay-ladder no-url-sync></pay-ladder>');
    a.state = { scenarios: [{ name: '', scenario: { agreement: 'spekter', yearsExperience: 10 } as never }] };
    await settle(a);
    expect(figure(a)).to.equal('515 000 kr');
    expect(a.state.scenarios).to.have.length(1);
    expect(a.state.scenarios[0].scenario).to.deep.equal(a.scenario);
    expect(a.state.scenarios[0].scenario).to.include({ agreement: 'spekter', yearsExperience: 10 });

    a.state = {
      scenarios: [
        { name: 'Kommune', scenario: { agreement: 'ks', yearsExperience: 6 } as never },
        { name: 'Sykehus', scenario: { agreement: 'spekter', yearsExperience: 6 } as never },
      ],
    };
    await waitUntil(() => a.state.scenarios.length === 2, 'the comparison holds both', { timeout: 3000 });
    const state = a.state;
    expect(state.scenarios.map((s) => [s.name, s.scenario.agreement, s.scenario.yearsExperience])).to.deep.equal([
      ['Kommune', 'ks', 6],
      ['Sykehus', 'spekter', 6],
    ]);
    expect(figure(a)).to.equal('441 500 kr');

    b.state = state;
    await waitUntil(() => b.state.scenarios.length === 2, 'the second element shows the comparison', { timeout: 3000 });
    expect(b.state).to.deep.equal(state);
    expect(figure(b)).to.equal('441 500 kr');
  });
});

// ---- 2. saved scenarios ----------------------------------------------------------------------------

describe('saved scenarios', () => {
  it('save with a name, list it, open it (restores the figures), delete it', async () => {
    const el = await mount();
    await typeInto(el, input(el, 'yearsExperience'), '8');
    await openShare(el);
    expect(plain(share(el).querySelector('summary')?.textContent)).to.equal('Del, lagre og last ned');
    await save(el, 'Åtte år i kommunen');
    expect(statusText(el)).to.equal('Lagret som «Åtte år i kommunen».');
    expect(shown(status(el)), 'the status is on screen').to.equal(true);
    expect(savedNames(el)).to.deep.equal(['Åtte år i kommunen']);
    const today = new Date().toISOString().slice(0, 10).split('-').map(Number);
    expect(plain(savedItems(el)[0].textContent)).to.contain(`(${today[2]}.${today[1]}.${today[0]})`);
    expect(input(el, 'savename').value, 'the name field is emptied').to.equal('');
    const stored = JSON.parse(localStorage.getItem(DEFAULT_STORE_KEY)!);
    expect(stored.version).to.equal(2);
    expect(stored.items).to.have.length(1);
    expect(stored.items[0].state.scenarios[0].scenario).to.include({ yearsExperience: 8 });

    await typeInto(el, input(el, 'yearsExperience'), '0');
    expect(figure(el)).to.equal('437 300 kr');
    itemButton(el, 'Åtte år i kommunen', 'Åpne').click();
    await settle(el);
    expect(figure(el)).to.equal('452 900 kr');
    expect(input(el, 'yearsExperience').value).to.equal('8');
    expect(statusText(el)).to.equal('Åpnet «Åtte år i kommunen».');

    itemButton(el, 'Åtte år i kommunen', 'Slett').click();
    await settle(el);
    expect(savedItems(el)).to.have.length(0);
    expect(statusText(el)).to.equal('Slettet «Åtte år i kommunen».');
    expect(JSON.parse(localStorage.getItem(DEFAULT_STORE_KEY)!).items).to.deep.equal([]);
  });

  it('a saved comparison opens the comparison again; saved items are listed in a new widget', async () => {
    const el = await mount();
    must<HTMLButtonElement>(el, '.compare-block .actions button').click();
    await waitUntil(() => panelOf(el) && cardNames(panelOf(el)!).length === 2, 'the comparison opens', { timeout: 3000 });
    await openShare(el);
    await save(el, 'KS mot Spekter');
    expect(savedNames(el)).to.deep.equal(['KS mot Spekter']);

    const [fresh] = await mountAll('<pay-ladder no-url-sync></pay-ladder>');
    await openShare(fresh);
    await waitUntil(() => savedNames(fresh).length === 1, 'the saved list loads', { timeout: 3000 });
    itemButton(fresh, 'KS mot Spekter', 'Åpne').click();
    await waitUntil(() => panelOf(fresh) && cardNames(panelOf(fresh)!)[1] === 'Sykehus', 'the comparison opens', { timeout: 3000 });
    expect(cardNames(panelOf(fresh)!)).to.deep.equal(['Ditt valg', 'Sykehus']);
  });

  it('storage blocked: the panel says saving is not available; the link, CSV and the calculator still work', async () => {
    blockStorage();
    const el = await mount();
    await openShare(el);
    const unavailable = 'Nettleseren tillater ikke lagring her (f.eks. privat modus). Bruk lenken i stedet.';
    await waitUntil(
      () => [...share(el).querySelectorAll('.hint')].some((n) => plain(n.textContent) === unavailable),
      'says saving is not available',
      {
        timeout: 3000,
      },
    );
    await save(el, 'Forsøk');
    expect(statusText(el)).to.equal(unavailable);
    expect(savedItems(el)).to.have.length(0);

    await typeInto(el, input(el, 'yearsExperience'), '8');
    expect(figure(el)).to.equal('452 900 kr');
    await sleep(400);
    expect(rawPl()).to.equal('1~y=8');

    const copied: string[] = [];
    stubClipboard(async (text) => void copied.push(text));
    shareButton(el, 'Kopier lenke').click();
    await waitUntil(() => statusText(el) === 'Lenken er kopiert.', 'copies the link', { timeout: 3000 });
    expect(new URL(copied[0]).searchParams.get(SHARE_PARAM)).to.equal('1~y=8');

    const downloads = captureDownloads();
    shareButton(el, 'Last ned tabell (CSV)').click();
    await waitUntil(() => downloads.length === 1, 'a CSV download', { timeout: 3000 });
    expect(downloads[0].download).to.equal('pay-ladder.csv');
  });

  it('quota exceeded: a message, and nothing already saved is lost', async () => {
    const el = await mount();
    await openShare(el);
    await save(el, 'Første');
    expect(savedNames(el)).to.deep.equal(['Første']);
    const raw = localStorage.getItem(DEFAULT_STORE_KEY);

    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    restores.push(() => (Storage.prototype.setItem = original));
    await typeInto(el, input(el, 'positionPercent'), '80');
    await save(el, 'Andre');
    expect(statusText(el)).to.equal('Det er ikke plass til flere lagrede scenarioer i nettleseren. Slett noen først.');
    expect(shown(status(el)), 'the failure is on screen').to.equal(true);
    expect(savedNames(el)).to.deep.equal(['Første']);
    expect(localStorage.getItem(DEFAULT_STORE_KEY)).to.equal(raw);
    expect(input(el, 'savename').value, 'the name typed is kept for another try').to.equal('Andre');
  });

  it('corrupt data under the key: a notice, and a save does not overwrite it', async () => {
    const corrupt = '{"version":2,"items":[{"id":"a","name":"Gammel"';
    localStorage.setItem(DEFAULT_STORE_KEY, corrupt);
    const el = await mount();
    await openShare(el);
    const text = 'Noen lagrede scenarioer kunne ikke leses og vises ikke. De er ikke slettet.';
    await waitUntil(() => alertWith(el, text), 'the corrupt-data notice', { timeout: 3000 });
    expect(shown(alertWith(el, text))).to.equal(true);
    expect(savedItems(el)).to.have.length(0);

    await save(el, 'Ny');
    expect(statusText(el)).to.equal('Lagrede data kunne ikke leses, og vi skriver ikke over dem.');
    expect(localStorage.getItem(DEFAULT_STORE_KEY)).to.equal(corrupt);
    expect(savedItems(el)).to.have.length(0);
  });
});

// ---- 3. copy link ----------------------------------------------------------------------------------

describe('copy link', () => {
  it('clipboard resolves: "Lenken er kopiert." and the link reproduces the state', async () => {
    const copied: string[] = [];
    stubClipboard(async (text) => void copied.push(text));
    const el = await mount('<pay-ladder agreement="spekter" years="6"></pay-ladder>');
    await openShare(el);
    shareButton(el, 'Kopier lenke').click();
    await waitUntil(() => statusText(el) !== '', 'a status', { timeout: 3000 });
    await settle(el);
    expect(statusText(el)).to.equal('Lenken er kopiert.');
    expect(shown(status(el)), 'the confirmation is on screen').to.equal(true);
    expect(copied).to.have.length(1);
    const link = new URL(copied[0]);
    expect(link.origin + link.pathname).to.equal(location.origin + location.pathname);
    expect(link.searchParams.get(SHARE_PARAM)).to.equal('1~a=spekter;y=6');
    expect(otherParams(copied[0])).to.deep.equal(otherParams());
    expect($(el, 'input[id$="-link"]')).to.equal(null);

    // The link opens the same figures (447 000 kr: Spekter, 6 years).
    el.remove();
    setPl(link.searchParams.get(SHARE_PARAM)!);
    const opened = await mount();
    expect(figure(opened)).to.equal('447 000 kr');
  });

  it('clipboard rejects: the link appears in a field to copy by hand', async () => {
    stubClipboard(() => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')));
    const el = await mount('<pay-ladder years="10"></pay-ladder>');
    await openShare(el);
    shareButton(el, 'Kopier lenke').click();
    await waitUntil(() => $(el, 'input[id$="-link"]'), 'the manual link field', { timeout: 3000 });
    const field = must<HTMLInputElement>(el, 'input[id$="-link"]');
    expect(shown(field)).to.equal(true);
    expect(field.readOnly).to.equal(true);
    expect(plain(root(el).querySelector(`label[for="${field.id}"]`)?.textContent)).to.equal('Lenke til dette oppsettet');
    expect(new URL(field.value).searchParams.get(SHARE_PARAM)).to.equal('1~y=10');
    expect(statusText(el)).to.equal('Kunne ikke kopiere automatisk. Kopier lenken i feltet.');
    field.focus();
    expect(field.selectionStart).to.equal(0);
    expect(field.selectionEnd).to.equal(field.value.length);

    // A later successful copy removes the field.
    restores.splice(0).forEach((undo) => undo());
    stubClipboard(async () => undefined);
    shareButton(el, 'Kopier lenke').click();
    await waitUntil(() => !$(el, 'input[id$="-link"]'), 'the field goes away', { timeout: 3000 });
    expect(statusText(el)).to.equal('Lenken er kopiert.');
  });
});

// ---- 4. CSV ---------------------------------------------------------------------------------------

describe('CSV download', () => {
  it('the calculator: UTF-8 with BOM, translated header, one row per year with 437300', async () => {
    const downloads = captureDownloads();
    const el = await mount();
    await openShare(el);
    shareButton(el, 'Last ned tabell (CSV)').click();
    await waitUntil(() => downloads.length === 1, 'a download', { timeout: 3000 });
    expect(downloads[0].download).to.equal('pay-ladder.csv');
    expect(downloads[0].href).to.match(/^blob:/);
    const { bytes, text } = await readDownload(downloads[0].href);
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(text.startsWith('\uFEFF')).to.equal(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).to.equal(
      'År med erfaring;Minstelønn;Brutto i året;Brutto i måneden;Timelønn;"Tillegg for kveld, natt og helg";Overtid;Feriepenger;Ditt pensjonstrekk;Skatt (anslag);Netto i året (anslag);Studiekostnad;"Anslag i dag, brutto, lavt (ikke tariffbeløp)";"Anslag i dag, brutto, høyt (ikke tariffbeløp)"',
    );
    // header, years 0–45, an empty line, the tax rules, SSB's median and quartiles, the final CRLF
    expect(lines).to.have.length(1 + 46 + 1 + 4 + 1);
    expect(lines[lines.length - 1]).to.equal('');
    expect(lines.slice(47, 52)).to.deep.equal([
      '',
      el.result.taxStatus === 'proposed'
        ? `Skatteregler i nettotallene;"${el.result.taxYear} (forslag til statsbudsjett, ikke vedtatt)"`
        : `Skatteregler i nettotallene;${el.result.taxYear}`,
      // 45 710, 43 490 and 47 580 kr a month × 12 (SSB 2025): not tariff figures, and not in the rows above.
      '"Hva helsesekretærer tjener, SSB 2025: median i året (heltid, ikke tariffbeløp)";548520',
      '"Hva helsesekretærer tjener, SSB 2025: nedre kvartil i året";521880',
      '"Hva helsesekretærer tjener, SSB 2025: øvre kvartil i året";570960',
    ]);
    // Year 0 by hand: 437 300 / 12 = 36 441,67; / 1950 h = 224,26; holiday pay 12 % = 52 476;
    // pension 2 % = 8 746; tax (2026 rules) 48 029,08 + 6 327,40 + 33 234,80 = 87 591,28;
    // net 437 300 − 87 591,28 − 8 746 = 340 962,72.
    // The estimate of today's pay (KS rounds 2025 and 2026): 437 300 + 14 500; (437 300 + 21 200) × 1.044.
    expect(lines[1]).to.equal('0;437300;437300;36442;224.26;0;0;52476;8746;87591;340963;0;451800;478674');
    expect(lines[11].split(';').slice(0, 3)).to.deep.equal(['10', '496700', '496700']);
    expect(lines[17].split(';').slice(0, 3)).to.deep.equal(['16', '513100', '513100']);
    await waitUntil(() => statusText(el) === 'CSV-filen er lastet ned.', 'the status', { timeout: 3000 });
  });

  it('in English the translated columns are in English', async () => {
    const downloads = captureDownloads();
    const el = await mount('<pay-ladder lang="en"></pay-ladder>');
    await openShare(el);
    share(el).querySelectorAll<HTMLButtonElement>('.actions button')[1].click();
    await waitUntil(() => downloads.length === 1, 'a download', { timeout: 3000 });
    const { text } = await readDownload(downloads[0].href);
    const header = text.slice(1).split('\r\n')[0];
    const doc = new DOMParser().parseFromString(await (await fetch('/xliff/en.xlf')).text(), 'application/xml');
    const ids = [
      'field.years',
      'table.minimum',
      'table.gross',
      'table.grossMonthly',
      'summary.hourly',
      'csv.shiftPay',
      'part.overtime',
      'csv.holidayPay',
      'breakdown.pension',
      'breakdown.tax',
      'table.net',
      'compare.further.cost',
      'csv.estimateLow',
      'csv.estimateHigh',
    ];
    const targets = ids.map((id) => plain(doc.querySelector(`trans-unit[id="${id}"] target`)?.textContent));
    expect(
      targets.filter((t) => t === ''),
      'columns without an English text',
    ).to.deep.equal([]);
    expect(targets.slice(0, 3)).to.deep.equal(['Years of experience', 'Minimum pay', 'Gross per year']);
    expect(header).to.equal(targets.map((t) => (/[;,"]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t)).join(';'));
    expect(text.slice(1).split('\r\n')[1]).to.equal('0;437300;437300;36442;224.26;0;0;52476;8746;87591;340963;0;451800;478674');
  });

  it('the comparison: per-scenario value, difference and cumulative columns', async () => {
    const downloads = captureDownloads();
    const el = await mount<PayLadderCompare>('<pay-ladder-compare></pay-ladder-compare>');
    await openShare(el);
    shareButton(el, 'Last ned tabell (CSV)').click();
    await waitUntil(() => downloads.length === 1, 'a download', { timeout: 3000 });
    expect(downloads[0].download).to.equal('pay-ladder-comparison.csv');
    const { bytes, text } = await readDownload(downloads[0].href);
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).to.equal(
      [
        'År med erfaring',
        'Kommune: Verdi',
        'Kommune: Forskjell',
        'Kommune: Samlet forskjell',
        '"Kommune: Anslag i dag, brutto, lavt (ikke tariffbeløp)"',
        '"Kommune: Anslag i dag, brutto, høyt (ikke tariffbeløp)"',
        'Sykehus: Verdi',
        'Sykehus: Forskjell',
        'Sykehus: Samlet forskjell',
        'Legekontor: Verdi',
        'Legekontor: Forskjell',
        'Legekontor: Samlet forskjell',
        '"Legekontor: Anslag i dag, brutto, lavt (ikke tariffbeløp)"',
        '"Legekontor: Anslag i dag, brutto, høyt (ikke tariffbeløp)"',
      ].join(';'),
    );
    expect(lines).to.have.length(1 + 46 + 1 + 4 + 1);
    // KS and the legekontor carry the estimate (no Spekter round is recorded).
    expect(lines[1]).to.equal('0;437300;0;0;451800;478674;436000;-1300;-1300;437300;0;0;451800;478674');
    expect(lines[5]).to.equal('4;437300;0;0;451800;478674;441000;3700;-1500;437300;0;0;451800;478674');
    // Spekter − KS summed over 0–45 (see pay-ladder-compare.test.ts): 542 200.
    // 513 100 + 14 500 = 527 600; (513 100 + 21 200) × 1.044 = 557 809.2.
    expect(lines[46]).to.equal('45;513100;0;0;527600;557809;527000;13900;542200;513100;0;0;527600;557809');
  });
});

// ---- 5. print ----------------------------------------------------------------------------------------

describe('print', () => {
  it('the comparison on paper: no cards, buttons or panel; the table (every year to 10, then every fifth) and the summary', async () => {
    const el = await mount<PayLadderCompare>('<pay-ladder-compare></pay-ladder-compare>');
    const display = (n: Element | null) => (n ? getComputedStyle(n).display : 'missing');
    const printOnly = must(el, '.print-only');
    const tableRegion = must(el, '.table-scroll');
    expect(display(printOnly), 'screen').to.equal('none');
    expect(display(tableRegion), 'screen, table closed').to.equal('none');

    await emulatePrint(true);
    try {
      expect(display($(el, '.cards'))).to.equal('none');
      expect(display($(el, '.quick'))).to.equal('none');
      expect(
        $$(el, 'button')
          .map(display)
          .filter((d) => d !== 'none'),
      ).to.deep.equal([]);
      expect(display(share(el)), 'the share panel').to.equal('none');
      expect(display($(el, '.growth'))).to.equal('none');
      expect(display(tableRegion)).not.to.equal('none');
      expect(tableRegion.checkVisibility()).to.equal(true);
      expect(display(printOnly)).not.to.equal('none');
      expect(printOnly.checkVisibility()).to.equal(true);
      expect(plain(printOnly.textContent)).to.contain('Kommune: Kommune, Helsesekretær, 0 års erfaring, 100 %, Dagtid');
      expect(plain(printOnly.textContent)).to.contain('Sykehus: Sykehus,');
      expect(plain(printOnly.textContent)).to.contain('Satser per Kommune: 1.5.2024; Sykehus: 1.7.2024');
      const rows = $$<HTMLTableRowElement>(el, 'table[part="table"] tbody tr');
      const printed = rows.filter((r) => display(r) !== 'none').map((r) => plain(r.cells[0].textContent));
      expect(printed).to.deep.equal(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '15', '20', '25', '30', '35', '40', '45']);
      expect(findings(el)).to.have.length(2);
      expect(display($(el, '.findings'))).not.to.equal('none');
    } finally {
      await emulatePrint(false);
    }
    expect(display(printOnly)).to.equal('none');
    expect(display($(el, '.cards'))).not.to.equal('none');
  });
});
